"""A flag the semantic layer raises alone is withdrawn for a short everyday frame with no dark
word (``everyday_plain``), with the real MiniLM classifier, both ways.

The sentences are written for this file, not copied from any labelled set.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from neuroleaf_desktop.ai.safety_semantic import EmbeddingSafetyScorer
from neuroleaf_desktop.domain.safety import SafetyDetector, assess_phrases


@pytest.fixture(scope="module")
def scorer() -> Iterator[EmbeddingSafetyScorer]:
    real = EmbeddingSafetyScorer()
    assert real.available(), "the all-MiniLM-L6-v2 package should be installed"
    yield real


def test_a_headache_is_not_flagged_and_keeps_its_score(scorer: EmbeddingSafetyScorer) -> None:
    """Lying down in the dark "waiting for it to pass" sounds like waiting for an end: earlier
    weights scored this ordinary headache over the Portuguese threshold and the named ailment's
    frame withdrew the flag (``tests/domain/test_safety_everyday_plain.py`` holds that
    withdrawal with a fixed score); the neighbour weights read it as ordinary. Either way the
    detector does not flag it and reports the classifier's score."""
    text = "Dor de cabeça desde cedo, vou deitar no escuro e esperar passar."
    assert not assess_phrases(text).flagged
    score = scorer.classify(text).score
    result = SafetyDetector(semantic_scorer=scorer).assess(text)
    assert not result.flagged
    assert result.semantic_score == pytest.approx(score)


@pytest.mark.parametrize(
    "text",
    [
        "Sinto falta do meu avô nas tardes de domingo.",
        "Sinto falta da república em Ouro Preto, das noites de violão.",
        "Mi manca mia madre, soprattutto la domenica a pranzo.",
        "Passei na prova de direção! Me sinto invencível.",
        "Dor de dente às três da manhã, e o dentista só abre segunda. Noite comprida.",
        "Mal di denti da ieri sera, domani chiamo il dentista. Stanotte non si dorme.",
        "Dans cette salle d'attente je m'ennuie tellement que je pourrais en crever.",
    ],
)
def test_everyday_frames_are_not_flagged(scorer: EmbeddingSafetyScorer, text: str) -> None:
    assert not SafetyDetector(semantic_scorer=scorer).assess(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        # missing the wish to live is not nostalgia ("mi manca la voglia di vivere" is read by
        # the rules now, with the will to live lost: tests/domain/test_safety_everyday_objects.py)
        "Sinto falta de quando eu tinha vontade de viver.",
        # a wait, and not knowing whether one can hold out until then; the neighbour weights
        # miss it (a known miss, kept strict so a fix shows: docs/SAFETY_CLASSIFIER_ROUNDS.md)
        pytest.param(
            "Consulta com o psiquiatra só daqui a quatro meses e eu não sei se aguento até lá.",
            marks=pytest.mark.xfail(strict=True, reason="a known miss of the shipped weights"),
        ),
    ],
)
def test_close_signs_in_the_same_frames_stay_flagged(
    scorer: EmbeddingSafetyScorer, text: str
) -> None:
    """The rules find nothing here: only the classifier sees the sign, and the frame's dark
    word (living, holding out) keeps its flag."""
    assert not assess_phrases(text).flagged
    assert SafetyDetector(semantic_scorer=scorer).assess(text).flagged, text
