"""A good thing the writer calls a small win ("Ran to the bus stop without wheezing, small win",
"tiny wins") and a heart that melted ("the toddler waved at me, I melted") are the writer's joy.
A small window, a win someone else had, a win negated or wished for, and cheese or ice that
melted are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Ran for the bus without wheezing, small win",
        "Got the baby to nap in the cot, not on me. Small wins!",
        "Answered the phone to a stranger without rehearsing first, tiny win",
        "Cooked a proper meal instead of toast, little win but it counts",
        "The grumpy old man at number six waved back today, I melted",
        "My nephew wrote me a card with every word spelt wrong and my heart melted",
        "Replied to all my emails before lunch. Small wins, honestly",
    ],
)
def test_a_small_win_or_a_melted_heart_is_joy(text: str) -> None:
    assert "joy" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Only a small window to get the washing dry before the rain",
        "No small wins today, everything went wrong",
        "The cheese melted all over the oven floor",
        "Snow melted overnight and the lane is a river",
        "She says it was a small win for the union, whatever that means",
    ],
)
def test_a_look_alike_is_no_joy(text: str) -> None:
    assert "joy" not in predict(text).emotions
