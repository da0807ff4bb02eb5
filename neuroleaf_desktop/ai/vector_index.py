"""The in-memory vector index (a Chroma collection), rebuilt from the vault at each unlock.

Privacy: embeddings can be inverted back to text, so they are content. The vault keeps them
encrypted; this index lives in process memory only: an ``EphemeralClient`` with
``is_persistent=False`` and telemetry off, a collection with *no* embedding function (Chroma's
default one would download a model), and nothing but ids and vectors in it — the metadata is
the entry id and the chunk number, never text. ``drop()`` (on lock) resets the client.

chromadb is imported on first use, never at module import (start-up must stay light).
"""

from __future__ import annotations

import builtins
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from neuroleaf_desktop.errors import FeatureUnavailableError
from neuroleaf_desktop.logging_setup import get_logger

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

log = get_logger("vector_index")

_ADD_BATCH = 4096  # Chroma caps one add(); stay well below its max batch size


@dataclass(frozen=True)
class IndexedChunk:
    """One vector in the index: which entry and which chunk of it."""

    entry_id: str
    chunk_no: int


@dataclass(frozen=True)
class ChunkMatch:
    entry_id: str
    chunk_no: int
    similarity: float  # cosine similarity, 1 = same direction


def _chunk_id(entry_id: str, chunk_no: int) -> str:
    return f"{entry_id}#{chunk_no}"


class VectorIndex:
    """A thread-safe in-memory cosine index of chunk vectors, keyed by entry.

    Each instance owns one private Chroma collection with a random name, so two sessions in
    one process never see each other's vectors.
    """

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._lock = threading.RLock()
        self._client: Any = None
        self._collection: Any = None
        self._name = f"nl-{uuid.uuid4().hex[:16]}"
        self._chunks: dict[str, int] = {}  # entry id -> number of chunks indexed

    # ---- life cycle -------------------------------------------------------------------------
    def _open(self) -> Any:
        if self._collection is None:
            try:
                import chromadb
                from chromadb.config import Settings
            except ImportError:
                raise FeatureUnavailableError(
                    "Semantic search needs chromadb. Install it with: pip install 'chromadb>=1,<2'"
                ) from None
            self._client = chromadb.EphemeralClient(
                Settings(anonymized_telemetry=False, allow_reset=True, is_persistent=False)
            )
            self._collection = self._client.create_collection(
                self._name,
                embedding_function=None,
                metadata={"hnsw:space": "cosine"},
            )
            log.info("vector_index.opened")
        return self._collection

    def drop(self) -> None:
        """Forget every vector (on lock). The index can be used again (empty) afterwards."""
        with self._lock:
            if self._client is not None:
                try:
                    self._client.delete_collection(self._name)
                except Exception as exc:  # already gone: nothing to forget
                    log.info("vector_index.drop_skipped", error_type=type(exc).__name__)
            self._client = None
            self._collection = None
            self._chunks.clear()
            self._name = f"nl-{uuid.uuid4().hex[:16]}"
        log.info("vector_index.dropped")

    # ---- writes -----------------------------------------------------------------------------
    def add(self, chunks: Sequence[IndexedChunk], vectors: npt.NDArray[np.float32]) -> None:
        """Add (or replace) chunk vectors. Callers replace an entry whole: see ``set_entry``."""
        if len(chunks) != len(vectors):
            raise ValueError("one vector per chunk")
        if not chunks:
            return
        if vectors.shape[1] != self.dim:
            raise ValueError(f"vectors must have {self.dim} dimensions")
        with self._lock:
            collection = self._open()
            for lo in range(0, len(chunks), _ADD_BATCH):
                part = chunks[lo : lo + _ADD_BATCH]
                collection.upsert(
                    ids=[_chunk_id(c.entry_id, c.chunk_no) for c in part],
                    embeddings=vectors[lo : lo + _ADD_BATCH],
                    metadatas=[{"e": c.entry_id, "c": c.chunk_no} for c in part],
                )
            for c in chunks:
                self._chunks[c.entry_id] = max(self._chunks.get(c.entry_id, 0), c.chunk_no + 1)

    def set_entry(self, entry_id: str, vectors: npt.NDArray[np.float32]) -> None:
        """Make ``vectors`` (chunk 0..n-1) the only vectors of ``entry_id``."""
        with self._lock:
            self.remove(entry_id)
            self.add([IndexedChunk(entry_id, i) for i in range(len(vectors))], vectors)

    def remove(self, entry_id: str) -> bool:
        """Remove every vector of an entry. True if it had any."""
        with self._lock:
            count = self._chunks.pop(entry_id, 0)
            if not count or self._collection is None:
                return False
            self._collection.delete(ids=[_chunk_id(entry_id, i) for i in range(count)])
            return True

    # ---- reads ------------------------------------------------------------------------------
    def __contains__(self, entry_id: object) -> bool:
        with self._lock:
            return entry_id in self._chunks

    def entry_ids(self) -> builtins.set[str]:
        with self._lock:
            return set(self._chunks)

    def count(self) -> int:
        """Number of chunk vectors."""
        with self._lock:
            return sum(self._chunks.values())

    def query(
        self,
        vector: npt.NDArray[np.float32],
        n: int,
        *,
        entry_ids: Sequence[str] | None = None,
    ) -> builtins.list[ChunkMatch]:
        """The ``n`` chunks nearest to ``vector`` (best first), optionally only chunks of
        ``entry_ids`` (an empty sequence matches nothing)."""
        with self._lock:
            total = self.count()
            if total == 0 or n <= 0 or (entry_ids is not None and not entry_ids):
                return []
            where: dict[str, Any] | None = None
            if entry_ids is not None:
                ids = list(dict.fromkeys(entry_ids))
                where = {"e": ids[0]} if len(ids) == 1 else {"e": {"$in": ids}}
            result = self._open().query(
                query_embeddings=vector.reshape(1, -1),
                n_results=min(n, total),
                where=where,
                include=["metadatas", "distances"],
            )
        metas = result["metadatas"][0] if result["metadatas"] else []
        dists = result["distances"][0] if result["distances"] else []
        return [
            ChunkMatch(str(m["e"]), int(m["c"]), 1.0 - float(d))
            for m, d in zip(metas, dists, strict=True)
        ]
