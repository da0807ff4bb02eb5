"""Services on a real vault: journal, mood, activities, settings, drafts, events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from neuroleaf_desktop.domain.models import EntryPatch, EntrySource, NewCheckIn, NewEntry
from neuroleaf_desktop.errors import NotFoundError, ValidationError
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter
from tests.conftest import PASSPHRASE


def test_entry_round_trip_with_time_zone(session: Session) -> None:
    when = datetime(2025, 6, 1, 23, 40, tzinfo=UTC)
    entry = session.journal.add(
        NewEntry(
            "Late",
            "Couldn't sleep",
            ("Sleep", "#night", "sleep"),
            created_at=when,
            tz_offset_min=120,
        )
    )
    again = session.journal.get(entry.id)
    assert again == entry
    assert again.tags == ("sleep", "night")  # normalised, de-duplicated, order kept
    assert again.created_at == when and again.tz_offset_min == 120


def test_edit_updates_text_tags_and_index(session: Session) -> None:
    entry = session.journal.add(NewEntry("Walk", "by the river", ("outside",)))
    session.journal.edit(entry.id[:8], EntryPatch(body="by the canal", tags=("city",)))
    edited = session.journal.get(entry.id)
    assert edited.body == "by the canal" and edited.tags == ("city",)
    assert edited.updated_at >= entry.updated_at
    assert session.journal.search("river") == []
    assert [h.entry_id for h in session.journal.search("canal")] == [entry.id]
    assert [h.entry_id for h in session.journal.search("city")] == [entry.id]
    assert session.journal.tags() == [("city", 1)]


def test_trash_restore_and_purge(session: Session) -> None:
    entry = session.journal.add(NewEntry("Gone", "temporary thought"))
    session.journal.delete(entry.id)
    assert session.journal.list() == []
    assert session.journal.search("temporary") == []
    assert [e.id for e in session.journal.trash()] == [entry.id]
    session.journal.restore(entry.id)
    assert [h.entry_id for h in session.journal.search("temporary")] == [entry.id]
    session.journal.purge(entry.id)
    with pytest.raises(NotFoundError):
        session.journal.get(entry.id)
    with session.vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM entry_fts").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM tags").fetchone()[0] == 0


def test_trash_expires_after_retention(store: ProfileStore) -> None:
    now = [datetime(2026, 1, 1, tzinfo=UTC)]
    store.clock = lambda: now[0]
    session, _ = store.create("Clocked", PASSPHRASE)
    old = session.journal.add(NewEntry("Old", "old trash"))
    session.journal.delete(old.id)
    now[0] += timedelta(days=20)
    recent = session.journal.add(NewEntry("Recent", "new trash"))
    session.journal.delete(recent.id)
    session.close()
    now[0] += timedelta(days=15)  # old: 35 days in the trash, recent: 15
    reopened = store.open("Clocked", PASSPHRASE)  # housekeeping runs at unlock
    assert [e.id for e in reopened.journal.trash()] == [recent.id]
    with pytest.raises(NotFoundError):
        reopened.journal.get(old.id)
    reopened.close()


def test_list_filters_and_paging(session: Session) -> None:
    base = datetime(2025, 1, 1, 12, tzinfo=UTC)
    ids = [
        session.journal.add(
            NewEntry(
                f"Day {i}",
                "text",
                ("even",) if i % 2 == 0 else (),
                created_at=base + timedelta(days=i),
            )
        ).id
        for i in range(10)
    ]
    newest = session.journal.list(EntryFilter(limit=3))
    assert [e.id for e in newest] == ids[::-1][:3]
    page2 = session.journal.list(EntryFilter(limit=3, offset=3))
    assert [e.id for e in page2] == ids[::-1][3:6]
    ranged = session.journal.list(
        EntryFilter(since=base + timedelta(days=2), until=base + timedelta(days=5))
    )
    assert [e.title for e in ranged] == ["Day 4", "Day 3", "Day 2"]
    assert session.journal.count(EntryFilter(tag="even")) == 5
    voice = session.journal.add(
        NewEntry("Spoken", "hello", source=EntrySource.VOICE, voice_duration_s=12.5)
    )
    assert [e.id for e in session.journal.list(EntryFilter(source=EntrySource.VOICE))] == [voice.id]


def test_search_ranking_snippets_and_filters(session: Session) -> None:
    a = session.journal.add(NewEntry("Anxiety at work", "the meeting made me anxious", ("work",)))
    b = session.journal.add(NewEntry("Weekend", "calm morning, a little anxious about work"))
    hits = session.journal.search("anxious work")
    assert {h.entry_id for h in hits} == {a.id, b.id}
    assert hits[0].entry_id == a.id  # title and tag matches weigh more
    assert "[[anxious]]" in hits[0].snippet
    assert [h.entry_id for h in session.journal.search("anx")] != []  # prefix while typing
    assert [h.entry_id for h in session.journal.search("anxious", tag="work")] == [a.id]
    assert session.journal.search("Müdigkeit") == []
    c = session.journal.add(NewEntry("Café", "Müdigkeit und Kaffee"))
    assert [h.entry_id for h in session.journal.search("mudigkeit cafe")] == [c.id]


@pytest.mark.parametrize(
    "query", ['"', "AND", "NOT NOT", "*", "-", "a OR", "(", "col:val", "NEAR(", "''", "^x"]
)
def test_search_never_raises_on_odd_input(session: Session, query: str) -> None:
    session.journal.add(NewEntry("x", "AND OR NOT near"))
    session.journal.search(query)  # no exception is the assertion


def test_mood_checkin_round_trip_and_activity_catalogue(session: Session) -> None:
    checkin = session.mood.log(
        NewCheckIn(
            7,
            energy=6,
            anxiety=3,
            sleep_hours=7.5,
            sleep_quality=4,
            emotions=("Calm", "grateful"),
            activities=("walk", "Pottery"),
            note="  nice day  ",
        )
    )
    got = session.mood.get(checkin.id)
    assert got.emotions == ("calm", "grateful")
    assert got.activities == ("walk", "pottery")
    assert got.note == "nice day"
    names = {a.name for a in session.activities.list()}
    assert {"walk", "pottery", "therapy"} <= names  # defaults seeded + new one added
    assert session.activities.usage()["pottery"] == 1
    session.activities.archive("pottery")
    assert "pottery" not in {a.name for a in session.activities.list()}
    session.mood.delete(checkin.id)
    assert session.mood.list() == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"mood": 0}, "Mood"),
        ({"mood": 11}, "Mood"),
        ({"mood": 5, "energy": 12}, "Energy"),
        ({"mood": 5, "anxiety": -1}, "Anxiety"),
        ({"mood": 5, "sleep_hours": 25.0}, "Sleep"),
        ({"mood": 5, "sleep_hours": float("nan")}, "Sleep"),
        ({"mood": 5, "sleep_quality": 6}, "Sleep quality"),
        ({"mood": 5, "emotions": ("",)}, "empty"),
        ({"mood": 5, "logged_at": datetime(2025, 1, 1)}, "time zone"),
    ],
)
def test_checkin_validation(session: Session, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        session.mood.log(NewCheckIn(**kwargs))  # type: ignore[arg-type]
    assert session.mood.list() == []


def test_settings_defaults_validation_and_persistence(store: ProfileStore) -> None:
    session, _ = store.create("Settings", PASSPHRASE)
    assert session.settings.get("theme") == "system"
    session.settings.set("theme", "dark")
    session.settings.set("reminder_times", ["08:00", "21:15"])
    with pytest.raises(ValidationError, match="Unknown setting"):
        session.settings.set("nope", 1)
    with pytest.raises(ValidationError, match="HH:MM"):
        session.settings.set("reminder_times", ["25:00"])
    with pytest.raises(ValidationError):
        session.settings.set("auto_lock_minutes", True)
    session.close()
    again = store.open("Settings", PASSPHRASE)
    assert again.settings.get("theme") == "dark"
    assert again.settings.get("reminder_times") == ["08:00", "21:15"]
    again.close()


def test_drafts_survive_reopen(store: ProfileStore) -> None:
    session, _ = store.create("Drafty", PASSPHRASE)
    session.drafts.save("editor-1", "Half", "a sentence I was typ", ("tag",))
    session.drafts.save("editor-1", "Half", "a sentence I was typing")
    session.close()
    again = store.open("Drafty", PASSPHRASE)
    [draft] = again.drafts.list()
    assert draft.body == "a sentence I was typing"
    again.drafts.discard("editor-1")
    assert again.drafts.list() == []
    again.close()


def test_events_are_published_for_writes(session: Session) -> None:
    seen: list[Change] = []
    session.events.subscribe(seen.append)
    entry = session.journal.add(NewEntry("t", "b"))
    session.journal.delete(entry.id)
    session.mood.log(NewCheckIn(5))
    assert [(c.topic, c.op) for c in seen] == [
        (Topic.ENTRY, "created"),
        (Topic.ENTRY, "deleted"),
        (Topic.CHECKIN, "created"),
    ]


def test_failed_write_leaves_nothing_behind(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every write is one transaction: a failure half-way rolls back the row and its tags."""
    from neuroleaf_desktop.storage.repositories import journal_repo

    def broken_index(self: object, *args: object) -> None:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(journal_repo.JournalRepository, "_index", broken_index)
    with pytest.raises(RuntimeError):
        session.journal.add(NewEntry("t", "b", ("tagged",)))
    monkeypatch.undo()
    assert session.journal.list() == [] and session.journal.tags() == []


def test_profiles_listing_and_selection(store: ProfileStore) -> None:
    first, _ = store.create("Ana", PASSPHRASE)
    first.close()
    second, _ = store.create("Bo Ek", PASSPHRASE)
    second.close()
    assert [p.slug for p in store.list()] == ["ana", "bo-ek"]
    assert store.find(None).slug == "bo-ek"  # last used
    assert store.find("Ana").slug == "ana"
    with pytest.raises(NotFoundError):
        store.find("nobody")
    with pytest.raises(Exception, match="already exists"):
        store.create("Ana", PASSPHRASE)
    with pytest.raises(ValidationError, match="at least 10"):
        store.create("Cy", "short")
    assert not [p for p in store.paths.profiles.iterdir() if p.name.startswith(".")]
