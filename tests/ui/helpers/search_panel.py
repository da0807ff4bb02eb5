"""A search panel shown as a person sees it: its own window, active, its search by meaning
asked about, and searching by words."""

from __future__ import annotations

from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.search import SearchPanel
from tests.ui.helpers.ui_context import drain


def shown_search_panel(qtbot: QtBot, ctx: UiContext) -> Iterator[SearchPanel]:
    """For a fixture to ``yield from``: the panel, closed and its work drained afterwards."""
    made = SearchPanel(ctx)
    made.resize(900, 640)
    made.show()
    made.activateWindow()
    qtbot.waitExposed(made)
    qtbot.waitUntil(made.isActiveWindow)
    qtbot.waitUntil(lambda: made.semantic_available is not None)
    made.set_mode("fulltext")
    yield made
    made.close()
    drain(ctx)
    made.deleteLater()
