"""Every dashboard figure renders to a non-blank PNG, light and dark, demo and empty data.

The PNGs are also written to /tmp/charts-<profile>-<chart>-<theme>.png for a human look.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image

from neuroleaf_desktop.charts import ChartTheme, chart_theme
from neuroleaf_desktop.charts import figures as f
from neuroleaf_desktop.domain.dashboard import NEGATIVE_AFFECT, DashboardSummary
from neuroleaf_desktop.services.dashboard_service import DashboardService
from tests.conftest import PYTHON
from tests.support.dashboard_data import DEMO_END, make_demo, make_empty, private_home

OUT = Path("/tmp")


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, DashboardSummary]]:
    with private_home(tmp_path_factory.mktemp("charts") / "home") as store:
        demo, empty = make_demo(store), make_empty(store)
    try:
        yield {
            "demo": DashboardService(demo).summary(None, DEMO_END),
            "demo30": DashboardService(demo).summary(DEMO_END - timedelta(days=29), DEMO_END),
            "empty": DashboardService(empty).summary(DEMO_END - timedelta(days=89), DEMO_END),
        }
    finally:
        demo.close()
        empty.close()


Builder = Callable[[DashboardSummary, ChartTheme], object]
BUILDERS: dict[str, Builder] = {
    "timeline": lambda s, t: f.mood_timeline_figure(s.timeline, t),
    "heatmap": lambda s, t: f.emotion_heatmap_figure(s.heatmap, NEGATIVE_AFFECT, t),
    "sleep": lambda s, t: f.sleep_mood_figure(s.sleep, t),
    "cloud": lambda s, t: f.keyword_cloud_figure(s.keywords, t, pixels=(600, 320)),
    "activities": lambda s, t: f.activity_effects_figure(s.activities_next_day, t),
}


def colours(path: Path) -> int:
    with Image.open(path) as image:
        small = image.convert("RGB").resize((160, 90))
        return len(small.getcolors(maxcolors=160 * 90) or [])


@pytest.mark.parametrize("profile", ["demo", "demo30", "empty"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_each_chart_renders_a_png(
    summaries: dict[str, DashboardSummary], profile: str, dark: bool
) -> None:
    theme = chart_theme(dark)
    for name, build in BUILDERS.items():
        figure = build(summaries[profile], theme)
        path = f.save_png(figure, OUT / f"charts-{profile}-{name}-{theme['name']}.png", dpi=72)  # type: ignore[arg-type]
        assert path.stat().st_size > 2_000, path
        with Image.open(path) as image:
            assert image.size[0] > 300 and image.size[1] > 150
            corner = image.convert("RGB").getpixel((2, 2))
        expected = (255, 255, 255) if not dark else (0x1D, 0x23, 0x20)
        assert corner == expected, f"{path.name}: background {corner}"
        # a message or a chart: never a flat frame
        assert colours(path) >= (8 if profile == "empty" else 25), path.name


def test_not_enough_sleep_data_is_said_not_claimed(summaries: dict[str, DashboardSummary]) -> None:
    from dataclasses import replace

    from neuroleaf_desktop.domain.dashboard import SleepSeries

    tiny = SleepSeries((6.0, 7.0, 8.0), (5.0, 6.0, 7.0), None, None)
    data = replace(summaries["demo"].sleep, same_day=tiny, next_day=tiny)
    figure = f.sleep_mood_figure(data, chart_theme(False))
    texts = [t.get_text() for ax in figure.axes for t in ax.texts]
    assert "Not enough data yet (n = 3, need 14)" in texts
    assert not any(ax.get_title(loc="left").startswith(("Same day: r", "Next day: r"))
                   for ax in figure.axes)  # fmt: skip
    claimed = f.sleep_mood_figure(summaries["demo"].sleep, chart_theme(False))
    assert any("r = " in ax.get_title(loc="left") for ax in claimed.axes)


def test_word_cloud_is_deterministic(
    summaries: dict[str, DashboardSummary], tmp_path: Path
) -> None:
    def draw(name: str) -> Path:
        cloud = f.keyword_cloud_figure(
            summaries["demo"].keywords, chart_theme(False), pixels=(400, 220)
        )
        return f.save_png(cloud, tmp_path / name, dpi=50)

    a, b = draw("a.png"), draw("b.png")
    assert a.read_bytes() == b.read_bytes()


def test_importing_the_charts_package_does_not_import_matplotlib() -> None:
    code = (
        "import sys, neuroleaf_desktop.charts, neuroleaf_desktop.charts.figures, "
        "neuroleaf_desktop.ui.dashboard\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'wordcloud')])"
    )
    out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_activity_effect_is_coloured_only_when_its_interval_excludes_zero() -> None:
    """A point estimate far from 0 with an interval across 0 (few days, noisy moods) is
    drawn grey, hollow and "not clear yet (n = …)", never as helping or hurting."""
    from matplotlib.colors import to_hex

    from neuroleaf_desktop.domain import stats
    from neuroleaf_desktop.domain.dashboard import ActivityEffect, Verdict

    noisy = stats.welch_diff_ci([3, 8, 2, 9, 4, 8], [6, 5, 7, 5, 6, 6, 5, 7, 6, 5])
    clear_up = stats.welch_diff_ci([8, 7, 8, 9, 7, 8, 8], [5, 6, 5, 4, 6, 5, 5, 6])
    clear_down = stats.welch_diff_ci([3, 4, 3, 2, 4, 3], [6, 7, 6, 6, 7, 6, 7])
    assert noisy is not None and clear_up is not None and clear_down is not None
    assert noisy.low < 0 < noisy.high and abs(noisy.diff) > 0.1
    therapy = ActivityEffect("therapy", 1, noisy)
    walk = ActivityEffect("walk", 1, clear_up)
    alcohol = ActivityEffect("alcohol", 1, clear_down)
    assert (therapy.verdict, walk.verdict, alcohol.verdict) == (
        Verdict.UNCLEAR, Verdict.HELPS, Verdict.HURTS,
    )  # fmt: skip
    assert therapy.verdict_text == "not clear yet (n = 6 / 10)"
    for dark in (False, True):
        theme = chart_theme(dark)
        fig = f.activity_effects_figure([walk, therapy, alcohol], theme)
        ax = fig.axes[0]
        labels = [t.get_text() for t in ax.get_yticklabels()]
        assert labels == [  # bottom-up: the best effect is drawn on top
            "alcohol — hurts (6 / 7 d)",
            "therapy — not clear yet (n = 6 / 10)",
            "walk — helps (7 / 8 d)",
        ]
        points = [line for line in ax.lines if len(line.get_xdata()) == 1]  # type: ignore[arg-type]
        colour = {round(float(p.get_ydata()[0])): to_hex(p.get_color()) for p in points}  # type: ignore[index, arg-type]
        assert colour == {
            0: to_hex(theme["negative"]),
            1: to_hex(theme["points"]),
            2: to_hex(theme["accent"]),
        }
        unclear = next(p for p in points if round(float(p.get_ydata()[0])) == 1)  # type: ignore[index, arg-type]
        assert to_hex(unclear.get_markerfacecolor()) == to_hex(theme["background"])
        f.save_png(fig, OUT / f"charts-unclear-activities-{theme['name']}.png", dpi=72)


def _figure_texts(figure: object) -> list[str]:
    axes = figure.axes  # type: ignore[attr-defined]
    return [t.get_text() for ax in axes for t in ax.texts] + [
        ax.get_title(loc="left") for ax in axes
    ]


def test_an_empty_stress_cloud_speaks_of_what_was_read_clearly(
    summaries: dict[str, DashboardSummary],
) -> None:
    """The analysis withdraws stress labels it is not sure of, so an empty cloud may hide
    strain written in words the app could not read with confidence: it says what the app did
    not read clearly, never that nothing was stressful."""
    assert not summaries["empty"].keywords
    texts = _figure_texts(f.keyword_cloud_figure(summaries["empty"].keywords, chart_theme(False)))
    assert "No entries in this range read clearly as stressful" in texts
    assert not any("No stress" in t for t in texts)
    demo = summaries["demo"].keywords
    assert demo  # the demo profile has entries read clearly as stressful
    shown = f.keyword_cloud_figure(demo, chart_theme(False), pixels=(400, 220))
    subtitle = " ".join(shown.axes[0].get_title(loc="left").split("\n"))
    assert subtitle == f.cloud_subtitle(len({k.keyword for k in demo if k.weight > 0}))
    assert "read clearly as stressful" in subtitle


def test_the_cloud_subtitle_fits_the_narrowest_card(summaries: dict[str, DashboardSummary]) -> None:
    """Two cards side by side in the smallest window leave the cloud a narrow canvas: its
    subtitle wraps inside it instead of running off the card's right edge."""
    shown = f.keyword_cloud_figure(summaries["demo"].keywords, chart_theme(False))
    width_px = f.narrowest_px(f.CLOUD_SIZE[0])
    shown.set_size_inches(width_px / shown.dpi, f.CLOUD_SIZE[1] * width_px / 100 / f.CLOUD_SIZE[0])
    canvas = FigureCanvasAgg(shown)
    canvas.draw()
    title = shown.axes[0]._left_title  # where set_title(loc="left") draws
    box = title.get_window_extent(canvas.get_renderer())
    assert title.get_text().count("\n") >= 1
    assert box.x0 >= 0 and box.x1 <= width_px + 2


