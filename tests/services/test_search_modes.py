"""``SearchService.search(mode, …)``: the one entry point of the search panel and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.search_service import HYBRID_MIN_SIMILARITY, Readiness
from neuroleaf_desktop.services.session import Session
from tests.support.search_helpers import use_embedder

JOG = "I went jogging by the river and felt lighter"
TAXES = "The quarterly tax form was due and the printer broke again."


@pytest.fixture(scope="module")
def model() -> MiniLMEmbedder:
    return MiniLMEmbedder()


@pytest.fixture
def filled(session: Session, model: MiniLMEmbedder) -> dict[str, str]:
    use_embedder(session, model)
    at = datetime(2025, 6, 2, 12, tzinfo=UTC)
    jog = session.journal.add(NewEntry(title="", body=JOG, created_at=at, tz_offset_min=0))
    tax = session.journal.add(NewEntry(title="Taxes", body=TAXES, created_at=at, tz_offset_min=0))
    return {"jog": jog.id, "tax": tax.id}


def test_each_mode_answers_with_its_own_way(session: Session, filled: dict[str, str]) -> None:
    search = session.search
    assert search.readiness() is Readiness.AVAILABLE
    words = search.search("fulltext", "jogging")
    assert words.mode == "fulltext" and [r.entry_id for r in words.results] == [filled["jog"]]
    assert search.search("fulltext", "exercise outdoors").results == []  # no such words

    search.prepare()  # the CLI's one-shot preparation: embed everything, load the index
    assert search.warm
    meaning = search.search("semantic", "exercise outdoors", limit=1)
    assert meaning.mode == "semantic"
    assert [r.entry_id for r in meaning.results] == [filled["jog"]]
    strict = search.search("semantic", "exercise outdoors", min_similarity=0.99)
    assert strict.results == []  # the floor the panel passes is applied
    both = search.search("hybrid", "jogging outdoors", limit=5)
    assert both.mode == "hybrid" and both.results[0].entry_id == filled["jog"]
    assert 0 < HYBRID_MIN_SIMILARITY < 1


def test_an_unknown_mode_is_refused(session: Session) -> None:
    with pytest.raises(ValidationError, match="fulltext, semantic, hybrid"):
        session.search.search("regex", "anything")


def test_a_fresh_session_is_not_warm(session: Session) -> None:
    assert not session.search.warm  # the panel says "preparing…" before the first meaning search
