"""A sum in figures the writer says they lack, or a cost told by the sum it reached, is money,
though its currency sign is dropped.

Why: a blind batch (test46) missed the money in "that's £900 I haven't got" (the sign goes with
the punctuation, so only "900 I haven't got" is left, where "900 quid I haven't got" was read)
and in "Curriculum books ran us $430 this semester"; another writer's "Vet bills came to £900"
was missed too. "Came to" a number is read only after a bill or a total: a visit is no cost.
The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Boiler's gone, engineer says £1,200 minimum, which is 1200 I don't have.",
        "Vet wants €450 up front, that's 450 we haven't got.",
    ],
)
def test_a_sum_in_figures_lacked_is_money(text: str) -> None:
    assert "money" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Rota needs 3 more people I don't have names for yet, fine.",
        "Saved £900 this year, so proud of us.",
    ],
)
def test_other_figures_are_no_money_strain(text: str) -> None:
    assert "money" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "New tyres set me back 380 this week.",
        "The shopping came to 96 and I'd only gone in for milk.",
    ],
)
def test_a_cost_told_by_its_sum_is_money(text: str) -> None:
    assert "money" in predict(text).stress


def test_a_visit_counted_is_no_cost() -> None:
    assert "money" not in predict("Mum came to 3 of my matches this season, so proud.").stress
