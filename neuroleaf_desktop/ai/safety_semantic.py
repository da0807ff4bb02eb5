"""The embedding half of the safety detector: how close is a text to crisis descriptions?

The phrase rules in ``domain/safety.py`` catch the clear wordings; this catches paraphrases
they miss ("maybe everyone would sleep better if I just disappeared for good"). It compares
each sentence of the text with first-person crisis descriptions using all-MiniLM-L6-v2 and
returns the best cosine similarity. The detector only asks it when the phrase rules found
nothing *and* saw no negated or figurative crisis wording, and it can only raise "none" to
"concern": a missing or broken model simply leaves the phrase detector on its own.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from neuroleaf_desktop.ai.embeddings import Embedder, MiniLMEmbedder

CRISIS_DESCRIPTIONS: tuple[str, ...] = (
    "I want to die.",
    "I want to end my life.",
    "I am thinking about killing myself.",
    "I don't want to be alive anymore.",
    "Everyone would be better off if I disappeared forever.",
    "I have a plan to take my own life.",
    "I want to hurt myself.",
    "I have been harming myself again.",
    "I can't go on living like this.",
    "There is no point in living.",
    "I wish I could go to sleep and never wake up.",
    "I am saying goodbye to everyone for good.",
)

_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
MAX_SENTENCES = 200  # a very long entry: its first 200 sentences are plenty for a warning


class EmbeddingSafetyScorer:
    """Callable ``(text) -> similarity in 0..1``; fits ``domain.safety.SemanticScorer``."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        self.embedder: Embedder = embedder or MiniLMEmbedder()
        self._anchors: Any = None
        self._lock = threading.Lock()

    def available(self) -> bool:
        return self.embedder.available()

    def _anchor_vectors(self) -> Any:
        with self._lock:
            if self._anchors is None:
                self._anchors = self.embedder.embed(CRISIS_DESCRIPTIONS)
            return self._anchors

    def __call__(self, text: str, /) -> float:
        sentences = [s.strip() for s in _SENTENCE.split(text) if len(s.strip()) > 3]
        if not sentences:
            return 0.0
        vectors = self.embedder.embed(sentences[:MAX_SENTENCES])
        similarity = vectors @ self._anchor_vectors().T  # both normalised: cosine
        return float(max(0.0, min(1.0, float(similarity.max()))))
