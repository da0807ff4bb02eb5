"""Tears the writer calls happy in the same breath ("cried happy tears in the loo", "sobbed
tears of joy", "wept with joy") are joy, and the crying word inside them names no sadness,
whatever else the sentence holds ("alone", "by myself", "legs destroyed"). Tears told apart
from happiness ("cried, not happy tears") stay sadness.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "My daughter rode her bike on her own and I cried happy tears behind my sunglasses",
        "Passed my driving test after four goes, sobbed tears of joy in the car park by myself",
        "Dad walked the corridor alone and I wept with joy",
        "Weeping for joy at the finish line, legs destroyed",
        "She wrote her name by herself for the first time, I had a happy cry in the shed",
        "We were crying tears of happiness in the empty waiting room when the call came",
        "Bawled happy tears on the bus home, no one sat near me",
    ],
)
def test_tears_called_happy_are_joy_not_sadness(text: str) -> None:
    emotions = predict(text).emotions
    assert "joy" in emotions
    assert "sadness" not in emotions


@pytest.mark.parametrize(
    "text",
    [
        "Cried in the car after the funeral, not happy tears",
        "I cried all night and there was nothing happy about it",
        "Cried on the phone to mum, no happy news from the clinic",
    ],
)
def test_tears_not_called_happy_stay_sadness(text: str) -> None:
    assert "sadness" in predict(text).emotions
