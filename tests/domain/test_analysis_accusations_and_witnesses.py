"""Sums blamed on the writer, partners who tell what the writer does, and words in other senses.

Why: a sum the writer was accused of taking or charging ("accused me of taking money from their
dad's purse", "accused me of overcharging") chipped money, though the writers who told one
labelled the accusation (conflict, the work) and no money of theirs short. Each case shows the
rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("A customer accused me of taking money from the till, I was shaking.", False),
        ("Man at the market accused me of overcharging for the eggs, awful morning.", False),
        ("Had to take money out of my savings for the gas again, awful morning.", True),
        ("I accused the garage of overcharging me and I still can't afford the bill.", True),
    ],
)
def test_a_sum_the_writer_is_accused_over_is_no_money_of_theirs(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money
