"""Today measured against last year is no time left behind.

"Pay rise smaller than last year …, love that for me" sets today against last year: the
trouble is now, so the irony after it stands (anger, money) and is not read as a hard time
overcome. A hard time told as last year's, then the good since, still reads as overcome. The
sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Pay rise smaller than last year after all that overtime, brilliant, love that for me",
        "Heating bill higher than last winter, great, love that for us",
    ],
)
def test_a_sum_against_last_year_is_now(text: str) -> None:
    prediction = predict(text)
    assert "money" in prediction.stress
    assert "anger" in prediction.emotions and prediction.polarity == "neg"


def test_a_hard_time_last_year_is_still_overcome() -> None:
    text = "Last year I was drowning in debt, cleared every penny this spring"
    prediction = predict(text)
    assert not prediction.stress and prediction.polarity == "pos"
