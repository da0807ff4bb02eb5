"""Outrage the writer names: a price called theft ("takes 18% commission, daylight robbery") and
a plain report closed by a judgement of it ("asking for a 'loan' the very next day, the cheek",
"the waiting list was eighteen months, bloody ridiculous", "tried to flog me three products,
no thank you") are the writer's anger, as a closing "honestly" after a grievance already was.
A cheek kissed and "ridiculous" closing a happy moment are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Forty quid for a parking permit, daylight robbery",
        "They want twelve pound for a sandwich at the station, absolute daylight robbery",
        "Vet charged ninety for a nail trim, daylight robbery",
        "Landlord wants six months' rent upfront, the cheek",
        "Neighbour parked across our drive and then asked us to move our bins, the cheek of it",
        "Three hours on hold to be told to ring back Monday, bloody ridiculous",
        "Salesman rang four times before nine, no thank you",
        "Council says the pothole isn't deep enough to fix, absolutely ridiculous",
    ],
)
def test_outrage_named_is_anger(text: str) -> None:
    assert "anger" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "She kissed me on the cheek and said thanks, lovely moment",
        "Danced round the kitchen with the kids to the radio, ridiculous",
    ],
)
def test_no_outrage(text: str) -> None:
    assert "anger" not in predict(text).emotions
