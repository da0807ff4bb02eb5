""" "What's the point of …" is hopelessness about living, or a complaint about one named thing.

"What's the point of trying anymore" and "I don't see the point in waking up" speak of living
itself; "what's the point of going on holiday if it rains" and "… of trying to fix the printer"
name a goal or an occasion, and flagging them would show a safety card over an ordinary moan.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess

ABOUT_LIVING = [
    "I don't see the point in waking up anymore.",
    "what's the point of waking up tomorrow",
    "honestly what's the point of getting up anymore",
    "I can't see any point in waking up.",
    "what's the point of trying anymore",
    "I don't see the point in carrying on.",
    "what's the point of any of it",
    "what's the point of trying to get better, nothing changes",
    "what's the point of going on like this",
    "what's the point of living at all",
    "there's no point in carrying on with life",
    "no point in planning for the future",
    "there's no sense in going on.",
]

ABOUT_ONE_THING = [
    "what's the point of waking up early if the shop opens at ten",
    "I don't see the point of waking up at six on a Sunday.",
    "what's the point of getting up for a meeting that could be an email",
    "what's the point of trying to fix the printer, it's older than me",
    "I don't see the point of trying out for the team again.",
    "what's the point in carrying on with the diet if I cheat every weekend",
    "Honestly what's the point of anything in this budget meeting.",
    "what's the point of going on holiday if it rains every day",
    "I don't see the point in going on with the course.",
    "no point in carrying on with the quiz when we're that far behind",
]


@pytest.mark.parametrize("text", ABOUT_LIVING)
def test_the_point_of_living_is_a_sign(text: str) -> None:
    assert assess(text).flagged


@pytest.mark.parametrize("text", ABOUT_ONE_THING)
def test_the_point_of_one_named_thing_is_not(text: str) -> None:
    assert not assess(text).flagged
