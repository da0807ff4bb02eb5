"""Feeling words in other senses: "chilled to the bone" is cold, not calm; "lucky her", "lucky
sod" or "lucky them" is someone else's luck, not the writer's thanks; a weeping willow, a tap or
a joint weeping is a thing, not the writer's tears. The writer chilled out, lucky to have
someone, or weeping stays as before.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Stood on the platform for an hour, chilled to the bone", "calm"),
        ("Came in from the allotment chilled right through", "calm"),
        ("Cycled home in sleet and I'm chilled to the core", "calm"),
        ("My sister's off to Bali for a month, lucky her", "gratitude"),
        ("He won the office sweepstake again, lucky sod", "gratitude"),
        ("The neighbours have a fortnight in Crete, lucky them", "gratitude"),
        ("The joint under the sink is weeping again", "sadness"),
        ("Ate my sandwich under the weeping willow by the canal", "sadness"),
    ],
)
def test_a_feeling_word_in_another_sense_is_no_feeling(text: str, emotion: str) -> None:
    assert emotion not in predict(text).emotions


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Chilled Sunday, crossword and a long bath", "calm"),
        ("So lucky to have a sister like her", "gratitude"),
        ("I was weeping in the car park after the appointment", "sadness"),
    ],
)
def test_the_writers_own_feeling_stays(text: str, emotion: str) -> None:
    assert emotion in predict(text).emotions
