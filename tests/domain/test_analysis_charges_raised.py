"""A charge that whoever sets it means to raise is the writer's money strain.

Why: a blind batch (test46) missed "Landlord wants to double the lease"; other writers told the
same ("Council wants to double the pitch fee", "wants to double the rent") and labelled money
every time, though no feeling word is said. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Management company wants to raise the service charge again.",
        "The allotment society wants to put up the fees next year.",
    ],
)
def test_a_charge_to_be_raised_is_money(text: str) -> None:
    got = predict(text)
    assert "money" in got.stress
    assert got.polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Landlord wants to double the size of the garden, lovely idea.",
        "I want to raise my prices a bit next year, feeling confident.",
    ],
)
def test_other_doublings_and_raises_are_no_money_strain(text: str) -> None:
    assert "money" not in predict(text).stress
