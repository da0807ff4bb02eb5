"""Trouble said in a few set ways the lexicon missed: a month's end as a limit, credit used up,
a sum that cost the writer a fortune, awake past a small hour.

Why: "wants the return in by month end" is a time limit as "by the end of the month" is (both
writers who wrote it labelled a deadline); "my own credit card is maxed out" and "the shoes
have cost me a fortune" are money by themselves (every writer who told one labelled it), and
"awake till gone three" is a night lost as "awake till three" is; a trade's takings fallen
("Bookings are down forty per cent") and a sum gone ("a hundred and twenty quid gone") are
money by themselves. A month end named as a time
("the month-end party") and a fortune won or inherited stay out. The sentences are new,
written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Boss wants the quarterly figures in by month end on top of everything.", "deadlines"),
        ("Manager wants the figures by month-end, on top of the rota.", "deadlines"),
        ("Irony of the month: my credit card is maxed out.", "money"),
        ("The course, the kit and the travel have cost me a fortune already.", "money"),
        ("Neck pain again, couldn't get comfy, awake till gone three.", "sleep"),
    ],
)
def test_a_limit_credit_used_up_a_fortune_spent_or_a_small_hour_is_a_stressor(
    text: str, category: str
) -> None:
    assert category in predict(text).stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The month end party was a laugh, everyone danced.", "deadlines"),
        ("Nan left us a fortune, I can't believe it.", "money"),
        ("Maxed out on the bench press today, new record!", "money"),
    ],
)
def test_the_same_words_with_no_trouble_give_no_chip(text: str, category: str) -> None:
    assert category not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Bookings are down a third since the new gym opened round the corner.",
        "Two no-shows before lunch. That's eighty quid gone.",
    ],
)
def test_takings_fallen_or_a_sum_gone_is_money(text: str) -> None:
    assert "money" in predict(text).stress


def test_a_sale_or_a_drop_with_no_takings_is_no_money() -> None:
    assert "money" not in predict("Dropped the kids at the sales with their gran.").stress
