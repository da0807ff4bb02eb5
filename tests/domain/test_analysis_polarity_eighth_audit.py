"""Polarity shapes found by an eighth audit across writers, each with its look-alikes.

* a hard time told as past ("used to", "three years ago", "last spring", "twelve years
  since"), then the writer's life since with no trouble, told through what happened today
  or a habit said to have stopped ("… not anymore"), is progress: good. A trouble that
  reaches now ("still", a trouble after), another person's life after it, an old thing
  ("the old office"), a sum set against last year's and a trouble running since a time keep
  their reading.

The sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "Three years ago I couldn't drive on the motorway. Drove to Leeds today, sang all the way.",
        "Used to dread the Monday briefing. Ran it this morning without notes.",
        "Used to lie awake before every inspection, not anymore.",
        "Twelve years since I landed here not knowing a soul. I run the Saturday market stall.",
        "Last spring I was in a bad way, the allotment pulled me through.",
        "Last winter's panic attacks feel far off, the breathing course worked.",
        "Three years ago we nearly sold the farm. Today we took on a second milker.",
        "A year ago I was certain the shop would close, took on two staff this month.",
    ],
)
def test_a_hard_time_told_as_past_then_life_since_is_good(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # the trouble reaches now
        ("Three years ago I couldn't drive on the motorway and I still can't.", "neg"),
        ("Two years ago we nearly sold the farm. Now the bank wants it anyway.", "neg"),
        ("Used to dread the Monday briefing. Dread it even more now the boss sits in.", "neg"),
        # another person's life after it, not the writer's since
        ("A neighbour I've known for years had a fall. She's in the General.", "neutral"),
        # a sum set against last year's is no time left behind
        ("The water bill was double last year's and I can't see why.", "neg"),
        # a trouble running since a time
        ("Can't sleep on my left side since last winter, seeing the physio.", "neg"),
    ],
)
def test_a_trouble_not_over_keeps_its_reading(text: str, polarity: str) -> None:
    assert chips(text)[2] == polarity


@pytest.mark.parametrize(
    "text",
    [
        "The grandkids bought me a scarf for the allotment.",
        "My neighbour's boy drew us a map of the garden.",
        "An old pupil sent me a postcard from Lisbon.",
    ],
)
def test_a_thing_given_to_the_writer_is_good(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "The surveyor gave me a date in March.",
        "The chain bought us out last spring.",
        "Sent them a copy of the invoice.",
    ],
)
def test_a_thing_handed_over_that_is_no_gift_stays_neutral(text: str) -> None:
    assert chips(text)[2] == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Passed the first aid refresher.",
        "Forklift licence renewal done, passed.",
        "Annual audit came round, passed.",
    ],
)
def test_a_test_passed_is_good(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "The inspector's mother passed away on Sunday.",
        "Don't know whether I passed the theory test.",
        "Passed the course leaflet on to the new starter.",
        "Passed the salt and kept quiet.",
    ],
)
def test_a_pass_that_tells_no_test_passed_is_not_good(text: str) -> None:
    assert chips(text)[2] != "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Had to sell the piano this month.",
        "Carried the shopping up and had to sit on the stairs after.",
        "Planed the door too short and had to make a new one.",
        "The landlord's selling and we have to be out by June.",
    ],
)
def test_a_thing_the_writer_was_made_to_do_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


def test_a_chore_forced_adds_no_stress_chip() -> None:
    assert chips("Had to take the dog to the vet on my lunch break.")[0] == set()


@pytest.mark.parametrize(
    "text",
    [
        # spared, advised, supposed, conditional, or a task due by a date
        "Don't have to go in on Friday.",
        "You have to try the new bakery on Mill Lane.",
        "I thought we would have to sell the van.",
        "If the boiler goes we'll have to ring the landlord.",
        "The poster has to be printed by the end of the month.",
        # composing oneself: moved as often as upset
        "My son read his poem out and I had to look away for a minute.",
    ],
)
def test_a_thing_not_forced_on_the_writer_is_no_bad_part(text: str) -> None:
    assert chips(text)[2] != "neg"


def test_a_thing_forced_beside_a_pleasure_is_left_to_it() -> None:
    assert chips("Lovely afternoon at the beach, had to leave early for the bus.")[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "The foreman went through my snagging list in front of the whole crew.",
        "Dropped a tray of glasses at the wedding and could feel everyone staring.",
    ],
)
def test_a_thing_done_before_an_audience_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The foreman thanked me in front of the whole crew.",
        "Sang in front of everyone at the open mic and loved every second.",
        "Parked in front of the whole row of shops.",
    ],
)
def test_an_audience_beside_praise_or_a_place_is_no_bad_part(text: str) -> None:
    assert chips(text)[2] != "neg"
