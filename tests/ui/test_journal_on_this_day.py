"""The Journal's "On this day" line, in real widgets over a real vault: the years and counts it
offers, opening a year's entries, × until tomorrow, the setting, no line without memories, an
import bringing old entries, midnight, and what assistive tech hears."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services import export_service as ex
from neuroleaf_desktop.services import importers
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import JournalScreen
from neuroleaf_desktop.ui.journal.on_this_day import next_midnight_ms
from tests.ui.helpers.journal_screen import show
from tests.ui.helpers.ui_context import drain

pytestmark = pytest.mark.gui

NOW = datetime(2026, 6, 14, 12, tzinfo=UTC)  # the 14th of June in any zone from -11 h to +11 h


def _at(year: int, month: int, day: int, hour: int = 12) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def _add(session: Session, title: str, when: datetime, starred: bool = False) -> str:
    new = NewEntry(title=title, body=f"{title}, in full", created_at=when, starred=starred)
    return session.journal.add(new).id


@pytest.fixture
def at_noon(ui_ctx: UiContext) -> UiContext:
    ui_ctx.clock = lambda: NOW
    return ui_ctx


def _opened(qtbot: QtBot, ctx: UiContext, screens: list[JournalScreen]) -> JournalScreen:
    screen = show(qtbot, ctx, screens)
    drain(ctx)
    return screen


def test_the_line_offers_each_year_with_its_count_and_names_it(
    qtbot: QtBot, session: Session, at_noon: UiContext, journal_screens: list[JournalScreen]
) -> None:
    _add(session, "Beach", _at(2025, 6, 14, 9))
    _add(session, "Bonfire", _at(2025, 6, 14, 20), starred=True)
    _add(session, "Exams over", _at(2023, 6, 14))
    _add(session, "Today's page", _at(2026, 6, 14, 8))
    _add(session, "The day before", _at(2024, 6, 13))
    screen = _opened(qtbot, at_noon, journal_screens)
    line = screen.on_this_day
    qtbot.waitUntil(lambda: line.offering)
    assert line.isVisible() and line.lead_label.text() == "On this day"
    first, second, *rest = line.year_buttons
    assert first.text() == "2025 (2 entries) ★" and second.text() == "2023 (1)"
    assert not any(button.isVisible() for button in rest)
    assert first.accessibleName() == "On this day in 2025, 2 entries, starred"
    assert second.accessibleName() == "On this day in 2023, 1 entry"
    assert line.close_button.accessibleName() == "Hide On this day until tomorrow"
    assert "2023" in line.accessibleDescription()
    shown = " ".join(w.text() for w in (first, second, line.lead_label))
    for title in ("Beach", "Bonfire", "Exams over"):  # no old entry's words unasked
        assert title not in shown and title not in first.toolTip()

    screen.activateWindow()
    screen.starred_toggle.setFocus()
    qtbot.keyClick(screen.starred_toggle, Qt.Key.Key_Tab)  # keyboard reachable, in order
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second


def test_choosing_a_year_opens_that_days_entries(
    qtbot: QtBot, session: Session, at_noon: UiContext, journal_screens: list[JournalScreen]
) -> None:
    morning = _add(session, "Morning swim", _at(2022, 6, 14, 7))
    evening = _add(session, "Evening storm", _at(2022, 6, 14, 21))
    _add(session, "Allotment", _at(2024, 6, 14))
    _add(session, "Today's page", _at(2026, 6, 14, 8))
    screen = _opened(qtbot, at_noon, journal_screens)
    line = screen.on_this_day
    qtbot.waitUntil(lambda: line.offering)
    assert line.year_buttons[1].text() == "2022 (2)"
    screen.starred_toggle.setChecked(True)  # even from the Starred filter
    qtbot.mouseClick(line.year_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.current_entry_id == evening)  # the day's newest entry
    assert not screen.starred_toggle.isChecked()
    assert screen.lists.selected_day == date(2022, 6, 14)
    assert screen.visible_titles() == ["Evening storm", "Morning swim"]
    assert screen.title_edit.text() == "Evening storm"
    assert morning in {e.id for e in screen.visible_entries()}


def test_close_hides_it_until_tomorrow_and_midnight_brings_the_next_day(
    qtbot: QtBot, session: Session, at_noon: UiContext, journal_screens: list[JournalScreen]
) -> None:
    _add(session, "Kite", _at(2024, 6, 14))
    _add(session, "Harbour", _at(2021, 6, 15))
    screen = _opened(qtbot, at_noon, journal_screens)
    line = screen.on_this_day
    qtbot.waitUntil(lambda: line.offering)
    line.close_button.setFocus()
    qtbot.keyClick(line.close_button, Qt.Key.Key_Space)
    assert not line.isVisible() and not line.offering  # at once
    assert QApplication.focusWidget() is not line.close_button
    qtbot.waitUntil(lambda: session.settings.get("on_this_day_hidden_on") == "2026-06-14")
    again = _opened(qtbot, at_noon, journal_screens)  # reopened the same day: still hidden
    assert not again.on_this_day.offering

    at_noon.clock = lambda: NOW + timedelta(days=1)
    line.midnight_timer.timeout.emit()  # midnight while the app is open
    qtbot.waitUntil(lambda: line.offering)
    assert [b.text() for b in line.year_buttons if b.isVisible()] == ["2021 (1 entry)"]
    again.on_this_day.check_day()  # a screen shown again on a later day reads it too
    qtbot.waitUntil(lambda: again.on_this_day.offering)


def test_the_setting_turns_the_line_off_and_on_at_once(
    qtbot: QtBot, session: Session, at_noon: UiContext, journal_screens: list[JournalScreen]
) -> None:
    _add(session, "Graduation", _at(2019, 6, 14))
    screen = _opened(qtbot, at_noon, journal_screens)
    line = screen.on_this_day
    qtbot.waitUntil(lambda: line.offering)
    session.settings.set("on_this_day", "off")  # the Settings dialog or the CLI
    qtbot.waitUntil(lambda: not line.isVisible())
    session.settings.set("on_this_day", "on")
    qtbot.waitUntil(line.isVisible)


def test_no_memories_no_line_and_an_import_brings_one(
    qtbot: QtBot,
    session: Session,
    at_noon: UiContext,
    journal_screens: list[JournalScreen],
    tmp_path: Path,
) -> None:
    _add(session, "Today's page", _at(2026, 6, 14, 8))
    _add(session, "Binned", _at(2025, 6, 14))
    session.journal.delete(session.journal.list()[-1].id)
    screen = _opened(qtbot, at_noon, journal_screens)
    line = screen.on_this_day
    assert not line.isVisible() and line.read_on == date(2026, 6, 14)
    assert not any(b.isVisible() for b in line.year_buttons)

    doc = {"metadata": {"version": "1.0"}, "entries": [
        {"uuid": "Q1", "creationDate": "2018-06-14T10:00:00Z", "text": "# Old diary\nFound it",
         "timeZone": "UTC"},
    ]}  # fmt: skip
    path = tmp_path / "Old.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    ex.import_bundle(session, importers.load(path, "dayone"))
    qtbot.waitUntil(lambda: line.offering)
    assert line.year_buttons[0].text() == "2018 (1 entry)"


def test_midnight_is_reckoned_in_local_time() -> None:
    now = datetime.now(UTC).astimezone().replace(hour=23, minute=59, second=0, microsecond=0)
    assert 60_000 <= next_midnight_ms(now) <= 62_000
    assert next_midnight_ms(now.replace(hour=0, minute=0, second=1)) >= 86_000_000
