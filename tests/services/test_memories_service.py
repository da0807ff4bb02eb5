""" "On this day": earlier years' entries on today's date, as counts and ids, in a real vault.

Each entry counts on the local day it was written on (its own offset), today is the local day
of the session's clock in the machine's zone, the trash never counts, 29 February is
remembered on 28 February in a non-leap year, imported entries count like written ones, and
the setting (or closing the line for today) turns the Journal's offer off.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.domain.on_this_day import by_year, same_days
from neuroleaf_desktop.services import export_service as ex
from neuroleaf_desktop.services import importers
from neuroleaf_desktop.services.memories_service import MemoriesService
from neuroleaf_desktop.services.session import Session

NEW_YORK = timezone(timedelta(hours=-4))  # summer time, as the entries below were written
TOKYO = timezone(timedelta(hours=9))


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's zone is New York, so "today" is that zone's day, not UTC's."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _add(session: Session, when: datetime, title: str = "", starred: bool = False) -> str:
    body = f"Written {when.isoformat()}"
    return session.journal.add(
        NewEntry(title=title, body=body, created_at=when, starred=starred)
    ).id


def _service(session: Session, now: datetime) -> MemoriesService:
    return MemoriesService(session.vault, lambda: now, session.settings)


def _summary(service: MemoriesService, day: date | None = None) -> list[tuple[int, int, bool]]:
    return [(y.year, y.count, y.starred) for y in service.on_this_day(day)]


def test_earlier_years_newest_first_with_counts_ids_and_stars(
    session: Session, new_york: None
) -> None:
    noon = datetime(2025, 6, 14, 12, tzinfo=NEW_YORK)
    first = _add(session, noon, "Picnic")
    second = _add(session, noon + timedelta(hours=6), "Fireflies", starred=True)
    older = _add(session, datetime(2022, 6, 14, 9, tzinfo=NEW_YORK))
    _add(session, datetime(2026, 6, 14, 8, tzinfo=NEW_YORK))  # this year: today, not a memory
    _add(session, datetime(2025, 6, 13, 12, tzinfo=NEW_YORK))  # the day before
    _add(session, datetime(2024, 6, 15, 12, tzinfo=NEW_YORK))  # the day after
    service = _service(session, datetime(2026, 6, 14, 15, tzinfo=UTC))
    years = service.on_this_day()
    assert [(y.year, y.count, y.starred) for y in years] == [(2025, 2, True), (2022, 1, False)]
    assert years[0].entry_ids == (second, first)  # newest first
    assert years[1].entry_ids == (older,) and years[1].day == date(2022, 6, 14)
    assert service.offered() == years  # on by default


def test_each_entry_counts_on_its_own_local_day_and_today_is_local(
    session: Session, new_york: None
) -> None:
    late = _add(session, datetime(2025, 6, 14, 23, 30, tzinfo=NEW_YORK))  # 03:30 UTC on the 15th
    _add(session, datetime(2025, 6, 15, 0, 30, tzinfo=NEW_YORK))  # just after midnight: the 15th
    early = _add(session, datetime(2024, 6, 14, 0, 30, tzinfo=TOKYO))  # still the 13th in UTC
    _add(session, datetime(2024, 6, 13, 23, 30, tzinfo=TOKYO))  # the 13th where it was written
    # 02:00 UTC on the 15th is still the evening of the 14th in New York
    evening = _service(session, datetime(2026, 6, 15, 2, tzinfo=UTC))
    assert evening.today() == date(2026, 6, 14)
    years = evening.on_this_day()
    assert [(y.year, y.entry_ids) for y in years] == [(2025, (late,)), (2024, (early,))]
    after_midnight = _service(session, datetime(2026, 6, 15, 5, tzinfo=UTC))
    assert _summary(after_midnight) == [(2025, 1, False)]  # the 00:30 entry of the 15th


def test_the_trash_never_counts_and_a_restored_entry_does_again(
    session: Session, new_york: None
) -> None:
    kept = _add(session, datetime(2024, 10, 2, 20, tzinfo=NEW_YORK))
    binned = _add(session, datetime(2023, 10, 2, 20, tzinfo=NEW_YORK))
    service = _service(session, datetime(2026, 10, 2, 16, tzinfo=UTC))
    session.journal.delete(binned)
    assert [y.entry_ids for y in service.on_this_day()] == [(kept,)]
    session.journal.restore(binned)
    assert _summary(service) == [(2024, 1, False), (2023, 1, False)]
    session.journal.purge(kept)
    assert _summary(service) == [(2023, 1, False)]


def test_29_february_is_remembered_on_28_february_of_a_non_leap_year(
    session: Session, new_york: None
) -> None:
    leap_day = _add(session, datetime(2024, 2, 29, 19, tzinfo=NEW_YORK))
    eve = _add(session, datetime(2024, 2, 28, 19, tzinfo=NEW_YORK))
    _add(session, datetime(2023, 2, 28, 19, tzinfo=NEW_YORK))
    _add(session, datetime(2023, 3, 1, 19, tzinfo=NEW_YORK))
    service = _service(session, datetime(2026, 1, 1, tzinfo=UTC))
    non_leap = service.on_this_day(date(2027, 2, 28))
    assert [(y.year, y.count) for y in non_leap] == [(2024, 2), (2023, 1)]
    assert non_leap[0].entry_ids == (leap_day, eve) and non_leap[0].day == date(2024, 2, 29)
    assert _summary(service, date(2028, 2, 28)) == [(2024, 1, False), (2023, 1, False)]
    assert [y.entry_ids for y in service.on_this_day(date(2028, 2, 29))] == [(leap_day,)]
    assert _summary(service, date(2027, 3, 1)) == [(2023, 1, False)]  # no leap-day spill


def test_the_calendar_rules_alone() -> None:
    assert same_days(date(2027, 2, 28)) == ((2, 28), (2, 29))
    assert same_days(date(2028, 2, 28)) == ((2, 28),)
    assert same_days(date(2028, 2, 29)) == ((2, 29),)
    assert same_days(date(2026, 12, 5)) == ((12, 5),)
    rows = [
        ("c", date(2021, 5, 1), False),
        ("a", date(2023, 5, 1), False),
        ("b", date(2023, 5, 1), True),
    ]
    grouped = by_year(rows)
    assert [(y.year, y.entry_ids, y.starred) for y in grouped] == [
        (2023, ("a", "b"), True),
        (2021, ("c",), False),
    ]
    assert by_year([]) == []


def test_imported_entries_count_like_written_ones(
    session: Session, tmp_path: Path, new_york: None
) -> None:
    doc = {
        "metadata": {"version": "1.0"},
        "entries": [  # written in Lisbon: 23:40 there is still the 3rd, though 22:40 UTC
            {"uuid": "M1", "creationDate": "2021-07-03T22:40:00Z", "text": "# Harbour\nLate",
             "timeZone": "Europe/Lisbon", "starred": True},
            {"uuid": "M2", "creationDate": "2021-07-03T23:10:00Z", "text": "# After\nThe 4th",
             "timeZone": "Europe/Lisbon"},
        ],
    }  # fmt: skip
    path = tmp_path / "Trip.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    service = _service(session, datetime(2026, 7, 3, 16, tzinfo=UTC))
    assert service.on_this_day() == []
    ex.import_bundle(session, importers.load(path, "dayone"))
    assert _summary(service) == [(2021, 1, True)]
    assert _summary(service, date(2026, 7, 4)) == [(2021, 1, False)]


def test_the_setting_and_closing_for_today_turn_the_offer_off(
    session: Session, new_york: None
) -> None:
    _add(session, datetime(2025, 4, 20, 12, tzinfo=NEW_YORK))
    today = _service(session, datetime(2026, 4, 20, 16, tzinfo=UTC))
    assert session.settings.get("on_this_day") == "on"
    assert _summary(today) == [(2025, 1, False)] and today.offered()

    session.settings.set("on_this_day", "off")
    assert today.offered() == []
    assert _summary(today) == [(2025, 1, False)]  # asked for outright, it still answers
    session.settings.set("on_this_day", "on")
    assert today.offered()

    today.hide_for_today()
    assert today.hidden_today() and today.offered() == []
    next_year = _service(session, datetime(2027, 4, 20, 16, tzinfo=UTC))
    assert not next_year.hidden_today()
    assert [y.year for y in next_year.offered()] == [2025]


def test_no_settings_means_the_line_is_simply_on(session: Session) -> None:
    bare = MemoriesService(session.vault, lambda: datetime(2026, 1, 1, 12, tzinfo=UTC))
    assert bare.enabled() and not bare.hidden_today()
    bare.hide_for_today()  # nowhere to keep it: a no-op
    assert bare.offered() == []  # and an empty journal has nothing to offer


def test_the_farthest_offsets_and_a_first_entry_from_the_year_before_in_utc(
    session: Session, new_york: None
) -> None:
    line_islands = timezone(timedelta(hours=14))
    baker_island = timezone(timedelta(hours=-12))
    dawn = _add(session, datetime(2024, 6, 14, 0, 15, tzinfo=line_islands))  # the 13th in UTC
    night = _add(session, datetime(2023, 6, 14, 23, 45, tzinfo=baker_island))  # the 15th in UTC
    _add(session, datetime(2023, 6, 15, 0, 15, tzinfo=line_islands))  # the 14th in UTC only
    service = _service(session, datetime(2026, 6, 14, 16, tzinfo=UTC))
    assert [y.entry_ids for y in service.on_this_day()] == [(dawn,), (night,)]

    # the journal's first entry: New Year's Eve in New York, already 1 January 2020 in UTC
    eve = _add(session, datetime(2019, 12, 31, 22, tzinfo=timezone(timedelta(hours=-5))))
    assert [y.entry_ids for y in service.on_this_day(date(2026, 12, 31))] == [(eve,)]
