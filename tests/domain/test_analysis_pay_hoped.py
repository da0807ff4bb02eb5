"""What a hoped thing would pay ("the part would pay the mortgage till spring") or what the
writer would gladly pay ("I'd pay any money to sleep") is a gain or a willingness told in the
conditional: the money words after "would pay" name what it would meet, no sum the writer
lacks. A conditional negated ("we'd never pay", "wouldn't even pay"), a money trouble told
before it, a debt it would clear or a cost that would be too much stays money.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Nervous about the audition, the part would pay the mortgage till spring",
        "Sick with nerves about the exhibition, one sale would pay the bills for a quarter",
        "Scared stiff about the pitch, that account would pay our wages for a year",
        "Terrified about tomorrow's interview, the job would pay the school fees next year",
        "I'd pay any money to sleep through the night, I'm so exhausted",
        "Anxious about the sale, the offer would cover the rent and the bills till summer",
    ],
)
def test_what_a_thing_would_pay_is_no_money_strain(text: str) -> None:
    assert "money" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "We'd never pay the mortgage on what I earn now, I'm scared",
        "Worried the bid wouldn't even pay the rent, scared",
        "Stressed about the match fees, honestly I'd gladly pay double just to get a game",
        "The bill would be more than I earn in a month, I'm terrified",
        "Dreading the vote tomorrow, that'd clear the whole overdraft, so anxious",
    ],
)
def test_a_conditional_negated_or_a_cost_told_before_stays_money(text: str) -> None:
    assert "money" in predict(text).stress
