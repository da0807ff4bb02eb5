"""Writing prompts in the Journal: real widgets, a real vault, a fixed clock.

A new, blank entry offers one prompt under the header; typing (in the title or the text)
hides it; a saved entry or a restored draft never shows it; "Use this" starts the text with
the prompt and leaves the cursor under it with the entry marked unsaved, as typing would;
"Another" shows the next prompt and says it politely; the setting turned off (from anywhere)
hides the line at once; Tab reaches both buttons between the date and the title.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.domain.writing_prompts import PROMPTS, first_for, following
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import JournalScreen
from neuroleaf_desktop.ui.journal.editor import JournalEditor
from neuroleaf_desktop.ui.journal.prompt_line import LEAD
from neuroleaf_desktop.ui.journal.store import EntryStore
from tests.ui.helpers.keys import focused, press
from tests.ui.helpers.ui_context import drain

pytestmark = pytest.mark.gui

# Noon UTC: the same calendar day in every time zone from UTC-11 to UTC+11.
NOON = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
TODAY_S = first_for(NOON.astimezone().date())


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(ui_ctx: UiContext) -> FixedClock:
    fixed = FixedClock(NOON)
    ui_ctx.clock = fixed
    return fixed


def blank_editor(
    qtbot: QtBot, ctx: UiContext, made: list[JournalEditor], store: EntryStore | None = None
) -> JournalEditor:
    """An editor showing a blank new entry, once the prompt setting has been read."""
    editor = JournalEditor(ctx, store or EntryStore())
    made.append(editor)
    editor.resize(760, 600)
    editor.show()
    qtbot.waitExposed(editor)
    editor.show_entry(None)
    qtbot.waitUntil(editor.prompt_line.isVisible, timeout=5_000)
    return editor


def test_a_blank_new_entry_offers_today_s_prompt(
    qtbot: QtBot, ui_ctx: UiContext, clock: FixedClock, journal_editors: list[JournalEditor]
) -> None:
    editor = blank_editor(qtbot, ui_ctx, journal_editors)
    line = editor.prompt_line
    assert line.prompt == TODAY_S
    assert line.text_label.text() == TODAY_S.text and line.lead_label.text() == LEAD
    assert line.spoken() == f"{LEAD} {TODAY_S.text}"
    assert line.use_button.isVisible() and line.another_button.isVisible()
    assert line.use_button.accessibleName() == "Use this prompt"
    assert line.another_button.accessibleName() == "Show another prompt"
    # the line sits under the header, above the title
    assert editor.header.y() < line.y() < editor.title_edit.y()
    assert not editor.is_dirty and editor.status_label.text() == ""  # offering changes nothing

    clock.now = NOON + timedelta(days=1)  # a new page the next day opens with another prompt
    editor.show_entry(None)
    assert line.prompt == first_for((NOON + timedelta(days=1)).astimezone().date())
    assert line.prompt != TODAY_S and line.isVisible()


@pytest.mark.parametrize("where", ["title", "body"])
def test_typing_hides_the_line_at_once(
    qtbot: QtBot,
    ui_ctx: UiContext,
    clock: FixedClock,
    journal_editors: list[JournalEditor],
    where: str,
) -> None:
    editor = blank_editor(qtbot, ui_ctx, journal_editors)
    target = editor.title_edit if where == "title" else editor.body_edit
    qtbot.keyClick(target, Qt.Key.Key_W)
    assert not editor.prompt_line.isVisible()
    # emptying the page again does not bring it back: the person has started
    qtbot.keyClick(target, Qt.Key.Key_Backspace)
    assert not editor.prompt_line.isVisible()
    editor.show_entry(None)  # a fresh blank page does
    assert editor.prompt_line.isVisible()


def test_an_existing_entry_or_a_draft_never_shows_it(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    clock: FixedClock,
    journal_editors: list[JournalEditor],
) -> None:
    entry = session.journal.add(NewEntry(title="Harbour", body="Watched the boats come in."))
    store = EntryStore()
    store.first_page([entry], page_size=200)
    editor = blank_editor(qtbot, ui_ctx, journal_editors, store)
    editor.show_entry(entry)
    assert not editor.prompt_line.isVisible()
    draft = session.drafts.save("left-over", "", "half a thought", (), None)
    editor.show_entry(None, draft=draft)  # a new entry, but not a blank one
    assert not editor.prompt_line.isVisible()
    editor.show_entry(entry)
    drain(ui_ctx)
    assert not editor.prompt_line.isVisible()


def test_use_this_starts_the_text_with_the_prompt_and_counts_as_typing(
    qtbot: QtBot, ui_ctx: UiContext, clock: FixedClock, journal_editors: list[JournalEditor]
) -> None:
    editor = blank_editor(qtbot, ui_ctx, journal_editors)
    line = editor.prompt_line
    editor.activateWindow()
    line.use_button.setFocus()
    qtbot.keyClick(line.use_button, Qt.Key.Key_Space)  # by keyboard, as a mouse click would
    heading = f"# {TODAY_S.text}\n"
    assert editor.body_edit.toPlainText() == heading
    assert editor.title_edit.text() == ""  # the title stays the person's own
    assert editor.body_edit.hasFocus()
    assert editor.body_edit.textCursor().position() == len(heading)  # on the line under it
    assert not line.isVisible()
    assert editor.is_dirty and editor.autosave_timer.isActive()
    assert editor.status_label.text().startswith("Unsaved changes")
    qtbot.keyClicks(editor.body_edit, "The bus came on time.")
    assert editor.body_edit.toPlainText() == heading + "The bus came on time."
    editor.body_edit.undo()  # the prompt is plain text: undo takes it away like typing
    editor.body_edit.undo()
    assert editor.body_edit.toPlainText() == ""

    editor.show_entry(None)  # the next blank page moves on from the prompt just used
    assert line.prompt == following(TODAY_S) and line.isVisible()


def test_another_changes_the_prompt_announces_it_and_cycles_through_all(
    qtbot: QtBot,
    ui_ctx: UiContext,
    clock: FixedClock,
    journal_editors: list[JournalEditor],
    said_how: list[tuple[str, bool]],
) -> None:
    editor = blank_editor(qtbot, ui_ctx, journal_editors)
    line = editor.prompt_line
    qtbot.mouseClick(line.another_button, Qt.MouseButton.LeftButton)
    second = following(TODAY_S)
    assert line.prompt == second
    assert line.text_label.text() == second.text
    assert said_how == [(f"{LEAD} {second.text}", False)]  # polite, never assertive
    seen = [TODAY_S, second]
    for _ in range(len(PROMPTS) - 2):
        line.another_button.click()
        shown = line.prompt
        assert shown is not None and shown != seen[-1]
        seen.append(shown)
    assert len(set(seen)) == len(PROMPTS)  # every prompt before any repeats
    line.another_button.click()
    assert line.prompt == TODAY_S
    assert not editor.is_dirty and editor.body_edit.toPlainText() == ""


def test_turning_the_setting_off_hides_it_and_on_brings_it_back(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    clock: FixedClock,
    journal_editors: list[JournalEditor],
) -> None:
    editor = blank_editor(qtbot, ui_ctx, journal_editors)
    session.settings.set("writing_prompts", "off")  # e.g. `neuroleaf settings set …`
    qtbot.waitUntil(lambda: not editor.prompt_line.isVisible(), timeout=2_000)
    editor.show_entry(None)
    drain(ui_ctx)
    assert not editor.prompt_line.isVisible()  # stays off for every new page
    session.settings.set("writing_prompts", "on")
    qtbot.waitUntil(editor.prompt_line.isVisible, timeout=2_000)


def test_prompts_off_from_the_start_never_show(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    clock: FixedClock,
    journal_editors: list[JournalEditor],
) -> None:
    session.settings.set("writing_prompts", "off")
    editor = JournalEditor(ui_ctx, EntryStore())
    journal_editors.append(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.show_entry(None)
    drain(ui_ctx)
    assert not editor.prompt_line.isVisible()


def test_tab_goes_from_the_date_to_both_buttons_then_the_title(
    qtbot: QtBot, ui_ctx: UiContext, clock: FixedClock, journal_screens: list[JournalScreen]
) -> None:
    screen = JournalScreen(ui_ctx)
    journal_screens.append(screen)
    screen.resize(1000, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    line = screen.editor.prompt_line
    qtbot.waitUntil(line.isVisible, timeout=5_000)
    tab_past_the_date(screen)
    assert focused() is line.use_button
    press(Qt.Key.Key_Tab)
    assert focused() is line.another_button
    press(Qt.Key.Key_Space)  # "Another" keeps the keyboard: press again for the next one
    assert line.prompt == following(TODAY_S) and focused() is line.another_button
    press(Qt.Key.Key_Tab)
    assert focused() is screen.title_edit
    qtbot.keyClicks(screen.title_edit, "Late")
    assert not line.isVisible()
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back up from the title
    assert focused() is not line.another_button and focused() is not line.use_button
    tab_past_the_date(screen)  # hidden, the buttons are no Tab stops
    assert focused() is screen.title_edit
    screen.new_entry()  # a new page: Shift+Tab from the title comes back to them
    assert line.isVisible() and focused() is screen.title_edit
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is line.another_button
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is line.use_button


def tab_past_the_date(screen: JournalScreen) -> None:
    """Focus the date, then Tab until it lets go (Tab first walks its day, month, year)."""
    screen.entry_date.setFocus()
    for _ in range(8):
        press(Qt.Key.Key_Tab)
        if focused() is not screen.entry_date:
            return
