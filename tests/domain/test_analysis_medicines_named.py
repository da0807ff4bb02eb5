"""A medicine named by its kind or its name (painkillers, antibiotics, an inhaler, insulin,
codeine) is a health topic, as "meds" and "pills" already were: health in a bad part, none in a
good or settled one ("feeling much better after the antibiotics", "paracetamol, telly,
sorted").

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Painkillers make me so foggy I hate it",
        "Scared to eat anything after the antibiotics wrecked my stomach last time",
        "Forgot my inhaler and wheezed the whole walk up, scary",
        "Insulin prices went up again and I'm rationing, terrified",
        "The codeine is barely touching it and I've got work at six",
        "Ran out of co-codamol and the pharmacy's shut till Monday, awful night",
    ],
)
def test_a_medicine_named_in_a_bad_part_is_health(text: str) -> None:
    assert "health" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Feeling much better after the antibiotics",
        "Hot water bottle, paracetamol, telly, sorted",
        "Picked up the inhaler on the way home, all good now",
    ],
)
def test_a_medicine_in_a_good_or_settled_part_is_none(text: str) -> None:
    assert "health" not in predict(text).stress
