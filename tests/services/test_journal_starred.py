"""Starring entries through the journal service, on a real vault."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.domain.models import EntryPatch, NewEntry
from neuroleaf_desktop.errors import NotFoundError
from neuroleaf_desktop.services.background import attach_background
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.session import Session


def _changes(session: Session) -> list[Change]:
    seen: list[Change] = []
    session.events.subscribe(seen.append, Topic.ENTRY)
    return seen


def test_star_and_unstar_change_only_the_mark(session: Session) -> None:
    entry = session.journal.add(NewEntry("Lake", "swam before breakfast", ("summer",)))
    assert not entry.starred
    starred = session.journal.set_starred(entry.id[:8], True)
    stored = session.journal.get(entry.id)
    assert starred.starred and stored.starred
    # the text, tags and edit time are as they were: a star is not an edit
    assert (stored.title, stored.body, stored.tags) == (
        "Lake",
        "swam before breakfast",
        ("summer",),
    )
    assert stored.updated_at == entry.updated_at
    session.journal.set_starred(entry.id, False)
    assert not session.journal.get(entry.id).starred


def test_the_change_is_announced_as_a_star_not_an_edit(session: Session) -> None:
    entry = session.journal.add(NewEntry("Call", "talked to my sister for an hour"))
    seen = _changes(session)
    session.journal.set_starred(entry.id, True, origin="view-1")
    session.journal.set_starred(entry.id, True)  # already starred: nothing to announce
    session.journal.set_starred(entry.id, False)
    assert [(c.op, c.id, c.origin) for c in seen] == [
        ("starred", entry.id, "view-1"),
        ("unstarred", entry.id, ""),
    ]


def test_listing_only_starred_entries_keeps_the_order_and_the_filter(session: Session) -> None:
    base = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    ids = [
        session.journal.add(
            NewEntry(
                f"Day {i}",
                "plain words",
                ("work",) if i % 2 else (),
                created_at=base + timedelta(days=i),
            )
        ).id
        for i in range(5)
    ]
    for i in (0, 1, 3):
        session.journal.set_starred(ids[i], True)
    newest = session.journal.list(EntryFilter(starred=True))
    assert [e.id for e in newest] == [ids[3], ids[1], ids[0]]
    assert all(e.starred for e in newest)
    tagged = session.journal.list(EntryFilter(tag="work", starred=True))
    assert [e.id for e in tagged] == [ids[3], ids[1]]
    assert session.journal.count(EntryFilter(starred=True)) == 3
    assert session.journal.count() == 5
    session.journal.delete(ids[3])  # the trash is not listed with the live starred entries
    assert session.journal.count(EntryFilter(starred=True)) == 2
    assert [e.id for e in session.journal.list(EntryFilter(deleted=True, starred=True))] == [ids[3]]


def test_a_never_saved_entry_keeps_its_star_with_its_first_save(session: Session) -> None:
    entry = session.journal.add(NewEntry("Letter", "to my younger self", starred=True))
    assert entry.starred and session.journal.get(entry.id).starred


def test_an_edit_keeps_the_star(session: Session) -> None:
    entry = session.journal.add(NewEntry("Garden", "tomatoes at last", starred=True))
    session.journal.edit(entry.id, EntryPatch(body="tomatoes and beans"))
    again = session.journal.get(entry.id)
    assert again.starred and again.body == "tomatoes and beans"


def test_a_trashed_or_unknown_entry_cannot_be_starred(session: Session) -> None:
    entry = session.journal.add(NewEntry("Gone", "soon in the trash"))
    session.journal.delete(entry.id)
    with pytest.raises(NotFoundError):
        session.journal.set_starred(entry.id, True)
    with pytest.raises(NotFoundError):
        session.journal.set_starred("ffffffff-0000", True)


def test_a_star_does_not_queue_analysis(session: Session) -> None:
    """Starring is the person's mark: the analysis of the text is not asked to run again."""
    entry = session.journal.add(NewEntry("Run", "5 km in the rain"))
    services = attach_background(session, start=False, catch_up=False)
    try:
        session.journal.set_starred(entry.id, True)
        with session.vault.reading() as conn:
            queued = conn.execute(
                "SELECT count(*) FROM jobs WHERE payload_ref = ?", (entry.id,)
            ).fetchone()[0]
        assert queued == 0
        session.journal.edit(entry.id, EntryPatch(body="6 km in the rain"))  # an edit does
        with session.vault.reading() as conn:
            queued = conn.execute(
                "SELECT count(*) FROM jobs WHERE payload_ref = ?", (entry.id,)
            ).fetchone()[0]
        assert queued == 1
    finally:
        services.stop()
