"""Renaming, merging and removing tags across the journal, on a real encrypted vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.domain.tag_changes import TagUsage, merged, without
from neuroleaf_desktop.errors import CannotWriteError, NotFoundError, ValidationError
from neuroleaf_desktop.services.background import attach_background
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.connection import DatabaseError
from neuroleaf_desktop.storage.repositories.journal_repo import JournalRepository

BASE = datetime(2026, 4, 1, 8, 0, tzinfo=UTC)


def _add(session: Session, title: str, *tags: str, day: int = 0) -> str:
    entry = NewEntry(title, f"{title} happened", tags, created_at=BASE + timedelta(days=day))
    return session.journal.add(entry).id


def _tags(session: Session, entry_id: str) -> tuple[str, ...]:
    return session.journal.get(entry_id).tags


def _usage(session: Session) -> dict[str, tuple[int, int]]:
    return {u.name: (u.live, u.trashed) for u in session.journal.tag_manager.usage()}


def _changes(session: Session) -> list[Change]:
    seen: list[Change] = []
    session.events.subscribe(seen.append, Topic.ENTRY)
    return seen


def test_the_rules_for_one_entry() -> None:
    assert merged(("a", "job", "b", "work"), ["job"], "work") == ("a", "work", "b")
    assert merged(("work", "x", "job"), ["job"], "work") == ("work", "x")
    assert merged(("x", "y"), ["job"], "work") == ("x", "y")
    assert merged(("gym", "jog", "run"), ["jog", "gym"], "exercise") == ("exercise", "run")
    assert without(("a", "b", "c"), "b") == ("a", "c")
    assert TagUsage("a", 2, 1).total == 3


def test_rename_reaches_every_entry_and_counts_are_read_again(session: Session) -> None:
    first = _add(session, "Session one", "thrapy", "calm")
    second = _add(session, "Session two", "sleep", "thrapy", day=1)
    other = _add(session, "Groceries", "errands", day=2)
    before, untouched = session.journal.get(first), session.journal.get(other)
    assert _usage(session)["thrapy"] == (2, 0)

    changed = session.journal.tag_manager.rename("thrapy", "therapy")

    assert changed == 2
    assert _tags(session, first) == ("therapy", "calm")  # the place is kept
    assert _tags(session, second) == ("sleep", "therapy")
    assert _tags(session, other) == ("errands",)
    usage = _usage(session)
    assert usage["therapy"] == (2, 0) and "thrapy" not in usage
    assert session.journal.get(first).updated_at > before.updated_at  # an edit to readers
    assert session.journal.get(other) == untouched
    assert [e.id for e in session.journal.list(EntryFilter(tag="therapy"))] == [second, first]
    assert session.journal.list(EntryFilter(tag="thrapy")) == []


def test_the_full_text_index_follows(session: Session) -> None:
    entry = _add(session, "Walk", "outdoorsy")
    assert [h.entry_id for h in session.journal.search("outdoorsy")] == [entry]
    session.journal.tag_manager.rename("outdoorsy", "rambling")
    assert [h.entry_id for h in session.journal.search("rambling")] == [entry]
    assert session.journal.search("outdoorsy") == []
    session.journal.tag_manager.remove("rambling")
    assert session.journal.search("rambling") == []
    assert [h.entry_id for h in session.journal.search("walk")] == [entry]


def test_a_change_of_case_alone_works(session: Session) -> None:
    """A tag stored in capitals (an older app, another device) becomes the editor's form."""
    entry = _add(session, "Standup", "placeholder")
    with session.vault.transaction() as conn:
        repo = JournalRepository(conn)
        stored = repo.get(entry)
        assert stored is not None
        repo.update(replace(stored, tags=("Work", "Focus")))
        repo.drop_unused_tags()
    assert session.journal.tag_manager.rename("Work", "work") == 1
    assert _tags(session, entry) == ("work", "Focus")
    assert session.journal.tag_manager.rename("Focus", "FOCUS") == 1
    assert _tags(session, entry) == ("work", "focus")
    with pytest.raises(ValidationError, match="already called 'work'"):
        session.journal.tag_manager.rename("work", "  WORK ")


def test_renaming_onto_a_tag_in_use_merges_and_keeps_the_first_place(session: Session) -> None:
    both = _add(session, "Long day", "late", "job", "tired", "work")
    only_old = _add(session, "Emails", "job", day=1)
    only_new = _add(session, "Meeting", "calm", "work", day=2)
    assert session.journal.tag_manager.rename("job", "work") == 2
    assert _tags(session, both) == ("late", "work", "tired")  # once, where "job" stood
    assert _tags(session, only_old) == ("work",)
    assert _tags(session, only_new) == ("calm", "work")
    assert _usage(session) == {"late": (1, 0), "tired": (1, 0), "work": (3, 0), "calm": (1, 0)}


def test_merge_many_into_a_new_name(session: Session) -> None:
    one = _add(session, "Jog", "river", "jogging", "gym")
    two = _add(session, "Lifting", "gym", day=1)
    three = _add(session, "Track", "run", day=2)
    manager = session.journal.tag_manager
    assert manager.merge(["jogging", "gym", "run"], into="Exercise ") == 3
    assert _tags(session, one) == ("river", "exercise")
    assert _tags(session, two) == ("exercise",)
    assert _tags(session, three) == ("exercise",)
    assert _usage(session) == {"exercise": (3, 0), "river": (1, 0)}
    with pytest.raises(ValidationError, match="at least one other tag"):
        manager.merge(["exercise"], into="exercise")


