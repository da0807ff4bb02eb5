"""Open the journal screen as a person first sees it: shown at a size its panes fit, once its
first page of entries has loaded. The caller's ``journal_screens`` list closes it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import JournalScreen


def show(qtbot: QtBot, ctx: UiContext, screens: list[JournalScreen]) -> JournalScreen:
    screen = JournalScreen(ctx)
    screens.append(screen)
    screen.resize(1000, 700)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: screen.left_stack.currentWidget() is not screen.loading)
    return screen
