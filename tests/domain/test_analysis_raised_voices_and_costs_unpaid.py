"""A voice raised at the writer however it is said, and a cost not paid back.

"Bellowing at me", "barked at me": a quarrel with the writer, as "shouted at me" is.
"Expenses still not reimbursed", "until they reimburse": money the writer laid out. Each pairs
with a look-alike that is no trouble of the writer's. The sentences are written for these
tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def stress(text: str) -> set[str]:
    return set(predict(text).stress)


@pytest.mark.parametrize(
    "text",
    [
        "Landlord was bellowing at me on the doorstep about the bins",
        "My brother barked at me for being five minutes late",
    ],
)
def test_a_voice_raised_at_the_writer_is_conflict(text: str) -> None:
    assert "conflict" in stress(text)


def test_a_dog_barking_is_no_quarrel() -> None:
    assert "conflict" not in stress("The neighbour's dog was barking at the postman all morning")


@pytest.mark.parametrize(
    "text",
    [
        "Train fares for the course still not reimbursed, three months on",
        "Paying for the parking myself until they reimburse, which could be months",
    ],
)
def test_a_cost_not_paid_back_is_money(text: str) -> None:
    assert "money" in stress(text)


def test_a_cost_paid_back_is_no_money_trouble() -> None:
    assert "money" not in stress("Work reimbursed my train fares on Friday, lovely")


def test_a_quarrel_joined_is_conflict() -> None:
    assert {"conflict", "family"} <= stress("Got into it with my sister over the Christmas plans")


def test_a_book_got_into_is_no_quarrel() -> None:
    assert "conflict" not in stress("Finally got into it after the first fifty pages, great book")


def test_one_of_the_public_calling_the_writer_names_is_the_works() -> None:
    assert {"conflict", "work"} <= stress("Customer called me useless in front of the queue")


def test_a_friend_calling_the_writer_names_is_not_the_works() -> None:
    assert "work" not in stress("My mate called me useless at darts, ha")
