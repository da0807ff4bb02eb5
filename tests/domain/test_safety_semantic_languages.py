"""Which languages the detector asks the semantic layer about, and at which threshold.

A plain scorer (or an older classifier) reads English only; a ``MultilingualClassifier`` names
the languages its thresholds were cross-validated for. The rules' own decisions (negated,
about someone else) still keep the text from it in every language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from neuroleaf_desktop.domain.safety import (
    MultilingualClassifier,
    SafetyDetector,
    SemanticClassifier,
    SemanticVerdict,
    Severity,
)

GERMAN = "Ich bin so müde und habe keine Kraft mehr."
ENGLISH = "A quiet day at the lake, nothing much happened."


@dataclass
class Spy:
    """A classifier that answers a fixed score and remembers what it was asked."""

    score: float
    threshold: float = 0.9
    asked: list[str] = field(default_factory=list)

    def classify(self, text: str, /) -> SemanticVerdict:
        self.asked.append(text)
        return SemanticVerdict(self.score)


@dataclass
class MultilingualSpy(Spy):
    per_language: dict[str, float] = field(default_factory=dict)

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self.per_language)

    def threshold_for(self, language: str, /) -> float:
        return self.per_language.get(language, self.threshold)


def test_a_plain_classifier_is_asked_about_english_only() -> None:
    spy = Spy(score=0.95)
    assert isinstance(spy, SemanticClassifier) and not isinstance(spy, MultilingualClassifier)
    detector = SafetyDetector(semantic_scorer=spy)
    assert not detector.assess(GERMAN).flagged
    assert detector.assess(ENGLISH).flagged
    assert spy.asked == [ENGLISH]


def test_a_multilingual_classifier_is_asked_with_its_language_threshold() -> None:
    spy = MultilingualSpy(score=0.8, per_language={"en": 0.9, "de": 0.7})
    assert isinstance(spy, MultilingualClassifier)
    detector = SafetyDetector(semantic_scorer=spy)
    german = detector.assess(GERMAN)
    assert german.flagged and german.severity is Severity.CONCERN  # 0.8 >= the German 0.7
    assert not detector.assess(ENGLISH).flagged  # 0.8 < the English 0.9
    assert detector.threshold("de") == 0.7 and detector.threshold() == 0.9
    assert not detector.assess("Je suis fatiguée et je ne dors pas.").flagged  # not its language
    assert spy.asked == [GERMAN, ENGLISH]


def test_rule_decisions_keep_other_languages_from_the_classifier_too() -> None:
    spy = MultilingualSpy(score=1.0, per_language={"de": 0.5, "es": 0.5, "it": 0.5})
    detector = SafetyDetector(semantic_scorer=spy)
    decided = ("Meine Freundin sagt, sie will sterben.", "No quiero morir.", "Non voglio morire.")
    for text in decided:
        assert not detector.assess(text).flagged, text
    assert spy.asked == []


def test_an_explicit_threshold_overrides_every_language() -> None:
    spy = MultilingualSpy(score=0.8, per_language={"en": 0.9, "de": 0.7})
    detector = SafetyDetector(semantic_scorer=spy, semantic_threshold=0.85)
    assert not detector.assess(GERMAN).flagged
