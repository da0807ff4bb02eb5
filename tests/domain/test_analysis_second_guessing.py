"""Doubting a choice over and over, told as second-guessing ("it has me second-guessing every
email", "makes me second-guess every decision", "spent the night second-guessing what I said")
is the writer's worry. A second guess in a quiz and someone else's second-guessing are none of
the writer's.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "It has me second-guessing every email I send",
        "Keep second-guessing the quote I gave the Hendersons",
        "He's started making me second-guess every decision about the kids",
        "Been second guessing the move all week, what if it's a mistake",
        "Spent the night second-guessing what I said to my boss",
        "I second-guessed the dosage three times before I gave it",
    ],
)
def test_second_guessing_is_anxiety(text: str) -> None:
    assert "anxiety" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "My second guess on the quiz was right",
        "She keeps second-guessing herself, poor thing",
    ],
)
def test_a_look_alike_is_no_anxiety(text: str) -> None:
    assert "anxiety" not in predict(text).emotions
