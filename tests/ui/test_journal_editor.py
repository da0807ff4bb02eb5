"""The journal editor on its own: real widgets, a real vault, the real analyser.

The editor is built without the screen around it (a store with one page of entries is all it
needs), which is what makes these rules checkable one by one: autosave writes a draft once
typing has paused for the interval, a draft left by a crashed session is offered and restored
into the widgets, a save hands over exactly what is typed, and the analysis chips follow the
entry ("Analysing…" for new text, the result once the background job has run).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import JournalEntry, NewEntry
from neuroleaf_desktop.services.background import attach_background
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal.editor import JournalEditor
from neuroleaf_desktop.ui.journal.store import EntryStore

pytestmark = pytest.mark.gui

HAPPY = "I'm so grateful for my friends, today was wonderful"


def make_editor(
    qtbot: QtBot, ctx: UiContext, made: list[JournalEditor], entries: tuple[JournalEntry, ...] = ()
) -> JournalEditor:
    store = EntryStore()
    store.first_page(list(entries), page_size=200)
    editor = JournalEditor(ctx, store)
    made.append(editor)
    editor.resize(700, 600)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_autosave_writes_a_draft_once_the_interval_passes(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_editors: list[JournalEditor]
) -> None:
    editor = make_editor(qtbot, ui_ctx, journal_editors)
    editor.show_entry(None)
    editor.autosave_ms = 300
    qtbot.keyClicks(editor.body_edit, "a thought worth keeping")
    assert editor.autosave_timer.isActive() and editor.is_dirty
    assert editor.status_label.text() == "Unsaved changes · 4 words"
    assert session.drafts.list() == []  # nothing written while the interval runs
    qtbot.waitUntil(lambda: len(session.drafts.list()) == 1, timeout=5000)
    (draft,) = session.drafts.list()
    assert (draft.id, draft.body, draft.entry_id) == (
        editor.draft_id,
        "a thought worth keeping",
        None,
    )
    qtbot.waitUntil(lambda: "Draft saved" in editor.status_label.text())
    qtbot.waitUntil(lambda: not editor.autosave_timer.isActive(), timeout=5000)  # idle: stops


def test_a_draft_left_by_a_crash_is_offered_and_restored(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_editors: list[JournalEditor]
) -> None:
    entry = session.journal.add(NewEntry(title="Evening", body="The first version."))
    # What a session killed mid-typing leaves behind: a draft of that entry in the vault.
    session.drafts.save("crashed", "Evening", "The first version, and more.", ("late",), entry.id)
    editor = make_editor(qtbot, ui_ctx, journal_editors, (entry,))
    editor.show_entry(None)
    restored: list[JournalEntry | None] = []
    editor.draft_restored.connect(restored.append)
    editor.offer_drafts()
    qtbot.waitUntil(editor.draft_bar.isVisible)
    assert "unsaved draft from" in editor.draft_bar.text and "Evening" in editor.draft_bar.text
    qtbot.mouseClick(editor.draft_bar.action_button, Qt.MouseButton.LeftButton)
    assert restored == [entry]  # the screen selects that entry's day
    assert editor.current_id == entry.id and editor.draft_id == "crashed"
    assert editor.body_edit.toPlainText() == "The first version, and more."
    assert editor.tag_editor.tags() == ("late",)
    assert editor.status_label.text() == "Restored from a draft — not saved yet"
    assert editor.is_dirty  # restored words count as unsaved until saved

    request = editor.begin_save()
    assert request is not None
    assert (request.entry_id, request.draft_id) == (entry.id, "crashed")
    assert request.body == "The first version, and more." and request.tags == ("late",)
    assert editor.begin_save() is None  # one save at a time
    assert not editor.save_button.isEnabled()


def test_chips_follow_the_entry_and_its_analysis(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_editors: list[JournalEditor]
) -> None:
    entry = session.journal.add(NewEntry(title="", body=HAPPY))
    editor = make_editor(qtbot, ui_ctx, journal_editors, (entry,))
    chips = editor.analysis_chips
    editor.show_entry(None)
    assert chips.texts() == []  # nothing to analyse in a blank page
    editor.show_entry(entry)
    qtbot.waitUntil(lambda: chips.texts() == ["Analysing…"])  # not analysed yet
    bg = attach_background(session, poll_interval=0.05, catch_up=False)
    try:
        bg.analysis.enqueue(entry.id)
        assert bg.jobs.wait_idle(30)
        # The job's "analysed" change reaches the editor, which reads the new analysis.
        qtbot.waitUntil(lambda: "Positive" in chips.texts(), timeout=10_000)
        assert "gratitude" in [t.lower() for t in chips.texts()]
    finally:
        bg.stop()
    editor.clear_analysis()  # before lock: the tooltips name words from the entry
    assert chips.texts() == []


def test_saved_marks_the_text_saved_and_offers_new_tags(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_editors: list[JournalEditor]
) -> None:
    editor = make_editor(qtbot, ui_ctx, journal_editors)
    editor.show_entry(None)
    editor.tag_editor.set_suggestions(["sleep"])
    qtbot.keyClicks(editor.title_edit, "Walk")
    qtbot.keyClicks(editor.tag_editor.input, "outside")  # not committed with Enter: Save does
    request = editor.begin_save()
    assert request is not None and request.tags == ("outside",) and request.entry_id is None
    entry = session.journal.add(NewEntry(title=request.title, body=request.body, tags=request.tags))
    editor.saved(request.version, entry)
    assert editor.status_label.text() == "Saved ✓" and not editor.is_dirty
    assert editor.save_button.isEnabled()
    assert sorted(editor.tag_editor.suggestions()) == ["outside", "sleep"]
