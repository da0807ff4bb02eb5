"""Pay held still ("Day rate's been frozen", "Salary's frozen") is a loss of money by itself.

Why: "Day rate's been frozen since before the pandemic while my landlord's had three goes at the
rent" read neutral and chipped nothing, where every writer who told their pay frozen labelled
money, as a "pay freeze" already was. Frozen food, frozen pipes or a frozen screen name no pay.
Each case shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Hourly rate's been frozen for three years now.", True),
        ("Wages frozen again while the food shop keeps creeping up.", True),
        ("Our fees are frozen until the council reviews them next spring.", True),
        ("Bought frozen peas and fish fingers for the week, sorted.", False),
        ("Screen froze twice in the call but we got there, good chat.", False),
    ],
)
def test_pay_held_still_is_money(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money
