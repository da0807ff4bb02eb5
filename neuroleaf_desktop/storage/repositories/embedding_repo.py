"""Chunk vectors of entries (``entry_chunks``), stored inside the encrypted vault.

Rows are keyed by the entry's ``seq`` so purging an entry cascades to its vectors; the public
methods speak entry ids. Vectors are little-endian float32 blobs (``numpy`` is imported inside
the methods: this module is on the start-up import path).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from neuroleaf_desktop.domain.chunking import Chunk
from neuroleaf_desktop.domain.timeutil import to_iso

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


@dataclass(frozen=True)
class ChunkSpan:
    chunk_no: int
    start: int
    end: int
    content_hash: str  # of the text the offsets refer to


@dataclass(frozen=True)
class EntryVectors:
    """The stored vectors of one live entry, ready for the in-memory index."""

    entry_id: str
    content_hash: str
    vectors: npt.NDArray[np.float32]  # (chunks, dim), chunk 0 first


@dataclass(frozen=True)
class PendingEntry:
    """A live entry whose vectors are missing or stale, with its text to embed."""

    entry_id: str
    title: str
    body: str


def _to_blob(vector: npt.NDArray[np.float32]) -> bytes:
    import numpy as np

    return np.asarray(vector, dtype="<f4").tobytes()


class EmbeddingRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    # ---- writes -----------------------------------------------------------------------------
    def replace(
        self,
        entry_id: str,
        model: str,
        content_hash: str,
        chunks: Sequence[Chunk],
        vectors: npt.NDArray[np.float32],
        embedded_at: datetime,
    ) -> bool:
        """Make these the vectors of ``entry_id`` for ``model``. False if the entry is gone."""
        if len(chunks) != len(vectors):
            raise ValueError("one vector per chunk")
        row = self.conn.execute("SELECT seq FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            return False
        seq = int(row[0])
        self.conn.execute(
            "DELETE FROM entry_chunks WHERE entry_seq = ? AND model = ?", (seq, model)
        )
        at = to_iso(embedded_at)
        dim = int(vectors.shape[1]) if len(vectors) else 0
        self.conn.executemany(
            "INSERT INTO entry_chunks (entry_seq, model, chunk_no, start_char, end_char, "
            "content_hash, dim, vector, embedded_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (seq, model, c.no, c.start, c.end, content_hash, dim, _to_blob(v), at)
                for c, v in zip(chunks, vectors, strict=True)
            ],
        )
        return True

    def delete(self, entry_id: str, model: str | None = None) -> int:
        sql = "DELETE FROM entry_chunks WHERE entry_seq = (SELECT seq FROM entries WHERE id = ?)"
        params: builtins.list[Any] = [entry_id]
        if model is not None:
            sql += " AND model = ?"
            params.append(model)
        return int(self.conn.execute(sql, params).rowcount)

    # ---- reads ------------------------------------------------------------------------------
    def stored_hash(self, entry_id: str, model: str) -> str | None:
        """The content hash the entry's vectors were made from (None: no vectors)."""
        row = self.conn.execute(
            "SELECT c.content_hash FROM entry_chunks c JOIN entries e ON e.seq = c.entry_seq "
            "WHERE e.id = ? AND c.model = ? AND c.chunk_no = 0",
            (entry_id, model),
        ).fetchone()
        return str(row[0]) if row else None

    def spans(self, entry_ids: Sequence[str], model: str) -> dict[tuple[str, int], ChunkSpan]:
        """Character spans of the chunks of ``entry_ids``, keyed by (entry id, chunk no)."""
        found: dict[tuple[str, int], ChunkSpan] = {}
        ids = list(entry_ids)
        for lo in range(0, len(ids), 500):
            part = ids[lo : lo + 500]
            marks = ",".join("?" * len(part))
            for eid, no, start, end, digest in self.conn.execute(
                "SELECT e.id, c.chunk_no, c.start_char, c.end_char, c.content_hash "
                "FROM entry_chunks c "
                f"JOIN entries e ON e.seq = c.entry_seq WHERE c.model = ? AND e.id IN ({marks})",
                (model, *part),
            ):
                found[(eid, int(no))] = ChunkSpan(int(no), int(start), int(end), str(digest))
        return found

    def for_entry(self, entry_id: str, model: str) -> EntryVectors | None:
        batches = list(self.iter_live(model, entry_ids=[entry_id]))
        return batches[0][0] if batches and batches[0] else None

    def iter_live(
        self,
        model: str,
        *,
        batch_entries: int = 500,
        entry_ids: Sequence[str] | None = None,
    ) -> Iterator[builtins.list[EntryVectors]]:
        """Stored vectors of live (not trashed) entries, ``batch_entries`` entries at a time."""
        after = -1
        while True:
            batch, last = self.live_batch(model, after, batch_entries, entry_ids=entry_ids)
            if last is None:
                return
            after = last
            yield batch

    def live_batch(
        self,
        model: str,
        after_seq: int,
        limit: int,
        *,
        entry_ids: Sequence[str] | None = None,
    ) -> tuple[builtins.list[EntryVectors], int | None]:
        """Stored vectors of up to ``limit`` live entries with ``seq > after_seq`` (in seq
        order), and the last seq read (None when there are no more). Chunks of an entry come
        together; an entry with a gap in its chunk numbers is skipped (cannot happen: writes
        replace an entry's chunks in one transaction)."""
        import numpy as np

        clauses = ["c.model = ?", "e.deleted_at IS NULL", "c.entry_seq > ?"]
        params: builtins.list[Any] = [model, after_seq]
        if entry_ids is not None:
            marks = ",".join("?" * len(entry_ids))
            clauses.append(f"e.id IN ({marks})")
            params.extend(entry_ids)
        seqs = [
            int(r[0])
            for r in self.conn.execute(
                "SELECT DISTINCT c.entry_seq FROM entry_chunks c "
                f"JOIN entries e ON e.seq = c.entry_seq WHERE {' AND '.join(clauses)} "
                "ORDER BY c.entry_seq LIMIT ?",
                (*params, limit),
            )
        ]
        if not seqs:
            return [], None
        marks = ",".join("?" * len(seqs))
        rows = self.conn.execute(
            "SELECT e.id, c.chunk_no, c.content_hash, c.dim, c.vector FROM entry_chunks c "
            f"JOIN entries e ON e.seq = c.entry_seq WHERE c.model = ? AND c.entry_seq IN "
            f"({marks}) ORDER BY c.entry_seq, c.chunk_no",
            (model, *seqs),
        ).fetchall()
        batch: builtins.list[EntryVectors] = []
        i = 0
        while i < len(rows):
            j = i
            while j < len(rows) and rows[j][0] == rows[i][0]:
                j += 1
            group = rows[i:j]
            i = j
            if [int(r[1]) for r in group] != list(range(len(group))):
                continue
            dim = int(group[0][3])
            vectors = np.frombuffer(b"".join(r[4] for r in group), dtype="<f4").reshape(
                len(group), dim
            )
            batch.append(EntryVectors(str(group[0][0]), str(group[0][2]), vectors))
        return batch, seqs[-1]

    def pending(self, model: str, current_hash: Any) -> builtins.list[PendingEntry]:
        """Live entries whose vectors for ``model`` are missing or stale (``current_hash``
        maps (title, body) to the hash the vectors should have). Oldest first."""
        rows = self.conn.execute(
            "SELECT e.id, e.title, e.body, c.content_hash FROM entries e "
            "LEFT JOIN entry_chunks c ON c.entry_seq = e.seq AND c.model = ? AND c.chunk_no = 0 "
            "WHERE e.deleted_at IS NULL ORDER BY e.created_at, e.seq",
            (model,),
        )
        return [
            PendingEntry(r[0], r[1], r[2])
            for r in rows
            if r[3] is None or r[3] != current_hash(r[1], r[2])
        ]

    def count(self, model: str) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM entry_chunks WHERE model = ?", (model,)
        ).fetchone()
        return int(row[0])