def test_an_empty_heatmap_says_not_picked_or_not_read_clearly(
    summaries: dict[str, DashboardSummary],
) -> None:
    from dataclasses import replace

    theme = chart_theme(False)
    nothing = f.emotion_heatmap_figure(summaries["empty"].heatmap, NEGATIVE_AFFECT, theme)
    texts = _figure_texts(nothing)
    assert "No negative affect picked or read clearly in this range" in texts
    assert not any("No negative affect in this range" in t for t in texts)
    demo = summaries["demo"].heatmap
    observed = sum(sum(row) for row in demo.totals)
    zero = tuple(tuple(0 for _ in row) for row in demo.totals)
    unread = replace(demo, counts={**demo.counts, NEGATIVE_AFFECT: zero})
    texts = _figure_texts(f.emotion_heatmap_figure(unread, NEGATIVE_AFFECT, theme))
    assert any(t.startswith("No check-in here names it, and none of the entries here reads "
                            f"clearly as it ({observed} ") for t in texts)  # fmt: skip
    assert not any("mention it" in t for t in texts)


def test_a_heading_is_wrapped_again_for_the_width_it_is_shown_at(
    summaries: dict[str, DashboardSummary],
) -> None:
    """Built for the narrowest card, the heatmap's title breaks over two lines; shown in a
    half-width card of the default window (450 px) it fits one, its subtitle takes fewer
    lines, and back at the narrowest width both break again. The words never change."""
    from neuroleaf_desktop.charts.titles import fit_titles

    theme = chart_theme(False)
    fig = f.emotion_heatmap_figure(summaries["demo"].heatmap, NEGATIVE_AFFECT, theme)
    ax = fig.axes[0]
    subtitle = next(t for t in ax.texts if "times over weekday" in t.get_text())

    def heading() -> tuple[str, str]:
        return ax.get_title(loc="left"), subtitle.get_text()

    narrow_title, narrow_sub = heading()
    assert narrow_title == "When negative affect shows\nup"
    height = f.HEATMAP_SIZE[1]
    fig.set_size_inches(4.5, height)
    fit_titles(fig)
    wide_title, wide_sub = heading()
    assert wide_title == "When negative affect shows up"
    assert wide_sub.count("\n") < narrow_sub.count("\n")
    assert wide_sub.split() == narrow_sub.split()
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    for text in (ax._left_title, subtitle):  # where set_title(loc="left") draws
        box = text.get_window_extent(canvas.get_renderer())
        assert box.x0 >= 0 and box.x1 <= 4.5 * fig.dpi + 2
    fig.set_size_inches(2.0, height)  # narrower than any card: the narrowest wrap, no tighter
    fit_titles(fig)
    assert heading() == (narrow_title, narrow_sub)


def test_the_timelines_corner_names_the_year_not_the_last_month(
    summaries: dict[str, DashboardSummary],
) -> None:
    """Thirty days ticked by day: the corner says the year, never "2025-Jun", which would read
    as if the whole chart were that month."""
    fig = f.mood_timeline_figure(summaries["demo30"].timeline, chart_theme(False))
    FigureCanvasAgg(fig).draw()
    offset = fig.axes[0].xaxis.get_offset_text().get_text()
    assert offset == str(DEMO_END.year)
