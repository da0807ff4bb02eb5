"""Feeling a failure at one's part, told with a degree or a judgement ("felt like such a fraud",
"I feel like a rubbish dad", "feel like the worst mum ever", "such a crap mate")
is shame, as "feel like a fraud" and "feel like a failure" already were. A poor thing given and
a joke about someone else's part are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Forgot the school trip money again, I feel like a rubbish mum",
        "Missed her birthday call because of the late shift, felt like such a terrible friend",
        "Felt like such a fraud standing up to give the talk on budgeting",
        "Cancelled on Jess for the third time, felt like such a crap mate",
        "Forgot the costume again, feel like the worst mum ever",
        "Can't carry the shopping up for my mum, feel like a useless daughter",
    ],
)
def test_poor_at_my_part_is_shame(text: str) -> None:
    assert "shame" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Bought my dad a terrible tie for Christmas, he wore it anyway",
        "She's a rubbish dad joke teller but I love her",
    ],
)
def test_no_shame_of_the_writers(text: str) -> None:
    assert "shame" not in predict(text).emotions
