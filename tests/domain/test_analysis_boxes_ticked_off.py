"""A "ticked off" told of a task done is a box checked, no annoyance: what follows is the thing
checked or the span it holds for ("ticked off three jobs", "ticked off for another three
years"), or a thing stands before it ("the tax return ticked off"). The writer ticked off with
someone, or ticked off with a degree before it ("so ticked off at my manager"), stays anger.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "First aid refresher done, ticked off for another three years",
        "Got the MOT, the dentist and the tax return ticked off this morning, feels good",
        "That's the last of the Christmas cards ticked off",
        "Ticked off three jobs on the list before lunch",
        "We ticked off the whole to-do list by Friday",
        "Fire drill all ticked off for the term",
        "Gas safety cert ticked off for another year, one less thing",
        "She ticked off another country on the map in the hallway",
    ],
)
def test_a_box_ticked_is_no_anger(text: str) -> None:
    assert "anger" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "I'm really ticked off with the landlord",
        "Proper ticked off that they cancelled again",
        "So ticked off at my manager today",
        "Got ticked off for being late again by the supervisor",
        "Ticked off, the bus never came",
    ],
)
def test_the_writer_ticked_off_stays_anger(text: str) -> None:
    assert "anger" in predict(text).emotions
