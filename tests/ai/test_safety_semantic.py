"""The semantic half of the safety detector, with the real MiniLM model."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from neuroleaf_desktop.ai.safety_semantic import EmbeddingSafetyScorer
from neuroleaf_desktop.domain.safety import (
    DEFAULT_SEMANTIC_THRESHOLD,
    SafetyDetector,
    Severity,
    assess_phrases,
)
from neuroleaf_desktop.domain.safety.evaluation import Row, measure, parse_rows

DATA = Path(__file__).parents[1] / "data" / "safety_sentences.tsv"


@pytest.fixture(scope="module")
def scorer() -> Iterator[EmbeddingSafetyScorer]:
    real = EmbeddingSafetyScorer()
    assert real.available(), "the all-MiniLM-L6-v2 package should be installed"
    yield real


def test_paraphrase_scores_above_everyday_text(scorer: EmbeddingSafetyScorer) -> None:
    """The classifier's probability: a paraphrase far above an ordinary day."""
    crisis = scorer("Maybe everyone would sleep better if I just disappeared for good.")
    everyday = scorer("Made soup and watched the rain. A quiet, ordinary Sunday.")
    assert 0.0 <= everyday < crisis <= 1.0
    assert crisis - everyday > 0.3


def test_semantic_layer_raises_only_to_concern(scorer: EmbeddingSafetyScorer) -> None:
    detector = SafetyDetector(semantic_scorer=scorer, semantic_threshold=0.7)
    # A paraphrase the phrase rules do not know ("vanished"), so only the classifier sees it.
    text = "Maybe everyone would sleep better if I vanished for good."
    assert not assess_phrases(text).flagged
    result = detector.assess(text)
    assert result.flagged and result.severity is Severity.CONCERN
    assert result.semantic_score is not None and result.semantic_score >= 0.7


def test_negated_and_third_person_never_reach_the_scorer() -> None:
    """Figurative uses do reach it; the labelled-set test shows they stay below threshold."""
    asked: list[str] = []

    def spy(text: str) -> float:
        asked.append(text)
        return 1.0

    detector = SafetyDetector(semantic_scorer=spy)
    for text in ("I would never kill myself.", "My brother told me he wants to kill himself."):
        assert not detector.assess(text).flagged
    assert asked == []
    assert detector.assess("A quiet day at the lake.").flagged  # ordinary English text reaches it


def test_labelled_set_with_the_semantic_layer(scorer: EmbeddingSafetyScorer) -> None:
    """At its tuned threshold the model must not cost precision or clear-positive recall."""
    detector = SafetyDetector(semantic_scorer=scorer)
    assert detector.threshold() == scorer.threshold != DEFAULT_SEMANTIC_THRESHOLD
    tp = fp = fn = 0
    clear_missed = []
    with DATA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            flagged = detector.assess(row["sentence"]).flagged
            label = row["label"] == "1"
            tp += flagged and label
            fp += flagged and not label
            fn += label and not flagged
            if label and not flagged and row["category"] == "clear_positive":
                clear_missed.append(row["sentence"])
    assert clear_missed == []
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.95


# ---- the trained classifier (ai/data/safety_classifier.json) -------------------------------

SET = Path(__file__).parents[1] / "data" / "safety"


def test_weights_ship_with_the_package_and_match_the_model(scorer: EmbeddingSafetyScorer) -> None:
    trained = scorer.trained
    assert trained is not None
    assert trained.model_key == scorer.embedder.model_key
    assert trained.weights.shape == (scorer.embedder.dim,)
    assert 0.5 <= trained.threshold < 1.0
    assert scorer.threshold == trained.threshold


def test_classifier_names_a_category(scorer: EmbeddingSafetyScorer) -> None:
    verdict = scorer.classify("Everyone would honestly be happier if I just wasn't around.")
    assert verdict.score >= scorer.threshold
    assert verdict.category is not None
    calm = scorer.classify("Made pancakes with the kids and went to the park.")
    assert calm.score < scorer.threshold


def test_test_half_with_the_semantic_layer(scorer: EmbeddingSafetyScorer) -> None:
    """Rules + MiniLM on the test half: the same targets as the rules alone, measured once."""
    rows: list[Row] = []
    for path in sorted(SET.glob("*.tsv")):
        rows += [r for r in parse_rows(path.read_text(encoding="utf-8")) if r.split == "test"]
    detector = SafetyDetector(semantic_scorer=scorer)
    figures = measure(rows, lambda t: detector.assess(t).flagged)
    assert figures.explicit.recall == 1.0
    assert figures.warning.recall >= 0.9
    assert figures.overall.precision >= 0.9, [r.text for r in figures.false_alarms]
