"""A sentence that opens on a relative or friend and in which the writer only feels for them
("…, I feel for him", "so unfair on him", "gutted for her") tells their trouble, not the
writer's: sympathy is negative with no stressor (the labelling guide). A relative who keeps
asking, a trouble "on me", or the writer's own part in it keeps the stressor.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "My brother's marriage is falling apart and the kids are caught in the middle, "
        "I feel for him",
        "My dad got a parking fine outside the hospital, so unfair on him",
        "My husband's boss made him work the whole bank holiday, so unfair on him",
        "My sister's flight home got cancelled on Christmas Eve, I feel for her",
        "Mum's been stuck on a trolley in A&E for nine hours, I feel for her",
        "Dad's pension got messed up by the council and he's been on hold for days, "
        "so unfair on him",
        "My son's exam got marked wrong and he lost a whole grade, so unfair on him",
    ],
)
def test_sympathy_for_a_relative_is_no_stress_of_the_writers(text: str) -> None:
    got = predict(text)
    assert not got.stress
    assert got.polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "My sister keeps borrowing money off me, so unfair on me",
        "My brother's been made redundant and he's asked to move in with us, I feel for him "
        "but we've no room",
        "Dad's hospital appointment got cancelled again and I had to take another day off, "
        "I feel for him",
    ],
)
def test_the_writers_own_part_keeps_the_stressor(text: str) -> None:
    assert "family" in predict(text).stress
