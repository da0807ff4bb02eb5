"""Starring in the journal: the star on the open entry, its row's star, the Starred filter.

Real widgets (offscreen), a real vault: a click or Ctrl+D stars at once and saves only the
star, a never-saved entry keeps its star until its first save, and the Starred filter lists
the starred entries or says how to star one.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.domain.models import JournalEntry, NewEntry
from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.help.dialogs import shortcut_rows
from neuroleaf_desktop.ui.journal import JournalScreen
from neuroleaf_desktop.ui.journal.star_button import STAR_OFF, STAR_ON, StarButton
from neuroleaf_desktop.ui.widgets.list_delegate import TRAILING_ROLE
from neuroleaf_desktop.ui.widgets.style import accent, hex_of, muted_text
from tests.ui.helpers.journal_screen import show

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def open_first(qtbot: QtBot, screen: JournalScreen) -> None:
    screen.entry_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: screen.current_entry_id is not None)


def test_the_star_shows_the_entrys_state_when_it_opens(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    session.journal.add(NewEntry("Quiet one", "nothing much"))
    kept = session.journal.add(NewEntry("Keeper", "a day to remember", starred=True))
    screen = show(qtbot, ui_ctx, journal_screens)
    assert not screen.star_button.isChecked() and screen.star_button.text() == STAR_OFF  # new
    screen.open_entry(kept.id)
    qtbot.waitUntil(lambda: screen.current_entry_id == kept.id)
    assert screen.star_button.isChecked() and screen.star_button.text() == STAR_ON
    assert screen.star_button.accessibleName() == "Unstar this entry"
    quiet = next(e for e in session.journal.list() if e.title == "Quiet one")
    screen.open_entry(quiet.id)
    qtbot.waitUntil(lambda: screen.current_entry_id == quiet.id)
    assert not screen.star_button.isChecked()
    assert screen.star_button.accessibleName() == "Star this entry"


def test_a_click_saves_the_star_and_not_the_unsaved_text(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    journal_screens: list[JournalScreen],
    said: list[str],
) -> None:
    entry = session.journal.add(NewEntry("Beach", "sand everywhere"))
    screen = show(qtbot, ui_ctx, journal_screens)
    open_first(qtbot, screen)
    screen.body_edit.moveCursor(screen.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(screen.body_edit, " and a crab")  # typed, not saved
    qtbot.mouseClick(screen.star_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.journal.get(entry.id).starred)
    stored = session.journal.get(entry.id)
    assert stored.body == "sand everywhere" and stored.updated_at == entry.updated_at
    assert screen.body_edit.toPlainText() == "sand everywhere and a crab" and screen.is_dirty
    assert "Entry starred" in said
    trailing = str(screen.entry_list.item(0).data(TRAILING_ROLE))
    assert trailing.startswith("★")  # the row shows the star at once

    qtbot.mouseClick(screen.star_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not session.journal.get(entry.id).starred)
    assert "Star removed" in said
    assert not str(screen.entry_list.item(0).data(TRAILING_ROLE)).startswith("★")


def test_ctrl_d_toggles_from_the_text_and_the_star_persists(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    entry = session.journal.add(NewEntry("Concert", "loud and lovely"))
    screen = show(qtbot, ui_ctx, journal_screens)
    open_first(qtbot, screen)
    screen.body_edit.setFocus()
    qtbot.keyClick(screen.body_edit, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: session.journal.get(entry.id).starred)
    assert screen.body_edit.toPlainText() == "loud and lovely"  # the key typed nothing
    screen.new_entry()  # away and back: the star is read from the vault's copy
    assert not screen.star_button.isChecked()
    screen.open_entry(entry.id)
    qtbot.waitUntil(lambda: screen.current_entry_id == entry.id)
    assert screen.star_button.isChecked()
    screen.title_edit.setFocus()
    qtbot.keyClick(screen.title_edit, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: not session.journal.get(entry.id).starred)
    assert screen.title_edit.text() == "Concert"


def test_a_new_entry_keeps_its_star_until_its_first_save(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    journal_screens: list[JournalScreen],
    said: list[str],
) -> None:
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.new_entry()
    qtbot.keyClicks(screen.title_edit, "Big news")
    qtbot.keyClick(screen.title_edit, Qt.Key.Key_D, CTRL)
    assert screen.star_button.isChecked() and session.journal.count() == 0  # nothing saved yet
    assert "Starred: the star is saved with this entry" in said
    screen.save()
    qtbot.waitUntil(lambda: session.journal.count() == 1)
    (entry,) = session.journal.list()
    assert entry.title == "Big news" and entry.starred
    qtbot.waitUntil(lambda: screen.current_entry_id == entry.id)
    assert screen.star_button.isChecked()


def test_the_starred_filter_lists_only_starred_entries(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    base = datetime.now(UTC) - timedelta(days=40)
    old = session.journal.add(
        NewEntry("Graduation", "cap in the air", created_at=base, starred=True)
    )
    session.journal.add(NewEntry("Groceries", "milk, eggs", created_at=base + timedelta(days=1)))
    recent = session.journal.add(NewEntry("First snow", "soft and quiet", starred=True))
    screen = show(qtbot, ui_ctx, journal_screens)
    assert not screen.lists.starred_card.isVisible() and screen.day_list.isVisible()
    qtbot.mouseClick(screen.starred_toggle, Qt.MouseButton.LeftButton)
    assert screen.starred_toggle.isChecked() and screen.starred_list.isVisible()
    assert not screen.day_list.isVisible()
    titles = [screen.starred_list.item(i).text() for i in range(screen.starred_list.count())]
    assert titles == ["First snow", "Graduation"]
    assert all(
        str(screen.starred_list.item(i).data(TRAILING_ROLE)).startswith("★")
        for i in range(screen.starred_list.count())
    )
    screen.starred_list.setCurrentRow(1)  # choosing a row opens that entry
    qtbot.waitUntil(lambda: screen.current_entry_id == old.id)
    assert screen.star_button.isChecked()
    qtbot.mouseClick(screen.star_button, Qt.MouseButton.LeftButton)  # unstar: it leaves the list
    assert [screen.starred_list.item(i).text() for i in range(screen.starred_list.count())] == [
        "First snow"
    ]
    qtbot.waitUntil(lambda: not session.journal.get(old.id).starred)
    qtbot.mouseClick(screen.starred_toggle, Qt.MouseButton.LeftButton)  # off: the days again
    assert screen.day_list.isVisible() and not screen.starred_list.isVisible()
    assert session.journal.get(recent.id).starred


def test_the_starred_filter_explains_how_to_star_when_there_are_none(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    session.journal.add(NewEntry("Plain", "an unstarred day"))
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.starred_toggle.setFocus()
    qtbot.keyClick(screen.starred_toggle, Qt.Key.Key_Space)
    assert screen.starred_toggle.isChecked()
    assert screen.starred_empty.isVisible() and not screen.starred_list.isVisible()
    assert screen.starred_empty.title_label.text() == "No starred entries yet"
    assert screen.starred_empty.hint_label.text() == (
        "Star an entry with ☆ or Ctrl+D to find it here."
    )


def test_a_star_from_elsewhere_reaches_the_open_entry_and_its_row(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    entry = session.journal.add(NewEntry("Picnic", "wasps, but fun"))
    screen = show(qtbot, ui_ctx, journal_screens)
    open_first(qtbot, screen)
    session.journal.set_starred(entry.id, True)  # the CLI or sync, in effect
    qtbot.waitUntil(screen.star_button.isChecked, timeout=5000)
    qtbot.waitUntil(lambda: str(screen.entry_list.item(0).data(TRAILING_ROLE)).startswith("★"))


def test_the_star_is_a_named_checkable_button_reached_by_tab(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    entry = session.journal.add(NewEntry("Hike", "up to the ridge"))
    screen = show(qtbot, ui_ctx, journal_screens)
    open_first(qtbot, screen)
    assert screen.current_entry_id == entry.id
    screen.entry_list.setFocus()
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is screen.body_edit:
            break
    # drawn at the end of the title's row: reached right after the title, before the text
    assert seen.index(screen.star_button) == seen.index(screen.title_edit) + 1
    assert seen[-1] is screen.body_edit and seen.index(screen.body_edit) == len(seen) - 1
    screen.star_button.setFocus()
    qtbot.keyClick(screen.star_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: session.journal.get(entry.id).starred)
    face = QAccessible.queryAccessibleInterface(screen.star_button)
    assert face is not None
    assert face.text(QAccessible.Text.Name) == "Unstar this entry"
    state = face.state()
    assert state.checkable and state.checked
    assert "Ctrl+D" in screen.star_button.toolTip()


def test_a_failed_star_is_put_back_and_said(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    journal_screens: list[JournalScreen],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = session.journal.add(NewEntry("Market", "bought plums"))

    def broken(entry_id: str, starred: bool, *, origin: str = "") -> JournalEntry:
        raise NeuroLeafError("The disk is full, so the star was not saved.")

    monkeypatch.setattr(session.journal, "set_starred", broken)
    screen = show(qtbot, ui_ctx, journal_screens)
    open_first(qtbot, screen)
    qtbot.mouseClick(screen.star_button, Qt.MouseButton.LeftButton)
    assert str(screen.entry_list.item(0).data(TRAILING_ROLE)).startswith("★")  # optimistic
    qtbot.waitUntil(screen.banner.isVisible)
    assert screen.banner.text == "The disk is full, so the star was not saved."
    assert not screen.star_button.isChecked()
    assert screen.star_button.accessibleName() == "Star this entry"
    assert not str(screen.entry_list.item(0).data(TRAILING_ROLE)).startswith("★")
    assert not session.journal.get(entry.id).starred


def test_a_star_pressed_while_the_first_save_runs_is_written_after_it(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.new_entry()
    qtbot.keyClicks(screen.title_edit, "Moving day")
    screen.save()  # the write runs on a worker; its answer lands only through the event loop
    screen.star_button.click()  # pressed before it landed: the entry has no id yet
    assert session.journal.list(EntryFilter(starred=True)) == []
    qtbot.waitUntil(lambda: len(session.journal.list(EntryFilter(starred=True))) == 1, timeout=5000)
    (entry,) = session.journal.list()
    assert entry.title == "Moving day" and entry.starred
    assert screen.star_button.isChecked()


def test_a_star_pressed_while_an_edit_saves_stays_on(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    entry = session.journal.add(NewEntry("Train", "delayed again"))
    screen = show(qtbot, ui_ctx, journal_screens)
    open_first(qtbot, screen)
    screen.body_edit.moveCursor(screen.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(screen.body_edit, ", but I read a whole book")
    screen.save()  # the edit's answer (with the star as it was) lands after the click
    screen.star_button.click()
    qtbot.waitUntil(lambda: not screen.editor.saving and session.journal.get(entry.id).starred)
    drain_tasks(qtbot, ui_ctx)
    stored = session.journal.get(entry.id)
    assert stored.body == "delayed again, but I read a whole book" and stored.starred
    assert screen.star_button.isChecked()
    assert str(screen.entry_list.item(0).data(TRAILING_ROLE)).startswith("★")


def drain_tasks(qtbot: QtBot, ctx: UiContext) -> None:
    qtbot.waitUntil(lambda: ctx.tasks.in_flight == 0, timeout=5000)


def test_the_star_takes_its_colours_from_the_theme(qtbot: QtBot) -> None:
    button = StarButton()
    qtbot.addWidget(button)
    light = QPalette()
    light.setColor(QPalette.ColorRole.WindowText, QColor("#1e2823"))
    button.setPalette(light)
    assert f"color: {hex_of(accent(False))}" in button.styleSheet()
    assert f"color: {hex_of(muted_text(False))}" in button.styleSheet()
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e4eae5"))
    button.setPalette(dark)  # the theme flips: the accent and the muted colour follow
    assert f"color: {hex_of(accent(True))}" in button.styleSheet()
    assert hex_of(accent(False)) not in button.styleSheet()


def test_every_key_the_journal_screen_listens_for_is_in_the_shortcuts_list(
    qtbot: QtBot, ui_ctx: UiContext, journal_screens: list[JournalScreen]
) -> None:
    # Help → Keyboard shortcuts is where a person learns Ctrl+D stars; a key the screen
    # handles but the list leaves out is one nobody finds
    screen = show(qtbot, ui_ctx, journal_screens)
    listed = {keys for keys, _ in shortcut_rows(())}
    keys = {
        shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        for shortcut in screen.findChildren(QShortcut)
    }
    assert "Ctrl+D" in keys
    assert keys <= listed, keys - listed


def test_a_new_entrys_star_survives_a_crash_in_its_draft(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    # words typed, then the star: the draft is written again to hold the star too, and the
    # draft a crash leaves brings both back; the first save then keeps the star
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.new_entry()
    screen.editor.autosave_ms = 200
    qtbot.keyClicks(screen.body_edit, "the offer came through")
    qtbot.waitUntil(lambda: len(session.drafts.list()) == 1, timeout=5000)
    assert not session.drafts.list()[0].starred
    qtbot.keyClick(screen.body_edit, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: session.drafts.list()[0].starred, timeout=5000)
    assert session.journal.count() == 0

    later = show(qtbot, ui_ctx, journal_screens)  # the next session, after the crash
    later.new_entry()
    later.editor.offer_drafts()
    qtbot.waitUntil(later.editor.draft_bar.isVisible)
    qtbot.mouseClick(later.editor.draft_bar.action_button, Qt.MouseButton.LeftButton)
    assert later.body_edit.toPlainText() == "the offer came through"
    assert later.star_button.isChecked()
    request = later.editor.begin_save()
    assert request is not None and request.starred


def test_a_saved_entrys_draft_never_holds_a_star(session: Session) -> None:
    # a saved entry's star is written when clicked: its draft keeps the words only
    entry = session.journal.add(NewEntry("Kept", "words"))
    session.drafts.save("of-saved", "Kept", "more words", (), entry.id, starred=True)
    session.drafts.save("of-new", "New", "fresh words", (), None, starred=True)
    stars = {d.id: d.starred for d in session.drafts.list()}
    assert stars == {"of-saved": False, "of-new": True}
