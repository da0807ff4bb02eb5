"""An insurer's demand, and the writer worn out or fed up told in a phrase VADER does not score.

Why: "Insurance want a new alarm fitted before renewal" and "Insurance wants a full medical
again" chipped money where both writers labelled none (an insurer's requirement tells no
cost), while "insurance won't cover it" stays money; "I'm done in" and "I'm so over this" read
neutral though every writer who closed a trouble with one labelled it a bad part; overtime
taken away ("overtime's been scrapped", "… been pulled") is a money loss by itself, though the
loss told after it ("that's the holiday fund gone") lends no stressor. Each case shows the
rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Insurance wants a full survey again before renewal, ugh.", False),
        ("Insurance won't cover the roof and the quote is two grand, panicking.", True),
    ],
)
def test_an_insurers_demand_is_no_cost(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Two call-outs and a night feed. I'm done in.", "neg"),
        ("Rained all week in the van, I'm so over this.", "neg"),
        ("Painted the whole fence by noon, done in time for the barbecue.", "neutral"),
    ],
)
def test_worn_out_or_fed_up_is_a_bad_part(text: str, polarity: str) -> None:
    assert predict(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Overtime's been scrapped so that's Christmas gone.", True),
        ("Overtime's been axed for the winter, that's the car fund.", True),
        ("Overtime money is good but I never see the kids.", False),
    ],
)
def test_overtime_taken_away_is_a_money_loss_by_itself(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Another week of cancellations, refunds going out and nothing coming in.", True),
        ("Got a refund from the council at last, brilliant.", False),
        ("A customer shouted at me for ten minutes about a refund.", False),
    ],
)
def test_refunds_in_a_bad_part_are_money(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money
