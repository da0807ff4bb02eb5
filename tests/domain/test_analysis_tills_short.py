"""A till or a float found short at cashing up ("Till was forty quid short at close", "the float
came up twenty quid short") is the shop's cash the writer answers for: the work's strain, no
money of the writer's. The writer short of money and a shop's takings down stay money.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Float came up twenty quid short again, manager's watching me now",
        "My till was ten pounds short tonight, I'll have to explain it tomorrow, dreading it",
        "Till's fifty quid short and nobody knows where it went, stressed",
        "Till was short two hundred quid at cashing up, heart in my mouth",
        "The till's thirty quid short and I'm the only one on, panicking",
        "Counted the float three times and it's still a fiver short, gutted",
    ],
)
def test_a_till_short_is_no_money_of_the_writers(text: str) -> None:
    assert "money" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Rent's due Friday and I'm forty quid short, panicking",
        "Supermarket opened up the road and our takings are down by a third, worried",
    ],
)
def test_the_writers_money_stays(text: str) -> None:
    assert "money" in predict(text).stress
