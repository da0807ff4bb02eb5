"""Sarcasm at a price ("charged me £180 for the privilege", "seventeen bucks for the
privilege") and a happening counted as it comes round again ("that's three times", "that's the
fourth time this month") are the writer's anger; being worn out by something ("it's wearing me
out") is a bad part. An honour ("had the privilege of meeting her"), a count with no repeat
("that's three of us") and a good workout are none.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Parking at the hospital, six quid for the privilege",
        "Queued an hour at the post office and paid extra for the privilege",
        "Bus didn't turn up again, that's three times this week",
        "The engineer cancelled, that's the fourth time since March",
        "Landlord's 'fixed' the boiler again, that's five times now",
    ],
)
def test_sarcasm_at_a_price_or_a_repeat_counted_is_anger(text: str) -> None:
    assert "anger" in predict(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "The toddler's new game is climbing the stairs on repeat, it's wearing me out",
        "Night feeds are wearing me out",
        "This commute wears me out before I even start",
    ],
)
def test_being_worn_out_by_something_is_a_bad_part(text: str) -> None:
    assert predict(text).polarity in ("neg", "mixed")


@pytest.mark.parametrize(
    "text",
    [
        "Had the privilege of meeting her before she retired, lovely woman",
        "Mum, Dad and me, that's three of us for dinner on Sunday",
    ],
)
def test_an_honour_or_a_plain_count_is_no_anger(text: str) -> None:
    assert "anger" not in predict(text).emotions
