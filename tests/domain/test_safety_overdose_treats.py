""" "Overdosed on" a treat or a box set is a joke about excess; on pills it is an act.

The overdose rule is urgent, so a sentence about too many chocolates must not reach it, while
every form naming a medicine, a pronoun or nothing at all stays a sign.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess

TREATS = [
    "Overdosed on Christmas chocolates again, no regrets.",
    "overdosed on way too much sugar at the school fair",
    "Officially overdosed on true crime podcasts this week.",
    "Revision tonight: paracetamol overdose toxicity and the antidote.",
]

SIGNS = [
    "I overdosed on my tablets last night.",
    "I took an overdose on Sunday.",
    "I keep thinking about an overdose.",
    "overdosed on them and woke up in hospital",
    "I want to overdose on my sleeping pills.",
]


@pytest.mark.parametrize("text", TREATS)
def test_overdosing_on_a_treat_is_not_a_sign(text: str) -> None:
    assert not assess(text).flagged


@pytest.mark.parametrize("text", SIGNS)
def test_an_overdose_of_medicine_stays_a_sign(text: str) -> None:
    assert assess(text).flagged
