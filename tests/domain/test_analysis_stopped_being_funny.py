"""A joke that has stopped being funny ("it stopped being funny weeks ago", "his dad jokes
stopped being fun", "the pranks have stopped being remotely funny") is an annoyance now: no
laugh, no joy of the writer's. A thing told funny ("the comedian was so funny", "it was really
funny watching Dad try to skate") is still joy.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "My flatmate keeps hiding my keys as a prank and it stopped being funny weeks ago",
        "His dad jokes stopped being fun around the fortieth time, I'm fuming",
        "The office pranks have stopped being remotely funny, I'm sick of it",
        "Sister's been hiding my phone charger for a week and it's stopped being funny",
        "Your practical jokes stop being fun when I'm the one cleaning up, honestly furious",
        "Dad's running gag about my haircut stopped being funny after the tenth time",
    ],
)
def test_a_joke_that_stopped_being_funny_is_no_joy(text: str) -> None:
    assert "joy" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "The comedian was so funny we cried laughing",
        "It was really funny watching Dad try to skate",
    ],
)
def test_a_thing_told_funny_is_still_joy(text: str) -> None:
    assert "joy" in predict(text).emotions
