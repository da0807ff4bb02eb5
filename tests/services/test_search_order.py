"""Search results by date: words take the newest (earliest) of *all* their matches, meaning
keeps its best matches and lists them by date, and check-in notes follow the same order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.search_service import (
    SearchFilters,
    SearchOrder,
    search_checkin_notes,
)
from neuroleaf_desktop.services.session import Session
from tests.support.search_helpers import use_embedder

START = datetime(2026, 3, 1, 9, tzinfo=UTC)


def _entries(session: Session, bodies: list[str]) -> list[str]:
    """One entry a day from START, in the order given; their ids in that order."""
    ids = []
    for day, body in enumerate(bodies):
        at = START + timedelta(days=day)
        entry = NewEntry(title="", body=body, created_at=at, tz_offset_min=0)
        ids.append(session.journal.add(entry).id)
    return ids


def test_words_take_the_newest_of_all_their_matches_not_a_resort_of_the_best(
    session: Session,
) -> None:
    # the oldest entries say "lake" most often: by rank they come first
    bodies = ["lake lake lake lake, the lake again"] * 3 + ["A short note: lake."] * 3
    ids = _entries(session, bodies)
    best = session.search.search("fulltext", "lake", limit=3)
    assert {r.entry_id for r in best.results} == set(ids[:3])
    newest = session.search.search("fulltext", "lake", limit=3, order=SearchOrder.NEWEST)
    assert [r.entry_id for r in newest.results] == [ids[5], ids[4], ids[3]]
    assert newest.order is SearchOrder.NEWEST
    oldest = session.search.search("fulltext", "lake", limit=2, order=SearchOrder.OLDEST)
    assert [r.entry_id for r in oldest.results] == [ids[0], ids[1]]


def test_filters_still_apply_in_date_order(session: Session) -> None:
    ids = _entries(session, ["rain on the roof"] * 4)
    since = START + timedelta(days=2)
    found = session.search.search(
        "fulltext",
        "rain",
        SearchFilters(since=since),
        limit=10,
        order=SearchOrder.OLDEST,
    )
    assert [r.entry_id for r in found.results] == [ids[2], ids[3]]


@pytest.fixture(scope="module")
def model() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def test_meaning_keeps_its_best_matches_and_lists_them_by_date(
    session: Session, model: MiniLMEmbedder
) -> None:
    use_embedder(session, model)
    ids = _entries(
        session,
        [
            "I went for a long run along the river and felt strong",
            "The printer jammed twice before the tax form was due",
            "Jogged around the park at dawn; my legs ached but I felt good",
            "Cycled to the coast and back, sore but happy",
        ],
    )
    session.search.prepare()
    best = session.search.search("semantic", "exercise outdoors", limit=3)
    chosen = {r.entry_id for r in best.results}
    assert ids[1] not in chosen  # the tax entry is the least near: it is not among the best 3
    newest = session.search.search(
        "semantic", "exercise outdoors", limit=3, order=SearchOrder.NEWEST
    )
    assert {r.entry_id for r in newest.results} == chosen
    dates = [r.created_at for r in newest.results]
    assert dates == sorted(dates, reverse=True)
    both = session.search.search("hybrid", "run", limit=3, order=SearchOrder.OLDEST)
    dates = [r.created_at for r in both.results]
    assert both.results and dates == sorted(dates)


def test_checkin_notes_follow_the_order(session: Session) -> None:
    ids = []
    for day, note in enumerate(["tired tired tired, so tired", "a bit tired", "tired"]):
        at = START + timedelta(days=day)
        checkin = session.mood.log(NewCheckIn(mood=5, note=note, logged_at=at, tz_offset_min=0))
        ids.append(checkin.id)
    newest = search_checkin_notes(session.vault, "tired", order=SearchOrder.NEWEST)
    assert [c.checkin_id for c in newest] == [ids[2], ids[1], ids[0]]
    oldest = search_checkin_notes(session.vault, "tired", limit=2, order=SearchOrder.OLDEST)
    assert [c.checkin_id for c in oldest] == [ids[0], ids[1]]
