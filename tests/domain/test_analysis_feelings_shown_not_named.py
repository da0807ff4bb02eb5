"""Feelings shown by a gesture, a self come back, pride denied, a swear or a braced body.

"Punched the air" and "felt like myself again" are joy, "not proud of what I said" shame,
"ffs" anger and "bracing myself" anxiety, though none names its feeling. Each pairs with a
look-alike that is no feeling of the writer's now. The sentences are written for these tests,
not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Got the offer email on the bus and punched the air like an idiot", "joy"),
        ("First run since the chemo and I felt like myself again", "joy"),
        ("Not proud of how I spoke to the delivery driver this morning", "shame"),
        ("Left my keys in the office again ffs", "anger"),
        ("Results letter due any day, bracing myself", "anxiety"),
    ],
)
def test_a_feeling_shown_is_read(text: str, emotion: str) -> None:
    assert emotion in predict(text).emotions


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("The striker punched the ball over the bar in the last minute", "joy"),
        ("So proud of how my daughter handled the interview", "shame"),
        ("She says she's bracing herself for the results", "anxiety"),
    ],
)
def test_a_look_alike_is_not_that_feeling(text: str, emotion: str) -> None:
    assert emotion not in predict(text).emotions


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Picked up a relaxing candle in the sale, third one this month", "calm"),
        ("Downloaded a calming app for the commute", "calm"),
    ],
)
def test_a_product_named_by_its_feeling_is_not_felt(text: str, emotion: str) -> None:
    assert emotion not in predict(text).emotions


def test_the_writer_calmed_by_it_still_is() -> None:
    assert "calm" in predict("Lit a candle, put the kettle on and felt so calm").emotions


@pytest.mark.parametrize(
    "text",
    [
        "Some numpty reversed into my bike outside the library",
        "Some joker has nicked the seat off my bike again",
    ],
)
def test_a_stranger_named_with_contempt_is_anger(text: str) -> None:
    assert "anger" in predict(text).emotions


def test_a_clown_hired_is_no_anger() -> None:
    assert "anger" not in predict("Booked a clown for the twins' party, they'll love it").emotions
