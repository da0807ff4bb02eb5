"""Eighteenth round: forms of strain and feeling that new writers use, tested both ways.

The blind batch ``test20`` was checked against ``test15``–``test19`` and the corpora. It showed
some general forms that the rules missed. One is sarcasm opened by loving a happening ("Love how
…", "love being told …"). Another is a mock promise ("Sure, I'll …"). A third is praise with an
intensifier ("Absolute joy, …"). Each test pairs an entry where the reading must come with one
where it must not. The sentences were written for these tests; none is taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def chips(text: str) -> tuple[set[str], set[str], str]:
    got = predict(text)
    return set(got.stress), set(got.emotions), got.polarity


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # loving a happening as the first words, when the happening is a trouble: sarcasm
        ("Love how the landlord never answers until the rent is late.", {"home"}),
        ("Oh I love it when the boss moves the meeting to six on a Friday.", {"work"}),
        ("Love being handed the rota the night before it starts at work.", {"work"}),
        ("Love that my bank froze the card the day the bills went out.", {"money"}),
    ],
)
def test_loving_a_trouble_as_the_first_words_is_sarcasm(text: str, stress: set[str]) -> None:
    got_stress, emotions, polarity = chips(text)
    assert stress <= got_stress
    assert not emotions & {"joy", "gratitude", "calm"}
    assert polarity == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Love how my partner leaves a note in my lunchbox every Monday.",
        "Love it when my son giggles at his own jokes.",
        "Love being a grandad, best job going.",
        "Love how calm the canal is first thing in the morning.",
    ],
)
def test_loving_something_pleasant_stays_pleasant(text: str) -> None:
    got_stress, _, polarity = chips(text)
    assert polarity == "pos"
    assert not got_stress


@pytest.mark.parametrize(
    "text",
    [
        "Oh sure, I'll redo the whole spreadsheet by nine tomorrow morning.",
        "Sure, I'll just grow a second pair of arms for the school run.",
    ],
)
def test_a_mock_promise_is_not_pleasant(text: str) -> None:
    _, emotions, polarity = chips(text)
    assert polarity == "neg"
    assert not emotions & {"joy", "gratitude", "calm"}


def test_a_real_promise_with_something_pleasant_stays_pleasant() -> None:
    _, emotions, polarity = chips("Sure, I'll try the climbing wall on Saturday, it looks fun.")
    assert polarity == "pos"
    assert "joy" in emotions


@pytest.mark.parametrize(
    "text",
    [
        "Absolute joy, the motorway shut again and an hour in a queue.",
        "Fabulous, the washing machine flooded the kitchen floor.",
        "Utterly brilliant, another parking fine on the windscreen.",
    ],
)
def test_praise_with_an_intensifier_before_a_mishap_is_no_joy(text: str) -> None:
    _, emotions, polarity = chips(text)
    assert polarity == "neg"
    assert "joy" not in emotions


def test_praise_with_an_intensifier_before_own_news_stays_praise() -> None:
    _, emotions, polarity = chips("Absolutely brilliant, I passed my driving test this morning!")
    assert polarity == "pos"
