"""The embedding-based crisis scorer for the safety check of saved entries.

The phrase rules in ``domain.safety`` always run; this adds the trained semantic classifier
(paraphrases the phrases miss) whenever the embedding model is installed. The check runs on a
background task after each save, so starting the embedding child never delays writing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from neuroleaf_desktop.ai.embeddings import Embedder
    from neuroleaf_desktop.ai.safety_semantic import EmbeddingSafetyScorer

# One scorer per embedder: its crisis anchors are embedded once, not once per save.
_SCORERS: dict[int, EmbeddingSafetyScorer] = {}


class SemanticScorerSource:
    """Hands out the semantic scorer for the session's embedder once its model is loaded.

    ``embedder`` is asked each time: a session may swap its embedder (tests, benchmarks).
    """

    def __init__(self, embedder: Callable[[], Embedder]) -> None:
        self._embedder = embedder

    def scorer(self) -> EmbeddingSafetyScorer | None:
        embedder = self._embedder()
        # The check runs in the background after a save, and the embedding model lives in a
        # child process that starts in about a second (ONNX): worth it for a paraphrase the
        # phrase rules miss. Without the model the phrase rules answer alone.
        if not embedder.available():
            return None
        from neuroleaf_desktop.ai.safety_semantic import EmbeddingSafetyScorer

        scorer = _SCORERS.get(id(embedder))
        if scorer is None or scorer.embedder is not embedder:
            scorer = _SCORERS[id(embedder)] = EmbeddingSafetyScorer(embedder)
        return scorer
