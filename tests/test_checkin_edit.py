"""Correcting, deleting and finding check-ins: the service, the note index and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.models import NewCheckIn
from neuroleaf_desktop.errors import NotFoundError, ValidationError
from neuroleaf_desktop.services.search_service import SearchFilters, search_checkin_notes
from neuroleaf_desktop.services.session import Session
from tests.cli_helpers import run_cli, run_json

YESTERDAY = datetime(2026, 3, 4, 21, 15, tzinfo=UTC)


def test_update_replaces_what_it_says_and_keeps_id_and_time(session: Session) -> None:
    first = session.mood.log(
        NewCheckIn(mood=4, emotions=("tired",), activities=("work",), note="long day")
    )
    fixed = session.mood.update(
        first.id, NewCheckIn(mood=6, emotions=("calm",), activities=("walk",), note="it helped")
    )
    again = session.mood.get(first.id)
    assert again == fixed
    assert (again.mood, again.emotions, again.activities, again.note) == (
        6,
        ("calm",),
        ("walk",),
        "it helped",
    )
    assert again.logged_at == first.logged_at  # no time given: it stays where it was
    assert again.created_at == first.created_at
    assert [c.id for c in session.mood.list()] == [first.id]


def test_update_can_move_a_checkin_to_another_day(session: Session) -> None:
    checkin = session.mood.log(NewCheckIn(mood=5))
    moved = session.mood.update(checkin.id, NewCheckIn(mood=5, logged_at=YESTERDAY))
    assert moved.logged_at == YESTERDAY
    assert session.mood.get(checkin.id).logged_at == YESTERDAY


def test_update_validates_like_a_new_checkin(session: Session) -> None:
    checkin = session.mood.log(NewCheckIn(mood=5))
    with pytest.raises(ValidationError):
        session.mood.update(checkin.id, NewCheckIn(mood=11))
    assert session.mood.get(checkin.id).mood == 5


def test_delete_restore_purge_and_trash(session: Session) -> None:
    checkin = session.mood.log(NewCheckIn(mood=3, note="rain all day"))
    assert session.mood.delete(checkin.id[:8]) == checkin.id  # a prefix, as the CLI shows
    assert session.mood.list() == []
    assert [c.id for c in session.mood.trash()] == [checkin.id]
    with pytest.raises(NotFoundError):
        session.mood.update(checkin.id, NewCheckIn(mood=4))  # trashed: not editable
    session.mood.restore(checkin.id)
    assert [c.id for c in session.mood.list()] == [checkin.id]
    session.mood.purge(checkin.id)
    with pytest.raises(NotFoundError):
        session.mood.get(checkin.id)
    assert search_checkin_notes(session.vault, "rain") == []


def test_short_prefix_is_refused(session: Session) -> None:
    session.mood.log(NewCheckIn(mood=3))
    with pytest.raises(NotFoundError, match="6 characters"):
        session.mood.delete("ab")


def test_search_finds_checkin_notes_and_follows_edits(session: Session) -> None:
    walk = session.mood.log(NewCheckIn(mood=7, note="The walk by the lake helped a lot"))
    session.mood.log(NewCheckIn(mood=3, note="Could not sleep"))
    found = search_checkin_notes(session.vault, "helped")
    assert [r.checkin_id for r in found] == [walk.id]
    assert found[0].kind == "checkin" and found[0].mood == 7
    assert "[[helped]]" in found[0].snippet

    session.mood.update(walk.id, NewCheckIn(mood=7, note="A quiet evening"))
    assert search_checkin_notes(session.vault, "helped") == []
    assert [r.checkin_id for r in search_checkin_notes(session.vault, "quiet")] == [walk.id]

    session.mood.delete(walk.id)
    assert search_checkin_notes(session.vault, "quiet") == []  # the trash is not searched


def test_checkin_search_respects_filters(session: Session) -> None:
    low = session.mood.log(NewCheckIn(mood=2, note="tea helped", logged_at=YESTERDAY))
    high = session.mood.log(NewCheckIn(mood=8, note="tea helped again"))
    ids = [r.checkin_id for r in search_checkin_notes(session.vault, "tea")]
    assert set(ids) == {low.id, high.id}
    moody = search_checkin_notes(session.vault, "tea", SearchFilters(mood_min=5))
    assert [r.checkin_id for r in moody] == [high.id]
    recent = search_checkin_notes(
        session.vault, "tea", SearchFilters(since=high.logged_at - timedelta(minutes=1))
    )
    assert [r.checkin_id for r in recent] == [high.id]
    assert search_checkin_notes(session.vault, "tea", SearchFilters(tags=("x",))) == []


def test_cli_mood_edit_delete_restore(home: Path) -> None:
    run_json(home, "init", "--name", "Ana")
    logged = run_json(home, "mood", "log", "4", "--note", "slow start", "--emotion", "tired")
    short = logged["id"][:8]
    edited = run_json(home, "mood", "edit", short, "--mood", "6", "--at", "2026-03-04T09:30")
    assert edited["mood"] == 6
    assert edited["note"] == "slow start" and edited["emotions"] == ["tired"]  # kept
    assert edited["local_time"].startswith("2026-03-04T09:30")
    out = run_cli(home, "mood", "delete", short).stdout
    assert "trash" in out and f"mood restore {short}" in out
    assert run_json(home, "mood", "list", "--days", "36500") == []
    run_cli(home, "mood", "restore", short)
    assert [c["id"] for c in run_json(home, "mood", "list", "--days", "36500")] == [logged["id"]]
    run_cli(home, "mood", "delete", short, "--purge")
    missing = run_cli(home, "mood", "edit", short, "--mood", "5", check=False)
    assert missing.returncode != 0 and "No check-in" in missing.stderr + missing.stdout


def test_cli_search_lists_matching_checkin_notes(home: Path) -> None:
    run_json(home, "init", "--name", "Ana")
    logged = run_json(home, "mood", "log", "7", "--note", "The walk helped")
    out = run_cli(home, "search", "helped").stdout
    assert f"{logged['id'][:8]}" in out and "check-in, mood 7/10" in out and "»helped«" in out
