"""Leave taken for an illness, told as leave ("Off sick and statutory pay won't cover the rent",
"Off work till the 3rd, sick note's in", "on sick leave again"), names no health trouble of its
own, as calling in sick does not: an illness named beside it still counts, and so do the
money and the work troubles the leave brings.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Off sick and the statutory pay won't cover the rent",
        "Off work till Monday, sick note's in",
        "Third week on sick leave and the days are dragging",
        "Sick pay runs out in March and I don't know what then",
        "Off sick again so the quiz team's a player down, annoying",
    ],
)
def test_leave_for_an_illness_is_no_health_trouble_of_its_own(text: str) -> None:
    assert "health" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Off sick with a chest infection and I feel terrible",
        "On sick leave with my back again and it's agony",
        "Sick pay runs out in March and I can't afford the rent",
    ],
)
def test_an_illness_or_a_cost_named_beside_the_leave_still_counts(text: str) -> None:
    got = predict(text).stress
    assert got & {"health", "money"}


def test_others_off_sick_still_leave_the_writer_short_handed() -> None:
    assert "work" in predict("Three chefs off sick and a party of forty at nine, chaos").stress
