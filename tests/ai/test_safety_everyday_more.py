"""The newer everyday frames that withdraw a classifier-only flag (``everyday_plain``: a shop
sold out, "today I don't exist" beside a named ailment), with the real MiniLM classifier, both
ways.

The sentences are written for this file, not copied from any labelled set.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from neuroleaf_desktop.ai.safety_semantic import EmbeddingSafetyScorer
from neuroleaf_desktop.domain.safety import SafetyDetector, assess_phrases
from neuroleaf_desktop.domain.safety.language import guess_language


@pytest.fixture(scope="module")
def scorer() -> Iterator[EmbeddingSafetyScorer]:
    real = EmbeddingSafetyScorer()
    assert real.available(), "the all-MiniLM-L6-v2 package should be installed"
    yield real


@pytest.mark.parametrize(
    "text",
    [
        # "nothing left for me" at the bakery: the classifier hears the words of no future
        "Não sobrou nada pra mim na padaria",
    ],
)
def test_a_frame_the_classifier_flags_is_withdrawn(
    scorer: EmbeddingSafetyScorer, text: str
) -> None:
    """The classifier alone scores these over the Portuguese threshold; the frame, with no
    dark word, withdraws the flag and keeps the score."""
    assert not assess_phrases(text).flagged
    score = scorer.classify(text).score
    assert score >= scorer.threshold_for(guess_language(text))
    result = SafetyDetector(semantic_scorer=scorer).assess(text)
    assert not result.flagged, text
    assert result.semantic_score == pytest.approx(score)


def test_out_of_action_with_the_flu_is_not_flagged(scorer: EmbeddingSafetyScorer) -> None:
    """Earlier weights scored this over the Portuguese threshold and the ailment's frame withdrew
    the flag (the domain tests hold that withdrawal with a fixed score); the neighbour weights
    read it as ordinary. Either way the detector does not flag it and keeps the score."""
    text = "Gripe forte, febre e sofá. Hoje não existo."
    assert not assess_phrases(text).flagged
    result = SafetyDetector(semantic_scorer=scorer).assess(text)
    assert not result.flagged
    assert result.semantic_score == pytest.approx(scorer.classify(text).score)


def test_not_existing_without_an_ailment_stays_flagged(scorer: EmbeddingSafetyScorer) -> None:
    """The same "hoje não existo" with nobody noticing a disappearance is a sign: no ailment
    frames it, and "sumir" is a dark word. Only the classifier sees it."""
    text = "Hoje não existo, ninguém ia reparar se eu sumisse."
    assert not assess_phrases(text).flagged
    assert SafetyDetector(semantic_scorer=scorer).assess(text).flagged
