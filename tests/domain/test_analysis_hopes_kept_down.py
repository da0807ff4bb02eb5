"""Hopes kept down on purpose ("trying not to get my hopes up", "told us not to get our hopes
up", "don't want to get my hopes up", "keeping my hopes in check") name no hope of the
writer's: the writer holds it back, or someone tells them to. Hope named outright ("hoping it
works", "fingers crossed", "feeling hopeful") stays hope.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Second interview tomorrow, trying not to get my hopes up",
        "Vet told us not to get our hopes up about the cat",
        "I don't want to get my hopes up but the flat looked perfect",
        "Offer's in on the house, we're trying hard not to get our hopes up",
        "Tried not to get my hopes up before the results and it didn't work",
        "The agent said not to get my hopes up, there are six other bids",
        "Keeping my hopes in check until the contract's signed",
    ],
)
def test_hopes_kept_down_are_no_hope(text: str) -> None:
    assert "hope" not in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Really hoping the new tablets work this time",
        "Feeling hopeful about the second interview tomorrow",
    ],
)
def test_hope_named_outright_stays_hope(text: str) -> None:
    assert "hope" in predict(text).emotions