def test_remove_keeps_the_entries(session: Session) -> None:
    one = _add(session, "Dinner", "family", "food")
    two = _add(session, "Call", "family", day=1)
    assert session.journal.tag_manager.remove("family") == 2
    assert _tags(session, one) == ("food",) and _tags(session, two) == ()
    assert session.journal.count() == 2
    assert "family" not in _usage(session)


def test_entries_in_the_trash_change_too(session: Session) -> None:
    live = _add(session, "Kept", "thrapy")
    binned = _add(session, "Binned", "thrapy", "misc", day=1)
    session.journal.delete(binned)
    assert _usage(session)["thrapy"] == (1, 1)
    assert _usage(session)["misc"] == (0, 1)  # a tag held only in the trash is listed
    assert session.journal.tag_manager.rename("thrapy", "therapy") == 2
    assert session.journal.tag_manager.remove("misc") == 1
    session.journal.restore(binned)  # a restored entry brings no dead tag back
    assert _tags(session, binned) == ("therapy",)
    assert _tags(session, live) == ("therapy",)
    assert dict(session.journal.tags()) == {"therapy": 2}


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "x" * (v.MAX_TAG_CHARS + 1), "bell\x07", "#"],
)
def test_invalid_new_names_are_refused_with_the_editors_message(session: Session, bad: str) -> None:
    entry = _add(session, "Plain", "walk")
    with pytest.raises(ValidationError) as editor:
        v.clean_label(bad, what="tag")  # what the tag editor says for the same input
    with pytest.raises(ValidationError) as refused:
        session.journal.tag_manager.rename("walk", bad)
    assert refused.value.user_message == editor.value.user_message
    with pytest.raises(ValidationError):
        session.journal.tag_manager.merge(["walk"], into=bad)
    assert _tags(session, entry) == ("walk",)


def test_unknown_tags_are_not_found(session: Session) -> None:
    _add(session, "Plain", "walk")
    manager = session.journal.tag_manager
    with pytest.raises(NotFoundError, match="No entry has the tag 'swim'"):
        manager.rename("swim", "swimming")
    with pytest.raises(NotFoundError):
        manager.merge(["walk", "swim"], into="walk")
    with pytest.raises(NotFoundError):
        manager.remove("swim")
    assert manager.find("#Walk") == TagUsage("walk", 1, 0)  # typed as the editor would read it


class _FailingConnection:
    """The vault's real SQLCipher connection, except that the ``fail_at``-th write of an
    entry's tags fails as SQLite does when the disk is full."""

    def __init__(self, real: Any, fail_at: int) -> None:
        self._real = real
        self._left = fail_at

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("INSERT INTO entry_tags"):
            self._left -= 1
            if self._left == 0:
                raise DatabaseError("database or disk is full")
        return self._real.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def test_a_failure_half_way_leaves_every_entry_as_it_was(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [_add(session, f"Day {i}", "before", f"n{i}", day=i) for i in range(6)]
    snapshot = {i: session.journal.get(i) for i in ids}
    seen = _changes(session)
    real = session.vault._connection()
    # each entry writes two tag rows: the 7th write is the fourth entry's, mid-way
    monkeypatch.setattr(session.vault, "_conn", _FailingConnection(real, 7))
    with pytest.raises(CannotWriteError, match="The disk is full") as failed:
        session.journal.tag_manager.rename("before", "after")
    assert failed.value.disk_full
    monkeypatch.setattr(session.vault, "_conn", real)
    assert {i: session.journal.get(i) for i in ids} == snapshot
    assert _usage(session)["before"] == (6, 0) and "after" not in _usage(session)
    assert [h.entry_id for h in session.journal.search("after")] == []
    assert seen == []  # nothing changed, nothing announced
    assert session.journal.tag_manager.rename("before", "after") == 6  # space again: works


def test_one_event_per_operation_whatever_the_number_of_entries(session: Session) -> None:
    for i in range(40):
        _add(session, f"Entry {i}", "bulk", day=i)
    seen = _changes(session)
    manager = session.journal.tag_manager
    manager.rename("bulk", "many", origin="tags-dialog")
    manager.merge(["many"], into="lots")
    manager.remove("lots")
    assert [(c.op, c.id, c.origin) for c in seen] == [
        ("retagged", "", "tags-dialog"),
        ("retagged", "", ""),
        ("retagged", "", ""),
    ]


def test_a_tag_change_queues_no_analysis(session: Session) -> None:
    """Analysis, embeddings and the safety check read the text, which a tag does not change."""
    entry = _add(session, "Run", "cardio")
    services = attach_background(session, start=False, catch_up=False)
    try:
        with session.vault.reading() as conn:
            before = conn.execute("SELECT count(*) FROM jobs").fetchone()[0]
        session.journal.tag_manager.rename("cardio", "running")
        with session.vault.reading() as conn:
            after = conn.execute("SELECT count(*) FROM jobs").fetchone()[0]
        assert after == before
        assert _tags(session, entry) == ("running",)
    finally:
        services.stop()


def test_autosaved_drafts_follow_so_a_restored_draft_brings_no_old_tag_back(
    session: Session,
) -> None:
    entry_id = _add(session, "Session one", "thrapy", "calm")
    session.drafts.save("open-editor", "Session one", "more words", ("Thrapy", "calm"), entry_id)
    session.drafts.save("new-entry", "Later", "unsaved", ("walk",))
    untouched = {d.id: d for d in session.drafts.list()}["new-entry"]

    session.journal.tag_manager.rename("thrapy", "therapy")
    drafts = {d.id: d for d in session.drafts.list()}
    assert drafts["open-editor"].tags == ("therapy", "calm")
    assert drafts["open-editor"].body == "more words"
    assert drafts["new-entry"] == untouched

    session.journal.tag_manager.remove("calm")
    assert {d.id: d for d in session.drafts.list()}["open-editor"].tags == ("therapy",)
