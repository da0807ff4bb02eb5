"""A negation inside the matched phrase: rules that read a sign from its subject ("I have …
tried to kill myself") or from the sentence's start ("I don't think they'd breathe easier …")
hold the negator themselves, where the shared check, which looks before the phrase, never
sees it. The attempt denied and the others' gain disbelieved are read where the phrase begins.

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.negation import denies_better_off, is_negated


@pytest.mark.parametrize(
    "text",
    [
        "I have never tried to kill myself.",
        "I've never tried to end my life.",
        "I never attempted suicide, not once.",
        "Ich habe nie versucht, mich umzubringen.",
        "Nunca he intentado matarme.",
        "Je n'ai jamais tenté de me suicider.",
        "Nunca tentei me matar.",
        "Non ho mai tentato di uccidermi.",
        "I don't think they'd breathe easier if I wasn't here.",
        "I don't believe my kids would be happier without me.",
        "I don't think everyone would be better off if I was gone.",
        "Non penso che starebbero meglio senza di me.",
        "No creo que estarían mejor sin mí.",
    ],
)
def test_a_sign_denied_inside_its_own_phrase_is_not_flagged(text: str) -> None:
    assert not assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "I tried to kill myself last year.",
        "I have tried to end my life twice.",
        "Ich habe versucht, mich umzubringen.",
        "He intentado matarme dos veces.",
        # the denial ended by a moment just past
        "I never tried to kill myself until last night.",
        # a belief in their gain, not denied
        "I think they'd breathe easier if I wasn't here.",
        "Penso che starebbero meglio senza di me.",
        "Creo que estarían mejor sin mí.",
        # "non … che" as "only": affirmative
        "Non sono che un peso per tutti.",
    ],
)
def test_the_same_signs_said_outright_are_flagged(text: str) -> None:
    assert assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("i have never tried to kill my", True),
        ("habe nie versucht, mich umzubringen", True),
        ("i have tried to kill my", False),
        # a "never" that is the sign's own ("never wake up") is not an attempt denied
        ("i never want to wake up", False),
    ],
)
def test_an_attempt_denied_is_read_at_the_phrase_head(phrase: str, expected: bool) -> None:
    assert is_negated("", "en", phrase) is expected, phrase


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("i don't think they'd breathe easier", True),
        ("non penso che starebbero meglio senza di me", True),
        ("i think they'd breathe easier", False),
        ("they'd breathe easier if i wasn't here", False),
    ],
)
def test_a_gain_disbelieved_is_read_at_the_phrase_head(phrase: str, expected: bool) -> None:
    assert denies_better_off(phrase) is expected, phrase
