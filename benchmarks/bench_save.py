"""How long does saving an entry in the journal screen take until the screen is settled?

Drives the real journal screen (offscreen Qt) over a demo vault: types new text into the open
entry, presses Save, and waits until the write, every read it causes (the change event, tag
suggestions) and every callback are done. Prints a Markdown table with the median and p90 of
that "save → settled" time, and how many entry and tag reads one save caused in the screen
(the screen already holds what it saved, so the target is none).

Usage: ``python benchmarks/bench_save.py [--years 1] [--saves 15] [--quick]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PASSPHRASE = "benchmark passphrase 42"  # noqa: S105 - throwaway vault in a temp dir
TARGET_MS = 100.0


def _settle(app: Any, screen: Any, ctx: Any, deadline_s: float = 10.0) -> None:
    """Process events until no task runs and no change is waiting to be applied."""
    end = time.perf_counter() + deadline_s
    while time.perf_counter() < end:
        app.processEvents()
        if ctx.tasks.in_flight == 0 and not screen._reload_timer.isActive():
            app.processEvents()
            if ctx.tasks.in_flight == 0 and not screen._reload_timer.isActive():
                return
        time.sleep(0.001)
    raise TimeoutError("the journal screen did not settle")


def run(years: float, saves: int) -> list[tuple[str, str, str]]:
    from PySide6.QtWidgets import QApplication

    from neuroleaf_desktop.demo import generate, populate
    from neuroleaf_desktop.paths import app_paths
    from neuroleaf_desktop.services.profiles import ProfileStore
    from neuroleaf_desktop.ui.bridge import ChangeBridge
    from neuroleaf_desktop.ui.context import UiContext
    from neuroleaf_desktop.ui.journal import JournalScreen
    from neuroleaf_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    session, _key = ProfileStore(app_paths()).create("Bench", PASSPHRASE)
    populate(session, generate(years))
    journal = session.journal
    reads = {"get": 0, "tags": 0}
    real_get, real_tags = journal.get, journal.tags

    def counted_get(entry_id: str) -> Any:
        reads["get"] += 1
        return real_get(entry_id)

    def counted_tags() -> Any:
        reads["tags"] += 1
        return real_tags()

    journal.get = counted_get  # type: ignore[method-assign]
    journal.tags = counted_tags  # type: ignore[method-assign]
    ctx = UiContext(session, TaskRunner(), ChangeBridge(session.events))
    screen = JournalScreen(ctx)
    screen.resize(1100, 700)
    screen.show()
    end = time.perf_counter() + 30
    while not screen.is_loaded and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)
    newest = screen.visible_entries()[0]
    screen.open_entry(newest.id)
    _settle(app, screen, ctx)
    times: list[float] = []
    entry_reads: list[int] = []
    tag_reads: list[int] = []
    for n in range(saves):
        screen.body_edit.setPlainText(f"{newest.body}\n\nAdded line {n}.")
        _settle(app, screen, ctx)
        reads["get"] = reads["tags"] = 0
        started = time.perf_counter()
        screen.save()
        _settle(app, screen, ctx)
        times.append((time.perf_counter() - started) * 1000)
        if screen.status_label.text() != "Saved ✓":
            raise RuntimeError(f"save {n} did not succeed: {screen.status_label.text()!r}")
        entry_reads.append(reads["get"])
        tag_reads.append(reads["tags"])
    stored = real_get(newest.id).body
    if not stored.endswith(f"Added line {saves - 1}."):
        raise RuntimeError("the last save is not in the vault")
    screen.close()
    ctx.tasks.wait()
    app.processEvents()
    ctx.bridge.detach()
    session.close()
    times.sort()
    p90 = times[min(len(times) - 1, round(0.9 * (len(times) - 1)))]
    median = statistics.median(times)
    verdict = "✅" if median <= TARGET_MS else "❌ over target"
    return [
        ("Save → screen settled (median)", f"{median:.1f} ms", f"≤ {TARGET_MS:.0f} ms {verdict}"),
        ("Save → screen settled (p90)", f"{p90:.1f} ms", ""),
        ("Entry reads per save (screen)", f"{statistics.mean(entry_reads):.1f}", "0"),
        ("Tag-count reads per save (screen)", f"{statistics.mean(tag_reads):.1f}", "0"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=1.0)
    parser.add_argument("--saves", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="5 saves")
    args = parser.parse_args()
    if args.quick:
        args.saves = 5
    with tempfile.TemporaryDirectory() as home:
        os.environ["NEUROLEAF_HOME"] = home
        os.environ.setdefault("NEUROLEAF_KDF_TARGET_MS", "5")
        rows = run(args.years, args.saves)
    print(f"Journal screen save latency: demo vault of {args.years:g} year(s), {args.saves} saves.")
    print()
    print("| Measurement | Value | Target |")
    print("|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")


if __name__ == "__main__":
    main()
