"""The search panel lists its results in the order chosen (best match, newest, oldest) and
offers the next page when a list stopped at its limit, from the mouse or the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.filters import SearchOrder
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.search import SearchPanel
from neuroleaf_desktop.ui.search.panel import LIMIT
from tests.ui.helpers.keys import focused, press
from tests.ui.helpers.search_panel import shown_search_panel
from tests.ui.helpers.ui_context import drain

pytestmark = pytest.mark.gui

START = datetime(2026, 1, 5, 9, tzinfo=UTC)


@pytest.fixture
def panel(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[SearchPanel]:
    yield from shown_search_panel(qtbot, ui_ctx)


def _add(session: Session, bodies: list[str]) -> list[str]:
    """One entry a day from START, in the order given; their ids."""
    ids = []
    for day, body in enumerate(bodies):
        at = START + timedelta(days=day)
        ids.append(session.journal.add(NewEntry("", body, created_at=at, tz_offset_min=0)).id)
    return ids


def _wait(qtbot: QtBot, panel: SearchPanel) -> None:
    qtbot.waitUntil(lambda: not panel.is_searching)


def test_the_chosen_order_lists_the_results_and_says_so(
    qtbot: QtBot, session: Session, panel: SearchPanel, said: list[str]
) -> None:
    # the first entries say "kettle" most: by match they lead, by date they come last
    ids = _add(session, ["kettle kettle kettle, the kettle"] * 2 + ["a kettle"] * 2)
    panel.set_query("kettle")
    _wait(qtbot, panel)
    assert set(panel.result_ids()[:2]) == set(ids[:2])
    assert panel.status_label.text() == "4 entries"

    panel.set_order(SearchOrder.NEWEST)  # a new order searches again at once, debounced
    qtbot.waitUntil(lambda: panel.result_ids() == ids[::-1])
    _wait(qtbot, panel)
    assert panel.status_label.text() == "4 entries · newest first"
    assert said[-1] == "4 entries found, newest first"

    panel.set_order(SearchOrder.OLDEST)
    qtbot.waitUntil(lambda: panel.result_ids() == ids)
    assert panel.order is SearchOrder.OLDEST


def test_show_more_lists_the_next_page_and_the_keyboard_lands_on_its_first_row(
    qtbot: QtBot, session: Session, panel: SearchPanel, said: list[str]
) -> None:
    ids = _add(session, [f"A walk by the canal, day {n}." for n in range(LIMIT + 7)])
    panel.set_order(SearchOrder.NEWEST)
    panel.set_query("canal")
    _wait(qtbot, panel)
    assert panel.result_ids() == ids[::-1][:LIMIT]  # the newest fifty of all the matches
    assert panel.status_label.text() == f"The {LIMIT} newest matches"
    assert panel.more_button.isVisible()

    panel.more_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(panel.result_ids()) == LIMIT + 7)
    _wait(qtbot, panel)
    assert panel.result_ids() == ids[::-1]
    assert panel.status_label.text() == f"{LIMIT + 7} entries · newest first"
    assert not panel.more_button.isVisible()  # everything is listed
    assert focused() is panel.results_list.rows[LIMIT]  # the first row the page added
    assert said[-1] == f"{LIMIT + 7} entries found, newest first"

    # a new question starts again from its first page
    panel.set_query("walk")
    _wait(qtbot, panel)
    assert len(panel.result_ids()) == LIMIT and panel.more_button.isVisible()


def test_the_order_chosen_is_remembered_for_the_next_search_panel(
    qtbot: QtBot, session: Session, panel: SearchPanel, ui_ctx: UiContext
) -> None:
    assert panel.order is SearchOrder.BEST  # nothing chosen yet
    panel.set_order(SearchOrder.OLDEST)
    qtbot.waitUntil(lambda: session.settings.get("search_order") == "oldest", timeout=5_000)

    again = SearchPanel(ui_ctx)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.order is SearchOrder.OLDEST, timeout=5_000)
    ids = _add(session, ["a note on the ferry", "the ferry again"])
    again.set_query("ferry")
    _wait(qtbot, again)
    assert again.result_ids() == ids  # listed oldest first
    drain(ui_ctx)


def test_an_order_chosen_while_the_stored_one_is_read_is_not_overridden(
    qtbot: QtBot, session: Session, ui_ctx: UiContext
) -> None:
    """The stored order is read in the background at opening; a choice the person makes
    before it lands is the newer one and stays (and is what gets stored)."""
    session.settings.set("search_order", "oldest")
    ids = _add(session, ["a note on the ferry", "the ferry again"])
    opened = SearchPanel(ui_ctx)
    qtbot.addWidget(opened)
    opened.set_order(SearchOrder.NEWEST)  # before any event is processed: the read is in flight
    drain(ui_ctx)
    assert opened.order is SearchOrder.NEWEST
    assert session.settings.get("search_order") == "newest"
    opened.set_query("ferry")
    _wait(qtbot, opened)
    assert opened.result_ids() == ids[::-1]
    drain(ui_ctx)
