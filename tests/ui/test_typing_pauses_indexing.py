"""Typing in the editor tells background indexing to wait (the keyboard gets the cores)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import JournalScreen
from tests.ui.helpers.ui_context import drain

pytestmark = pytest.mark.gui


def test_keystrokes_in_the_editor_pause_background_embedding(
    qtbot: QtBot, ui_ctx: UiContext, session: Session
) -> None:
    screen = JournalScreen(ui_ctx)
    try:
        screen.show()
        qtbot.waitExposed(screen)
        qtbot.waitUntil(lambda: screen.left_stack.currentWidget() is not screen.loading)
        screen.new_entry()
        assert not session.embeddings.typing
        qtbot.keyClicks(screen.body_edit, "a quiet evening")
        assert session.embeddings.typing
        qtbot.waitUntil(lambda: not session.embeddings.typing, timeout=5000)
    finally:
        screen.autosave_timer.stop()
        screen.close()
        drain(ui_ctx)
        screen.deleteLater()
