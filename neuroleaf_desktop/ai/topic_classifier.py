"""A learned second opinion on a question's topic: logistic regression over MiniLM and n-grams.

The topic rules (``domain.insights.topics``) fit the wording they were studied on: every new
block of questions written by someone else scored 70-82 % before its misses were read. This
classifier was trained on every labelled question (``scripts/train_topic_classifier.py``) and
is judged only by leave-one-block-out cross-validation (``benchmarks/bench_topic_learned.py``):
it gives each topic kind a probability, and ``domain.insights.arbiter`` decides when that may
change the rules' answer. The rules keep finding the subject (the named activity or person).

Features, as for the safety classifier (``safety_semantic``): the question's all-MiniLM-L6-v2
vector, hashed character 3-5-grams of its folded spelling (typos and word forms: "anxius",
"knackerd") and hashed word 1-2-grams ("switch off", "can't sleep"). When MiniLM is missing
the n-gram-only weights stored beside them score instead. Scoring needs numpy only.

Privacy: the question, its vector and n-grams stay in memory; nothing is logged or written.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from neuroleaf_desktop.ai.embeddings import Embedder
from neuroleaf_desktop.ai.safety_semantic import char_ngrams as safety_char_ngrams
from neuroleaf_desktop.errors import NeuroLeafError

WEIGHTS = Path(__file__).resolve().parent / "data" / "topic_classifier.json"
CHAR_BUCKETS = 1 << 12
WORD_BUCKETS = 1 << 11
CHAR_SIZES = (3, 4, 5)
_WORD_RX = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def char_ngrams(text: str, buckets: int) -> tuple[list[int], list[float]]:
    """Hashed character 3-5-grams of the case- and accent-folded text: the safety
    classifier's features with the lengths fixed here, so that lengths read from its weights
    never change what these weights read."""
    return safety_char_ngrams(text, buckets, CHAR_SIZES)


def word_ngrams(text: str, buckets: int) -> tuple[list[int], list[float]]:
    """Hashed word 1- and 2-grams of the lower-cased text, each once, unit length in total.

    Why both: single words carry the topic ("naps", "deadlines"), pairs carry what a single
    word does not ("switch off", "last time", "can't sleep")."""
    words = _WORD_RX.findall(text.lower())
    grams = [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]
    seen = {zlib.crc32(f"w:{g}".encode()) % buckets for g in grams}
    if not seen:
        return [], []
    value = 1.0 / len(seen) ** 0.5
    return sorted(seen), [value] * len(seen)


def ngram_vector(text: str, char_buckets: int, word_buckets: int, scale: float) -> Any:
    """The sparse features as one dense numpy row: char buckets, then word buckets."""
    import numpy as np

    row = np.zeros(char_buckets + word_buckets, dtype=np.float32)
    index, value = char_ngrams(text, char_buckets)
    row[index] = np.asarray(value, dtype=np.float32) * scale
    index, value = word_ngrams(text, word_buckets)
    row[[char_buckets + i for i in index]] = np.asarray(value, dtype=np.float32) * scale
    return row


@dataclass(frozen=True)
class Head:
    """One trained logistic regression: ``classes`` × features (MiniLM block may be absent)."""

    dense: Any  # numpy (classes, 384) or None: n-grams only
    ngrams: Any  # numpy (classes, char_buckets + word_buckets)
    bias: Any  # numpy (classes,)
    scale: float  # the n-grams' weight next to the unit-length MiniLM vector

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Head:
        import numpy as np

        dense = data.get("dense")
        return cls(
            None if dense is None else np.asarray(dense, dtype=np.float32),
            np.asarray(data["ngrams"], dtype=np.float32),
            np.asarray(data["bias"], dtype=np.float32),
            float(data.get("scale", 1.0)),
        )

    def probabilities(self, ngrams: Any, vector: Any = None) -> Any:
        import numpy as np

        z = self.ngrams @ (ngrams * self.scale) + self.bias
        if self.dense is not None and vector is not None:
            z = z + self.dense @ vector
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()


@dataclass(frozen=True)
class TopicWeights:
    classes: tuple[str, ...]
    model_key: str
    char_buckets: int
    word_buckets: int
    with_minilm: Head
    ngrams_only: Head | None

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> TopicWeights | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            only = data.get("ngrams_only")
            return cls(
                classes=tuple(data["classes"]),
                model_key=str(data["model_key"]),
                char_buckets=int(data["char_buckets"]),
                word_buckets=int(data["word_buckets"]),
                with_minilm=Head.parse(data["with_minilm"]),
                ngrams_only=None if only is None else Head.parse(only),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def scores(self, question: str, vector: Any = None) -> dict[str, float]:
        """Each topic kind's probability; without a MiniLM vector the n-gram-only head."""
        ngrams = ngram_vector(question, self.char_buckets, self.word_buckets, 1.0)
        head = self.with_minilm if vector is not None else self.ngrams_only
        if head is None:
            return {}
        probs = head.probabilities(ngrams, vector)
        return {k: float(p) for k, p in zip(self.classes, probs, strict=True)}


class TopicClassifier:
    """``(question) -> {kind: probability}`` for ``domain.insights.topics.classify``.

    Empty when the weights are missing or unreadable: the rules then decide alone."""

    def __init__(self, embedder: Embedder | None = None, *, weights: Path = WEIGHTS) -> None:
        self.embedder = embedder
        self._path = weights
        self._weights: TopicWeights | None = None
        self._loaded = False
        self._lock = threading.Lock()

    @property
    def weights(self) -> TopicWeights | None:
        with self._lock:
            if not self._loaded:
                self._weights = TopicWeights.load(self._path)
                self._loaded = True
            return self._weights

    def _vector(self, question: str) -> Any:
        if self.embedder is None:
            return None
        try:
            if not self.embedder.available():
                return None
            return self.embedder.embed([question])[0]
        except (NeuroLeafError, ImportError, RuntimeError, OSError):
            return None

    def __call__(self, question: str, /) -> dict[str, float]:
        weights = self.weights
        if weights is None:
            return {}
        return weights.scores(question, self._vector(question))

    def many(self, questions: Sequence[str]) -> list[dict[str, float]]:
        """Scores for many questions at once (one embedding call): for benchmarks."""
        weights = self.weights
        if weights is None:
            return [{} for _ in questions]
        vectors: Any = None
        if self.embedder is not None and self.embedder.available():
            vectors = self.embedder.embed(list(questions))
        return [
            weights.scores(q, None if vectors is None else vectors[i])
            for i, q in enumerate(questions)
        ]
