"""A payment refused for a reason the payer gives is a dispute with the writer.

"Client won't pay because …", "refused to pay me because …": the payer argues over the work,
which several writers label a quarrel. A refusal with no reason given ("won't pay a penny
towards the repairs") stays money alone, and a payment made is no trouble. The sentences are
written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        'Client won\'t pay because the tiles are "the wrong white" and I matched the sample',
        "Landlady refused to pay me because the hedge looked too short, I cut it to her line",
    ],
)
def test_a_refusal_with_its_reason_is_a_quarrel(text: str) -> None:
    assert "conflict" in predict(text).stress


def test_a_refusal_without_a_reason_stays_money() -> None:
    stress = predict("The council won't pay a penny towards the repairs").stress
    assert "money" in stress and "conflict" not in stress


def test_a_payment_made_is_no_trouble() -> None:
    assert not predict("Customer paid in cash and tipped, lovely").stress
