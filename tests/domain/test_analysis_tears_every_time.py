"""Tears that come every time: "can't talk about her without crying", "couldn't get through the
speech without choking up". The inability before "without" says the tears come, so the writer's
sadness; tears held back through a thing ("got through the day without crying", "swallowed it
without crying") stay none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Can't look at his old coat on the hook without crying",
        "I still can't talk about Grandma without tearing up",
        "Couldn't get through the first verse at the funeral without choking up",
        "The shop closes on Friday and I can't think about it without welling up",
        "Can't read her last text without bawling",
        "We couldn't say goodbye to the old house without getting upset",
    ],
)
def test_tears_that_come_every_time_are_sadness(text: str) -> None:
    assert "sadness" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Got through the whole appointment without crying, proud of myself",
        "Took the plaster off without tears for once",
        "Can't wait to see you, without a doubt the best news all year",
    ],
)
def test_tears_held_back_are_no_sadness(text: str) -> None:
    assert "sadness" not in predict(text).emotions
