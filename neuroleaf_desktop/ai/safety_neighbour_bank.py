"""The nearest-labelled-neighbour bank of the safety classifier: training rows' vectors, int8.

Why: the logistic regression reads a sentence through one linear direction of its MiniLM
vector, so a warning sign worded like no other sign pulls the same way as every other sentence
on its side of the boundary. How near a sentence is to labelled sentences of each kind is not
linear in its vector; two features say it, next to the vector: the share of warning signs
among its ``k`` most similar training rows (cosine), and its best similarity to a sign minus
its best similarity to a negative. To compute them the app needs every training row's vector,
so they ship beside the weights (``safety_neighbours.npz``), written by
``scripts/train_safety_classifier.py``, which computes the training features from this very
file so that the app's scores are the script's.

Quantisation: one scale for the whole matrix (``value = code * scale``, codes -127..127).
The rows are unit-length vectors of one model, whose components share one range, so a single
scale loses almost nothing (a step of about .002 against components up to about .25: a
cosine moves by well under .001) and keeps scoring one integer-free matrix product times a
constant; per-row scales would add a vector to the file for no visible gain, and int8 makes
the file a quarter of float32's size (6 MB for 16,590 rows).

Privacy: the bank holds the vectors of the project's own labelled test sentences (their texts
are not in it), never a user's; it is only read, and nothing is written at runtime.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BANK = Path(__file__).resolve().parent / "data" / "safety_neighbours.npz"
_CHUNK = 2000
_NONE = -2.0  # below any cosine: a bank row that may not be a neighbour
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip entries' date: retraining writes the same bytes


def quantise(vectors: Any) -> tuple[Any, float]:
    """``vectors`` as int8 codes and the one scale that maps them back (``code * scale``)."""
    import numpy as np

    matrix = np.asarray(vectors, dtype=np.float32)
    peak = float(np.abs(matrix).max()) if matrix.size else 1.0
    scale = np.float32(peak / 127.0 if peak > 0 else 1.0)
    codes = np.clip(np.rint(matrix / scale), -127, 127).astype(np.int8)
    return codes, float(scale)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_bank(path: Path, vectors: Any, labels: Any) -> str:
    """Write the bank (codes, labels 0/1, scale) as an uncompressed ``.npz`` with fixed entry
    dates, so the same rows give the same bytes; returns its sha256 for the weights file."""
    import numpy as np

    codes, scale = quantise(vectors)
    arrays = {
        "codes": codes,
        "labels": np.asarray(labels, dtype=np.uint8),
        "scale": np.asarray(scale, dtype=np.float32),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, array, allow_pickle=False)
            archive.writestr(zipfile.ZipInfo(f"{name}.npy", _FIXED_TIME), buffer.getvalue())
    return sha256_of(path)


@dataclass(frozen=True)
class NeighbourBank:
    """The dequantised bank (float32, as every product is computed) and its labels."""

    vectors: Any  # numpy (rows, dim) float32: codes * scale
    positive: Any  # numpy (rows,) bool: the row is a warning sign

    @classmethod
    def read(cls, path: Path) -> NeighbourBank:
        """The bank as written; raises on a file that is not one (``load`` checks first)."""
        import numpy as np

        with np.load(path, allow_pickle=False) as saved:
            codes = saved["codes"]
            labels = saved["labels"]
            scale = np.float32(saved["scale"])
        if codes.dtype != np.int8 or codes.ndim != 2 or labels.shape != (codes.shape[0],):
            raise ValueError("not a neighbour bank")
        return cls(codes.astype(np.float32) * scale, labels == 1)

    @classmethod
    def load(cls, path: Path, *, rows: int, dim: int, sha256: str) -> NeighbourBank | None:
        """The bank the weights name, or None when it is missing, corrupt or another
        training's (its sha256, row count or width differ): the caller then refuses the pair."""
        try:
            if sha256_of(path) != sha256:
                return None
            bank = cls.read(path)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):
            return None
        if bank.vectors.shape != (rows, dim):
            return None
        return bank

    def features(self, vectors: Any, k: int, fold: Any = None, bank_fold: Any = None) -> Any:
        """For each of ``vectors`` (unit length; float64, one row each): the share of warning
        signs among its ``k`` most similar bank rows, and its best cosine to a sign minus its
        best to a negative. ``fold`` / ``bank_fold`` (training only): each vector's and each
        bank row's cross-validation fold; a vector never sees its own fold's rows, so a
        training row's neighbours are other writers', as a new writer's are."""
        import numpy as np

        matrix = np.asarray(vectors, dtype=np.float32)
        out = np.zeros((len(matrix), 2))
        for start in range(0, len(matrix), _CHUNK):
            sims = matrix[start : start + _CHUNK] @ self.vectors.T
            if fold is not None and bank_fold is not None:
                sims[fold[start : start + _CHUNK, None] == bank_fold[None, :]] = _NONE
            nearest = np.argpartition(-sims, k, axis=1)[:, :k]
            out[start : start + _CHUNK, 0] = self.positive[nearest].mean(axis=1)
            best_sign = np.where(self.positive[None, :], sims, _NONE).max(axis=1)
            best_other = np.where(~self.positive[None, :], sims, _NONE).max(axis=1)
            out[start : start + _CHUNK, 1] = best_sign - best_other
        return out
