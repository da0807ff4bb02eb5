"""Everyday use in the real main window at its default size: correcting and deleting
check-ins, back-filling a day, finding check-in notes, the Help menu, the trash, and the
keyboard paths people expect (Ctrl+E from a text field, Ctrl+Enter in the check-in)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from neuroleaf_desktop import APP_NAME
from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.main_window import MainWindow
from neuroleaf_desktop.ui.mood import MoodCheckInDialog
from tests.ui.conftest import PASSPHRASE


@pytest.fixture
def window(
    qtbot: object,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> Iterator[MainWindow]:
    slug = profile_with_entries("Lina", "We walked to the lake before breakfast.")
    controller = make_controller(slug, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)  # type: ignore[attr-defined]
    main = controller.main_window
    assert main is not None
    yield main


def _visible(cls: type, parent: MainWindow) -> list:  # type: ignore[type-arg]
    return [d for d in parent.findChildren(cls) if d.isVisible()]


def _mood_dialog(qtbot: object, window: MainWindow) -> MoodCheckInDialog:
    qtbot.waitUntil(lambda: bool(_visible(MoodCheckInDialog, window)))  # type: ignore[attr-defined]
    dialog = _visible(MoodCheckInDialog, window)[0]
    dialog.activateWindow()  # as the window manager does for a new modal dialog
    qtbot.waitUntil(dialog.isActiveWindow)  # type: ignore[attr-defined]
    return dialog


def test_default_size_and_title_names_the_app_once(window: MainWindow) -> None:
    assert (window.width(), window.height()) == (1180, 780)
    assert window.windowTitle() == f"Lina — {APP_NAME}"
    assert window.windowTitle().count(APP_NAME) == 1


def test_ctrl_e_opens_export_while_a_text_field_has_focus(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from neuroleaf_desktop.ui.export import ExportDialog

    window.show()
    qtbot.waitExposed(window)
    window.open_search()
    field = window.search.search_field
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_visible(ExportDialog, window)))
    _visible(ExportDialog, window)[0].reject()


def test_new_checkin_for_yesterday_by_keyboard_and_a_confirmation(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = _mood_dialog(qtbot, window)
    assert dialog.when.isVisible()
    yesterday = dialog.when.dateTime().addDays(-1)
    dialog.when.setDateTime(yesterday)
    dialog.mood.setFocus()
    qtbot.keyClick(dialog.mood, "6")
    qtbot.keyClick(dialog.mood, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.ctx.session.mood.list()))
    saved = window.ctx.session.mood.list()[0]
    assert saved.mood == 6
    local = saved.logged_at.astimezone()
    assert local.date() == datetime.now().astimezone().date() - timedelta(days=1)
    qtbot.waitUntil(window.notice.isVisible)
    assert "Check-in saved" in window.notice.text and "6/10" in window.notice.text


def test_mood_dialog_fits_a_small_screen_and_scrolls_to_the_note(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from neuroleaf_desktop.ui.mood.dialog import fitting_size

    assert fitting_size(780, 860, (1366, 768)) == (780, 720)
    assert fitting_size(780, 860, None) == (780, 860)
    dialog = MoodCheckInDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    screen = window.screen().availableGeometry()
    assert dialog.height() <= screen.height()
    assert dialog.save_button.visibleRegion().boundingRect().height() > 0
    viewport = dialog.scroll_area.viewport()
    dialog.note.setFocus()
    qtbot.waitUntil(dialog.note.hasFocus)

    def note_in_view() -> bool:
        top = dialog.note.mapTo(viewport, dialog.note.rect().topLeft()).y()
        bottom = dialog.note.mapTo(viewport, dialog.note.rect().bottomLeft()).y()
        return top >= 0 and bottom <= viewport.height()

    qtbot.waitUntil(note_in_view)
    dialog.reject()


def test_history_day_view_corrects_deletes_and_opens(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.ctx.session
    checkin = session.mood.log(NewCheckIn(mood=4, note="slow morning"))
    entry = session.journal.list()[0]
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("History")
    history = window.history
    today = datetime.now().astimezone().date()
    history.show_day(today)
    qtbot.waitUntil(lambda: history.day_data is not None and bool(history.day_data.checkins))

    def button(name: str) -> QPushButton:
        found = [
            b for b in history.findChildren(QPushButton) if b.accessibleName().startswith(name)
        ]
        assert found, name
        return found[0]

    qtbot.mouseClick(button("Edit the check-in"), Qt.MouseButton.LeftButton)
    dialog = _mood_dialog(qtbot, window)
    assert dialog.windowTitle() == "Edit check-in"
    assert dialog.mood.value() == 4 and dialog.note.toPlainText() == "slow morning"
    dialog.mood.setFocus()
    qtbot.keyClick(dialog.mood, "7")
    qtbot.keyClick(dialog.mood, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.mood.get(checkin.id).mood == 7)
    assert len(session.mood.list()) == 1  # corrected, not added
    qtbot.waitUntil(lambda: "corrected" in window.notice.text)

    qtbot.waitUntil(lambda: history.day_data is not None and history.day_data.checkins[0].mood == 7)
    qtbot.mouseClick(button("Delete the check-in"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not session.mood.list())
    qtbot.waitUntil(lambda: history.banner.action_button.isVisible())
    history.banner.action_button.click()  # Undo
    qtbot.waitUntil(lambda: bool(session.mood.list()))

    qtbot.waitUntil(lambda: bool(history.day_data and history.day_data.entries))
    qtbot.mouseClick(button("Open the entry"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.journal)
    qtbot.waitUntil(lambda: window.journal.current_entry_id == entry.id)


def test_search_finds_a_checkin_note_and_says_it_is_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.ctx.session
    checkin = session.mood.log(NewCheckIn(mood=8, note="The walk helped a lot"))
    window.open_search()
    panel = window.search
    panel.set_query("helped")
    panel.set_mode("fulltext")  # words only: the entry about a walk must not match by meaning
    panel.set_query("helped")
    qtbot.waitUntil(lambda: not panel.is_searching and panel.result_kinds() == ["checkin"])
    assert panel.rows[0].title.startswith("Check-in")
    assert "check-in" in panel.status_label.text()
    panel.results_list.activated.emit(0)
    dialog = _mood_dialog(qtbot, window)
    assert dialog.editing is not None and dialog.editing.id == checkin.id
    dialog.reject()


def test_help_menu_lists_shortcuts_encryption_and_crisis_lines(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from neuroleaf_desktop.ui.care.safety_card import SafetyCard

    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Help" in titles
    shortcuts = window.open_shortcuts()
    rows = dict(shortcuts.rows())  # type: ignore[attr-defined]
    assert rows["Ctrl+E"] == "Export" and rows["Ctrl+M"] == "Log mood"
    assert "Ctrl+/" in rows
    shortcuts.close()
    encryption = window.open_encryption()
    assert "mood check-ins" in encryption.text.text()  # type: ignore[attr-defined]
    encryption.close()
    card = window.open_crisis()
    assert isinstance(card, SafetyCard) and card.isVisible()
    card.close()


def test_trash_lists_restores_and_purges(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    session = window.ctx.session
    entry = session.journal.add(NewEntry(title="Gone", body="to the trash"))
    checkin = session.mood.log(NewCheckIn(mood=3))
    session.journal.delete(entry.id)
    session.mood.delete(checkin.id)
    dialog = window.open_trash()
    qtbot.waitUntil(lambda: dialog.loaded)  # type: ignore[attr-defined]
    kinds = {i.kind for i in dialog.items}  # type: ignore[attr-defined]
    assert kinds == {"entry", "checkin"}
    dialog.list.setCurrentRow([i.kind for i in dialog.items].index("entry"))  # type: ignore[attr-defined]
    dialog.restore_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(dialog.items) == 1)  # type: ignore[attr-defined]
    assert session.journal.get(entry.id).deleted_at is None
    # the confirmation is a modal message box: answer it as a person would
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.empty_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.loaded and not dialog.items)  # type: ignore[attr-defined]
    assert session.mood.trash() == []
    assert dialog.empty_label.isVisibleTo(dialog)  # type: ignore[attr-defined]
    dialog.close()


def test_export_writes_where_typed_and_then_says_close(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from neuroleaf_desktop.ui.export import ExportDialog

    dialog = ExportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "mine"))
    assert dialog.close_button.text() == "Cancel"
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20_000)
    assert dialog.result_path == tmp_path / "mine.json"
    assert (tmp_path / "mine.json").is_file()
    assert dialog.close_button.text() == "Close"
    # a folder typed alone gets the usual file name inside it
    dialog.path.setText(str(tmp_path))
    assert dialog.target().parent == tmp_path and dialog.target().suffix == ".json"


def test_care_banner_reads_naturally_and_leaves_after_a_checkin(
    qtbot, make_controller, profile_with_entries
) -> None:  # type: ignore[no-untyped-def]
    from neuroleaf_desktop.ui.care.hook import reminder_text

    assert reminder_text("How are you today?", "A 10-second mood check-in.") == (
        "How are you today? A 10-second mood check-in."
    )
    assert reminder_text("Breathe", "Two minutes.") == "Breathe: Two minutes."
    controller = make_controller(profile_with_entries("Care", "x"), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.care is not None)
    care, window = controller.care, controller.main_window
    care._on_shown("How are you today?", "A 10-second mood check-in.", "mood")
    banner = window.screens["Care"].banner
    assert banner.isVisibleTo(window.screens["Care"])
    assert banner.text == "How are you today? A 10-second mood check-in."
    window.ctx.session.mood.log(NewCheckIn(mood=5))
    qtbot.waitUntil(lambda: not banner.isVisibleTo(window.screens["Care"]))


def test_quiet_hours_show_their_times(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("Care")
    care = window.screens["Care"]
    qtbot.waitUntil(lambda: care.quiet_start.text() == "22:00")
    for edit in (care.quiet_start, care.quiet_end):
        needed = edit.fontMetrics().horizontalAdvance(edit.text())
        assert edit.lineEdit().width() >= needed  # the whole time fits: nothing is clipped


def test_shortcut_works_in_every_text_field_but_dialog_keys_stay(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The override is limited to this window: a dialog's own fields are left alone."""
    dialog = MoodCheckInDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "ok")
    assert dialog.note.toPlainText() == "ok"
    dialog.reject()
    assert QApplication.instance() is not None


