"""Delight told by a peak or by a show the writer could not help ("best night in ages", "best
feeling in the world", "loved every minute", "can't stop smiling", "I actually squealed") is
the writer's joy. A night judged best only for its rest ("best night in a week", slept on the
floor), brakes that squeal and a peak someone else names are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Quiz team won the league on the last question, best night in ages",
        "Finally got the keys to my own place, best feeling in the world",
        "Three days of walking in the rain with the lads and loved every minute",
        "Got the email saying I'm through to the final, can't stop smiling",
        "Saw the foal stand up for the first time and I squealed like a kid",
        "Grandkids came for the whole weekend, best day in years",
    ],
)
def test_delight_shown_is_joy(text: str) -> None:
    assert "joy" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Slept on the floor with the dog, best night in a week",
        "The brakes squealed all the way down the hill, terrifying",
        "Everyone says it's the best feeling in the world but I just feel numb",
    ],
)
def test_no_delight_of_the_writers(text: str) -> None:
    assert "joy" not in predict(text).emotions
