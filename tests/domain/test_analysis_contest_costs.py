"""What a slip cost someone in a game ("Missed a free in the last minute, cost us the game",
"my double fault cost me the set") is a loss in the contest, no money the writer is short of.
A sum or a price after "cost" ("the late fee cost me sixty quid", "the car repair cost us a
fortune") stays money.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "Dropped the baton on the last changeover and it cost us the race, gutted",
        "My double fault cost me the set and I sulked all the way home",
        "That own goal cost my side the cup final, I can't look anyone in the eye",
        "Missed the pink and it cost me the frame, fuming at myself",
        "One stupid penalty cost us the league title, I feel sick about it",
        "Hesitated on the buzzer and it cost them the quiz final, I'm so annoyed with myself",
    ],
)
def test_a_loss_in_a_contest_is_no_money(text: str) -> None:
    assert "money" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Forgot the parking again, the late fee cost me sixty quid, furious",
        "The car repair cost us a fortune and we're skint till payday",
    ],
)
def test_a_sum_that_something_cost_stays_money(text: str) -> None:
    assert "money" in predict(text).stress
