"""Reduce motion in the breathing exercise: with it on, the circle keeps one size through a whole
breath while the step and its seconds change in words; with it off the circle breathes; with
"system" it follows the desktop's hint (the one OS edge, patched here)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui import motion
from neuroleaf_desktop.ui.care import BreathingDialog
from neuroleaf_desktop.ui.care.breathing import BreathingGuide
from neuroleaf_desktop.ui.care.breathing_model import PATTERNS
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.theme import palette_for
from neuroleaf_desktop.ui.widgets.style import is_dark
from tests.ui.conftest import FakeClock
from tests.ui.helpers.desktop_motion import desktop_answered, desktop_says
from tests.ui.helpers.ui_context import drain

pytestmark = pytest.mark.usefixtures("motion_at_system")
START = 1_000.0  # FakeClock's first reading


def painted_radius(guide: BreathingGuide) -> float:
    """The breath circle's radius as painted: from the widget's centre along its middle row to
    the first pixel of the circle's fill colour (the guide ring and halo are other colours)."""
    image = guide.grab().toImage()
    fill = QColor(palette_for("dark" if is_dark(guide) else "light").accent_soft)
    y = image.height() // 2
    for x in range(image.width() // 2):
        c = image.pixelColor(x, y)
        if (
            max(
                abs(c.red() - fill.red()),
                abs(c.green() - fill.green()),
                abs(c.blue() - fill.blue()),
            )
            <= 3
        ):
            return image.width() / 2 - x
    return 0.0


def _breathing(qtbot: QtBot, ui_ctx: UiContext, clock: FakeClock) -> BreathingDialog:
    dialog = BreathingDialog(ui_ctx, time_source=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_pattern("box")
    return dialog


def _at(dialog: BreathingDialog, clock: FakeClock, seconds: float) -> tuple[float, str, str]:
    clock.now = START + seconds
    dialog.guide.tick()
    return painted_radius(dialog.guide), dialog.phase_label.text(), dialog.time_left.text()


# one box breath: empty, half in, full (held), half out, empty (held)
BREATH = (0.0, 2.0, 6.0, 10.0, 14.0)


def test_reduced_motion_keeps_the_circle_still_while_the_words_count(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    ui_ctx.session.settings.set("reduce_motion", "on")
    clock = FakeClock()
    dialog = _breathing(qtbot, ui_ctx, clock)
    qtbot.waitUntil(lambda: motion.policy().choice == "on")  # stored; read on a worker
    dialog.start()
    seen = [_at(dialog, clock, t) for t in BREATH]
    radii = {round(r) for r, _, _ in seen}
    assert len(radii) == 1 and radii.pop() > 20  # one size, and a real circle
    assert "circle keeps still" in dialog.intro.text()
    assert [label for _, label, _ in seen] == [
        "Breathe in… 4",
        "Breathe in… 2",
        "Hold… 2",
        "Breathe out… 2",
        "Hold… 2",
    ]
    assert [left for _, _, left in seen] == [
        "2:00 left",
        "1:58 left",
        "1:54 left",
        "1:50 left",
        "1:46 left",
    ]
    dialog.reject()
    drain(ui_ctx)


def test_reduced_motion_shows_each_second_going_by_without_anything_growing(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    """The still cue changes once a second (a dot fills) and not in between."""
    motion.policy().set_choice("on")
    clock = FakeClock()
    guide = BreathingGuide(time_source=clock)
    qtbot.addWidget(guide)
    guide.resize(320, 320)
    guide.show()
    guide.start(PATTERNS["box"], 120.0)
    frames = []
    for t in (0.1, 0.5, 0.9, 1.1, 1.5, 2.1):
        clock.now = START + t
        guide.tick()
        frames.append(guide.grab().toImage())
    assert frames[0] == frames[1] == frames[2]  # within a second nothing changes
    assert frames[3] == frames[4] and frames[2] != frames[3]  # the second ticks over, once
    assert frames[4] != frames[5]


def test_with_motion_allowed_the_circle_breathes(qtbot: QtBot, ui_ctx: UiContext) -> None:
    ui_ctx.session.settings.set("reduce_motion", "off")
    clock = FakeClock()
    dialog = _breathing(qtbot, ui_ctx, clock)
    drain(ui_ctx)
    dialog.start()
    empty, half_in, full, half_out, _ = (_at(dialog, clock, t)[0] for t in BREATH)
    assert empty < half_in < full and full > half_out > empty
    dialog.reject()
    drain(ui_ctx)


@pytest.mark.parametrize(("hint", "still"), [(False, True), (True, False), (None, False)])
def test_system_follows_the_desktops_animation_hint(
    qtbot: QtBot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch, hint: bool | None, still: bool
) -> None:
    desktop_says(monkeypatch, lambda: hint)
    clock = FakeClock()
    dialog = _breathing(qtbot, ui_ctx, clock)
    drain(ui_ctx)
    assert motion.policy().choice == "system"
    dialog.start()
    desktop_answered(qtbot)
    first, at_full = (_at(dialog, clock, t)[0] for t in (0.0, 6.0))
    assert (first == at_full) is still
    assert dialog.guide.still is still
    dialog.reject()
    drain(ui_ctx)


def test_a_changed_desktop_hint_is_read_again_at_the_next_start(
    qtbot: QtBot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    hint: list[bool | None] = [True]
    desktop_says(monkeypatch, lambda: hint[0])
    clock = FakeClock()
    dialog = _breathing(qtbot, ui_ctx, clock)
    drain(ui_ctx)
    desktop_answered(qtbot)
    assert not dialog.guide.still
    hint[0] = False  # the person turned animations off in the desktop's settings
    dialog.start()
    desktop_answered(qtbot)
    first, at_full = (_at(dialog, clock, t)[0] for t in (0.0, 6.0))
    assert first == at_full
    dialog.reject()
    drain(ui_ctx)


def test_a_setting_changed_elsewhere_stills_a_running_exercise_at_once(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    clock = FakeClock()
    dialog = _breathing(qtbot, ui_ctx, clock)
    drain(ui_ctx)
    dialog.start()
    moving = {round(_at(dialog, clock, t)[0]) for t in (0.0, 6.0)}
    assert len(moving) == 2
    ui_ctx.session.settings.set("reduce_motion", "on")  # e.g. `neuroleaf settings set …`
    qtbot.waitUntil(lambda: motion.policy().choice == "on")
    assert dialog.guide.running  # the breath goes on, only the drawing changed
    still = {round(_at(dialog, clock, t)[0]) for t in (16.0, 18.0, 22.0)}
    assert len(still) == 1
    assert dialog.phase_label.text() == "Hold… 2"
    dialog.reject()
    drain(ui_ctx)


@pytest.mark.parametrize(
    ("choice", "hint", "moves"),
    [
        ("on", True, False),
        ("on", None, False),
        ("off", False, True),
        ("off", None, True),
        ("system", False, False),
        ("system", True, True),
        ("system", None, True),  # the desktop says nothing: motion stays on
    ],
)
def test_the_one_rule(choice: str, hint: bool | None, moves: bool) -> None:
    assert motion.should_move(choice, hint) is moves


def test_a_headless_desktop_says_nothing(qtbot: QtBot) -> None:
    assert motion.qt_animation_hint() is None  # offscreen: no preference to follow
