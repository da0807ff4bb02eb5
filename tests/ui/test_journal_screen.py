"""The journal screen: keyboard writing, delete + undo, optimistic rollback, autosaved drafts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import JournalScreen
from tests.ui.helpers.journal_screen import show

pytestmark = pytest.mark.gui


def test_write_entry_with_the_keyboard(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    screen = show(qtbot, ui_ctx, journal_screens)
    assert screen.empty.isVisible()  # the helpful empty state before the first entry
    screen.new_entry()
    assert screen.title_edit.hasFocus()
    qtbot.keyClicks(screen.title_edit, "A calm evening")
    qtbot.keyClick(screen.title_edit, Qt.Key.Key_Return)  # Enter moves on to the text
    assert screen.body_edit.hasFocus()
    qtbot.keyClicks(screen.body_edit, "Walked by the river.")
    qtbot.keyClick(screen.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: session.journal.count() == 1)
    (entry,) = session.journal.list()
    assert (entry.title, entry.body) == ("A calm evening", "Walked by the river.")
    qtbot.waitUntil(lambda: screen.current_entry_id == entry.id)
    assert screen.visible_titles() == ["A calm evening"]
    assert session.drafts.list() == []


def test_edit_goes_through_the_service(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    entry = session.journal.add(NewEntry(title="Monday", body="first version"))
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.entry_list.setCurrentRow(0)
    assert screen.current_entry_id == entry.id
    screen.body_edit.setFocus()
    screen.body_edit.moveCursor(screen.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(screen.body_edit, ", then edited")
    screen.save()
    qtbot.waitUntil(lambda: session.journal.get(entry.id).body == "first version, then edited")
    assert session.journal.count() == 1


def test_delete_then_undo(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    entry = session.journal.add(NewEntry(title="To be deleted", body="…"))
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.entry_list.setCurrentRow(0)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert screen.visible_titles() == []  # optimistic: gone at once
    qtbot.waitUntil(lambda: session.journal.count() == 0)
    qtbot.waitUntil(lambda: screen.banner.isVisible())
    assert "trash" in screen.banner.text
    assert screen.banner.action_button.text() == "Undo"

    qtbot.mouseClick(screen.banner.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.journal.count() == 1)
    qtbot.waitUntil(lambda: screen.visible_titles() == ["To be deleted"])
    assert session.journal.get(entry.id).deleted_at is None


def test_failed_write_is_rolled_back_with_a_message(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    journal_screens: list[JournalScreen],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_add(new: NewEntry, *, origin: str = "", template: object = None) -> None:
        raise NeuroLeafError("The disk is full, so this entry was not saved.")

    monkeypatch.setattr(session.journal, "add", broken_add)
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.new_entry()
    qtbot.keyClicks(screen.title_edit, "Doomed")
    qtbot.keyClicks(screen.body_edit, "words that must not be lost")
    screen.save()
    assert screen.visible_titles() == ["Doomed"]  # optimistic: shown before the write ends

    qtbot.waitUntil(lambda: screen.banner.isVisible())
    assert screen.banner.text == "The disk is full, so this entry was not saved."
    assert screen.banner.action_button.text() == "Retry"
    assert "Doomed" not in screen.visible_titles()
    assert all(e.title != "Doomed" for e in screen.visible_entries())
    # the person's words stay in the editor so nothing is lost
    assert screen.body_edit.toPlainText() == "words that must not be lost"
    assert screen.current_entry_id is None


def test_failed_edit_restores_the_old_version(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    journal_screens: list[JournalScreen],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session.journal.add(NewEntry(title="Original", body="body"))
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.entry_list.setCurrentRow(0)

    def broken_edit(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(session.journal, "edit", broken_edit)
    screen.title_edit.setFocus()
    screen.title_edit.selectAll()
    qtbot.keyClicks(screen.title_edit, "Renamed")
    screen.save()
    assert screen.visible_titles() == ["Renamed"]
    qtbot.waitUntil(lambda: screen.banner.isVisible())
    assert "not saved" in screen.banner.text  # a generic, calm message for unknown errors
    assert screen.visible_titles() == ["Original"]


def test_autosave_writes_a_draft_after_the_timer(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.autosave_ms = 100
    screen.new_entry()
    qtbot.keyClicks(screen.body_edit, "half a thought")
    assert screen.autosave_timer.isActive()
    qtbot.waitUntil(lambda: len(session.drafts.list()) == 1)
    (draft,) = session.drafts.list()
    assert draft.body == "half a thought"
    assert draft.id == screen.draft_id
    qtbot.waitUntil(lambda: "Draft saved" in screen.status_label.text())

    screen.save()  # a successful save discards the draft
    qtbot.waitUntil(lambda: session.journal.count() == 1 and session.drafts.list() == [])


def test_focus_loss_saves_a_draft(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.autosave_ms = 60_000  # the timer will not fire: only focus loss saves
    screen.new_entry()
    qtbot.keyClicks(screen.title_edit, "Leaving the field")
    screen.new_button.setFocus()
    qtbot.waitUntil(lambda: [d.title for d in session.drafts.list()] == ["Leaving the field"])


def test_drafts_are_offered_after_unlock(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    session.drafts.save("draft-1", "Unfinished", "half a thought", ("night",), None)
    screen = show(qtbot, ui_ctx, journal_screens)
    qtbot.waitUntil(lambda: screen.draft_bar.isVisible())
    assert "unsaved draft from" in screen.draft_bar.text
    assert screen.draft_bar.action_button.text() == "Restore"
    assert screen.draft_bar.secondary_button.text() == "Discard"

    qtbot.mouseClick(screen.draft_bar.action_button, Qt.MouseButton.LeftButton)
    assert screen.title_edit.text() == "Unfinished"
    assert screen.body_edit.toPlainText() == "half a thought"
    assert screen.tag_editor.tags() == ("night",)
    screen.save()
    qtbot.waitUntil(lambda: session.journal.count() == 1 and session.drafts.list() == [])


def test_discarding_an_offered_draft(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    session.drafts.save("draft-2", "Not needed", "scratch", (), None)
    screen = show(qtbot, ui_ctx, journal_screens)
    qtbot.waitUntil(lambda: screen.draft_bar.isVisible())
    qtbot.mouseClick(screen.draft_bar.secondary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.drafts.list() == [])
    assert screen.title_edit.text() == ""


def test_refreshes_when_entries_change_elsewhere(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    screen = show(qtbot, ui_ctx, journal_screens)
    session.journal.add(NewEntry(title="From the CLI", body="x"))
    qtbot.waitUntil(lambda: screen.visible_titles() == ["From the CLI"])


def test_tag_editor_completes_existing_tags(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    session.journal.add(NewEntry(title="t", body="b", tags=("gratitude", "sleep")))
    screen = show(qtbot, ui_ctx, journal_screens)
    qtbot.waitUntil(lambda: "gratitude" in screen.tag_editor.suggestions())
    screen.new_entry()
    editor = screen.tag_editor
    qtbot.keyClicks(editor.input, "work")
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.input, "calm,")
    assert editor.tags() == ("work", "calm")
    qtbot.keyClick(editor.input, Qt.Key.Key_Backspace)  # empty field: removes the last chip
    assert editor.tags() == ("work",)


def test_pages_in_older_entries_and_applies_changes_incrementally(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    journal_screens: list[JournalScreen],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The newest page shows first, older pages follow; a change re-reads only that entry."""
    from datetime import UTC, datetime, timedelta

    from neuroleaf_desktop.ui.journal import screen as screen_module

    monkeypatch.setattr(screen_module, "FIRST_PAGE", 3)
    monkeypatch.setattr(screen_module, "PAGE_SIZE", 4)
    start = datetime.now(UTC) - timedelta(days=20)
    for i in range(10):  # ten days, one entry each, oldest first
        session.journal.add(
            NewEntry(title=f"Day {i}", body="…", created_at=start + timedelta(days=i))
        )
    screen = JournalScreen(ui_ctx)
    journal_screens.append(screen)
    shown: list[int] = []
    screen.first_page_shown.connect(lambda: shown.append(len(screen.visible_entries())))
    screen.resize(1000, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.is_complete)
    assert shown == [3]  # usable after the first page only
    assert sorted(e.title for e in screen.visible_entries()) == [f"Day {i}" for i in range(10)]
    assert screen.day_list.count() == 11  # today + ten days

    reloads: list[int] = []
    monkeypatch.setattr(screen, "reload", lambda: reloads.append(1))
    oldest = min(screen.visible_entries(), key=lambda e: e.created_at)
    session.journal.delete(oldest.id)  # elsewhere (the CLI): announced with its id
    added = session.journal.add(NewEntry(title="From elsewhere", body="x"))
    qtbot.waitUntil(lambda: "From elsewhere" in [e.title for e in screen.visible_entries()])
    qtbot.waitUntil(lambda: oldest.id not in [e.id for e in screen.visible_entries()])
    assert reloads == []  # no full re-read of the journal
    assert screen.day_list.count() == 10
    assert added.id in [e.id for e in screen.visible_entries()]
