"""Search by keyboard and screen reader, in the panel as it is built (its own Tab order).

From the search field, Tab goes through the ways to search and the filters to the results; the
results are one Tab stop walked with the arrow keys, each row named by its date, title and the
snippet it shows; Enter opens the entry; the count is announced when a search finishes; a lock
leaves none of the results' words in a widget or its accessible text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.autolock import scrub
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.search import SearchPanel
from tests.support.privacy import make_canary
from tests.ui.conftest import PASSPHRASE, widgets_containing
from tests.ui.helpers.keys import focused, press
from tests.ui.helpers.search_panel import shown_search_panel

pytestmark = pytest.mark.gui

PLUS_TWO = timezone(timedelta(hours=2))


@pytest.fixture
def panel(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[SearchPanel]:
    yield from shown_search_panel(qtbot, ui_ctx)


def _name(widget: QWidget | None) -> str:
    assert widget is not None
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def _search(qtbot: QtBot, panel: SearchPanel, text: str) -> None:
    panel.search_field.setFocus()
    panel.set_query(text)
    qtbot.waitUntil(lambda: not panel.is_searching)


def _entries(session: Session) -> Callable[[], tuple[str, str]]:
    def add() -> tuple[str, str]:
        older = session.journal.add(
            NewEntry(
                title="Harbour",
                body="Watched the ferries come in at the harbour.",
                created_at=datetime(2026, 3, 2, 18, tzinfo=PLUS_TWO),
                tz_offset_min=120,
            )
        )
        newer = session.journal.add(
            NewEntry(
                title="",
                body="Cold swim off the harbour wall, then tea.",
                created_at=datetime(2026, 4, 9, 8, tzinfo=PLUS_TWO),
                tz_offset_min=120,
            )
        )
        return older.id, newer.id

    return add


def test_tab_reaches_the_results_whose_rows_are_named_and_walked_and_open(
    qtbot: QtBot, session: Session, panel: SearchPanel, said: list[str]
) -> None:
    older, newer = _entries(session)()
    _search(qtbot, panel, "harbour")
    assert sorted(panel.result_ids()) == sorted([older, newer])
    assert said[-1] == "2 entries found"

    # Tab from the field: the way to search (one stop, the arrows choose), the order
    # beside it, the filters, the results
    walked: list[QWidget | None] = []
    for _ in range(12):
        press(Qt.Key.Key_Tab)
        walked.append(focused())
        if panel.results_list.isAncestorOf(focused()):
            break
    filters = panel.filter_bar.widgets()
    assert walked[:-1] == [panel.mode_buttons["fulltext"], panel.order_combo, *filters]
    first = walked[-1]
    assert first is panel.results_list.rows[0]

    names = {panel.result_ids()[i]: _name(row) for i, row in enumerate(panel.results_list.rows)}
    assert names[older] == "Mon 02 Mar 2026, Harbour: Watched the ferries come in at the harbour."
    assert names[newer] == "Thu 09 Apr 2026, Untitled: Cold swim off the harbour wall, then tea."
    press(Qt.Key.Key_Down)
    second = focused()
    assert second is panel.results_list.rows[1]
    press(Qt.Key.Key_Home)
    assert focused() is first
    press(Qt.Key.Key_End)
    assert focused() is second
    with qtbot.waitSignal(panel.open_entry_requested) as opened:
        press(Qt.Key.Key_Return)
    assert opened.args == [panel.result_ids()[1]]
    press(Qt.Key.Key_Tab)
    assert not panel.results_list.isAncestorOf(focused())  # one Tab stop: Tab leaves it
    press(Qt.Key.Key_Backtab)
    assert focused() is second  # and comes back to the row it was on

    _search(qtbot, panel, "zebra crossing")
    assert said[-1] == "No entries found"


def test_down_from_the_field_reaches_the_first_result_and_a_lock_leaves_no_words(
    qtbot: QtBot, session: Session, panel: SearchPanel, said: list[str]
) -> None:
    canary = make_canary()
    session.journal.add(NewEntry(title="Quiet", body=f"the {canary} lighthouse at dusk"))
    _search(qtbot, panel, "lighthouse")
    assert said[-1] == "1 entry found"
    panel.search_field.setFocus()
    press(Qt.Key.Key_Down)
    row = focused()
    assert row is panel.results_list.rows[0]
    assert canary in _name(row)

    # a change elsewhere re-reads the results: said again only when the count changed
    heard = len(said)
    with qtbot.waitSignal(panel.results_shown, timeout=5_000):
        session.journal.add(NewEntry(title="Errands", body="Post office and the bank."))
    assert len(said) == heard
    with qtbot.waitSignal(panel.results_shown, timeout=5_000):
        session.journal.add(NewEntry(title="Coast", body="Another lighthouse, further north."))
    assert said[heard:] == ["2 entries found"]
    assert panel.results_list.isAncestorOf(focused())  # the keyboard stayed on the results

    panel.prepare_to_lock()
    scrub(panel)  # what the app does next on lock
    assert focused() is panel.search_field
    assert not widgets_containing(canary)
    assert not [w for w in QApplication.allWidgets() if canary in _name(w)]


def test_the_apps_lock_leaves_no_words_of_the_results_in_what_is_said(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller = make_controller(profile_with_entries("Finder", "hello"), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert window is not None
    canary = make_canary()
    window.ctx.session.journal.add(NewEntry(title="Dusk", body=f"a {canary} by the pier"))
    window.show()
    qtbot.waitExposed(window)
    window.open_search()
    panel = window.search
    panel.set_mode("fulltext")
    panel.set_query("pier")
    qtbot.waitUntil(lambda: any(canary in n for n in panel.results_list.names()))
    panel.results_list.focus_row(0)
    controller.lock("manual")  # the app's own lock: hide, wipe, then delete once idle
    said = [(w.accessibleName(), w.accessibleDescription()) for w in QApplication.allWidgets()]
    assert not [s for s in said if canary in s[0] or canary in s[1]]
    assert not widgets_containing(canary)
