"""The optional models of the safety check of saved entries: the embedding-based crisis
scorer and the language model that reads other languages in English.

The phrase rules in ``domain.safety`` always run; this adds the trained semantic classifier
(paraphrases the phrases miss) whenever the embedding model is installed, and the second look
at German, French, Spanish, Portuguese and Italian sentences through an English translation
(``domain/safety/translation.py``) whenever the language model is. The check runs on a
background task after each save, so starting either child never delays writing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from neuroleaf_desktop.domain.safety import SafetyAssessment, SemanticClassifier, SemanticScorer
from neuroleaf_desktop.domain.safety.translation import Translator, read_in_english
from neuroleaf_desktop.logging_setup import get_logger

if TYPE_CHECKING:
    from neuroleaf_desktop.ai.embeddings import Embedder
    from neuroleaf_desktop.ai.safety_semantic import EmbeddingSafetyScorer
    from neuroleaf_desktop.ai.safety_translation import LlmTranslator

log = get_logger("safety")

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


class TranslatorSource:
    """Hands out the LLM translator for the second look at non-English entries, when ready.

    "Ready" means llama-cpp-python and the joined default model file are present: the
    translation runs on the same background task as the rest of the check, in the app's one
    language-model child, and a save never waits for it.
    """

    def __init__(self, translator: LlmTranslator | None = None) -> None:
        self._translator = translator

    def translator(self) -> LlmTranslator | None:
        if self._translator is None:
            from neuroleaf_desktop.ai.safety_translation import LlmTranslator

            self._translator = LlmTranslator()
        return self._translator if self._translator.available() else None


def with_translation(
    text: str,
    result: SafetyAssessment,
    translator: Translator | None,
    scorer: SemanticScorer | SemanticClassifier | None = None,
) -> SafetyAssessment:
    """``result``, or a flag the English detector finds in translated sentences of ``text``.

    A failing translation (the model crashed, was killed, its file is damaged) leaves
    ``result`` as it was: the check must always answer. Only the error's type is logged.
    """
    if translator is None or result.flagged:
        return result
    try:
        return read_in_english(text, result, translator, scorer)
    except Exception as exc:  # a broken optional model must not break the check
        log.warning("safety.translation_failed", kind=type(exc).__name__)
        return result
