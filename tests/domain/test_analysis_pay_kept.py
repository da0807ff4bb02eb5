"""Pay told as whole, unchanged or better ("on full pay", "same salary", "they pay double") is
the terms of a job, no money strain, though the part reads bad for something else (the work,
the waiting, someone leaving). Pay cut, halved, denied or a price someone will not go above
stays money.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Signed off on full pay while they investigate and I feel sick about it",
        "Garden leave on full pay till March and I'm going stir crazy, miserable",
        "Moved departments on the same salary and I feel so lost and lonely there",
        "Same pay, twice the travel, and I'm dreading it",
        "Furloughed on full wages for a month and I'm bored out of my mind, miserable",
        "Can't blame him for leaving, they pay double over there, gutted",
        "Sent home on full pay after the fire drill mess and I feel terrible",
    ],
)
def test_pay_kept_or_better_is_no_money_strain(text: str) -> None:
    assert "money" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "They want the same hours for half the pay, I can't do it",
        "Not on full pay anymore, just statutory, and I'm worried sick",
        "Nobody round here will pay more than a tenner for a haircut, scary times",
    ],
)
def test_pay_cut_or_refused_stays_money(text: str) -> None:
    assert "money" in predict(text).stress
