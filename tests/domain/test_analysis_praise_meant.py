"""Praise that opens a sentence before good news is meant, not sarcasm.

"Fab, the twins slept right through" is a happy entry: reading its opening praise as irony
would give it a negative polarity, an anger chip and a stress category (family, commute,
work), which is untrue about the writer's day. The praise is meant when the happening after it
names a good outcome and nothing unpleasant; irony is made of pleasant words, so pleasant words
alone do not decide it. Each test pairs meant praise with sarcasm that must stay sarcasm. The
sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "Fab, the twins slept right through till seven.",
        "Brilliant, the meeting with the bank went really well.",
        "Lovely, the new sofa finally arrived.",
        "Perfect, the coach was on time for once.",
        "Great, the hire car was delivered on time.",
        "Amazing, my sister got the job she wanted.",
        "Wonderful, the ferry crossing went fine.",
    ],
)
def test_praise_before_a_good_outcome_is_meant(text: str) -> None:
    stress, emotions, polarity = chips(text)
    assert polarity in ("pos", "neutral")
    assert "anger" not in emotions
    assert not stress


@pytest.mark.parametrize(
    "text",
    [
        "Brilliant, the boiler broke again and nobody came.",
        "Fab, the kids were up all night screaming.",
        "Lovely, the parcel arrived damaged.",
        "Perfect, the train was cancelled and I missed the interview.",
        "Great, the appointment went well except they lost my notes again.",
        "Wonderful, the repair was not on time, again.",
    ],
)
def test_praise_before_trouble_stays_sarcasm(text: str) -> None:
    _, emotions, polarity = chips(text)
    assert "anger" in emotions
    assert polarity == "neg"
