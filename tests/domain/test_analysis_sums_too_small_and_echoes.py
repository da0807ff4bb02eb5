"""Sums too small, jobs cancelled, long days counted, a disagreement, and praise said twice.

Why: a blind batch (test39) missed forms several writers label alike: a sum that "barely
covers" a cost or "doesn't cover the" one it must pay, a trade's jobs cancelled, working days
counted by their hours ("fourteen-hour days"), a colleague who "disagreed with me"; it read
closing praise said twice ("lovely, just lovely") as joy, and a customer's ask ("for a budget of
two hundred quid") or a family business named by who ran it ("Dad ran this shop") as the
writer's money or family rather than the work. Each reading was kept only where its
record over every writer's rows held. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "What I made at the market barely covered the stall.",
        "The grant doesn't cover the materials for the second term.",
        "Two jobs cancelled this week and I'm paid per fitting.",
    ],
)
def test_a_sum_too_small_or_jobs_cancelled_is_money(text: str) -> None:
    assert "money" in predict(text).stress


def test_a_rise_that_will_not_touch_a_bill_is_left_alone() -> None:
    assert "money" not in predict("Small rise came through. Won't touch the bill but nice.").stress


def test_days_counted_by_their_hours_are_work() -> None:
    assert "work" in predict("Thirteen-hour days since the audit started.").stress


def test_one_shift_counted_by_its_hours_is_only_its_length() -> None:
    assert "work" not in predict("Ten-hour shift on the boats, calm sea, home by six.").stress


def test_a_disagreement_with_the_writer_is_conflict() -> None:
    assert "conflict" in predict("The other trustee disagreed with me about the grant.").stress


def test_closing_praise_said_twice_is_sarcasm() -> None:
    got = predict("Landlord put the rent up again, great, just great")
    assert "anger" in got.emotions
    assert got.polarity == "neg"


def test_a_sum_a_customer_asks_of_the_work_is_the_works_not_money() -> None:
    got = predict("Another client who expects a full logo redesign for fifty quid, sigh.")
    assert "money" not in got.stress
    assert "work" in got.stress
    own = predict("Fifty quid to last me the rest of the month, I'm so stressed.")
    assert "money" in own.stress


def test_a_family_business_named_by_who_ran_it_is_the_writers_work() -> None:
    got = predict("Grandad ran this farm for fifty years and I'm terrified I'll lose it.")
    assert "work" in got.stress
    assert "family" not in got.stress
    assert "family" in predict("Grandad is in hospital and I'm terrified I'll lose him.").stress
