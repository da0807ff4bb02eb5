"""Six weeks of check-ins and a few entries in a real vault, for the Insights service tests.

Each test asks its questions of a journal that holds some doings and lacks others; only what
the journal holds differs between them, so the weeks are written here once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.session import Session

START = date(2026, 9, 1)


def fill_six_weeks(session: Session, *, done: tuple[str, ...], low_mood: int, title: str,
                   body: str) -> None:  # fmt: skip
    """Every third day good (mood 7, ``done``), the others the telly at ``low_mood``; sleep,
    nerves and energy varying; an entry ``title``/``body`` every fourth day."""
    for i in range(42):
        day = START + timedelta(days=i)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        good = i % 3 == 0
        session.mood.log(NewCheckIn(mood=7 if good else low_mood, logged_at=at, tz_offset_min=0,
                                    sleep_hours=5.5 + (i % 4), anxiety=3 + i % 4,
                                    energy=3 + i % 5,
                                    activities=done if good else ("tv",)))  # fmt: skip
        if i % 4 == 0:
            session.journal.add(NewEntry(title, body, (), created_at=at, tz_offset_min=0))
