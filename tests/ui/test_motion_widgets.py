"""Everything else that moves asks the same policy: the loading shimmer, the busy bars, and the
desktop's hint read again when the app comes back to the front."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui import motion
from neuroleaf_desktop.ui.care.breathing import BreathingGuide
from neuroleaf_desktop.ui.care.breathing_model import PATTERNS
from neuroleaf_desktop.ui.unlock.common import busy_bar
from neuroleaf_desktop.ui.widgets import LoadingState
from neuroleaf_desktop.ui.widgets.busy import BusyBar
from tests.ui.conftest import FakeClock
from tests.ui.helpers.desktop_motion import desktop_answered, desktop_says
from tests.ui.test_breathing_motion import painted_radius

pytestmark = pytest.mark.usefixtures("motion_at_system")


def _frames(qtbot: QtBot, widget: QWidget, count: int = 4) -> list[QImage]:
    shots = []
    for _ in range(count):
        qtbot.wait(130)
        shots.append(widget.grab().toImage())
    return shots


def _all_same(shots: list[QImage]) -> bool:
    return all(shot == shots[0] for shot in shots)


@pytest.mark.parametrize("widget", ["loading", "busy"])
def test_with_motion_reduced_they_keep_still_and_move_again_when_allowed(
    qtbot: QtBot, widget: str
) -> None:
    motion.policy().set_choice("on")
    shown: QWidget = (
        LoadingState("Finding your entries…", lines=3) if widget == "loading" else (BusyBar())
    )
    qtbot.addWidget(shown)
    shown.resize(320, 120 if widget == "loading" else 8)
    shown.show()
    assert _all_same(_frames(qtbot, shown))

    motion.policy().set_choice("off")  # chosen in Settings: heard at once
    assert not _all_same(_frames(qtbot, shown))

    motion.policy().set_choice("on")
    assert _all_same(_frames(qtbot, shown))


def test_the_unlock_and_status_bar_busy_bars_are_the_same_still_capable_bar(
    qtbot: QtBot,
) -> None:
    motion.policy().set_choice("on")
    bar = busy_bar()
    qtbot.addWidget(bar)
    assert isinstance(bar, BusyBar) and bar.still
    assert bar.accessibleName() == "Working"  # what it says does not change
    motion.policy().set_choice("off")
    assert not bar.still and bar.minimum() == bar.maximum() == 0


def test_the_desktop_is_asked_again_when_the_app_comes_back_to_the_front(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    hint: list[bool | None] = [True]
    desktop_says(monkeypatch, lambda: hint[0])
    clock = FakeClock()
    guide = BreathingGuide(time_source=clock)
    qtbot.addWidget(guide)
    guide.resize(300, 300)
    guide.show()
    guide.start(PATTERNS["box"], 120.0)
    desktop_answered(qtbot)
    heard: list[None] = []
    motion.policy().changed.connect(lambda: heard.append(None))

    hint[0] = False  # turned off in the desktop's settings while the app was behind
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    desktop_answered(qtbot)
    assert heard == [None]
    radii = set()
    for t in (0.0, 2.0, 6.0):
        clock.now = 1_000.0 + t
        guide.tick()
        radii.add(round(painted_radius(guide)))
    assert len(radii) == 1

    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # nothing new
    desktop_answered(qtbot)
    assert heard == [None]
    motion.policy().set_choice("off")  # an explicit choice outranks the desktop
    assert not guide.still
