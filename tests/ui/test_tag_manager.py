"""Manage tags: the dialog over a real vault, real widgets (offscreen), and the journal's tag
filter it opens. Prompts and confirmations are answered by replacing Qt's static dialogs,
and what they asked is checked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import JournalScreen
from neuroleaf_desktop.ui.journal.tag_manager import TagManagerDialog
from neuroleaf_desktop.ui.widgets.list_delegate import SECONDARY_ROLE
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers.journal_screen import show

pytestmark = pytest.mark.gui
BASE = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


class Answers:
    """Stands in for QMessageBox.question / QInputDialog: records what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.questions: list[str] = []
        self.agree = True
        self.text = ""
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QInputDialog, "getText", self._text)
        monkeypatch.setattr(QInputDialog, "getItem", self._item)

    def _question(self, _parent: Any, _title: str, text: str, *_a: Any) -> Any:
        self.questions.append(text)
        return QMessageBox.StandardButton.Yes if self.agree else QMessageBox.StandardButton.Cancel

    def _text(self, *_a: Any, **_k: Any) -> tuple[str, bool]:
        return self.text, True

    def _item(self, _parent: Any, _title: str, _label: str, items: list[str], *_a: Any) -> Any:
        self.offered = list(items)
        return self.text, True


def _add(session: Session, title: str, *tags: str, day: int = 0) -> str:
    when = BASE + timedelta(days=day)
    return session.journal.add(NewEntry(title, "some words", tags, created_at=when)).id


@pytest.fixture
def tagged(session: Session) -> dict[str, str]:
    ids = {
        "Standup": _add(session, "Standup", "job", "team"),
        "Review": _add(session, "Review", "team", "Work", day=1),
        "Group": _add(session, "Group", "thrapy", day=2),
        "Old": _add(session, "Old", "thrapy", day=3),
    }
    session.journal.delete(ids["Old"])
    return ids


def _dialog(qtbot: QtBot, ui_ctx: UiContext) -> TagManagerDialog:
    dialog = TagManagerDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def _rows(dialog: TagManagerDialog) -> list[tuple[str, str]]:
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    return [(i.text(), i.data(SECONDARY_ROLE)) for i in items]


def _select(dialog: TagManagerDialog, *names: str) -> None:
    dialog.list.clearSelection()
    for i in range(dialog.list.count()):
        item = dialog.list.item(i)
        if item.text().lstrip("#") in names:
            dialog.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.Select)


def test_the_dialog_lists_every_tag_by_name_with_counts(
    qtbot: QtBot, ui_ctx: UiContext, tagged: dict[str, str]
) -> None:
    dialog = _dialog(qtbot, ui_ctx)
    assert _rows(dialog) == [
        ("#job", "1 entry"),
        ("#team", "2 entries"),
        ("#thrapy", "1 entry · 1 in the trash"),
        ("#work", "1 entry"),
    ]
    assert "entries in the trash too" in widget_text(dialog)
    dialog.filter_edit.setText("#T")
    assert [r[0] for r in _rows(dialog)] == ["#team", "#thrapy"]
    assert dialog.list.accessibleName() and dialog.filter_edit.accessibleName() == "Filter tags"
    dialog.filter_edit.clear()
    _select(dialog, "job")
    assert dialog.rename_button.isEnabled() and not dialog.merge_button.isEnabled()
    _select(dialog, "job", "work")
    assert dialog.merge_button.isEnabled() and not dialog.rename_button.isEnabled()


def widget_text(dialog: TagManagerDialog) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_rename_asks_with_the_count_and_the_list_reads_again(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    tagged: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch)
    dialog = _dialog(qtbot, ui_ctx)
    _select(dialog, "thrapy")
    answers.agree, answers.text = False, "therapy"
    dialog.rename_button.click()
    assert answers.questions == ["Rename 'thrapy' to 'therapy' in 2 entries (1 in the trash)?"]
    assert session.journal.get(tagged["Group"]).tags == ("thrapy",)  # declined: unchanged

    answers.agree = True
    qtbot.keyClick(dialog.list, Qt.Key.Key_F2)  # the keyboard way
    qtbot.waitUntil(lambda: ("#therapy", "1 entry · 1 in the trash") in _rows(dialog))
    assert "#thrapy" not in [r[0] for r in _rows(dialog)]
    assert session.journal.get(tagged["Group"]).tags == ("therapy",)
    assert session.journal.get(tagged["Old"]).tags == ("therapy",)
    assert dialog.banner.text == "Renamed 'thrapy' to 'therapy' in 2 entries."


def test_rename_onto_a_tag_in_use_asks_to_merge(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    tagged: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch)
    dialog = _dialog(qtbot, ui_ctx)
    _select(dialog, "job")
    answers.text = "Team"
    dialog.rename_button.click()
    assert answers.questions == [
        "The tag 'team' already exists. Merge 'job' into it? 1 entry will have 'team' instead."
    ]
    qtbot.waitUntil(lambda: [r[0] for r in _rows(dialog)] == ["#team", "#thrapy", "#work"])
    assert session.journal.get(tagged["Standup"]).tags == ("team",)


