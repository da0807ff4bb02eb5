"""The real MiniLM, asked for a whole corpus's sentences in a few requests instead of thousands.

The detector asks the embedder for one entry's sentences at a time, as the app does when an
entry is saved: one round trip to the model's child process per entry. A test that scores
thousands of everyday sentences that way spent most of its minutes in those round trips, not
in the model. Primed with every sentence it will meet, this embedder has the real model embed
them in full requests up front; the detector then asks exactly as before and gets the model's
own vectors back (a sentence nobody primed goes to the model then). Nothing about what is
checked changes: the same detector, rules, weights and thresholds read the same vectors — a
vector embedded in a batch equals the one embedded alone to float rounding, which
``tests/ai/test_primed_embedder.py`` checks against the model.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from neuroleaf_desktop.ai.embeddings import DEFAULT_BATCH, Embedder

if TYPE_CHECKING:
    from neuroleaf_desktop.ai.embeddings import Vectors
from neuroleaf_desktop.ai.safety_semantic import split_sentences


class PrimedEmbedder:
    """An :class:`Embedder` answering from vectors the wrapped one made ahead of time."""

    def __init__(self, real: Embedder) -> None:
        self.real = real
        self._vectors: dict[str, Vectors] = {}
        self.asked = 0  # sentences asked for after priming
        self.missed = 0  # of those, how many went to the model

    @property
    def model_key(self) -> str:
        return self.real.model_key

    @property
    def dim(self) -> int:
        return self.real.dim

    def available(self) -> bool:
        return self.real.available()

    def prime(self, texts: Iterable[str]) -> None:
        """Embed every sentence of ``texts`` as the safety scorer will split them."""
        fresh = list(
            dict.fromkeys(s for t in texts for s in split_sentences(t) if s not in self._vectors)
        )
        if fresh:
            self._vectors.update(zip(fresh, self.real.embed(fresh), strict=True))

    def embed(self, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH) -> Vectors:
        self.asked += len(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            self.missed += len(missing)
            vectors = self.real.embed(missing, batch_size=batch_size)
            self._vectors.update(zip(missing, vectors, strict=True))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.ascontiguousarray(np.stack([self._vectors[t] for t in texts]), dtype=np.float32)
