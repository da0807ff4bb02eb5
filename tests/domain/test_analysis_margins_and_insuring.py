"""A business's margin named in a bad part ("my margins are gone", "there's no margin left")
and insuring something that costs ("insuring the van now costs more than the van") are money
strain, as "profit" and "insurance" are. A note in a page's margin, a margin of error and a win
by a margin are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Flour's doubled and my margins are basically gone",
        "Fuel up again, there's no margin left on the delivery runs",
        "Margins are so thin this year I'm working for pennies",
        "Insuring the tools now costs more than I make in a week",
        "Insuring the van for a new driver is going to bankrupt me",
        "The cost of insuring the horses has doubled this year",
    ],
)
def test_a_margin_or_insuring_in_a_bad_part_is_money(text: str) -> None:
    assert "money" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Teacher wrote 'see me' in the margin of my essay, cringe",
        "We lost the quiz by a narrow margin, gutted",
        "The poll's margin of error is huge, the whole thing's a mess",
    ],
)
def test_a_margin_of_a_page_a_win_or_an_error_is_no_money(text: str) -> None:
    assert "money" not in predict(text).stress
