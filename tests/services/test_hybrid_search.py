"""Semantic and hybrid search with the real model and a real (in-memory) Chroma index."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.domain.models import EntryPatch, EntrySource, NewCheckIn, NewEntry
from neuroleaf_desktop.services.background import attach_background
from neuroleaf_desktop.services.embedding_service import IndexState
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.embedding_repo import EmbeddingRepository
from neuroleaf_desktop.storage.repositories.search_repo import SearchFilters
from tests.conftest import PASSPHRASE
from tests.support.search_helpers import CountingEmbedder, use_embedder

JOG = "I went jogging by the river and felt lighter"
QUERY = "exercise outdoors improved my mood"
OTHERS = [
    ("Taxes", "The quarterly tax form was due and the printer broke again."),
    ("Dinner", "Cooked lentil soup with my sister; we talked about her new job."),
    ("Work", "A long meeting about budgets. I was bored and a bit anxious."),
]


@pytest.fixture(scope="module")
def model() -> MiniLMEmbedder:
    return MiniLMEmbedder()


@pytest.fixture
def counting(model: MiniLMEmbedder) -> CountingEmbedder:
    return CountingEmbedder(model)


def _at(day: int, hour: int = 12) -> datetime:
    return datetime(2025, 6, day, hour, tzinfo=UTC)


def _fill(session: Session) -> dict[str, str]:
    ids = {}
    jog = session.journal.add(
        NewEntry(title="", body=JOG, tags=("outside",), created_at=_at(2), tz_offset_min=0)
    )
    ids["jog"] = jog.id
    for n, (title, body) in enumerate(OTHERS):
        ids[title] = session.journal.add(
            NewEntry(title=title, body=body, created_at=_at(10 + n), tz_offset_min=0)
        ).id
    ids["voice"] = session.journal.add(
        NewEntry(
            title="Walk",
            body="Walked in the park in the sunshine, which lifted my spirits.",
            source=EntrySource.VOICE,
            voice_duration_s=12.0,
            created_at=_at(20),
            tz_offset_min=0,
        )
    ).id
    return ids


def test_semantic_finds_a_paraphrase_that_fulltext_misses(
    session: Session, counting: CountingEmbedder
) -> None:
    use_embedder(session, counting)
    ids = _fill(session)
    stats = session.embeddings.embed_pending()
    assert stats.entries == 5
    assert session.search.fulltext(QUERY) == []
    semantic = session.search.semantic(QUERY, k=3)
    assert semantic[0].entry_id in {ids["jog"], ids["voice"]}
    assert ids["jog"] in [r.entry_id for r in semantic[:2]]
    jog = next(r for r in semantic if r.entry_id == ids["jog"])
    assert jog.similarity is not None and jog.similarity > 0.3 and jog.chunk_no == 0
    assert jog.snippet == JOG and jog.matched_by == ("semantic",)
    assert ids["Taxes"] not in [r.entry_id for r in semantic[:2]]

    hybrid = session.search.hybrid(QUERY)
    assert hybrid.semantic_available and hybrid.mode == "hybrid"
    assert ids["jog"] in [r.entry_id for r in hybrid.results[:2]]
    assert ids["Taxes"] not in [r.entry_id for r in hybrid.results]  # below the floor
    # A word match and a meaning match fuse; the FTS snippet (marked words) wins.
    mixed = session.search.hybrid("river")
    assert mixed.results[0].entry_id == ids["jog"]
    assert "fulltext" in mixed.results[0].matched_by and "[[river]]" in mixed.results[0].snippet


def test_filters(session: Session, counting: CountingEmbedder) -> None:
    use_embedder(session, counting)
    ids = _fill(session)
    session.embeddings.embed_pending()
    session.mood.log(NewCheckIn(mood=8, logged_at=_at(2, 9), tz_offset_min=0))
    session.mood.log(NewCheckIn(mood=6, logged_at=_at(2, 20), tz_offset_min=0))  # mean 7
    session.mood.log(NewCheckIn(mood=2, logged_at=_at(20, 8), tz_offset_min=0))

    def semantic(**kw: object) -> list[str]:
        flt = SearchFilters(**kw)  # type: ignore[arg-type]
        found = session.search.semantic(QUERY, 10, flt, min_similarity=-1.0)  # everything
        return [r.entry_id for r in found]

    assert semantic(tags=("outside",)) == [ids["jog"]]
    assert semantic(source=EntrySource.VOICE) == [ids["voice"]]
    assert set(semantic(since=_at(10), until=_at(12))) == {ids["Taxes"], ids["Dinner"]}
    assert semantic(mood_min=6.5) == [ids["jog"]]
    assert semantic(mood_max=3) == [ids["voice"]]
    assert semantic(mood_min=7.5) == []
    assert semantic(tags=("nope",)) == []
    fts = session.search.fulltext("the", SearchFilters(source=EntrySource.VOICE))
    assert [r.entry_id for r in fts] == [ids["voice"]]
    hybrid = session.search.hybrid(QUERY, SearchFilters(mood_min=6.5))
    assert [r.entry_id for r in hybrid.results] == [ids["jog"]]


def test_deleted_entries_vanish_from_the_index(
    session: Session, counting: CountingEmbedder
) -> None:
    use_embedder(session, counting)
    ids = _fill(session)
    session.embeddings.embed_pending()
    session.embeddings.ensure_index()
    index = session.embeddings.index
    assert ids["jog"] in index
    session.journal.delete(ids["jog"])
    assert ids["jog"] not in index
    assert ids["jog"] not in [r.entry_id for r in session.search.semantic(QUERY, 10)]
    embedded = counting.texts
    session.journal.restore(ids["jog"])  # back from its stored vectors, no re-embedding
    assert ids["jog"] in index and counting.texts == embedded
    session.journal.purge(ids["jog"])
    assert ids["jog"] not in index
    assert ids["jog"] not in [r.entry_id for r in session.search.semantic(QUERY, 10)]
    with session.vault.reading() as conn:  # the vectors went with the entry (cascade)
        left = conn.execute("SELECT count(*) FROM entry_chunks").fetchone()[0]
    assert left == 4 and len(index.entry_ids()) == 4


def test_index_rebuilt_after_unlock_from_stored_vectors_only(
    store: ProfileStore, model: MiniLMEmbedder
) -> None:
    first = CountingEmbedder(model)
    session, _ = store.create("Rebuild", PASSPHRASE)
    use_embedder(session, first)
    ids = _fill(session)
    session.journal.add(NewEntry(title="Long", body="Sunny weekend by the lake. " * 120))
    session.embeddings.embed_pending()
    with session.vault.reading() as conn:
        stored = EmbeddingRepository(conn).count(first.model_key)
    assert stored > 6  # the long entry has several chunks
    session.embeddings.ensure_index()
    assert session.embeddings.index.count() == stored
    session.close()  # lock: the index is dropped
    assert session.embeddings.index.count() == 0

    again = store.open(None, PASSPHRASE)
    second = CountingEmbedder(model)
    use_embedder(again, second)
    try:
        assert again.embeddings.index_state is IndexState.EMPTY
        assert again.embeddings.start_index_build()
        again.embeddings.ensure_index()
        assert again.embeddings.index_state is IndexState.READY
        assert again.embeddings.index.count() == stored
        assert second.texts == 0  # built from the vault's vectors, nothing re-embedded
        hits = again.search.semantic(QUERY, 2)
        assert ids["jog"] in [h.entry_id for h in hits]
        assert second.texts == 1  # only the query
        again.search.semantic(QUERY, 2)
        assert second.texts == 1  # the query vector came from the session's cache
    finally:
        again.close()


def test_background_jobs_embed_new_entries(session: Session, counting: CountingEmbedder) -> None:
    use_embedder(session, counting)
    bg = attach_background(session, poll_interval=0.05, semantic=True)
    try:
        entry = session.journal.add(NewEntry(title="", body=JOG))
        assert bg.jobs.wait_idle(60)
        session.embeddings.ensure_index()
        assert entry.id in session.embeddings.index
        hits = session.search.semantic(QUERY, 1)
        assert [h.entry_id for h in hits] == [entry.id]
        session.journal.edit(entry.id, EntryPatch(body="Paid the electricity bill."))
        assert bg.jobs.wait_idle(60)
        with session.vault.reading() as conn:
            assert EmbeddingRepository(conn).pending(counting.model_key, _hash) == []
    finally:
        bg.stop()


def _hash(title: str, body: str) -> str:
    from neuroleaf_desktop.domain.analysis.analyzer import content_hash

    return content_hash(title, body)
