"""A trouble told in the past, then a turn to the present that reads good ("The move back felt
like failing. A year in, I'm at peace with it", "Being out of work the last time nearly broke
me. This time I've got a routine", "When I left my job I thought I'd lost myself. Turns out I
quite like this") is over by now (the labelling guide: a part told as past followed by one
that says it is fine now names no stressor). A turn to a present that is still bad, or a past
told in the present tense, keeps the trouble.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Losing the job at the bakery flattened me. Two years on, I run my own stall and "
            "love it.",
            "work",
        ),
        (
            "The divorce was brutal. A year later I'm happier than I've been in a decade.",
            "relationships",
        ),
        (
            "When they cut my hours I thought we'd lose the house. Turns out we're happier on "
            "less.",
            "work",
        ),
        (
            "After the crash I couldn't sleep for months. Nowadays I wake up rested and happy.",
            "sleep",
        ),
        (
            "The last exam I sat, I panicked and failed it. This time I walked out smiling.",
            "study",
        ),
        (
            "Our first landlord was a total nightmare. These days we've got a lovely little "
            "place by the park.",
            "home",
        ),
        ("Chemo was hell on earth. Two years on, I'm fitter than ever and loving life.", "health"),
        (
            "I got made redundant in the spring and it crushed me, a few months on I'm loving "
            "the new place.",
            "work",
        ),
        (
            "We were up to our eyes in debt after the wedding. These days we're comfortable and "
            "so relieved.",
            "money",
        ),
    ],
)
def test_a_past_trouble_turned_to_a_good_now_is_over(text: str, category: str) -> None:
    assert category not in predict(text).stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Lost my job in the spring. Two months on, still nothing and I'm scared.", "work"),
        ("The rent went up again. This time I'm actually scared we won't make it.", "money"),
        ("My boss is a nightmare. These days I just dread Mondays.", "work"),
    ],
)
def test_a_turn_to_a_bad_now_keeps_the_trouble(text: str, category: str) -> None:
    assert category in predict(text).stress
