"""Pay withheld for work booked is the writer's money trouble, told by its negation.

Why: "I don't get paid for any of them" and "cancelled the night before, no fee" read as no
stressor, because the negation hid the pay: here the missing pay is the loss, and the writers
who told one labelled money. "No fee" in a glad or plain part ("no fee for parking") and pay
that is only coming later ("don't get paid till Friday") are no loss. Each case shows the rule
both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Two clients cancelled on the day and I didn't get paid for either.", True),
        ("Gig was cancelled an hour before doors, no fee and a wasted day.", True),
        ("Museum was free, no fee at all, lovely afternoon with the kids.", False),
        ("There's no fee for the first consultation, which helps.", False),
        ("I don't get paid till Friday but that's fine.", False),
    ],
)
def test_pay_withheld_is_money(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money
