"""A date no one lived (year 1 from a broken clock, year 9999 from a broken file) is refused
with a plain message, by the app and by every importer, and the vault stays as it was; times
that are kept are written with a four-digit year, so they sort and read back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.domain.timeutil import from_iso, to_iso
from neuroleaf_desktop.errors import ImportValidationError, ValidationError
from neuroleaf_desktop.services import importers
from neuroleaf_desktop.services.memories_service import MemoriesService
from neuroleaf_desktop.services.session import Session

YEAR_ONE = datetime(1, 12, 5, 12, tzinfo=UTC)
YEAR_9999 = datetime(9999, 12, 5, 12, tzinfo=UTC)


def test_stored_times_keep_a_four_digit_year_and_read_back() -> None:
    for moment in (datetime(999, 3, 4, 5, 6, 7, 8, tzinfo=UTC), datetime(1000, 1, 1, tzinfo=UTC)):
        text = to_iso(moment)
        assert text[:5] == f"{moment.year:04d}-" and from_iso(text) == moment
    assert to_iso(datetime(999, 12, 31, tzinfo=UTC)) < to_iso(datetime(1000, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("moment", [YEAR_ONE, YEAR_9999])
def test_an_entry_or_check_in_on_an_impossible_date_is_refused(
    session: Session, moment: datetime
) -> None:
    with pytest.raises(ValidationError, match=r"between the years 1000 and 9998") as info:
        session.journal.add(NewEntry(title="Old", body="A day", created_at=moment))
    assert f"the year {moment.year}" in info.value.user_message
    with pytest.raises(ValidationError, match=r"check-in's date"):
        session.mood.log(NewCheckIn(mood=5, logged_at=moment))
    assert session.journal.list(EntryFilter()) == []


def test_the_first_and_last_years_a_journal_holds_are_kept(session: Session) -> None:
    early = datetime(1000, 12, 5, 12, tzinfo=UTC)
    kept = session.journal.add(NewEntry(title="Early", body="A day", created_at=early))
    session.journal.add(
        NewEntry(title="Late", body="A day", created_at=datetime(9998, 1, 1, tzinfo=UTC))
    )
    assert session.journal.get(kept.id).created_at == early
    years = MemoriesService(session.vault).on_this_day(date(2026, 12, 5))
    assert [(y.year, y.count) for y in years] == [(1000, 1)]


def _dayone(tmp_path: Path, created: str) -> Path:
    path = tmp_path / "Journal.json"
    doc = {
        "metadata": {"version": "1.0"},
        "entries": [
            {"uuid": "A" * 32, "creationDate": "2024-05-01T08:00:00Z", "text": "Fine day"},
            {"uuid": "B" * 32, "creationDate": created, "text": "Broken clock"},
        ],
    }
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_an_import_with_an_impossible_date_names_the_record_and_imports_nothing(
    session: Session, tmp_path: Path
) -> None:
    assert len(importers.load(_dayone(tmp_path, "2024-05-02T08:00:00Z"), "dayone").entries) == 2
    with pytest.raises(ImportValidationError) as info:
        importers.load(_dayone(tmp_path, "0001-01-01T00:00:00Z"), "dayone")
    assert info.value.record == "entries[1]"
    assert "between the years 1000 and 9998" in info.value.reason
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(
        json.dumps(
            {
                "tags": {},
                "entries": [
                    {"date": "0012-03-04", "time": "09:00", "title": "Hi", "body": "", "tags": []}
                ],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(ImportValidationError, match="between the years 1000 and 9998"):
        importers.load(jrnl, "jrnl")
    assert session.journal.list(EntryFilter()) == []


def test_a_daylio_row_on_an_impossible_date_is_refused_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    header = "full_date,date,weekday,time,mood,activities,note_title,note\n"
    path.write_text(header + "2024-01-02,Jan 2,Tuesday,10:00,good,,,\n", encoding="utf-8")
    assert len(importers.load(path, "daylio", tz_offset_min=0).checkins) == 1
    path.write_text(
        header + "2024-01-02,Jan 2,Tuesday,10:00,good,,,\n0099-01-03,Jan 3,Sun,10:00,good,,,\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportValidationError, match="between the years 1000 and 9998") as info:
        importers.load(path, "daylio", tz_offset_min=0)
    assert info.value.record == "line 3"
    assert "the year 99" in info.value.reason
