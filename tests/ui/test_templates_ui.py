"""Templates in the app: real vault, real widgets (offscreen), driven by the keyboard.

The picker fills a new page; a page left as the template put it is not saved; a saved entry
keeps the lines it was made with; the manager makes, edits, duplicates, moves and deletes
templates and brings the starters back; "Save as template…" keeps the open entry's shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.starter_templates import STARTERS
from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import JournalScreen
from neuroleaf_desktop.ui.journal.template_form import TemplateForm
from neuroleaf_desktop.ui.journal.template_manager import TemplateManagerDialog
from neuroleaf_desktop.ui.journal.template_picker import TemplatePicker
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers.journal_screen import show

pytestmark = pytest.mark.gui

PROMPTS = "Where did I walk today?\n\n"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    questions: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> Any:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def _picked(qtbot: QtBot, screen: JournalScreen, name: str) -> None:
    picker = screen.choose_template()
    assert isinstance(picker, TemplatePicker)
    qtbot.waitUntil(lambda: picker.loaded)
    names = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert picker.list.hasFocus() or picker.list.currentRow() == 0
    for _ in range(names.index(name)):
        qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)


def test_the_picker_fills_a_new_page_and_an_untouched_page_is_not_saved(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    session.journal.templates.create(TemplateDraft("Walks", "Walk on {weekday}", PROMPTS, ("out",)))
    screen = show(qtbot, ui_ctx, journal_screens)
    _picked(qtbot, screen, "Walks")
    weekday = session.journal.templates.fill(session.journal.templates.find("walks")).title
    assert screen.title_edit.text() == weekday
    assert screen.body_edit.toPlainText() == PROMPTS
    assert screen.tag_editor.tags() == ("out",)
    assert screen.window().focusWidget() is screen.body_edit and not screen.is_dirty
    screen.save()  # nothing written under the questions: as empty as a blank page
    qtbot.wait(200)
    assert session.journal.count() == 0
    assert "Nothing written" in screen.status_label.text()

    qtbot.keyClicks(screen.body_edit, "Along the canal to the lock.")
    screen.save()
    qtbot.waitUntil(lambda: session.journal.count() == 1, timeout=5_000)
    (entry,) = session.journal.list()
    assert entry.body == PROMPTS + "Along the canal to the lock."
    lines = session.journal.template_lines(entry.id)
    assert lines is not None and lines.lines == ("Where did I walk today?",)
    assert "Where did I walk" not in session.journal.readable(entry.id).body


def test_the_manager_by_keyboard(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, asked: list[str]
) -> None:
    dialog = TemplateManagerDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.names() == [s.name for s in STARTERS]
    dialog.list.setFocus()

    qtbot.keyClick(dialog.list, Qt.Key.Key_Insert)  # New…
    (form,) = [f for f in dialog.findChildren(TemplateForm) if f.isVisible()]
    qtbot.keyClicks(form.name_edit, "Bus ride")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.title_edit, "Bus {date}")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.body_edit, "Who sat beside me?")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)  # the default button saves
    qtbot.waitUntil(lambda: "Bus ride" in dialog.names(), timeout=5_000)
    assert dialog.selected() is not None and dialog.selected().name == "Bus ride"

    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.names()[-2:] == ["Bus ride", STARTERS[-1].name])
    dialog.duplicate_button.click()
    qtbot.waitUntil(lambda: "Bus ride (copy)" in dialog.names(), timeout=5_000)

    dialog.list.setCurrentRow(dialog.names().index("Bus ride (copy)"))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Edit…
    (edit,) = [f for f in dialog.findChildren(TemplateForm) if f.isVisible()]
    assert edit.body_edit.toPlainText() == "Who sat beside me?"
    assert edit.template is not None and edit.template.name == "Bus ride (copy)"
    edit.name_edit.setText("BUS RIDE")  # taken, whatever the case: refused, form stays
    edit.save_button.click()
    qtbot.waitUntil(lambda: edit.banner.isVisible(), timeout=5_000)
    assert edit.isVisible()
    edit.reject()

    first = STARTERS[0].name
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: first not in dialog.names(), timeout=5_000)
    assert asked and first in asked[-1] and "Entries made from it stay" in asked[-1]
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: first in dialog.names(), timeout=5_000)
    assert [x.name for x in session.journal.templates.list()] == dialog.names()


def test_save_an_open_entry_as_a_template(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.new_entry()
    qtbot.keyClicks(screen.title_edit, "Sunday plan")
    screen.body_edit.setPlainText("Meals:\nCalls:\n")
    screen.tag_editor.add_tag("weekly")
    form = screen.save_as_template()
    assert isinstance(form, TemplateForm)
    assert (
        form.name_edit.text() == "Sunday plan"
        and form.body_edit.toPlainText() == "Meals:\nCalls:\n"
    )
    with qtbot.waitSignal(form.saved, timeout=5_000):
        form.save_button.click()
    made = session.journal.templates.find("sunday plan")
    assert (made.title, made.body, made.tags) == ("Sunday plan", "Meals:\nCalls:\n", ("weekly",))


def test_the_menu_the_shortcut_and_the_button_open_the_picker(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller = make_controller(profile_with_entries("Shapes", "hello"), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert window is not None
    window.show_screen("Search")
    assert window.choose_template_action.shortcut().toString() == "Ctrl+Shift+T"
    window.choose_template_action.trigger()
    assert window.rail.currentItem().text().endswith("Journal")
    pickers = [p for p in window.findChildren(TemplatePicker) if p.isVisible()]
    assert len(pickers) == 1
    pickers[0].reject()
    window.journal.lists.template_button.click()
    assert len([p for p in window.findChildren(TemplatePicker) if p.isVisible()]) == 1
    for picker in window.findChildren(TemplatePicker):
        picker.reject()
    window.template_menu.refresh()
    qtbot.waitUntil(lambda: len(window.template_menu.templates) == len(STARTERS), timeout=5_000)
    names = [a.text() for a in window.template_menu.actions() if a.text()]
    assert names[: len(STARTERS)] == [s.name for s in STARTERS]
    window.manage_templates_action.trigger()
    managers = [d for d in window.findChildren(TemplateManagerDialog) if d.isVisible()]
    assert len(managers) == 1
    managers[0].reject()


def test_a_draft_restored_after_a_crash_keeps_its_template_lines(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    """A new page from a template, typed under and autosaved, then a crash: the entry saved
    from the restored draft still sets the template's questions aside."""
    session.journal.templates.create(TemplateDraft("Walks", "", PROMPTS))
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.editor.autosave_ms = 200
    _picked(qtbot, screen, "Walks")
    qtbot.keyClicks(screen.body_edit, "Along the canal to the lock.")
    qtbot.waitUntil(lambda: len(session.drafts.list()) == 1, timeout=5_000)
    (draft,) = session.drafts.list()
    assert draft.template is not None and draft.template.lines == ("Where did I walk today?",)
    assert session.journal.count() == 0

    later = show(qtbot, ui_ctx, journal_screens)  # the next session, after the crash
    later.new_entry()
    later.editor.offer_drafts()
    qtbot.waitUntil(later.editor.draft_bar.isVisible)
    qtbot.mouseClick(later.editor.draft_bar.action_button, Qt.MouseButton.LeftButton)
    assert later.body_edit.toPlainText() == PROMPTS + "Along the canal to the lock."
    later.save()
    qtbot.waitUntil(lambda: session.journal.count() == 1, timeout=5_000)
    (entry,) = session.journal.list()
    assert session.journal.template_lines(entry.id) is not None
    assert "Where did I walk" not in session.journal.readable(entry.id).body


def test_a_page_dated_to_another_day_before_writing_takes_that_days_date(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, journal_screens: list[JournalScreen]
) -> None:
    session.journal.templates.create(TemplateDraft("Walks", "Walk on {weekday} {date}", PROMPTS))
    template = session.journal.templates.find("walks")
    screen = show(qtbot, ui_ctx, journal_screens)
    _picked(qtbot, screen, "Walks")
    today_title = screen.title_edit.text()
    screen.entry_date.setDate(screen.entry_date.date().addDays(-1))
    moment = screen.editor.header.chosen_created_at()
    assert moment is not None
    yesterday_title = session.journal.templates.fill(template, moment).title
    assert yesterday_title != today_title and screen.title_edit.text() == yesterday_title
    assert not screen.is_dirty  # still only the template: nothing written yet

    qtbot.keyClicks(screen.body_edit, "Along the canal.")
    screen.entry_date.setDate(screen.entry_date.date().addDays(-1))
    assert screen.title_edit.text() == yesterday_title  # written on: the person's page now
    assert screen.body_edit.toPlainText().endswith("Along the canal.")
