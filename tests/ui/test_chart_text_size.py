"""Dashboard charts at the person's text size: a chart's legend keeps clear of its title in
the open canvas at every size and width, and an exported PNG has the text size of the chart
on screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from PIL import Image
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.charts import chart_theme
from neuroleaf_desktop.charts import figures as f
from neuroleaf_desktop.domain import stats
from neuroleaf_desktop.domain.dashboard import SleepMoodData, SleepSeries, TimelineData
from neuroleaf_desktop.domain.models import NewCheckIn
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui import text_size
from neuroleaf_desktop.ui.dashboard.card import scrolling_canvas_class
from tests.ui.helpers.dashboard_screen import open_screen
from tests.ui.helpers.ui_context import close_ctx

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def actual_size(qapp: QApplication) -> Iterator[None]:
    text_size.current().set_percent(text_size.DEFAULT)
    yield
    text_size.current().set_percent(text_size.DEFAULT)


def timeline() -> TimelineData:
    start = date(2026, 3, 1)
    days = tuple(start + timedelta(days=i) for i in range(30))
    means = tuple(5.0 + (i % 5) / 2 for i in range(30))
    checkins = tuple((datetime(d.year, d.month, d.day, 9), 4 + i % 5) for i, d in enumerate(days))
    rolling = (None, None, *means[2:])
    return TimelineData(days, means, rolling, checkins, days[::3])


def shown(qtbot: QtBot, figure: Figure, width: int) -> QWidget:
    canvas = scrolling_canvas_class()(figure)
    qtbot.addWidget(canvas)
    canvas.resize(width, 340)
    canvas.show()
    qtbot.waitExposed(canvas)
    figure.canvas.draw()
    return canvas


@pytest.mark.parametrize("percent", [100, 130, 150])
@pytest.mark.parametrize("width", [880, 620, 440])
def test_the_legend_keeps_clear_of_the_title(qtbot: QtBot, percent: int, width: int) -> None:
    """At every text size and card width the timeline's title, its legend and the plot each
    have their own room: none overlaps another, and the legend stays inside the chart."""
    text_size.current().set_percent(percent)
    figure = f.mood_timeline_figure(timeline(), chart_theme(False))
    shown(qtbot, figure, width)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    ax = figure.axes[0]
    legend = ax.get_legend()
    assert legend is not None
    title = ax._left_title.get_window_extent(renderer)  # where set_title(loc="left") draws
    words = legend.get_window_extent(renderer)
    plot = ax.get_window_extent(renderer)
    gap = 2 * figure.dpi / 72  # two points
    assert not title.overlaps(words), (title, words)
    assert title.y0 >= words.y1 + gap or words.x0 >= title.x1 + 4 * gap, (title, words)
    assert words.y0 >= plot.y1 - 1, (words, plot)  # over the plot, not on its lines
    assert words.x0 >= 0 and words.x1 <= figure.bbox.width + 1, (words, figure.bbox)
    assert title.y1 <= figure.bbox.height + 1


def sleep() -> SleepMoodData:
    hours = tuple(5.0 + (i % 9) * 0.5 for i in range(72))
    moods = tuple(3.0 + h * 0.5 + (i % 3) * 0.5 for i, h in enumerate(hours))
    corr = stats.correlation(hours, moods)
    fit = stats.linear_fit(hours, moods)
    series = SleepSeries(hours, moods, corr, fit)
    return SleepMoodData(series, series)


@pytest.mark.parametrize("percent", [100, 130, 150])
@pytest.mark.parametrize("width", [880, 620])
def test_the_sleep_panels_headings_keep_apart(qtbot: QtBot, percent: int, width: int) -> None:
    """Each sleep panel's heading (its r with the interval) stays over its own panel at every
    text size: the left one never runs into the right one, nor the right one off the chart."""
    text_size.current().set_percent(percent)
    figure = f.sleep_mood_figure(sleep(), chart_theme(False))
    shown(qtbot, figure, width)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    left, right = (ax._left_title.get_window_extent(renderer) for ax in figure.axes)
    assert "r = " in figure.axes[0].get_title(loc="left")
    assert left.x1 < right.x0, (left, right)
    assert right.x1 <= figure.bbox.width + 1, (right, figure.bbox)


@pytest.mark.parametrize("percent", [100, 130, 150])
@pytest.mark.parametrize("width", [430, 330])
def test_an_empty_charts_message_and_hint_keep_apart(
    qtbot: QtBot, percent: int, width: int
) -> None:
    """An empty chart's message and the hint under it grow apart when larger text wraps them
    over more lines, never into each other (the stress cloud in a half-width card)."""
    text_size.current().set_percent(percent)
    figure = f.keyword_cloud_figure([], chart_theme(False))
    shown(qtbot, figure, width)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    message, hint = (t.get_window_extent(renderer) for t in figure.axes[0].texts)
    assert message.y0 > hint.y1, (message, hint)
    title = figure.axes[0]._left_title.get_window_extent(renderer)
    assert title.y0 > message.y1, (title, message)


def title_height(path: Path) -> int:
    """The height in pixels of the first line of dark words from the top of a light chart
    (its title), read from the PNG itself."""
    with Image.open(path) as image:
        grey = image.convert("L")
        width, height = grey.size
        pixels = grey.load()
        assert pixels is not None
        inked = [
            any(int(pixels[x, y]) < 90 for x in range(0, width * 2 // 5))  # type: ignore[arg-type]
            for y in range(height)
        ]
    top = inked.index(True)
    bottom = top
    while bottom + 1 < height and inked[bottom + 1]:
        bottom += 1
    return bottom - top + 1


def test_an_exported_png_has_the_text_size_shown_on_screen(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """At 150 % the exported chart is the same size in pixels as at 100 % and its words are
    half as large again, as in the open canvas (the saved dots per inch say so too)."""
    for days_ago, mood in ((6, 5), (4, 7), (3, 4), (1, 6)):
        when = datetime.now().astimezone() - timedelta(days=days_ago)
        session.mood.log(NewCheckIn(mood=mood, logged_at=when))
    screen, ctx = open_screen(qtbot, session)
    try:
        assert "timeline" in screen.figures
        usual = screen.export_chart("timeline", tmp_path / "usual.png")
        text_size.current().set_percent(150)
        qtbot.wait(50)
        larger = screen.export_chart("timeline", tmp_path / "larger.png")
        with Image.open(usual) as a, Image.open(larger) as b:
            assert b.size[0] == pytest.approx(a.size[0], rel=0.02)
            assert b.info["dpi"][0] == pytest.approx(a.info["dpi"][0] * 1.5, rel=0.02)
        ratio = title_height(larger) / title_height(usual)
        assert 1.3 <= ratio <= 1.7, ratio
    finally:
        close_ctx(ctx)
