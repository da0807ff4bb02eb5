"""The microphone level with motion reduced: a word held at least a second instead of a bar
that moves ten times a second; with motion allowed, the bar as before; a change of the choice
applies at once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui import motion
from neuroleaf_desktop.ui.voice.level_meter import LevelMeter, level_word

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("motion_at_system")]


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_level_in_a_word() -> None:
    assert level_word(0.0) == "Quiet"
    assert level_word(0.2) == "Quiet"  # under -45 dBFS: the room, not a voice
    assert level_word(0.6) == "Hearing you"
    assert level_word(0.99) == "Very loud"


def test_with_motion_reduced_a_word_is_shown_and_held_a_second(qtbot: QtBot) -> None:
    motion.policy().set_choice("on")
    clock = _Clock()
    meter = LevelMeter(clock=clock)
    qtbot.addWidget(meter)
    meter.show()
    assert meter.still and meter.bar.isHidden() and meter.words.isVisible()

    meter.set_level(0.6)
    assert meter.words.text() == "Hearing you"
    clock.now += 0.1
    meter.set_level(0.1)  # a breath between words: not a flicker to "Quiet"
    assert meter.words.text() == "Hearing you"
    clock.now += 1.0
    meter.set_level(0.1)
    assert meter.words.text() == "Quiet"
    clock.now += 0.2
    meter.set_level(0.99)
    assert meter.words.text() == "Quiet"  # held
    clock.now += 1.0
    meter.set_level(0.99)
    assert meter.words.text() == "Very loud"
    meter.set_level(0.0)  # stopped: said at once
    assert meter.words.text() == "Quiet"


def test_with_motion_allowed_the_bar_follows_and_a_change_applies_at_once(qtbot: QtBot) -> None:
    motion.policy().set_choice("off")
    meter = LevelMeter(clock=_Clock())
    qtbot.addWidget(meter)
    meter.show()
    assert not meter.still and meter.bar.isVisible()
    meter.set_level(0.6)
    assert meter.bar.value() == 60

    motion.policy().set_choice("on")
    assert meter.bar.isHidden() and meter.words.isVisibleTo(meter)
    assert meter.words.text() == "Hearing you"
