"""Money disowned in a short next sentence ("Not my money, thankfully") was someone else's.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "The council spent forty grand on a bronze pigeon. Not my money, luckily.",
        "Committee paid way over the odds for the new minibus. Not our money anyway.",
        "The school's new scoreboard cost a fortune. Wasn't my cash, thank goodness.",
    ],
)
def test_money_disowned_next_is_no_cost_of_the_writers(text: str) -> None:
    assert "money" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Had to pay four hundred quid for the boiler repair, gutted. Not my fault either.",
        "The bills cost a fortune this month and I'm scared. Not my best month.",
        "The rent went up again, it's a fortune.",
    ],
)
def test_the_writers_own_cost_stays(text: str) -> None:
    assert "money" in predict(text).stress
