"""People named as one of many, a crew, a crowd or a stranger: no kin, quarrel or debt of
the writer's.

Why: "One dad keeps texting me at 11pm" and "two of my delivery kids didn't turn up" name
people the writer works for or with, where a family chip claimed the writer's own; "every
single customer blamed me" is a crowd's mood, as "everyone blames us" already was, with no one
to quarrel with. The writer's own ("my dad keeps texting me", "my kids didn't turn up") and
blame laid by someone named ("my manager blamed me") stay. A trouble owned by a person met,
named with "a" ("Got a woman's council tax arrears written off"), is theirs; a trade named so
is the writer's own pay ("on a lawyer's salary"); money someone else is said to have ("Dad has
loans he's been hiding") is theirs, and so is an exam a counted crowd must sit ("half the
lads have to resit"). The sentences are new, written for
these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    "text",
    [
        "One dad keeps ringing me at ten at night about his daughter's spelling test.",
        "One of my mums was crying in the car park after her scan went badly.",
        "Two of my delivery kids didn't turn up and I did both rounds in the rain.",
        "The swim kids were impossible today and I lost my voice shouting.",
    ],
)
def test_one_of_many_or_a_crew_is_no_family_chip(text: str) -> None:
    assert "family" not in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "My dad keeps ringing me at ten at night about money and I'm exhausted.",
        "My kids didn't turn up for the dinner I'd cooked and I'm gutted.",
    ],
)
def test_the_writers_own_family_stays(text: str) -> None:
    assert "family" in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Card machine down all afternoon and every single customer blamed me.",
        "The system crashed and every parent blamed me for the lost bookings.",
    ],
)
def test_blame_laid_by_a_crowd_is_no_conflict(text: str) -> None:
    assert "conflict" not in predict(text).stress


def test_blame_laid_by_someone_named_stays_a_conflict() -> None:
    assert "conflict" in predict("My manager blamed me for the lost bookings.").stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Got a woman's council tax arrears written off and she cried.", "money"),
        ("Cleared a man's rent arrears today, took three months of phone calls.", "money"),
        ("Chased a tenant's overdue rent all morning for the landlord.", "money"),
    ],
)
def test_a_trouble_owned_by_a_person_met_is_theirs(text: str, category: str) -> None:
    assert category not in predict(text).stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Rent in the city is far too much on a teller's pay and I'm skint.", "money"),
        ("A resident's son screamed at me because the laundry lost a cardigan.", "conflict"),
    ],
)
def test_a_trade_named_so_or_a_quarrel_with_the_writer_stays(text: str, category: str) -> None:
    assert category in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Found out Dad has loans he's been hiding from Mum. No idea what to do.",
        "My brother's got debts all over town and won't talk about it.",
    ],
)
def test_money_had_by_someone_else_is_theirs(text: str) -> None:
    assert "money" not in predict(text).stress


def test_the_writers_own_loans_stay_money() -> None:
    assert "money" in predict("I've got loans I can't pay back and it's keeping me up.").stress


def test_an_exam_a_counted_crowd_must_sit_is_theirs() -> None:
    text = "Passed the first aid refresher first go, half the lads have to resit."
    assert "study" not in predict(text).stress


def test_the_writers_own_resit_stays_study() -> None:
    assert "study" in predict("Failed the refresher, I have to resit in March. Gutted.").stress
