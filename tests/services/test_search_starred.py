"""Stars in search: ``SearchFilters(starred=True)`` keeps only starred entries in every mode
(words, meaning, both), each result says whether it is starred, and a check-in (which has no
star) never matches a starred-only search."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.domain.filters import SearchFilters
from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.search_service import search_checkin_notes
from neuroleaf_desktop.services.search_text import entry_row, result_rows
from neuroleaf_desktop.services.session import Session
from tests.support.search_helpers import use_embedder

AT = datetime(2025, 9, 14, 18, tzinfo=UTC)
# two walks by the canal (one starred), and one unrelated starred entry
KEPT = "A long walk along the canal towpath at dusk, herons everywhere"
PLAIN = "Another walk along the canal towpath, drizzle the whole way"
OTHER = "Rewired the doorbell; the instructions were useless"


@pytest.fixture(scope="module")
def model() -> MiniLMEmbedder:
    return MiniLMEmbedder()


@pytest.fixture
def ids(session: Session, model: MiniLMEmbedder) -> dict[str, str]:
    use_embedder(session, model)
    add = session.journal.add
    found = {
        "kept": add(NewEntry(title="Herons", body=KEPT, created_at=AT, starred=True)).id,
        "plain": add(NewEntry(title="Drizzle", body=PLAIN, created_at=AT)).id,
        "other": add(NewEntry(title="Doorbell", body=OTHER, created_at=AT, starred=True)).id,
    }
    session.search.prepare()  # embed them and load the index, as the CLI does
    return found


STARRED = SearchFilters(starred=True)


def test_words_find_only_starred_entries_and_say_so(session: Session, ids: dict[str, str]) -> None:
    every = session.search.search("fulltext", "canal towpath")
    marks = {r.entry_id: r.starred for r in every.results}
    assert marks == {ids["kept"]: True, ids["plain"]: False}
    only = session.search.search("fulltext", "canal towpath", STARRED)
    assert [r.entry_id for r in only.results] == [ids["kept"]]
    assert only.results[0].starred is True
    assert STARRED.active and not SearchFilters().active


def test_meaning_finds_only_starred_entries(session: Session, ids: dict[str, str]) -> None:
    every = session.search.search("semantic", "strolling beside the water", limit=3)
    assert ids["plain"] in [r.entry_id for r in every.results]
    only = session.search.search("semantic", "strolling beside the water", STARRED, limit=3)
    assert ids["plain"] not in [r.entry_id for r in only.results]
    assert only.results[0].entry_id == ids["kept"]
    assert all(r.starred for r in only.results)


def test_words_and_meaning_together_find_only_starred_entries(
    session: Session, ids: dict[str, str]
) -> None:
    every = session.search.search("hybrid", "walk by the canal", limit=5)
    assert {ids["kept"], ids["plain"]} <= {r.entry_id for r in every.results}
    only = session.search.search("hybrid", "walk by the canal", STARRED, limit=5)
    assert only.mode == "hybrid"
    assert only.results[0].entry_id == ids["kept"]
    assert ids["plain"] not in [r.entry_id for r in only.results]
    assert all(r.starred for r in only.results)


def test_a_check_in_has_no_star_so_a_starred_search_never_finds_one(
    session: Session, ids: dict[str, str]
) -> None:
    session.mood.log(NewCheckIn(mood=6, note="walked the canal towpath again"))
    assert search_checkin_notes(session.vault, "towpath")  # found by its words
    assert search_checkin_notes(session.vault, "towpath", STARRED) == []


def test_a_starred_row_shows_and_says_its_star(session: Session, ids: dict[str, str]) -> None:
    results = session.search.search("fulltext", "canal towpath").results
    rows = {row.id: row for row in result_rows(results)}
    starred, plain = rows[ids["kept"]], rows[ids["plain"]]
    assert "★" in starred.html() and "★" not in plain.html()
    assert "Herons, starred:" in starred.name
    assert "starred" not in plain.name
    assert entry_row(results[0]).starred is (results[0].entry_id == ids["kept"])
