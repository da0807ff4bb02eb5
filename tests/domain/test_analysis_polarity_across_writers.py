"""The Positive / Negative chip says what the writer felt, not what VADER's words suggest.

An audit of every labelled set (each written by a different writer) attributed wrong
polarities to the VADER words and good-news phrases that drove them. The general causes
that came out, each test pairing the case that was wrong with one that must keep its
polarity:

* feeling words the emotion lexicon read and set aside ("the calm before the storm") were
  read back by VADER as the writer's; a negated one still counts ("not happy"); a cost under
  what was feared is relief (news.py);
* words VADER scores as feelings that writing mostly uses otherwise: money and things named
  ("two grand", "the grant report", "security"), replies said through gritted teeth
  ("cheers for that", "cool cool") and events ("a flu jab");
* "fine" said of or by someone else ("she's fine, just rattled", "says it's fine. It
  isn't.") read as the writer's good news.

The sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "Watched a film about the calm before a storm.",
        "The forecast says the calm before the storm ends on Friday.",
    ],
)
def test_a_feeling_word_set_aside_is_not_read_back(text: str) -> None:
    assert chips(text)[2] == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "The new tyres cost less than I feared.",
        "Fixing the fence took less time than I feared.",
    ],
)
def test_a_cost_under_what_was_feared_is_relief_not_fear(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Not happy with how the meeting went.",
        "Really not pleased with my mock results.",
    ],
)
def test_a_negated_pleasant_feeling_still_reads_negative(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The boiler will cost two grand to replace.",
        "Security walked the man out of the shop.",
        "The grant report goes in on Thursday.",
        "Bought a second-hand bike for the commute.",
        "Got my flu jab at the pharmacy.",
        "Yeah, the van is booked for Saturday.",
    ],
)
def test_things_people_and_asides_are_no_feelings(text: str) -> None:
    assert chips(text)[2] == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Rota changed again and I'm on every weekend. Cheers for that.",
        "Rent went up again. Yeah, that will go well.",
        "Car failed its MOT, another four hundred quid. Cool cool.",
    ],
)
def test_gritted_teeth_replies_do_not_soften_a_bad_day(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Had a lovely dinner with a friend.", "pos"),
        ("Won a grand on a scratchcard!", "pos"),
        ("Laughed so hard at the pub quiz, ha.", "pos"),
        ("Stuck in bed with flu, feel awful.", "neg"),
    ],
)
def test_a_named_feeling_or_news_beside_those_words_still_counts(text: str, polarity: str) -> None:
    assert chips(text)[2] == polarity


def test_a_brave_face_hides_a_trouble_but_feeling_brave_is_good() -> None:
    assert chips("Dad is putting on a brave face about the redundancy.")[2] == "neg"
    assert chips("Felt brave enough to swim in the sea today.")[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "The courier tripped on our step, he's fine but embarrassed.",
        "A lad at work cut his finger on the slicer, he's fine.",
        "Skipped my niece's recital for a late shift. She said it was fine. It wasn't.",
    ],
)
def test_fine_said_of_or_by_someone_else_is_not_the_writers_good_news(text: str) -> None:
    assert chips(text)[2] not in ("pos", "mixed")


@pytest.mark.parametrize(
    "text",
    [
        "Took my son to A&E after the fall, he's fine now.",
        "The optician said my eyes are fine.",
    ],
)
def test_relief_now_and_a_verdict_on_the_writers_own_stay_good_news(text: str) -> None:
    assert chips(text)[2] == "pos"
