"""The dashboard screen: shows charts, reloads on a range change, exports PNG, empty state."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.dashboard import RangePreset
from neuroleaf_desktop.domain.models import NewCheckIn
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from tests.conftest import PYTHON, cli_env
from tests.support.dashboard_data import DEMO_END, fixed_clock, make_demo, make_empty
from tests.ui.helpers.dashboard_screen import open_screen
from tests.ui.helpers.ui_context import close_ctx

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(store: ProfileStore) -> Iterator[Session]:
    session = make_demo(store)
    yield session
    session.close()


@pytest.fixture
def empty(store: ProfileStore) -> Iterator[Session]:
    session = make_empty(store)
    yield session
    session.close()


CONSTRUCT_ONLY = """
import sys
from PySide6.QtWidgets import QApplication
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.ui.bridge import ChangeBridge
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.dashboard import DashboardScreen
from neuroleaf_desktop.ui.tasks import TaskRunner
app = QApplication([])
session, _ = ProfileStore(app_paths()).create("Fresh", "a passphrase 123")
screen = DashboardScreen(UiContext(session, TaskRunner(), ChangeBridge(session.events)))
print("matplotlib" in sys.modules, screen.built)
session.close()
"""


def test_constructing_the_screen_does_not_import_matplotlib(home: Path) -> None:
    """In a fresh process (this one may already have matplotlib from other tests)."""
    out = subprocess.run(
        [PYTHON, "-c", CONSTRUCT_ONLY],
        capture_output=True,
        text=True,
        env=cli_env(home),
        timeout=120,
        check=True,
    )
    assert out.stdout.split() == ["False", "False"], out.stderr


def test_shows_charts_reloads_on_range_change_and_exports(
    demo: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    screen, ctx = open_screen(qtbot, demo)
    try:
        assert screen.stack.currentWidget() is screen.charts_area
        assert set(screen.figures) == {"timeline", "heatmap", "cloud", "sleep", "activities"}
        assert all(card.canvas is not None for card in screen.cards.values())
        first = screen.summary
        assert first is not None and first.start == DEMO_END - timedelta(days=89)

        loads = screen.load_count
        screen.set_range(RangePreset.LAST_30)
        qtbot.waitUntil(lambda: screen.is_settled() and screen.load_count > loads, timeout=20_000)
        assert screen.summary is not None
        assert screen.summary.start == DEMO_END - timedelta(days=29)
        assert len(screen.summary.timeline.days) == 30

        screen.set_range(
            RangePreset.CUSTOM, (DEMO_END - timedelta(days=60), DEMO_END - timedelta(days=40))
        )
        qtbot.waitUntil(
            lambda: (
                screen.is_settled()
                and screen.summary is not None
                and screen.summary.end == DEMO_END - timedelta(days=40)
            ),
            timeout=20_000,
        )
        assert screen.from_edit.isVisible()

        # the heatmap's emotion chooser redraws only the heatmap
        old_timeline = screen.figures["timeline"]
        screen.emotion_combo.setCurrentIndex(screen.emotion_combo.findData("anxiety"))
        qtbot.waitUntil(screen.is_settled, timeout=20_000)
        assert screen.emotion == "anxiety"
        assert screen.figures["timeline"] is old_timeline

        written = screen.export_chart("timeline", tmp_path / "timeline")
        assert written.suffix == ".png" and written.is_file()
        image = QImage(str(written))
        assert not image.isNull() and image.width() > 300
    finally:
        close_ctx(ctx)


def test_a_new_checkin_refreshes_the_dashboard(demo: Session, qtbot: QtBot) -> None:
    screen, ctx = open_screen(qtbot, demo)
    try:
        before = screen.summary
        assert before is not None
        loads = screen.load_count
        demo.mood.log(NewCheckIn(mood=9, logged_at=fixed_clock() - timedelta(hours=1)))
        qtbot.waitUntil(lambda: screen.load_count > loads and screen.is_settled(), timeout=20_000)
        assert screen.summary is not None
        assert screen.summary.checkin_count == before.checkin_count + 1
    finally:
        close_ctx(ctx)


def test_empty_profile_shows_the_empty_state(empty: Session, qtbot: QtBot) -> None:
    screen, ctx = open_screen(qtbot, empty, dark=True)
    try:
        assert screen.showing_empty
        assert screen.figures == {}
        assert not screen.cards["timeline"].export_button.isEnabled()
        screen.set_range(RangePreset.ALL)
        qtbot.waitUntil(screen.is_settled, timeout=20_000)
        assert screen.stack.currentWidget() is screen.empty
    finally:
        close_ctx(ctx)


def test_a_charts_heading_is_wrapped_for_its_card_as_shown(demo: Session, qtbot: QtBot) -> None:
    """The heatmap's title, built for the narrowest card, fits one line in its half-width card
    at this size; on a canvas as narrow as the smallest window's card it breaks again, and
    joins again when that canvas widens."""
    screen, ctx = open_screen(qtbot, demo)
    try:
        canvas = screen.cards["heatmap"].canvas
        assert canvas is not None and canvas.width() >= 380
        figure = screen.figures["heatmap"]
        title = figure.axes[0].get_title(loc="left")
        assert title == "When negative affect shows up"
        # the same kind of canvas, alone at the narrowest card's width and then widened
        from neuroleaf_desktop.charts.titles import narrowest_px
        from neuroleaf_desktop.ui.dashboard.card import scrolling_canvas_class

        alone = scrolling_canvas_class()(figure)
        qtbot.addWidget(alone)
        alone.resize(narrowest_px(figure.get_figwidth()), 300)
        alone.show()
        qtbot.waitUntil(lambda: "\n" in figure.axes[0].get_title(loc="left"))
        alone.resize(520, 300)
        qtbot.waitUntil(lambda: figure.axes[0].get_title(loc="left") == title)
    finally:
        close_ctx(ctx)
