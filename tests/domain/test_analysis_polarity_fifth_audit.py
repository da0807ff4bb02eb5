"""Bad and good parts told by their shape, judged across every writer's labelled set.

A fifth audit of the Positive / Negative chip over every writer found these general causes
of a missing or wrong polarity; each test pairs the case that was wrong with one that must
keep its reading:

* the writer's body as the subject of a clause ("my back is telling me about it", "wrist's
  clicking") read neutral, though a bad part; a body part the writer does something with,
  or one easing, is no trouble;
* a late hour named ("a parcel at 1am") read neutral; beside something pleasant it is the
  time of a good thing, not a trouble;
* an act aimed at the writer ("jabbed his finger at me"), "wasn't"/"weren't" as "isn't"
  already was, and a trouble that consumes ("eating me alive") read neutral; a smile aimed
  at the writer is no act against them, and a negated unpleasant feeling stays good news;
* VADER read "convinced" as pleasure, where writers use it for a worry held.

The sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "Painted the ceiling all day, my neck is a rusty hinge.",
        "Wrist's clicking every time I turn the key.",
        "Spent the day lifting flagstones and my shoulders are telling me about it.",
    ],
)
def test_the_writers_body_as_the_subject_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Put my feet up with a film tonight.",
        "My shoulder feels looser after the swim.",
        "Rubbed some cream on my hands after gardening.",
    ],
)
def test_a_body_part_used_or_easing_is_no_trouble(text: str) -> None:
    assert chips(text)[2] != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Courier rang the doorbell at 1am for a parcel next door.",
        "Boss emailed the new rota at 11pm.",
    ],
)
def test_a_late_hour_with_nothing_pleasant_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Watched the meteor shower at 2am with my sister, beautiful.",
        "The baker starts at 4am and I love the smell of the shop.",
    ],
)
def test_a_late_hour_beside_a_pleasure_is_the_time_of_a_good_thing(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "A cyclist jabbed his finger at me over the crossing.",
        "Her dog barked at me from the garden.",
        "The delivery I waited in for all day wasn't even on the van.",
        "The forms weren't signed so the payment sits in a drawer.",
        "This house move is eating me alive.",
    ],
)
def test_acts_aimed_at_the_writer_lacks_and_consuming_troubles_are_bad_parts(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The baby in the queue smiled at me.",
        "Wasn't nervous at all before the talk.",
    ],
)
def test_a_smile_at_the_writer_or_a_negated_fear_stays_good(text: str) -> None:
    assert chips(text)[2] == "pos"


def test_eating_as_a_meal_is_no_trouble() -> None:
    assert chips("Eating toast in the garden with the cat.")[2] != "neg"


def test_a_worry_held_with_conviction_is_no_pleasure() -> None:
    assert chips("Mum phoned twice convinced the neighbours are reading her post.")[2] != "pos"
    assert chips("Convinced my sister to come camping and she loved it.")[2] == "pos"
