"""Dizziness, bad food, sore gums, bedbugs, a needlestick and a worn lower back as the writer's.

Why: a dizzy spell, vertigo, food poisoning, sore gums, bedbugs and a needlestick told in a bad
part ("Vertigo attack in the middle of the big shop", "Food poisoning in …, two days within
reach of the loo") chipped nothing, where every writer who told one of their own labelled
health. They are topics, read only in a bad part: fine or negated ("without getting dizzy"),
someone else's ("my neighbour's got bedbugs") or told in a good part, they name no strain.
The lower back worn out ("my lower back is done") chipped nothing because "lower back" was
matched before "back is done" could be; it is now a body part of its own, so every worn-out
state of a part reads for it too. Each case shows the rule both ways. The sentences are new,
written for these tests.
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


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Lifting boxes all week and my lower back is done.", True),
        ("Ten hours on the till, lower back's shot.", True),
        ("Lower back is done in after the move, can't even sit.", True),
        ("My lower back is fine now the new chair has come.", False),
    ],
)
def test_the_lower_back_worn_out_is_health(text: str, health: bool) -> None:
    assert ("health" in predict(text).stress) is health
