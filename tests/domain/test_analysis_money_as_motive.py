"""Money named as why the writer does a thing ("I only took the job for the money", "just in it
for the cash", "volunteered for the money") is a motive, no money the writer is short of or
owed; money the writer waits for, chases or is desperate for stays money.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Bit embarrassed I only took the job for the money",
        "Honestly I do the night shifts purely for the cash and I'm not proud of it",
        "He reckons I'm just in it for the money, which stung",
        "Signed up for the drug trial mainly for the money and now I'm regretting it",
        "We only did the wedding gig for the cash, hated every minute",
        "Feel a bit guilty, I volunteered for the money and not the cause",
        "Just for the money I keep doing it and I hate myself a bit",
    ],
)
def test_money_as_a_motive_is_no_money_trouble(text: str) -> None:
    assert "money" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Three weeks chasing them for the money and nothing, fuming",
        "Desperate for the money from the sale to come through, worried sick",
        "Still just waiting for the money they owe me, so stressed",
    ],
)
def test_money_needed_stays_money(text: str) -> None:
    assert "money" in predict(text).stress
