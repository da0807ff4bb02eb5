"""A trouble told, then said to be back to normal or cleared now ("Couldn't sleep on my side
for a week but I'm back to normal now", "Picked up a chest infection, all cleared now") is
over by now, as "… but it's fine now" already was: no stressor left. One that has not cleared
("still hasn't cleared") or a normal still to come stays.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Had a nasty chest infection over Christmas, all cleared now thank god", "health"),
        ("Put my back out at the gym last week but I'm back to normal now", "health"),
        ("Rash all over my arms for a fortnight, it's cleared up now", "health"),
        ("My ear infection dragged on for weeks but it's all cleared now", "health"),
        ("Insomnia was awful all through the move, we're back to normal now", "sleep"),
        ("Couldn't sleep a wink after the op but I'm back to normal now, phew", "sleep"),
        ("The migraines were relentless in March, all cleared now", "health"),
    ],
)
def test_a_trouble_back_to_normal_is_over(text: str, category: str) -> None:
    assert category not in predict(text).stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Chest infection still hasn't cleared, third week of coughing", "health"),
        ("They say I'll be back to normal soon but my knee still hurts badly, fed up", "health"),
    ],
)
def test_a_trouble_not_cleared_stays(text: str, category: str) -> None:
    assert category in predict(text).stress
