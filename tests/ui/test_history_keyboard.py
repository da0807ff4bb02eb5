"""History by keyboard and screen reader, in the screen as it is built (its own Tab order).

From the year's days, Tab reaches the chosen day's check-ins and then its entries; each list is
walked with the arrow keys, Home, End, Page Up and Page Down; the row in focus is what a screen
reader announces (the short summary it shows, then the lines under it) and wears the ring;
Enter corrects a check-in or opens an entry, Delete trashes a check-in; opening a day is
announced; a lock leaves none of the day's words in a widget or its accessible text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.autolock import scrub
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.history import HistoryScreen
from tests.support.privacy import make_canary
from tests.ui.conftest import PASSPHRASE, widgets_containing
from tests.ui.helpers.keys import focused, press

pytestmark = pytest.mark.gui

PLUS_ONE = timezone(timedelta(hours=1))


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=PLUS_ONE)


def _day_open(
    qtbot: QtBot, ctx: UiContext, history_screens: list[HistoryScreen], day: date
) -> HistoryScreen:
    """The screen at ``day``'s year, the keyboard on that day in the grid, the day open."""
    screen = HistoryScreen(ctx)
    history_screens.append(screen)
    screen.resize(1100, 800)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is not screen.loading)
    qtbot.waitUntil(lambda: screen.prev_button.isEnabled())
    screen.set_year(day.year)
    qtbot.waitUntil(lambda: screen.pixels.year == day.year and screen._generation_done())
    screen.pixels.setFocus()
    screen.pixels.select(day)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.day_data is not None and screen.day_data.day == day)
    return screen


@pytest.fixture
def a_day(session: Session) -> tuple[date, str, str]:
    """Last year's 20 January: two check-ins (one with a note) and two entries."""
    day = date(datetime.now().astimezone().year - 1, 1, 20)
    note, body = make_canary(), make_canary()
    session.mood.log(
        NewCheckIn(mood=6, energy=5, emotions=("calm",), note=f"slow {note}", logged_at=_at(day, 9))
    )
    session.mood.log(NewCheckIn(mood=3, logged_at=_at(day, 18)))
    session.journal.add(
        NewEntry(title="Snow day", body=f"Quiet {body} out", created_at=_at(day, 10))
    )
    session.journal.add(NewEntry(title="Late", body="Tea.", created_at=_at(day, 21)))
    return day, note, body


def test_tab_reaches_the_days_rows_and_the_keys_walk_and_open_them(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session: Session,
    history_screens: list[HistoryScreen],
    a_day: tuple[date, str, str],
) -> None:
    day, note, body = a_day
    screen = _day_open(qtbot, ui_ctx, history_screens, day)

    # Tab from the days lands on the first check-in: named by what its row shows, described
    # by the lines under it; that is what Qt's accessibility layer hands a screen reader.
    press(Qt.Key.Key_Tab)
    first = focused()
    assert first is not None
    assert first.accessibleName().startswith("Check-in at ") and "Mood 6/10" in (
        first.accessibleName()
    )
    assert "energy 5" in first.accessibleName()
    assert "Felt calm" in first.accessibleDescription() and note in first.accessibleDescription()
    seen = QAccessible.queryAccessibleInterface(first)
    assert seen is not None and seen.state().focused
    assert seen.text(QAccessible.Text.Name) == first.accessibleName()
    assert seen.text(QAccessible.Text.Description) == first.accessibleDescription()

    # Down, Up, End, Home, Page Down walk the check-ins; the ends stay the ends.
    press(Qt.Key.Key_Down)
    second = focused()
    assert second is not first and second is not None and "Mood 3/10" in second.accessibleName()
    press(Qt.Key.Key_Down)
    assert focused() is second
    press(Qt.Key.Key_Home)
    assert focused() is first
    press(Qt.Key.Key_End)
    assert focused() is second
    press(Qt.Key.Key_PageUp)
    assert focused() is first
    press(Qt.Key.Key_PageDown)
    assert focused() is second

    # Enter on a check-in asks to correct it.
    checkin_ids = [c.id for c in session.mood.list(newest_first=False)]
    with qtbot.waitSignal(screen.edit_checkin_requested) as edit:
        press(Qt.Key.Key_Return)
    assert edit.args == [checkin_ids[1]]

    # Tab goes on to the entries, named by title (and time), described by the first words.
    press(Qt.Key.Key_Tab)
    entry = focused()
    assert entry is not None and entry.accessibleName().endswith(": Snow day")
    assert entry.accessibleDescription() == f"Quiet {body} out"
    press(Qt.Key.Key_Down)
    late = focused()
    assert late is not None and late.accessibleName().endswith(": Late")
    with qtbot.waitSignal(screen.open_entry_requested) as opened:
        press(Qt.Key.Key_Enter)
    assert opened.args == [session.journal.list()[0].id]  # the newest: "Late"

    # Shift+Tab goes back to the check-in the keyboard was on; Delete moves it to the trash.
    press(Qt.Key.Key_Backtab)
    assert focused() is second
    press(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(session.mood.list()) == 1)
    assert session.mood.list()[0].id == checkin_ids[0]


