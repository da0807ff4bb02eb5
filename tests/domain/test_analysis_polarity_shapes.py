"""The Positive / Negative chip on new writers' wording, a fourth audit across writers.

An audit of every labelled set (each written by a different writer) found these general
causes of a wrong or missing polarity; each test pairs the case that was wrong with one that
must keep its reading:

* words VADER scores as feelings that name things, sizes or irony here: an interjection
  ("Fab, …"), a bare "Dream job." after a trouble, "huge", "energy", "to be honest", a
  charity shop or a prize grid, a partner's reproach ("says I love X more than her"), "pray
  for me";
* a smile put on for someone ("smiled through it") read as pleasure;
* strain told by its shape read neutral: a repeat counted by the night, a cost set against
  the writer's essentials, work piled on top, a consequence that falls on the writer,
  self-doubt, "some days I …", news withheld ("nobody will say"), a waiting list counted;
* a first of someone's own, a stretch without stopping, applause, "Felt human.", someone's
  test passed and a day made in other words ("made me day") read neutral; a task handed in
  on time read as good news;
* an unpleasant habit told as past, then the present ("used to dread …, now …") read
  neutral.

The sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "Fab, the printer's jammed again.",
        "Fabulous, the heating's packed in on the coldest night of the year.",
        "The boiler died on Christmas Eve. Dream job.",
    ],
)
def test_an_ironic_interjection_is_no_pleasure(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Felt fantastic after the swim.", "pos"),
        ("Got my dream job!", "pos"),
        ("Had an honest chat with my sister and feel closer.", "pos"),
        ("I love the allotment more than anything.", "pos"),
    ],
)
def test_a_feeling_or_news_named_still_counts(text: str, polarity: str) -> None:
    assert chips(text)[2] == polarity


@pytest.mark.parametrize(
    "text",
    [
        "The gas bill is huge this quarter.",
        "Energy drink and a biscuit for lunch.",
        "Not sure this job is for me, to be honest.",
        "Dropped the old books at the charity shop.",
        "She reckons I love my bike more than her.",
        "Pray for me, it's inspection week.",
        "My helper quit on Friday.",
    ],
)
def test_things_sizes_emphasis_and_reproaches_are_no_pleasure(text: str) -> None:
    assert chips(text)[2] not in ("pos", "mixed")


def test_a_smile_put_on_is_no_pleasure_but_a_smile_on_its_own_is() -> None:
    assert chips("The customer swore at me and I smiled through it.")[2] != "pos"
    assert chips("Nodded along all evening, smiled, then cried on the bus.")[2] == "neg"
    assert chips("Watched the kids play in the sprinkler and smiled.")[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Up at 3am for the fifth night running.",
        "Three nights in a row the alarm went off at 4.",
        "The new tyres cost more than my rent.",
        "Twenty pallets to unload on top of the stock count.",
        "The new rota means I miss bedtime every Tuesday.",
        "Sometimes I wonder if I chose this trade or it chose me.",
        "Some days I don't leave the house.",
        "The depot's being sold and nobody will tell us who keeps their job.",
        "The audiology waiting list is nine months.",
        "Five lates on the trot next week.",
    ],
)
def test_strain_told_by_its_shape_reads_negative(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Cleared the backlog, finally on top of things.", "pos"),
        ("The vet said Biscuit is doing well, which means a lot.", "pos"),
        ("Her rent was more than my sister's.", "neutral"),
        ("The waiting list was shorter than I feared.", "pos"),
    ],
)
def test_being_in_control_and_one_who_matters_are_no_grumble(text: str, polarity: str) -> None:
    assert chips(text)[2] == polarity


@pytest.mark.parametrize(
    "text",
    [
        "My son took his first steps in the kitchen.",
        "Swam the whole length without stopping.",
        "Passed my theory test first go.",
    ],
)
def test_a_first_of_ones_own_or_a_stretch_without_stopping_is_good_news(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "The whole hall clapped when she finished her solo.",
        "Long swim before breakfast. Felt human.",
        "My niece passed her driving theory today.",
        "A stranger paid for my coffee, made me day.",
    ],
)
def test_applause_a_test_passed_and_a_day_made_are_good_news(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "We drove past the old school and passed his house on the way.",
        "Passed her the salt and said nothing all dinner.",
    ],
)
def test_passing_a_place_or_a_thing_is_no_news(text: str) -> None:
    assert chips(text)[2] == "neutral"


def test_a_first_or_applause_never_outweighs_a_trouble_named() -> None:
    assert chips("Missed his first school play because of the late shift.")[2] == "neg"
    assert chips("The audience clapped but my mic died halfway through the speech.")[2] != "pos"
    # a first day or week is a beginning, not yet a happening to mark
    assert chips("My first week on nights starts Monday.")[2] == "neutral"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("The monthly figures were submitted on time.", "neutral"),
        ("Docked on time, unloaded, home.", "neutral"),
        ("Left work on time and read in the bath.", "pos"),
        ("The bus was on time and I got a seat.", "pos"),
    ],
)
def test_a_task_on_time_is_routine_and_time_of_ones_own_is_news(text: str, polarity: str) -> None:
    assert chips(text)[2] == polarity


@pytest.mark.parametrize(
    "text",
    [
        "Used to dread the Monday briefing, now I barely notice it.",
        "I used to get panicky on the motorway, not anymore.",
        "Used to panic at every phone call, these days I let it ring.",
    ],
)
def test_an_unpleasant_habit_outgrown_is_good_news(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "I used to see my friends every weekend, now nobody calls.",
        "Used to play football every Sunday, now I coach the under nines.",
        "I'm used to the noise now.",
    ],
)
def test_a_pleasant_past_or_being_accustomed_is_no_trouble_outgrown(text: str) -> None:
    assert chips(text)[2] != "pos"
