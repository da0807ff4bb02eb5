"""A save carries the journal screen's origin: the screen does not re-read what it saved, but
still re-reads what somebody else wrote."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import EntryPatch, NewEntry
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import JournalScreen
from tests.ui.helpers.ui_context import drain

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(qtbot: QtBot, ui_ctx: UiContext, session: Session) -> Iterator[JournalScreen]:
    session.journal.add(NewEntry(title="Monday", body="A quiet start.", tags=("work",)))
    journal_screen = JournalScreen(ui_ctx)
    journal_screen.resize(1000, 700)
    journal_screen.show()
    qtbot.waitUntil(lambda: journal_screen.is_loaded)
    yield journal_screen
    journal_screen.autosave_timer.stop()
    journal_screen._reload_timer.stop()
    journal_screen.close()
    drain(ui_ctx)
    journal_screen.deleteLater()


def _count_reads(session: Session) -> dict[str, int]:
    reads = {"get": 0, "tags": 0}
    journal: Any = session.journal
    real_get, real_tags = journal.get, journal.tags

    def get(entry_id: str) -> Any:
        reads["get"] += 1
        return real_get(entry_id)

    def tags() -> Any:
        reads["tags"] += 1
        return real_tags()

    journal.get, journal.tags = get, tags
    return reads


def test_own_save_is_not_read_back_and_its_new_tag_is_offered(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, screen: JournalScreen
) -> None:
    changes: list[Change] = []
    session.events.subscribe(changes.append, Topic.ENTRY)
    (entry,) = screen.visible_entries()
    screen.open_entry(entry.id)
    reads = _count_reads(session)
    screen.body_edit.setPlainText("A quiet start, then a long walk.")
    screen.tag_editor.add_tag("walks")
    screen.save()
    qtbot.waitUntil(lambda: screen.status_label.text() == "Saved ✓")
    drain(ui_ctx)
    qtbot.wait(200)  # longer than the change debounce: a re-read would have started
    drain(ui_ctx)
    assert [c.op for c in changes] == ["updated"]
    assert changes[0].origin and changes[0].id == entry.id  # the screen said it was its save
    assert reads == {"get": 0, "tags": 0}
    assert session.journal.get(entry.id).body == "A quiet start, then a long walk."
    assert "walks" in screen.tag_editor.suggestions()
    assert screen.visible_entries()[0].body == "A quiet start, then a long walk."


def test_a_change_from_elsewhere_is_read_and_shown(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, screen: JournalScreen
) -> None:
    (entry,) = screen.visible_entries()
    reads = _count_reads(session)
    session.journal.edit(entry.id, EntryPatch(body="Edited from the command line."))
    qtbot.waitUntil(lambda: screen.visible_entries()[0].body == "Edited from the command line.")
    assert reads["get"] >= 1  # somebody else's change: the screen re-read the entry