def test_the_grid_keys_and_the_day_is_announced(
    qtbot: QtBot,
    ui_ctx: UiContext,
    history_screens: list[HistoryScreen],
    a_day: tuple[date, str, str],
    said: list[str],
) -> None:
    day, _note, _body = a_day
    screen = _day_open(qtbot, ui_ctx, history_screens, day)
    heading = f"{day:%A} {day.day} {day:%B %Y}"
    assert f"{heading}: 2 check-ins, 2 journal entries." in said

    # Home and End go to the ends of the month row, and open that day.
    press(Qt.Key.Key_End)
    assert screen.pixels.selected == date(day.year, 1, 31)
    qtbot.waitUntil(lambda: screen.day_data is not None and screen.day_data.day.day == 31)
    assert said[-1].endswith(": nothing logged on this day.")
    press(Qt.Key.Key_Home)
    assert screen.pixels.selected == date(day.year, 1, 1)


def test_the_focused_row_wears_the_ring_and_a_lock_leaves_no_words_behind(
    qtbot: QtBot,
    ui_ctx: UiContext,
    history_screens: list[HistoryScreen],
    a_day: tuple[date, str, str],
) -> None:
    day, note, body = a_day
    screen = _day_open(qtbot, ui_ctx, history_screens, day)
    press(Qt.Key.Key_Tab)
    row = focused()
    assert row is not None and row is not screen.pixels and note in row.accessibleDescription()
    screen.pixels.setFocus()
    plain = row.grab().toImage()
    row.setFocus()
    ringed = row.grab().toImage()
    assert plain.size() == ringed.size()
    y = row.height() // 2
    assert any(plain.pixelColor(x, y) != ringed.pixelColor(x, y) for x in (0, 1))

    screen.prepare_to_lock()
    scrub(screen)  # what the app does next on lock
    assert focused() is screen.pixels
    for word in (note, body):
        assert not widgets_containing(word)
        assert not [w for w in QApplication.allWidgets() if word in w.accessibleDescription()]


def test_the_apps_lock_leaves_no_words_of_the_day_in_what_is_said(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller = make_controller(profile_with_entries("Keys", "hello"), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert window is not None
    note = make_canary()
    window.ctx.session.mood.log(NewCheckIn(mood=5, note=f"a {note} morning"))
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("History")
    history = window.history
    history.show_day(datetime.now().astimezone().date())
    qtbot.waitUntil(lambda: any(note in d for d in history.checkins_list.descriptions()))
    history.checkins_list.focus_row(0)
    controller.lock("manual")  # the app's own lock: hide, wipe, then delete once idle
    # the window's own preparation dropped the day's rows before the wipe, not only their words
    assert history.day_data is None and not history.checkins_list.rows
    said = [(w.accessibleName(), w.accessibleDescription()) for w in QApplication.allWidgets()]
    assert not [s for s in said if note in s[0] or note in s[1]]
    assert not widgets_containing(note)


def test_a_window_hidden_and_shown_again_says_its_rows_again(
    qtbot: QtBot,
    ui_ctx: UiContext,
    history_screens: list[HistoryScreen],
    a_day: tuple[date, str, str],
) -> None:
    day, note, _body = a_day
    screen = _day_open(qtbot, ui_ctx, history_screens, day)
    names = screen.checkins_list.names()
    assert len(names) == 2 and note in screen.checkins_list.descriptions()[0]
    screen.hide()  # to the tray, say: a hidden window's rows say nothing
    assert screen.checkins_list.names() == ["", ""]
    assert not any(screen.checkins_list.descriptions())
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.checkins_list.names() == names
    assert note in screen.checkins_list.descriptions()[0]


def test_page_keys_and_new_year_walk_between_years_and_stop_at_the_journals_ends(
    qtbot: QtBot,
    ui_ctx: UiContext,
    history_screens: list[HistoryScreen],
    a_day: tuple[date, str, str],
    said: list[str],
) -> None:
    day, _note, _body = a_day
    screen = _day_open(qtbot, ui_ctx, history_screens, day)

    def shown(expected: date) -> bool:
        data = screen.day_data
        return (
            screen._generation_done()
            and screen.pixels.year == expected.year
            and screen.pixels.selected == expected
            and data is not None
            and data.day == expected
        )

    # Page Down: the same day a year later (this year, the journal's last), its day opened.
    press(Qt.Key.Key_PageDown)
    later = date(day.year + 1, 1, 20)
    qtbot.waitUntil(lambda: shown(later))
    assert screen.year_label.text() == str(later.year)
    assert screen.pixels.hasFocus()
    # No year after today's: said so, and nothing moves.
    press(Qt.Key.Key_PageDown)
    assert said[-1] == "No later years in your journal."
    assert screen.pixels.year == later.year and screen.pixels.selected == later

    # Page Up comes back to the day with its check-ins.
    press(Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: shown(day))
    assert screen.day_data is not None and len(screen.day_data.checkins) == 2

    # Control+Home: the year's first day; Left from there crosses New Year backwards, but the
    # journal starts this year, so it is said and the grid stays.
    press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown(date(day.year, 1, 1)))
    press(Qt.Key.Key_Left)
    assert said[-1] == "No earlier years in your journal."
    # Control+End, then Right crosses into next year's 1 January.
    press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown(date(day.year, 12, 31)))
    press(Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: shown(date(day.year + 1, 1, 1)))
    assert screen.pixels.hasFocus()
