"""Writing generated demo data into a vault, through the same rules the app applies.

Demo data must be data the app could have stored itself: every entry and check-in goes
through ``build_entry`` / ``build_checkin`` and the ordinary repositories.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol, TypeVar

from neuroleaf_desktop.demo.data import DemoData
from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn, NewCheckIn, NewEntry
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.journal_service import build_entry
from neuroleaf_desktop.services.mood_service import build_checkin
from neuroleaf_desktop.storage.repositories.journal_repo import JournalRepository
from neuroleaf_desktop.storage.repositories.mood_repo import MoodRepository

T = TypeVar("T")


class _Transactional(Protocol):
    def transaction(self) -> AbstractContextManager[Any]: ...


class _HasVault(Protocol):
    """A Session, or anything with a vault-like ``transaction()`` (the benchmarks' plain SQLite)."""

    @property
    def vault(self) -> _Transactional: ...


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def to_journal_entry(new: NewEntry) -> JournalEntry:
    """The same rules as ``JournalService.add``: demo data must be storable data."""
    if new.created_at is None or new.created_at.tzinfo is None or new.tz_offset_min is None:
        raise ValidationError("Demo entries carry an explicit, aware time and offset.")
    return build_entry(new, now=new.created_at)


def to_mood_checkin(new: NewCheckIn) -> MoodCheckIn:
    """The same rules as ``MoodService.log``, with the check-in's own time as "now"."""
    if new.logged_at is None or new.logged_at.tzinfo is None or new.tz_offset_min is None:
        raise ValidationError("Demo check-ins carry an explicit, aware time and offset.")
    return build_checkin(new, now=new.logged_at)


def populate(session: _HasVault, data: DemoData, batch: int = 500) -> None:
    """Write ``data`` in transactions of ``batch`` rows; publishes no events.

    Everything is validated before the first write, so invalid demo data fails without leaving
    half a profile behind. One transaction per row would make 10 years take minutes (each
    COMMIT syncs the WAL with synchronous=FULL); one transaction for everything would hold the
    write lock for the whole run. Batches keep it fast and interruptible.
    """
    if batch < 1:
        raise ValueError("batch must be at least 1")
    entries = [to_journal_entry(e) for e in data.entries]
    checkins = [to_mood_checkin(c) for c in data.checkins]
    writes: list[tuple[Sequence[Any], Callable[[Any, Any], object]]] = [
        (entries, lambda conn, e: JournalRepository(conn).insert(e)),
        (checkins, lambda conn, c: MoodRepository(conn).insert(c)),
    ]
    for rows, insert in writes:
        for chunk in _chunks(rows, batch):
            with session.vault.transaction() as conn:
                for row in chunk:
                    insert(conn, row)
