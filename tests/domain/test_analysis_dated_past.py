"""A trouble dated to a past year and told in the past tense is history, not a present strain.

Why: over every labelled writer, each stressor chip and each worry chip read in a clause dated
"in 2016" or "back in 2011" and told in the past was wrong; a year counted from ("since
2019") or set against the present ("is what it was in 2019") keeps the trouble going, and a
loss remembered still saddens. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A manager in 2004 screamed at me in front of the whole office.", "conflict"),
        ("Back in 2017 the bank froze our account over a typo.", "money"),
        ("Was made redundant in 2009 and the mortgage nearly went under.", "money"),
    ],
)
def test_a_trouble_dated_to_a_past_year_gives_no_stress_chip(text: str, category: str) -> None:
    assert category not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Had a panic attack on the night bus in 2018.",
        "Got mugged in 2015 and the fear was awful for weeks.",
    ],
)
def test_a_fear_dated_to_a_past_year_is_no_anxiety_chip(text: str) -> None:
    assert "anxiety" not in predict(text).emotions


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My day rate hasn't moved since 2019 and the rent keeps climbing.", "money"),
        ("The bonus is what it was in 2015 and my bills have doubled.", "money"),
        ("My manager screamed at me again today.", "conflict"),
    ],
)
def test_a_trouble_counted_from_a_year_or_set_against_now_stays(text: str, category: str) -> None:
    assert category in predict(text).stress


def test_a_fear_now_after_a_dated_sentence_stays() -> None:
    text = "Crashed the van in 2020. I'm terrified of driving in the snow tomorrow."
    assert "anxiety" in predict(text).emotions


def test_a_loss_dated_to_a_past_year_still_saddens() -> None:
    assert "sadness" in predict("Lost my grandad in 2016 and cried for weeks.").emotions


def test_a_dated_trouble_still_going_on_stays() -> None:
    text = "Back in 2019 my landlord put the rent up by a third and I still can't afford it."
    assert "money" in predict(text).stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Years back I'd be sick over the rail before every night job.", "work"),
        ("A year ago my manager shouted at me in front of the whole team.", "conflict"),
        ("Six months ago my boss screamed at me every single day.", "work"),
    ],
)
def test_a_trouble_dated_by_a_span_counted_back_gives_no_stress_chip(
    text: str, category: str
) -> None:
    assert category not in predict(text).stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Same money worries as two years ago and the rent keeps climbing.", "money"),
        ("Two years ago the landlord put the rent up and I still can't afford it.", "money"),
    ],
)
def test_a_span_counted_from_or_carried_into_now_keeps_the_trouble(
    text: str, category: str
) -> None:
    assert category in predict(text).stress
