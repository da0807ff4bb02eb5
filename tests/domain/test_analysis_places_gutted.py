""" "Gutted" said of a room, a building or a vehicle ("the kitchen's gutted", "the whole ground
floor was gutted by the fire", "the caravan got gutted in the blaze") tells a place stripped
bare, no sadness of the writer's; the writer gutted ("I'm gutted", "Gutted we lost") stays
sadness, and so does a place that stands for the people in it ("the whole office was gutted"
when a colleague leaves).

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The kitchen's gutted but nobody was hurt",
        "Whole ground floor was gutted by the fire, we're at the in-laws",
        "Flat's been gutted after the flood, nothing left but the joists",
        "Our caravan was completely gutted, walls and all",
        "The shop next door got gutted in the blaze overnight",
        "Bathroom is gutted now, builders back Monday to tile",
        "The old barn was gutted by the storm and the roof's on the lawn",
    ],
)
def test_a_place_gutted_is_no_sadness(text: str) -> None:
    assert "sadness" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "I'm gutted about the result",
        "Gutted we lost the final in the last minute",
        "Absolutely gutted, the flat fell through",
    ],
)
def test_the_writer_gutted_stays_sadness(text: str) -> None:
    assert "sadness" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "The whole ground floor was gutted by the fire",
        "Our caravan was completely gutted, walls and all",
    ],
)
def test_a_place_gutted_is_still_bad_news(text: str) -> None:
    assert predict(text).polarity == "neg"
