"""Rows that grew out of a talk, replies sent by machine, and a first used as a measure.

Why: a quarrel told as what a talk turned into ("it turned into a whole row") or sized without
its article ("massive row, I'm shattered") chipped nothing, where every writer who told one
labelled the quarrel; "in a row", which counts days or nights, must stay no quarrel. A job hunt
answered by automated rejections and a grant application in a bad part chipped nothing, where
every writer who told one labelled the work. A cost set above "my first car" read as good news,
because "my first" marks a good first elsewhere ("my first solo drive"); after "than" it is only
the sum the cost is measured against. Each case shows the rule both ways. The sentences are
new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("Asked my husband about the bins and it turned into a whole row.", True),
        ("Mentioned the holiday money to Dad and it turned into a row again.", True),
        ("He forgot my birthday, massive row, I'm shattered.", True),
        ("Third night shift in a row and I'm shattered.", False),
        ("Won five games in a row at the club tonight, brilliant.", False),
        ("The seedlings came up in a whole row by the fence.", False),
    ],
)
def test_a_talk_that_turned_into_a_row_is_a_quarrel(text: str, conflict: bool) -> None:
    assert ("conflict" in predict(text).stress) is conflict


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Thirty applications sent, three automated rejections and nothing else back.", True),
        ("Another automatic rejection at midnight, they can't have read it.", True),
        ("Grant application due Thursday and the budget sheet is still empty.", True),
        ("Sent the grant application off this morning, fingers crossed.", False),
        ("Helped my nephew fill in his job applications, he's keen.", False),
    ],
)
def test_a_job_hunt_rejected_by_machine_and_a_bid_due_are_the_work(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work


@pytest.mark.parametrize(
    ("text", "polarity", "money"),
    [
        ("The cot and the pram cost more than my first car.", "neg", True),
        ("New tyres for the van cost more than our first house deposit.", "neg", True),
        ("Drove my first car to the coast today.", "pos", False),
        ("Passed my driving test and bought my first car!", "pos", False),
    ],
)
def test_a_first_after_than_measures_a_cost_and_marks_no_good_news(
    text: str, polarity: str, money: bool
) -> None:
    got = predict(text)
    assert got.polarity == polarity
    assert ("money" in got.stress) is money