def test_a_name_the_editor_would_refuse_is_refused_with_its_message(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    tagged: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch)
    dialog = _dialog(qtbot, ui_ctx)
    _select(dialog, "job")
    answers.text = "x" * 49
    dialog.rename_button.click()
    assert answers.questions == []
    assert dialog.banner.text == "A tag can be at most 48 characters."
    assert session.journal.get(tagged["Standup"]).tags == ("job", "team")


def test_merge_offers_the_chosen_names_and_keeps_one(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    tagged: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch)
    dialog = _dialog(qtbot, ui_ctx)
    _select(dialog, "job", "work", "team")
    answers.text = "work"
    dialog.merge_button.click()
    assert sorted(answers.offered) == ["job", "team", "work"]
    assert answers.questions == ["Merge 'job', 'team', 'work' into 'work' in 4 entries?"]
    qtbot.waitUntil(lambda: ("#work", "2 entries") in _rows(dialog))
    assert session.journal.get(tagged["Standup"]).tags == ("work",)
    assert session.journal.get(tagged["Review"]).tags == ("work",)


def test_delete_key_removes_after_naming_the_count(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    tagged: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch)
    dialog = _dialog(qtbot, ui_ctx)
    _select(dialog, "team")
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert answers.questions == ["Remove the tag 'team' from 2 entries? The entries stay."]
    qtbot.waitUntil(lambda: "#team" not in [r[0] for r in _rows(dialog)])
    assert session.journal.get(tagged["Review"]).tags == ("work",)
    assert session.journal.count() == 3  # the entries stay


def test_show_entries_filters_the_journal_and_follows_a_rename(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    tagged: dict[str, str],
    journal_screens: list[JournalScreen],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch)
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.open_entry(tagged["Review"])
    qtbot.waitUntil(lambda: screen.current_entry_id == tagged["Review"])
    assert screen.tag_editor.tags() == ("team", "work")
    dialog = screen.open_tag_manager()
    assert isinstance(dialog, TagManagerDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    _select(dialog, "team")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter: show the entries
    assert screen.lists.tag_filter == "team"
    assert screen.left_stack.currentWidget() is screen.lists.tag_page
    titles = [screen.tagged_list.item(i).text() for i in range(screen.tagged_list.count())]
    assert titles == ["Review", "Standup"]  # newest first

    answers.text = "crew"
    dialog.rename_button.click()
    qtbot.waitUntil(lambda: screen.tag_editor.tags() == ("crew", "work"))  # the open entry
    assert not screen.is_dirty
    screen.show_tag("crew")
    qtbot.waitUntil(lambda: screen.tagged_list.count() == 2)
    dialog.close()
    screen.lists.tag_page.manage_button.click()  # the filter page opens the manager again
    opened = [d for d in screen.findChildren(TagManagerDialog) if d.isVisible()]
    assert len(opened) == 1
    opened[0].close()
    screen.lists.tag_page.clear_button.click()
    assert screen.lists.tag_filter == ""
    assert screen.left_stack.currentWidget() is not screen.lists.tag_page


def test_the_app_menu_and_the_journal_button_open_the_dialog(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller = make_controller(profile_with_entries("Tags", "hello"), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert window is not None
    window.show_screen("Search")
    window.tags_action.trigger()
    assert window.rail.currentItem().text().endswith("Journal")
    dialogs = [d for d in window.findChildren(TagManagerDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
    window.journal.tags_button.click()
    assert len([d for d in window.findChildren(TagManagerDialog) if d.isVisible()]) == 1
    for dialog in window.findChildren(TagManagerDialog):
        dialog.reject()


def test_tags_the_person_changed_in_the_open_entry_are_kept(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    tagged: dict[str, str],
    journal_screens: list[JournalScreen],
) -> None:
    """A rename elsewhere does not overwrite tag chips the person is editing."""
    screen = show(qtbot, ui_ctx, journal_screens)
    screen.open_entry(tagged["Standup"])
    qtbot.waitUntil(lambda: screen.current_entry_id == tagged["Standup"])
    screen.tag_editor.add_tag("daily")
    assert screen.tag_editor.tags() == ("job", "team", "daily") and screen.is_dirty
    session.journal.tag_manager.rename("job", "career")  # as the CLI or another window would
    qtbot.waitUntil(lambda: session.journal.get(tagged["Standup"]).tags[0] == "career")
    qtbot.wait(300)
    assert screen.tag_editor.tags() == ("job", "team", "daily")  # the person's edit wins


def test_the_show_entries_button_and_a_double_click_filter_the_journal(
    qtbot: QtBot,
    ui_ctx: UiContext,
    tagged: dict[str, str],
    journal_screens: list[JournalScreen],
) -> None:
    screen = show(qtbot, ui_ctx, journal_screens)
    dialog = screen.open_tag_manager()
    assert isinstance(dialog, TagManagerDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    _select(dialog, "thrapy")
    dialog.show_button.click()
    qtbot.waitUntil(lambda: screen.tagged_list.count() == 1)  # the trashed one is not listed
    assert screen.tagged_list.item(0).text() == "Group"
    _select(dialog, "job")
    item = dialog.list.currentItem()
    rect = dialog.list.visualItemRect(item)
    viewport = dialog.list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # as a real one:
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # press, then double
    assert screen.lists.tag_filter == "job"
    qtbot.waitUntil(lambda: screen.tagged_list.count() == 1)
    assert screen.tagged_list.item(0).text() == "Standup"
    dialog.close()
