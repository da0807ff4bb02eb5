"""The recordings behind voice entries (``entry_audio``), stored inside the encrypted vault.

Only written when the person turned on ``keep_voice_audio``. Rows are keyed by the entry's
``seq`` so purging an entry cascades to its audio; the public methods speak entry ids. The
samples are 16-bit little-endian PCM, zlib-compressed, encoded and decoded in memory (nothing
touches the filesystem). ``numpy`` is imported inside the functions: this module may end up on
the start-up import path.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from neuroleaf_desktop.domain.timeutil import from_iso, to_iso

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

CODEC = "pcm16-zlib"
_ZLIB_LEVEL = 6


@dataclass(frozen=True)
class StoredAudio:
    """One entry's recording as float32 samples in [-1, 1] (frames × channels flattened)."""

    entry_id: str
    samples: npt.NDArray[np.float32]
    sample_rate: int
    channels: int
    duration_s: float
    created_at: datetime


def encode_pcm16(samples: npt.NDArray[np.float32]) -> bytes:
    """Float samples in [-1, 1] → zlib-compressed little-endian int16 PCM.

    Scaled by 32768 like the decoder (``ai/audio.py``), so decoded files round-trip exactly.
    """
    return zlib.compress(pcm16_bytes(samples), _ZLIB_LEVEL)


def pcm16_bytes(samples: npt.NDArray[np.float32]) -> bytes:
    """The uncompressed int16 PCM the codec stores (also what privacy tests look for)."""
    import numpy as np

    flat = np.asarray(samples, dtype=np.float64).reshape(-1)
    return np.clip(np.round(flat * 32768.0), -32768, 32767).astype("<i2").tobytes()


def decode_pcm16(data: bytes) -> npt.NDArray[np.float32]:
    import numpy as np

    pcm = np.frombuffer(zlib.decompress(data), dtype="<i2")
    return (pcm.astype(np.float32) / np.float32(32768.0)).astype(np.float32)


class AudioRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def _seq(self, entry_id: str) -> int | None:
        row = self.conn.execute("SELECT seq FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return int(row[0]) if row else None

    # ---- writes -----------------------------------------------------------------------------
    def put(
        self,
        entry_id: str,
        samples: npt.NDArray[np.float32],
        *,
        sample_rate: int,
        created_at: datetime,
        channels: int = 1,
    ) -> None:
        """Store (or replace) the recording of ``entry_id``. KeyError if there is no entry."""
        seq = self._seq(entry_id)
        if seq is None:
            raise KeyError(entry_id)
        if sample_rate <= 0 or channels <= 0:
            raise ValueError("sample rate and channels must be positive")
        frames = int(samples.size) // channels
        self.conn.execute(
            "INSERT OR REPLACE INTO entry_audio (entry_seq, sample_rate, channels, codec, "
            "duration_s, data, created_at) VALUES (?,?,?,?,?,?,?)",
            (
                seq,
                sample_rate,
                channels,
                CODEC,
                frames / sample_rate,
                encode_pcm16(samples),
                to_iso(created_at),
            ),
        )

    def delete(self, entry_id: str) -> bool:
        cur = self.conn.execute(
            "DELETE FROM entry_audio WHERE entry_seq = (SELECT seq FROM entries WHERE id = ?)",
            (entry_id,),
        )
        return bool(cur.rowcount)

    # ---- reads ------------------------------------------------------------------------------
    def has(self, entry_id: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM entry_audio a JOIN entries e ON e.seq = a.entry_seq WHERE e.id = ?",
            (entry_id,),
        ).fetchone()
        return row is not None

    def get(self, entry_id: str) -> StoredAudio | None:
        row = self.conn.execute(
            "SELECT a.sample_rate, a.channels, a.codec, a.duration_s, a.data, a.created_at "
            "FROM entry_audio a JOIN entries e ON e.seq = a.entry_seq WHERE e.id = ?",
            (entry_id,),
        ).fetchone()
        if row is None:
            return None
        if row[2] != CODEC:
            raise ValueError(f"unknown audio codec {row[2]!r}")
        return StoredAudio(
            entry_id=entry_id,
            samples=decode_pcm16(bytes(row[4])),
            sample_rate=int(row[0]),
            channels=int(row[1]),
            duration_s=float(row[3]),
            created_at=from_iso(row[5]),
        )

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM entry_audio").fetchone()[0])
