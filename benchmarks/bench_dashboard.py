"""How long does the dashboard take to build, cold and warm, at 1, 5 and 10 demo years?

For each size a real encrypted profile is filled with ``demo.generate`` data and every entry
is analysed. Then, for the default "All time" range (the largest):

* **data cold**: ``DashboardService.summary`` with empty caches (reads check-ins, entries and
  analyses from the vault, builds every series);
* **data warm**: the same call again (the 5-minute dashboard cache);
* **charts**: drawing all five figures to an Agg canvas (what the screen does on a worker;
  the word cloud dominates);
* **cold total / warm total**: data + charts, i.e. what a person waits for on first open and
  on re-open within 5 minutes (the charts are re-drawn each time).

Targets: warm ≤ 300 ms at 5 years (data), cold ≤ 1 s at 5 years (data + charts).
Usage: ``python benchmarks/bench_dashboard.py [--quick]`` (``--quick``: 1 year only).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    years_list = (1,) if args.quick else (1, 5, 10)
    with tempfile.TemporaryDirectory(prefix="neuroleaf-bench-dash-") as tmp:
        os.environ["NEUROLEAF_HOME"] = tmp
        os.environ["NEUROLEAF_KDF_TARGET_MS"] = "5"
        from neuroleaf_desktop.charts import chart_theme
        from neuroleaf_desktop.charts.figures import (
            activity_effects_figure,
            emotion_heatmap_figure,
            keyword_cloud_figure,
            mood_timeline_figure,
            sleep_mood_figure,
        )
        from neuroleaf_desktop.demo.analysed import create_analysed_demo
        from neuroleaf_desktop.domain.dashboard import NEGATIVE_AFFECT
        from neuroleaf_desktop.paths import app_paths
        from neuroleaf_desktop.services.cache import CacheRegistry, session_caches
        from neuroleaf_desktop.services.dashboard_service import DashboardService
        from neuroleaf_desktop.services.profiles import ProfileStore

        store = ProfileStore(app_paths())
        theme = chart_theme(False)
        end = date(2025, 6, 1)

        def now() -> datetime:
            return datetime(end.year, end.month, end.day, 10, tzinfo=UTC)

        rows = []
        for years in years_list:
            session = create_analysed_demo(  # the rules' chips: seeding is not what is timed
                store, years, name=f"Bench {years}", end=end, clock=now, learned=False
            )
            try:
                svc = DashboardService(session)
                caches = session_caches(session)

                def cold(svc: DashboardService = svc, caches: CacheRegistry = caches) -> object:
                    caches.clear()
                    return svc.summary(None, end)

                def charts(svc: DashboardService = svc) -> None:
                    s = svc.summary(None, end)
                    for fig in (
                        mood_timeline_figure(s.timeline, theme),
                        emotion_heatmap_figure(s.heatmap, NEGATIVE_AFFECT, theme),
                        sleep_mood_figure(s.sleep, theme),
                        keyword_cloud_figure(s.keywords, theme),
                        activity_effects_figure(s.activities_next_day, theme),
                    ):
                        fig.canvas.draw()

                cold_ms = _ms(cold, 3)
                warm_ms = _ms(partial(svc.summary, None, end), 20)
                charts()  # first draw pays font-cache / import costs once
                chart_ms = _ms(charts, 3)
                summary = svc.summary(None, end)
                rows.append((years, summary.checkin_count, summary.entry_count, cold_ms,
                             warm_ms, chart_ms))  # fmt: skip
            finally:
                session.close()
    print("| demo years | check-ins | entries | data cold | data warm (cached) | 5 charts drawn |"
          " cold total | warm total |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for years, n_c, n_e, cold_ms, warm_ms, chart_ms in rows:
        print(
            f"| {years} | {n_c} | {n_e} | {cold_ms:.0f} ms | {warm_ms:.2f} ms | {chart_ms:.0f} ms"
            f" | {cold_ms + chart_ms:.0f} ms | {warm_ms + chart_ms:.0f} ms |"
        )


if __name__ == "__main__":
    main()
