"""A body part or a sum said to have "gone" gave out or was lost; a pain or a debt gone is over.

"My back's gone" is an injury told in three words and "that's a week's wages gone" money lost,
where "the headache's gone" is relief: what was gone decides. The sentences are written for
these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def stress(text: str) -> set[str]:
    return set(predict(text).stress)


@pytest.mark.parametrize(
    "text",
    [
        "Back's gone from hauling the recycling crates up the stairs",
        "My back has gone again after carrying the twins about all day",
        "Neck's gone from sleeping on the sofa at my sister's",
        "Shoulder's gone again from the rowing machine, brilliant",
    ],
)
def test_a_part_that_has_gone_is_the_writers_injury(text: str) -> None:
    assert "health" in stress(text)


@pytest.mark.parametrize(
    "text",
    [
        "The swelling in my ankle has gone down at last",
        "Back pain's gone since I changed the mattress",
        "My headache has gone, finally",
        "Knee pain has gone since I started the physio",
    ],
)
def test_a_pain_gone_down_or_away_is_over(text: str) -> None:
    assert "health" not in stress(text)


@pytest.mark.parametrize(
    "text",
    [
        "Snow closed the site again, that's another week's wages gone",
        "Boiler packed in and my savings have all gone on the new one",
        "Client pulled out, so that's March's income gone",
    ],
)
def test_a_sum_gone_is_money_lost(text: str) -> None:
    assert "money" in stress(text)


@pytest.mark.parametrize(
    "text",
    [
        "The overdraft's gone at last, paid it off",
        "Pay's gone in, finally, lovely",
        "The debt has gone, cleared the last of it today",
    ],
)
def test_a_debt_gone_or_pay_gone_in_is_no_loss(text: str) -> None:
    assert "money" not in stress(text)
