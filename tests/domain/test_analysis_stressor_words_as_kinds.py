"""A stressor word that names a kind of thing gives no chip of its category.

"The family history group", "my broadband contract", "a tin of line-marking paint": the family,
the job and a teacher's marking are not what these are about. Each pairs with a look-alike where
the word is the writer's trouble. The sentences are written for these tests, not taken from the
labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def stress(text: str) -> set[str]:
    return set(predict(text).stress)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Made a mess of my talk at the family history club, cringing all evening", "family"),
        ("Spent the whole night stuck on one branch of the family tree, so frustrating", "family"),
        ("The gym contract is a rip-off and they won't let me cancel", "work"),
        ("Mobile contract went up again and I'm fuming", "work"),
        ("Road markings on the roundabout have worn off and it's chaos", "work"),
    ],
)
def test_a_kind_of_thing_named_by_a_stressor_word_is_not_its_category(
    text: str, category: str
) -> None:
    assert category not in stress(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Family history of diabetes and now my bloods are borderline, worried", "health"),
        ("My family are driving me up the wall this week", "family"),
        ("My contract ends in March and there's nothing lined up, I'm terrified", "work"),
        ("Marking until two in the morning again, forty scripts left", "work"),
    ],
)
def test_the_trouble_itself_still_chips(text: str, category: str) -> None:
    assert category in stress(text)


@pytest.mark.parametrize(
    "text",
    [
        "Spilt my coffee all over the table in the budget meeting, so embarrassing",
        "Fell asleep in the finance meeting and my manager noticed",
    ],
)
def test_a_meeting_named_by_its_business_is_no_money_trouble(text: str) -> None:
    assert "money" not in stress(text)


def test_the_budget_itself_still_chips() -> None:
    assert "money" in stress("Our household budget is wrecked this month and I'm panicking")
