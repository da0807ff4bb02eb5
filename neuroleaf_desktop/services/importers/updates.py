"""Recognising entries and check-ins that an earlier import of the same source brought in.

Foreign formats give each record an id derived from its source (Day One's uuid; the local
date and time for Daylio and jrnl). When a file is imported again after the person edited a
note in the other app, the record comes back with the same id but other content: the earlier
import's copy is updated instead of a second one being added. Copies made by imports before
ids were derived this way are found by their exact timestamp, when exactly one record of the
vault has it (imported times are whole minutes; ones written in NeuroLeaf practically never
are, so this does not catch the person's own writing).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Generic, TypeVar

from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.timeutil import to_iso

R = TypeVar("R", JournalEntry, MoodCheckIn)


@dataclass
class Matched(Generic[R]):
    fresh: list[R] = field(default_factory=list)
    updates: list[R] = field(default_factory=list)  # carry the stored record's id
    duplicates: int = 0


def entry_content(e: JournalEntry) -> tuple[object, ...]:
    return (e.title, e.body, tuple(e.tags))


def entry_adds(old: JournalEntry, new: JournalEntry) -> bool:
    """Whether an entry whose content is unchanged still brings something: a star set in the
    other app since the last import (a star is only ever added by an import, never taken)."""
    return new.starred and not old.starred


def checkin_content(c: MoodCheckIn) -> tuple[object, ...]:
    return (c.mood, tuple(c.activities), c.sleep_hours, c.sleep_quality, c.note)


def _moment(record: JournalEntry | MoodCheckIn) -> datetime:
    return record.created_at if isinstance(record, JournalEntry) else record.logged_at


def match(
    incoming: Sequence[R],
    stored: Iterable[R],
    content: Callable[[R], tuple[object, ...]],
    same_elsewhere: Callable[[R], bool],
    adds: Callable[[R, R], bool] = lambda _old, _new: False,
) -> Matched[R]:
    """Split ``incoming`` into new records, updates of stored ones, and duplicates.

    ``same_elsewhere``: the record's content and time are already in the vault under another
    id (imported from another source): a duplicate, not new. ``adds(stored, incoming)``: the
    incoming record, its content unchanged, still brings something the stored one lacks (an
    update, not a duplicate).
    """
    by_id = {r.id: r for r in stored}
    by_time: dict[str, list[R]] = defaultdict(list)
    for r in by_id.values():
        by_time[to_iso(_moment(r))].append(r)
    incoming_ids = {r.id for r in incoming}
    out: Matched[R] = Matched()
    taken: set[str] = set()
    seen: set[str] = set()
    for record in incoming:
        if record.id in seen:  # the same record twice in one file (a journal exported twice)
            out.duplicates += 1
            continue
        seen.add(record.id)
        old = by_id.get(record.id)
        if old is None:
            if same_elsewhere(record):
                out.duplicates += 1
                continue
            candidates = [
                r for r in by_time.get(to_iso(_moment(record)), [])
                if r.id not in incoming_ids and r.id not in taken and r.deleted_at is None
            ]  # fmt: skip
            if len(candidates) == 1:
                old = candidates[0]
            else:
                out.fresh.append(record)
                continue
        unchanged = content(old) == content(record) and not adds(old, record)
        if old.deleted_at is not None or unchanged or old.id in taken:
            out.duplicates += 1
            continue
        taken.add(old.id)
        out.updates.append(replace(record, id=old.id))
    return out
