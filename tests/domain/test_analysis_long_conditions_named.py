"""Long-standing conditions named by their medical names ("Sciatica's acting up", "tinnitus is
getting worse", "carpal tunnel in my wrist", gout, PCOS) and an operation named by what it
mends ("after the bunion op", "knee op next week") are health topics in a bad part, as
tonsillitis and "op date" already were. Named in a good or plain part (a charity quiz, a paper
read, an op that went well) they are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Sciatica down my left leg all week, can't sit through a film",
        "Tinnitus so loud tonight I can't hear myself think",
        "Carpal tunnel flaring again, dropped two plates at work",
        "Gout's back in my big toe, can't get a shoe on",
        "Knee op is next week and I'm dreading the recovery",
        "Stuck on the sofa after the bunion op, can't even make a brew",
        "PCOS flaring up again and nobody at the surgery listens",
    ],
)
def test_a_condition_named_in_a_bad_part_is_health(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Tinnitus charity quiz at the pub tonight, won the raffle",
        "Read a paper on sciatica treatments for my course, fascinating",
        "The knee op went brilliantly, walking already",
    ],
)
def test_a_condition_named_plainly_or_gladly_is_none(text: str) -> None:
    assert "health" not in predict(text).stress
