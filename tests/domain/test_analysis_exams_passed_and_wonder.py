"""An exam passed however long its name, and "can't quite believe it" as wonder.

"Passed the last of my accountancy exams" passes the exams named at the clause's end: no
study strain; passing out before one is no pass. "Can't quite believe it" is the wonder of
"can't believe it" with a softening word between, no inability, while "can't really focus"
and "still can't quite take my weight" stay strain. The sentences are written for these
tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def test_an_exam_passed_far_from_its_verb_is_no_strain() -> None:
    prediction = predict("Passed the last of my accountancy exams, still can't quite believe it")
    assert "study" not in prediction.stress
    assert prediction.polarity == "pos"


def test_wonder_with_a_softening_word_is_good_news() -> None:
    assert predict("Permanent contract at last, can't quite believe it").polarity == "pos"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Nearly passed out before the exam, my hands wouldn't stop shaking", "study"),
        ("Exams start Monday and I can't really focus on anything", "study"),
        ("The knee still can't quite take my weight", "health"),
    ],
)
def test_strain_still_chips(text: str, category: str) -> None:
    assert category in predict(text).stress
