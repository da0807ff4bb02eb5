"""Losses, neglect, kindness and time off told without a feeling word, judged across writers.

A seventh audit of the Positive / Negative chip over every writer found these general causes
of a polarity read as neutral; each test pairs the shape that was missed with look-alikes
that must keep their reading:

* the writer missing a thing ("miss the allotment") is a bad part that adds no stress chip;
  a near miss and "Miss" as a title are none, and a thing not missed ("don't miss the
  commute", "never missed a start") is a relief;
* a thing of the writer's told as gone, the clause ending there ("a month's work gone"); gone
  somewhere or some way ("gone to bed", "gone gold") and "been and gone" are no loss;
* a resigned "Of course it did." after a mishap; "of course" before a whole statement is none;
* nobody doing what the writer hoped for ("Nobody came to the open day."), unless something
  pleasant is near or it is only predicted ("nobody will remember"); nobody reacting to what
  the writer feared ("nobody blinked") is a relief;
* a cost risen ("rent goes up in March"); "up" of no cost ("ran up the hill") is none;
* a symptom felt ("got stung on the ankle"), nothing pleasant near; easing, negated or
  beside a good part ("the fee stung but it was worth it") it is none;
* kindness shown to the writer ("thanked me", "remembered my name", "made me a card",
  "without being asked"); done "without asking" the writer, or negated, it is none;
* time off opening a clause ("Day off, walked the dog"), alone or placed; named as a thing
  with more after it ("Day off spent on the phone to the bank") it is left alone;
* a span of the writer's time made good ("made my night", "Made the whole weekend");
* another's trouble told with the writer's help to them ("sent her some flowers") is a report,
  neutral; the writer's own feeling, own trouble or a relative's stressor beside it keep the
  bad part.

The sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "Long evenings in the flat, miss the allotment.",
        "Missing my nephew's christening with this cold.",
        "I'll really miss the allotment.",
    ],
)
def test_a_thing_missed_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


def test_a_thing_missed_adds_no_stress_chip() -> None:
    assert chips("I miss the old workshop.") == (set(), set(), "neg")


@pytest.mark.parametrize(
    "text",
    [
        "Near miss on the roundabout this morning.",
        "Saw Miss Patel at the bakery.",
        "Had tea with Miss Jones from next door.",
    ],
)
def test_a_near_miss_and_miss_as_a_title_are_no_longing(text: str) -> None:
    assert chips(text)[2] == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Don't miss the commute one bit.",
        "The old van never missed a start in ten years.",
        "Second show, no missed cues.",
    ],
)
def test_a_thing_not_missed_is_a_relief(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Hail flattened the lettuces, that's a month's work gone.",
        "Two hours of edits gone before lunch.",
        "My savings are basically gone.",
    ],
)
def test_a_thing_of_the_writers_gone_is_a_loss(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Mum's gone to bed early.",
        "The deadline's been and gone and we got it in.",
        "The whole hillside gone gold in the evening light.",
    ],
)
def test_gone_somewhere_or_some_way_is_no_loss(text: str) -> None:
    assert chips(text)[2] == "neutral"


def test_the_pain_gone_stays_good_news() -> None:
    assert chips("The pain's gone now.")[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Printer jammed on the last page. Of course it did.",
        "Boiler's out again on the coldest night, course it is.",
    ],
)
def test_a_resigned_of_course_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


def test_of_course_before_a_whole_statement_is_no_resignation() -> None:
    assert chips("Of course I said yes to the trip.")[2] != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Nobody came to the open day.",
        "Nobody replied to the group email about the reunion.",
        "I cook for one and nobody eats with me.",
    ],
)
def test_nobody_doing_what_the_writer_hoped_for_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


def test_neglect_counts_the_stressor_it_names() -> None:
    assert chips("The office party was on Friday and nobody invited me.") == (
        {"work"},
        set(),
        "neg",
    )


def test_everyone_set_against_nobody_adds_no_stress_chip() -> None:
    text = "Everyone asked about the new puppy and nobody asked about my exam."
    assert chips(text) == (set(), set(), "neg")


@pytest.mark.parametrize(
    "text",
    [
        "The talk went smoothly, nobody asked awkward questions.",
        "Lovely swim at dawn, nobody about.",
    ],
)
def test_nobody_beside_a_pleasant_part_tells_the_ease(text: str) -> None:
    assert chips(text)[2] == "pos"


def test_what_nobody_will_do_is_no_neglect_that_happened() -> None:
    assert chips("Nobody will remember it next year.")[2] == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Wore shorts to the office and nobody blinked.",
        "Forgot the candles on the cake and nobody minded.",
    ],
)
def test_nobody_reacting_to_what_the_writer_feared_is_a_relief(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Rent goes up in March.",
        "The landlord put the rent up again.",
        "Gas bill's up forty quid.",
        "The water bill was double what we paid in spring.",
    ],
)
def test_a_cost_risen_is_a_bad_part(text: str) -> None:
    got = chips(text)
    assert got[2] == "neg" and "money" in got[0]


@pytest.mark.parametrize(
    "text",
    ["Ran up the hill to the bus stop.", "Told my sister to charge double for her cakes."],
)
def test_up_of_no_cost_and_advice_on_a_price_are_no_trouble(text: str) -> None:
    assert chips(text)[2] != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Lead nurse thanked me in the huddle.",
        "The caretaker remembered my name.",
        "The kids made me a card for my birthday.",
        "Partner hoovered the whole flat without being asked.",
        "A regular came back just to say the chair I fixed is still going.",
    ],
)
def test_kindness_shown_to_the_writer_is_good(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("My manager moved my shifts without asking.", "neutral"),
        ("Nobody remembered my birthday.", "neg"),
        ("She made the bed and left.", "neutral"),
        ("The old tenant came in to say goodbye before moving.", "neutral"),
    ],
)
def test_an_imposition_a_kindness_negated_and_a_chore_are_no_kindness(
    text: str, polarity: str
) -> None:
    assert chips(text)[2] == polarity


@pytest.mark.parametrize(
    "text",
    [
        "Day off, walked the dog along the canal.",
        "Afternoon off. Baked bread.",
        "Early finish, fish and chips on the pier.",
        "Half term next week.",
    ],
)
def test_time_off_opening_a_clause_is_good(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text", ["Day off spent on the phone to the bank.", "Half-term childcare costs a fortune."]
)
def test_time_off_named_as_a_thing_is_left_to_the_other_words(text: str) -> None:
    assert chips(text)[2] != "pos"


@pytest.mark.parametrize(
    "text",
    ["The kids made my night with their little show.", "Made the whole weekend, that visit."],
)
def test_a_span_of_time_made_good_is_good(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Got stung on the ankle clearing the hedge.",
        "Hay fever flaring, sneezing through the whole meeting.",
        "Staring at spreadsheets all day makes my eyelid twitch.",
    ],
)
def test_a_symptom_felt_is_a_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Never been stung in twenty years of beekeeping.", "neutral"),
        ("The swelling went down overnight.", "neutral"),
        ("Finally passed the theory test. The fee stung but it was worth it.", "pos"),
    ],
)
def test_a_symptom_negated_easing_or_beside_a_good_part_is_no_trouble(
    text: str, polarity: str
) -> None:
    assert chips(text)[2] == polarity


@pytest.mark.parametrize(
    "text",
    [
        "My neighbour's boiler packed in, lent him our fan heater.",
        "Colleague's dad is seriously ill, sent her some flowers.",
        "Mate's been struggling since the divorce, took him out for a curry.",
    ],
)
def test_anothers_trouble_told_with_the_writers_help_is_a_report(text: str) -> None:
    assert chips(text)[2] == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Colleague's dad is seriously ill, sent her some flowers. I feel awful for her.",
        "Friend's flat flooded, helping her move out. Meanwhile I'm behind on everything.",
        "My friend's flat flooded last night.",
    ],
)
def test_the_writers_own_feeling_or_trouble_or_no_help_keep_the_bad_part(text: str) -> None:
    assert chips(text)[2] == "neg"
