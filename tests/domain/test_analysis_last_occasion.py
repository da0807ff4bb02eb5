"""A sentence opened by "Last" and an occasion gone by ("Last drought …", "Last posting …",
"Last flare-up …") and turned in the same sentence to a present of the same kind told with no
trouble ("now …", "this base is lovely and quiet") tells a trouble that is over: no stressor.
A present said to be like the past ("just as loud", "no better") and the final one of a run
("Last exam tomorrow") keep theirs.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Last posting I hardly slept for the noise, this base is lovely and quiet", "sleep"),
        ("Last contract the client screamed at me weekly, this one is a dream", "conflict"),
        ("Last harvest we were drowning in debt, this year we're finally ahead", "money"),
        ("Last flare-up I couldn't sleep for a week, now I'm sleeping like a baby", "sleep"),
        (
            "Last placement my mentor tore my essays apart, this placement is so much calmer",
            "study",
        ),
        (
            "Last tour the boss rode us into the ground, now we've got a decent crew and I'm "
            "loving it",
            "work",
        ),
    ],
)
def test_a_trouble_of_an_occasion_gone_by_is_over(text: str, category: str) -> None:
    got = predict(text)
    assert category not in got.stress
    assert got.polarity != "neg"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Last trial the monitor beeped all night and I barely slept, and this unit is "
            "just as loud",
            "sleep",
        ),
        ("Last exam tomorrow and I'm panicking about it", "study"),
        ("Last rotation my consultant shouted at me daily and this one's no better", "conflict"),
    ],
)
def test_a_trouble_carried_on_or_to_come_stays(text: str, category: str) -> None:
    assert category in predict(text).stress
