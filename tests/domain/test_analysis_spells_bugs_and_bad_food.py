"""Dizziness, vertigo, food poisoning, sore gums, bedbugs and a needlestick as the writer's own.

Why: a dizzy spell, vertigo, food poisoning, sore gums, bedbugs and a needlestick told in a bad
part ("Vertigo attack in the middle of the big shop", "Food poisoning in …, two days within
reach of the loo") chipped nothing, where every writer who told one of their own labelled
health. They are topics, read only in a bad part: fine or negated ("without getting dizzy"),
someone else's ("my neighbour's got bedbugs") or told in a good part, they name no strain.
Each case shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Dizzy spell on the bus, had to get off two stops early.", True),
        ("Woke up dizzy again and had to sit on the edge of the bath.", True),
        ("Vertigo's back, can't even bend down to tie my laces.", True),
        ("Food poisoning from the work buffet, a wasted weekend.", True),
        ("Gums bleeding every time I brush and it's getting worse.", True),
        ("Campsite had bedbugs, I'm covered and I've barely slept.", True),
        ("Needlestick on the ward this afternoon, an awful wait for bloods now.", True),
        ("Climbed the ladder to the loft without getting dizzy, progress.", False),
        ("My neighbour's got bedbugs and he's embarrassed about it.", False),
        ("No vertigo at all this week, walked to the shops and back.", False),
        ("The rollercoaster was dizzy fun, screamed the whole way round.", False),
    ],
)
def test_dizziness_bugs_and_bad_food_are_health_in_a_bad_part(text: str, health: bool) -> None:
    assert ("health" in predict(text).stress) is health
