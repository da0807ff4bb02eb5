"""The desktop is asked off the UI thread: a slow settings tool never freezes the window, and a
widget turns still the moment the desktop's "keep still" lands."""

from __future__ import annotations

import sys
import threading

import pytest
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui import motion
from neuroleaf_desktop.ui.widgets.busy import BusyBar
from tests.ui.helpers.desktop_motion import desktop_answered, desktop_says

pytestmark = pytest.mark.usefixtures("motion_at_system")


def test_a_slow_desktop_tool_is_asked_on_a_worker_and_its_answer_stills_the_bar(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    asked_on: list[threading.Thread] = []
    released_in_time: list[bool] = []

    def slow_tool() -> bool | None:
        asked_on.append(threading.current_thread())
        released_in_time.append(release.wait(timeout=10.0))
        return False  # the desktop says: keep still

    desktop_says(monkeypatch, slow_tool)
    motion.policy().set_choice("off")
    bar = BusyBar()
    qtbot.addWidget(bar)
    motion.policy().set_choice("system")

    # The question is answered at once with what is known (motion, until the desktop speaks):
    # had it waited for the tool, the tool would still be waiting for this line.
    assert motion.policy().moves(fresh=True) is True
    assert motion.policy().reading
    assert not bar.still
    release.set()
    desktop_answered(qtbot)

    assert released_in_time == [True]
    assert asked_on and asked_on[0] is not threading.main_thread()
    assert motion.policy().moves() is False
    assert bar.still  # told by ``changed`` when the answer landed


def test_questions_asked_while_the_tool_is_answering_start_no_second_read(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    calls: list[None] = []

    def tool() -> bool | None:
        calls.append(None)
        release.wait(timeout=10.0)
        return True

    desktop_says(monkeypatch, tool)
    for _ in range(5):
        motion.policy().moves(fresh=True)
    release.set()
    desktop_answered(qtbot)
    assert len(calls) == 1


def test_a_tool_that_fails_leaves_motion_on(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> bool | None:
        raise OSError("no settings daemon")

    desktop_says(monkeypatch, broken)
    motion.policy().moves(fresh=True)
    desktop_answered(qtbot)
    assert motion.policy().moves() is True


@pytest.mark.parametrize(("said", "hint"), [("true", True), ("false", False), (None, None)])
def test_gnomes_enable_animations_is_read(
    monkeypatch: pytest.MonkeyPatch, said: str | None, hint: bool | None
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    asked: list[list[str]] = []

    def settings_tool(argv: list[str]) -> str | None:
        asked.append(argv)
        return said

    monkeypatch.setattr(motion, "_command_output", settings_tool)
    assert motion.desktop_tool_hint() is hint
    assert asked == [["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"]]
