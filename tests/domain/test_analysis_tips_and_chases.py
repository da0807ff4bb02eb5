"""Tips in a bad part are the writer's money.

Why: "Tips were dead tonight", "docked two days' tips" and "took another £20 of my tips"
chipped nothing though every writer who told tips in a bad part labelled money; tips in a
good part ("tips were good") stay none, as any money topic does. The sentences are new,
written for these tests, and each case shows the rule both ways.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Tips were awful all weekend, so fed up.", True),
        ("Boss pocketed half our tips again and nobody dares say anything.", True),
        ("Tips were brilliant tonight, treated myself to chips.", False),
    ],
)
def test_tips_in_a_bad_part_are_money(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money
