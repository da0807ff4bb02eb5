"""Bad and good parts told by their shape, judged across every writer's labelled set again.

A sixth audit of the Positive / Negative chip over every writer found these general causes
of a polarity read as neutral; each test pairs the shape that was missed with look-alikes
that must keep their reading:

* a body part opening its clause with the "my" left out ("hands cracked", "fingers raw");
  "back" opening a clause is mostly "back home", and crossed fingers are a hope;
* a cost set above another sum ("the quote is more than our rent"); a benefit measured
  ("helped more than I expected") is none;
* a need barely met ("pay barely covers the rent", "we're barely speaking"); an old trouble
  that barely registers now ("I barely think about it") is the opposite;
* a question about the writer's lot left open ("nobody knows if …", "not sure the van will
  last the winter"); a doubt about no statement ("not sure about the colour") is none;
* someone's reproach that the writer gives a thing more than them ("says I love the garden
  more than her"); a sum compared in a report ("says I owe more than last year") is no
  reproach of the writer's affection;
* an expectation beaten ("the architect actually listened"), goods counted out in trade
  ("sold three bowls", "sold out"), an aid done without ("without my stick") and the writer
  restored ("felt like a person") read neutral, though good; "actually" correcting a claim,
  a possession parted with ("sold my watch") and a likeness are none of these; the early
  light told as a scene ("at dawn", "mist over the reservoir") is good, an hour the writer
  was up at and a woman named Dawn are not;
* an event, then "and" and a state of the writer's own ("… and I'm on number four", "… and
  it's double last winter's"), every part neutral, read neutral, though a bad part; an act
  ("… and I walked home"), a story told as over, a pleasant part beside it, a task told
  complete ("… and it's all sent off already") and a body part at rest are not.

The sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "Glued tiles all morning, thumb cracked.",
        "Feet blistered from the new boots.",
        "Planed the oak door, elbows locked up.",
    ],
)
def test_a_body_part_opening_its_clause_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Back home by six and dinner in the oven.",
        "Fingers crossed for the scan on Friday.",
        "Feet in the paddling pool with the kids.",
    ],
)
def test_back_as_an_adverb_crossed_fingers_and_a_placed_body_part_are_no_trouble(
    text: str,
) -> None:
    assert chips(text)[2] != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The quote for the roof came in at more than our rent.",
        "Parking at the station costs more than my lunch.",
        "Paid 40 more than my neighbour for the same boiler service.",
    ],
)
def test_a_cost_set_above_another_sum_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The new routine helped more than I expected.",
        "Walked more than the others on the trail today.",
        "Our water bill was a tenner more than my brother's.",
    ],
)
def test_a_benefit_measured_or_a_cost_set_against_a_persons_is_no_cost(text: str) -> None:
    assert chips(text)[2] != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The pension barely covers the heating.",
        "My sister and I are barely speaking since the funeral.",
        "Can barely lift the kettle this morning.",
    ],
)
def test_a_need_barely_met_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Used to panic at every phone call, now I barely notice it.",
        "The scar's faded and I barely think about it these days.",
        "Lost my licence two years ago and it barely crosses my mind now.",
    ],
)
def test_an_old_trouble_that_barely_registers_is_no_bad_part(text: str) -> None:
    assert chips(text)[2] != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "My wife says I love the allotment more than her.",
        "Son reckons I talk to the dog more than I talk to him.",
    ],
)
def test_a_reproach_that_the_writer_prefers_a_thing_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The optician says I read more than most people my age.",
        "The planner says I walked more than last month.",
    ],
)
def test_a_comparison_reported_without_a_person_set_below_is_no_reproach(text: str) -> None:
    assert chips(text)[2] != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The plumber actually turned up when he said he would.",
        "Sold twelve prints at the Saturday market.",
        "Did the big shop without my stick.",
        "Had a long bath and felt like a human.",
    ],
)
def test_an_expectation_beaten_goods_sold_an_aid_left_and_the_writer_restored_are_good(
    text: str,
) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Three boxes of files actually.",
        "Actually, scrap that, the meeting moved.",
        "Sold my grandad's watch to cover the rent.",
        "Did the stairs without a break.",
        "Looked like a human wreck after the night shift.",
    ],
)
def test_a_correction_a_possession_parted_with_and_a_likeness_are_not_good_news(
    text: str,
) -> None:
    assert chips(text)[2] != "pos"


def test_not_feeling_like_oneself_is_no_restoration() -> None:
    assert chips("Haven't felt like myself since the move.")[2] != "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Thirty essays to mark and I'm on number four.",
        "School run, two meetings and I've not eaten.",
        "Gas bill landed and it's double last winter's.",
        "Inspection at nine and I've cleaned the kitchen twice.",
    ],
)
def test_a_state_of_the_writers_own_stacked_on_an_event_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Took the kids to the beach and I had an ice cream.",
        "Finished the shift and I walked home.",
        "Last year I was drowning at work. New manager came and it's a different place now.",
        "Dinner at mum's and my brother made his lasagne, lovely.",
        "Grant return due Friday and it's all sent off already.",
        "Lay on the sofa all evening and my feet up on the arm.",
    ],
)
def test_an_act_a_story_over_a_pleasant_part_a_task_done_or_rest_are_not_stacked_trouble(
    text: str,
) -> None:
    assert chips(text)[2] != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The shop's been sold and nobody knows if the new lot will keep us on.",
        "Not sure the van will last the winter.",
    ],
)
def test_a_question_about_the_writers_lot_left_open_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Not sure about the colour of the new curtains.",
        "Everybody knows the way to the lake.",
    ],
)
def test_a_doubt_about_no_statement_and_a_thing_known_are_no_bad_part(text: str) -> None:
    assert chips(text)[2] != "neg"


@pytest.mark.parametrize(
    "text",
    ["Rowed out at dawn, herons on the bank.", "Mist over the reservoir on the drive in."],
)
def test_the_early_light_told_as_a_scene_is_good(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    ["Up at dawn for the early shift.", "Me and Dawn went through the rota at lunch."],
)
def test_an_hour_the_writer_was_up_at_and_a_woman_named_dawn_are_no_scene(text: str) -> None:
    assert chips(text)[2] != "pos"
