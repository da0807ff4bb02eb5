"""One place that runs the safety detector: phrase rules always, MiniLM when it is installed,
and a second look through an English translation for other languages when the LLM is.

Why a service: the CLI (``neuroleaf safety check``), the app's check after each saved entry
(typed or dictated) and any later caller must give the same answer for the same text, and
``ui/`` and ``cli/`` call services rather than ``ai/``. No vault is needed: the text is
assessed in memory, never stored, never logged (only the level may be logged).

``semantic="auto"`` uses the classifier when the model package is installed *and* either
already in memory or the caller accepts the load (``load_model=True``, the CLI's default): a
save in the app never waits seconds for torch just for this check. The translation
(``translate=True``) needs the language model already joined on disk; it costs the model's
load (seconds) plus a few seconds per sentence the rules pass over, which is why the app runs
the whole check on a background task.
"""

from __future__ import annotations

import threading

from neuroleaf_desktop.ai.embeddings import Embedder, MiniLMEmbedder
from neuroleaf_desktop.ai.safety_semantic import SafetyClassifier
from neuroleaf_desktop.domain.safety import (
    SafetyAssessment,
    SafetyDetector,
    assess_phrases,
    with_recent_days,
)
from neuroleaf_desktop.services.safety_scorer import TranslatorSource, with_translation


class SafetyCheckService:
    """``check(text)`` → :class:`SafetyAssessment`, with the semantic layer when available."""

    def __init__(
        self, embedder: Embedder | None = None, translators: TranslatorSource | None = None
    ) -> None:
        self._embedder = embedder
        self.translators = translators or TranslatorSource()
        self._classifier: SafetyClassifier | None = None
        self._lock = threading.Lock()

    def classifier(self) -> SafetyClassifier:
        with self._lock:
            if self._classifier is None:
                self._classifier = SafetyClassifier(self._embedder or MiniLMEmbedder())
            return self._classifier

    def semantic_available(self) -> bool:
        return self.classifier().available()

    def check(
        self, text: str, *, semantic: bool = True, load_model: bool = True, translate: bool = True
    ) -> SafetyAssessment:
        """Assess ``text``; ``semantic=False`` or a missing model gives the rules alone.

        ``translate`` adds the second look at other languages when the language model is
        ready (only with ``semantic`` and ``load_model``: it loads a model of its own).
        """
        if not semantic:
            return assess_phrases(text)
        classifier = self.classifier()
        loaded = bool(getattr(classifier.embedder, "loaded", True))
        scorer = classifier if classifier.available() and (loaded or load_model) else None
        result = SafetyDetector(semantic_scorer=scorer).assess(text)
        if not (translate and load_model):
            return result
        return with_translation(text, result, self.translators.translator(), scorer)

    def check_with_history(
        self, text: str, other_days_with_signs: int, **options: bool
    ) -> SafetyAssessment:
        """``check`` plus the recent-days rule (signs on several recent days → urgent)."""
        return with_recent_days(self.check(text, **options), other_days_with_signs)


_DEFAULT: SafetyCheckService | None = None
_DEFAULT_LOCK = threading.Lock()


def default_safety_service() -> SafetyCheckService:
    """A process-wide service, so the model is loaded at most once per process."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = SafetyCheckService()
        return _DEFAULT
