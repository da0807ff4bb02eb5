"""A stomach "in knots" is nerves however many words stand between: anxiety, no health chip.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Appraisal on Friday and my stomach's already in knots",
        "My stomach is still in knots about the phone call",
        "My stomach is already in knots about Monday",
    ],
)
def test_a_knotted_stomach_is_nerves_not_illness(text: str) -> None:
    got = predict(text)
    assert "health" not in got.stress
    assert "anxiety" in got.emotions


@pytest.mark.parametrize(
    "text",
    [
        "My stomach has been cramping all night",
        "Stomach ache all morning and I had to leave the meeting",
    ],
)
def test_a_stomach_that_hurts_is_still_health(text: str) -> None:
    assert "health" in predict(text).stress


def test_a_stomach_tied_in_knots_is_no_illness() -> None:
    assert "health" not in predict("Stomach has been tied in knots since the letter came").stress
