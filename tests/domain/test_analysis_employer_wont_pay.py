"""An employer that won't pay for staff or kit ("head office won't pay for a second person",
"the hospital won't pay for agency cover") is the work's purse: the work's strain, no money of the
writer's, as a budget cut already was. What it won't pay for the writer ("won't pay for my
parking") and what a landlord or an insurer won't pay stay money.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Alone on the late shift again because management won't pay for a second person",
        "Head office won't pay for proper gloves and my hands are wrecked from the bleach",
        "Hospital won't pay for agency cover so we're three nurses down every night, exhausted",
        "Head office refuses to pay for a security guard and I'm the one locking up, scared",
        "Firm won't pay for a second engineer on call, so I'm up every night with the pager",
        "The council won't pay for another gritter driver, so it's me out at 3am all week",
    ],
)
def test_an_employer_wont_pay_is_no_money(text: str) -> None:
    assert "money" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Work won't pay for my parking and it's twelve quid a day, I can't keep this up",
        "The insurance won't pay for the damage, that's nine hundred quid out of my pocket",
    ],
)
def test_what_the_writer_pays_stays_money(text: str) -> None:
    assert "money" in predict(text).stress
