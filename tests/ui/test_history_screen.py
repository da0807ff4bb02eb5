"""History: days with check-ins get their mood colour; clicking a day opens its entries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.history import HistoryScreen
from neuroleaf_desktop.ui.widgets.style import is_dark, mood_color

pytestmark = pytest.mark.gui


def open_history(qtbot: QtBot, ctx: UiContext, opened: list[HistoryScreen]) -> HistoryScreen:
    screen = HistoryScreen(ctx)
    opened.append(screen)
    screen.resize(1100, 800)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is not screen.loading)
    return screen


def last_year_screen(qtbot: QtBot, screen: HistoryScreen) -> int:
    """Switch to last year: all its days are in the past whatever today's date is."""
    year = datetime.now().astimezone().year - 1
    qtbot.waitUntil(lambda: screen.prev_button.isEnabled())
    screen.set_year(year)
    qtbot.waitUntil(lambda: screen.pixels.year == year and screen._generation_done())
    return year


def at_noon(day: date) -> datetime:
    """Noon local time (fixed +01:00) on ``day``: safely inside that local day."""
    return datetime(day.year, day.month, day.day, 12, tzinfo=timezone(timedelta(hours=1)))


def test_empty_profile_shows_a_helpful_empty_state(
    qtbot: QtBot, ui_ctx: UiContext, history_screens: list[HistoryScreen]
) -> None:
    screen = open_history(qtbot, ui_ctx, history_screens)
    assert screen.stack.currentWidget() is screen.empty
    assert "check-ins" in screen.empty.title_label.text().lower()


def test_days_are_coloured_by_mean_mood(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, history_screens: list[HistoryScreen]
) -> None:
    year = datetime.now().astimezone().year - 1
    good, bad, empty = date(year, 1, 10), date(year, 1, 11), date(year, 1, 12)
    session.mood.log(NewCheckIn(mood=9, logged_at=at_noon(good)))
    session.mood.log(NewCheckIn(mood=7, logged_at=at_noon(good) + timedelta(hours=3)))
    session.mood.log(NewCheckIn(mood=2, logged_at=at_noon(bad)))
    screen = open_history(qtbot, ui_ctx, history_screens)
    last_year_screen(qtbot, screen)
    pixels = screen.pixels
    dark = is_dark(pixels)
    assert pixels.mean_for(good) == 8.0
    assert pixels.color_for_day(good) == mood_color(8.0, dark)
    assert pixels.color_for_day(bad) == mood_color(2.0, dark)
    assert pixels.color_for_day(empty) == mood_color(None, dark)  # grey: no data
    assert pixels.color_for_day(good) != pixels.color_for_day(bad)
    # and the painted pixel really has that colour
    image = pixels.grab().toImage()
    centre = pixels.cell_rect(good).center().toPoint()
    assert image.pixelColor(centre) == mood_color(8.0, dark)
    assert "average" in screen.summary_label.text()


def test_clicking_a_day_shows_its_entries_and_check_ins(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, history_screens: list[HistoryScreen]
) -> None:
    year = datetime.now().astimezone().year - 1
    day = date(year, 1, 20)
    session.mood.log(
        NewCheckIn(
            mood=6, emotions=("calm",), activities=("walk",), note="ok", logged_at=at_noon(day)
        )
    )
    session.journal.add(
        NewEntry(title="Snow day", body="Everything was quiet.", created_at=at_noon(day))
    )
    session.journal.add(
        NewEntry(title="Other day", body="x", created_at=at_noon(day + timedelta(days=1)))
    )
    screen = open_history(qtbot, ui_ctx, history_screens)
    last_year_screen(qtbot, screen)
    rect = screen.pixels.cell_rect(day)
    qtbot.mouseClick(screen.pixels, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(lambda: screen.day_data is not None and screen.day_data.day == day)
    assert screen.entry_titles() == ["Snow day"]
    assert screen.day_data is not None
    assert [c.mood for c in screen.day_data.checkins] == [6]
    assert "January" in screen.day_card.title_label.text()  # type: ignore[union-attr]

    # keyboard: Right moves to the next day and opens it
    qtbot.keyClick(screen.pixels, Qt.Key.Key_Right)
    qtbot.waitUntil(
        lambda: screen.day_data is not None and screen.day_data.day == day + timedelta(days=1)
    )
    assert screen.entry_titles() == ["Other day"]


def test_refreshes_after_a_new_check_in(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, history_screens: list[HistoryScreen]
) -> None:
    screen = open_history(qtbot, ui_ctx, history_screens)
    today = datetime.now().astimezone().date()
    session.mood.log(NewCheckIn(mood=5))
    qtbot.waitUntil(lambda: screen.pixels.mean_for(today) == 5.0)
    assert screen.stack.currentWidget() is not screen.empty


def test_year_switcher_stays_within_the_data(
    qtbot: QtBot, ui_ctx: UiContext, session: Session, history_screens: list[HistoryScreen]
) -> None:
    this_year = datetime.now(UTC).year
    session.mood.log(NewCheckIn(mood=4, logged_at=at_noon(date(this_year - 2, 6, 1))))
    screen = open_history(qtbot, ui_ctx, history_screens)
    assert not screen.next_button.isEnabled()
    qtbot.waitUntil(lambda: screen.prev_button.isEnabled())
    qtbot.mouseClick(screen.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.prev_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pixels.mean_for(date(this_year - 2, 6, 1)) == 4.0)
    assert screen.year == this_year - 2
    assert not screen.prev_button.isEnabled()
