"""A close person who carries the writer's share ("my husband had to pour my tea", "Wife is
doing everything", "my son has taken over the shopping") while the writer blames themself for
it ("I feel so guilty", "I feel like a burden", "I was embarrassed") is support, not a
stressor: the writer's trouble is with themself, and the chores carried (the school run, the
kids' pickups) are the other person's doing (the labelling guide: people as company or
support are not stressors). A person who leaves the share undone, one told worn out by it
("and she's exhausted"), or a guilt the writer feels about a row with them, keeps the person
the trouble.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "My wife has been doing all the cooking since my op and I feel like a right burden",
            "relationships",
        ),
        (
            "Couldn't grip the pan tonight, my boyfriend had to cook and I felt useless",
            "relationships",
        ),
        (
            "My daughter has taken over the washing and the ironing and I feel awful about it",
            "family",
        ),
        ("Hubby's juggling the bills alone while I'm laid up, feel so guilty", "relationships"),
        (
            "My mum had to come and bath the kids again tonight, honestly I'm ashamed",
            "family",
        ),
        (
            "My girlfriend is stuck doing every school run while I recover and I feel terrible",
            "commute",
        ),
        ("I feel like such a burden on my husband, he does everything now", "relationships"),
        (
            "My son's been doing the school run every day since my fall and I feel so guilty",
            "family",
        ),
    ],
)
def test_a_share_carried_for_the_writer_is_no_stressor(text: str, category: str) -> None:
    assert category not in predict(text).stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My husband never does the school run and I'm the one who feels guilty", "relationships"),
        ("Screamed at my sister over the washing up and I feel awful", "family"),
        (
            "My wife's doing all the driving now and she's exhausted, I feel so guilty",
            "relationships",
        ),
        (
            "My partner is doing my head in with his snoring, I feel terrible saying it",
            "relationships",
        ),
    ],
)
def test_a_share_left_undone_or_a_row_keeps_the_person(text: str, category: str) -> None:
    assert category in predict(text).stress
