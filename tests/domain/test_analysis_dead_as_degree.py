""" "Dead" as a degree before a quality ("dead quiet", "dead easy", "dead friendly", "dead
simple") means "very", no death and no loss; a thing or a person dead stays bad.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "New neighbours are dead friendly, already had us round for tea",
        "Shop was dead quiet all day and I got all the stock counted",
        "The new route is dead easy, home by four",
        "Test came back and the consultant said it was dead simple to fix",
        "Last posting was chaos but this ward has been dead calm",
        "Our lass's new school is dead nice and she's made two pals already",
    ],
)
def test_dead_as_a_degree_is_no_loss(text: str) -> None:
    got = predict(text)
    assert got.polarity != "neg"
    assert not got.stress


@pytest.mark.parametrize(
    "text",
    [
        "Phone's dead and I'm stuck at the station",
        "My granddad's been dead ten years today",
    ],
)
def test_a_thing_or_person_dead_stays_bad(text: str) -> None:
    assert predict(text).polarity == "neg"