def test_journal_backfills_a_day_shows_its_mood_and_jumps_to_a_date(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from neuroleaf_desktop.ui.journal.day_mood import DayMood

    session = window.ctx.session
    now = datetime.now().astimezone()
    spring = (now - timedelta(days=300)).replace(hour=9, minute=0)
    session.journal.add(NewEntry(title="Spring walk", body="Blossom.", created_at=spring))
    session.mood.log(NewCheckIn(mood=8, logged_at=spring))
    session.mood.log(NewCheckIn(mood=6, logged_at=spring + timedelta(hours=2)))
    journal = window.journal
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("Journal")
    qtbot.waitUntil(lambda: journal.is_loaded)
    qtbot.waitUntil(lambda: "Spring walk" in [e.title for e in journal.visible_entries()])

    # calendar jump: a date a few days after the spring entry lands on its day
    journal.jump_date.setDate(journal.jump_date.date().addDays(-297))
    assert journal.lists.selected_day == spring.date()
    qtbot.waitUntil(lambda: journal.current_entry_id is not None)
    assert journal.title_edit.text() == "Spring walk"
    qtbot.waitUntil(lambda: journal.day_mood_label.text() == "Mood that day 7.0/10 (2 check-ins)")
    assert journal.delete_button.isVisible()

    # a new entry: no Delete before it exists; a date can be set to back-fill a day
    journal.new_entry()
    assert not journal.delete_button.isVisible()
    assert journal.entry_date.isVisible()
    yesterday = now.date() - timedelta(days=1)
    journal.entry_date.setDate(journal.entry_date.date().addDays(-1))
    qtbot.keyClicks(journal.title_edit, "Missed day")
    qtbot.keyClick(journal.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(e.title == "Missed day" for e in session.journal.list()), timeout=10_000
    )
    saved = next(e for e in session.journal.list() if e.title == "Missed day")
    assert saved.created_at.astimezone().date() == yesterday
    qtbot.waitUntil(journal.delete_button.isVisible)
    assert DayMood(yesterday, ()).text() == "No check-in that day"


def test_empty_journal_points_at_the_open_editor(qtbot, make_controller) -> None:  # type: ignore[no-untyped-def]
    from neuroleaf_desktop.paths import app_paths
    from neuroleaf_desktop.services.profiles import ProfileStore

    session, _key = ProfileStore(app_paths()).create("Empty", PASSPHRASE)
    session.close()
    controller = make_controller(session.profile_slug, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    journal = controller.main_window.journal
    qtbot.waitUntil(lambda: journal.is_loaded)
    assert journal.left_stack.currentWidget() is journal.empty
    texts = " ".join(label.text() for label in journal.empty.findChildren(QLabel))
    assert "Write your first entry" not in texts and "page on the right" in texts
    assert not journal.delete_button.isVisibleTo(journal)  # nothing saved: nothing to delete


def _seed_month(window: MainWindow) -> None:
    session = window.ctx.session
    now = datetime.now().astimezone()
    for day in range(1, 22):
        for hour, mood, words in ((8, 4, ("anxious",)), (20, 7, ("calm",))):
            when = (now - timedelta(days=day)).replace(hour=hour, minute=0)
            session.mood.log(
                NewCheckIn(mood=mood, sleep_hours=6 + day % 3, emotions=words, logged_at=when)
            )


@pytest.mark.parametrize("size", [(1180, 780), (1024, 700)])
def test_dashboard_fits_and_scrolls_in_the_real_window(qtbot, window: MainWindow, size) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.text import Text
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    _seed_month(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("Dashboard")
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.is_settled() and not dashboard.showing_empty, timeout=30_000)
    qtbot.waitUntil(lambda: all(c.canvas is not None for c in dashboard.cards.values()))
    for key, card in dashboard.cards.items():
        canvas = card.canvas
        assert canvas is not None
        canvas.draw()
        figure, renderer = canvas.figure, canvas.get_renderer()
        width = figure.bbox.width
        drawn: list[Text] = list(figure.texts)
        for ax in figure.axes:
            drawn += [*ax.texts, ax.title, ax._left_title, ax._right_title]
            if ax.axison:
                drawn += [*ax.get_xticklabels(), *ax.get_yticklabels()]
        for text in drawn:
            if not text.get_visible() or not text.get_text().strip():
                continue
            box = text.get_window_extent(renderer)
            assert box.x0 >= -2 and box.x1 <= width + 2, (key, text.get_text())  # not cut off
    heat = dashboard.cards["heatmap"].canvas.figure.axes[0]
    labels = [t for t in heat.get_xticklabels() if t.get_text()]
    assert [t.get_text() for t in labels] == ["0", "4", "8", "12", "16", "20", "24"]
    boxes = [t.get_window_extent(dashboard.cards["heatmap"].canvas.get_renderer()) for t in labels]
    assert all(a.x1 < b.x0 for a, b in itertools.pairwise(boxes))  # no overlap

    bar = dashboard.charts_area.verticalScrollBar()
    # the scroll range follows the charts' layout pass, a posted event: wait for it, still
    # failing if the charts never overflow the window
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=10_000)
    before = bar.value()
    canvas = dashboard.cards["timeline"].canvas
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(canvas.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    # Qt hands a real (spontaneous) wheel event to the parents when the widget under the
    # pointer ignores it; a synthetic one never propagates, so check both halves: the chart
    # lets the event go, and the page scrolls on it.
    event.setAccepted(True)
    QApplication.sendEvent(canvas, event)
    assert not event.isAccepted()
    QApplication.sendEvent(dashboard.charts_area.viewport(), event)
    assert bar.value() > before


def test_enter_in_confirm_submits_the_reset_and_windows_are_titled(qtbot, make_controller) -> None:  # type: ignore[no-untyped-def]
    from neuroleaf_desktop.ui.unlock.pages import ResetPassphrasePage

    page = ResetPassphrasePage()
    qtbot.addWidget(page)
    page.set_profile("ana", "Ana")
    page.show()
    qtbot.keyClicks(page.key, "AAAA-BBBB")
    qtbot.keyClicks(page.fields.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.fields.confirm, PASSPHRASE)
    with qtbot.waitSignal(page.submitted, timeout=2000) as sent:
        qtbot.keyClick(page.fields.confirm, Qt.Key.Key_Return)
    assert sent.args == ["ana", "AAAA-BBBB", PASSPHRASE]

    controller = make_controller()  # no profile yet: the first-run page
    assert controller.unlock_window.windowTitle() == f"Create a journal — {APP_NAME}"
