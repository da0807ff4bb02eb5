"""Closing praise after a thing the writer cannot get or find ("Can't get a signal anywhere in
this house, perfect", "Couldn't get a table anywhere in town, brilliant") is irony, as it is
after a trouble a stressor word names: the writer's annoyance, which the guide calls anger,
and a negative sentence. "Can't get enough of" and "can't get over" are delight, no lack.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Can't get a signal anywhere in this house, perfect",
        "Couldn't get a table anywhere in town, brilliant",
        "Still can't get a straight answer out of the council, lovely",
        "Can't get a phone on contract for seven years after the default, brilliant",
        "We couldn't get a taxi after midnight, fantastic",
        "Can't find my size in any shop in town, wonderful",
        "I can't find a charger that fits this thing anywhere, marvellous",
    ],
)
def test_praise_after_a_lack_is_anger(text: str) -> None:
    got = predict(text)
    assert "anger" in got.emotions
    assert got.polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Can't get enough of this view, perfect",
        "Couldn't get over how kind the nurses were, lovely",
    ],
)
def test_delight_told_by_cannot_is_no_anger(text: str) -> None:
    assert "anger" not in predict(text).emotions
