"""The desktop's animation preference, as a test sets it: the one OS edge of reduce motion.

Qt is made to have no answer of its own, so the policy asks the desktop's settings tool on a
worker, and the tool is replaced by ``answer``; :func:`desktop_answered` waits until that answer
has landed on the UI thread."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui import motion


def desktop_says(monkeypatch: pytest.MonkeyPatch, answer: Callable[[], bool | None]) -> None:
    monkeypatch.setattr(motion, "qt_animation_hint", lambda: motion.ASK_THE_DESKTOP)
    monkeypatch.setattr(motion, "desktop_tool_hint", answer)


def desktop_answered(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not motion.policy().reading, timeout=5_000)
