"""Closing praise after a thing that will not do its job ("The car won't start again, so that's
fun", "the new sofa doesn't fit through the door, fantastic") is irony, the writer's
annoyance (anger in the guide) and a negative sentence, as after a named trouble; "so that's
fun" closes like "lovely" does. After a pleasant thing it is meant ("Got tickets for the
panto, so that's fun"), and a person who won't work is a choice ("I won't work weekends
anymore, lovely").

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The car won't start again, so that's fun",
        "Printer isn't working and the report's due at nine, fun",
        "The new sofa doesn't fit through the front door, fantastic",
        "Washing machine won't drain, that's fun",
        "The key doesn't turn in the lock, so that's fun",
        "The pram doesn't fit in the lift at the station, brilliant",
    ],
)
def test_praise_after_a_thing_that_fails_is_anger(text: str) -> None:
    got = predict(text)
    assert "anger" in got.emotions
    assert got.polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Got tickets for the panto, so that's fun",
        "I won't work weekends anymore, lovely",
        "Went bowling with the kids, fun",
    ],
)
def test_praise_after_good_news_or_a_choice_is_no_anger(text: str) -> None:
    assert "anger" not in predict(text).emotions
