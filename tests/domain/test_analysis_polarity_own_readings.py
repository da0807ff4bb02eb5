"""The Positive / Negative chip on new writers' wording, each cause judged across writers.

An audit of every labelled set (each written by a different writer) found these general
causes of a wrong or missing polarity; each test pairs the case that was wrong with one that
must keep its reading:

* good things named, not felt ("my friend was let go", "the accountant's on holiday") made
  a part positive; said to be lacking they are a loss ("haven't seen my friends in months");
* a present "it's fine" or "work is fine" waves a matter away; a report that something went
  fine is still good news;
* weak cues of unpleasant feelings alone ("hands still shaking") read neutral, although the
  writer's bad part; beside a pleasant sentence they describe it ("the bus half empty");
* a trouble "done" on demand, half done or a body worn out was read as dealt with;
* strain told by its shape (a long lack, a price risen, a demand made of the writer) and
  marks of a good first or a wait ended read neutral; a mark never outweighs a trouble named.

The sentences were written for these tests; none is taken from the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.support.analysis_chips import chips


@pytest.mark.parametrize(
    "text",
    [
        "My friend Dana lost her flat and is sofa surfing.",
        "The plumber is on holiday until the twelfth.",
    ],
)
def test_a_good_thing_named_is_no_feeling(text: str) -> None:
    assert chips(text)[2] != "pos"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Haven't seen my friends since the move.", "neg"),
        ("No holiday for me this year.", "neg"),
        ("Made a friend at the climbing wall.", "pos"),
        ("Booked a holiday to Crete for June.", "pos"),
    ],
)
def test_a_good_thing_lacking_is_a_loss_and_one_gained_is_news(text: str, polarity: str) -> None:
    assert chips(text)[2] == polarity


def test_my_best_friend_is_a_person_not_praise() -> None:
    assert chips("My best friend forgot my birthday again and I'm gutted.")[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Told everyone at the reunion it's fine. It isn't.",
        "Work is fine, the flat is fine, I'm just so sad.",
    ],
)
def test_a_present_fine_waves_a_matter_away(text: str) -> None:
    assert chips(text)[2] != "pos"


@pytest.mark.parametrize(
    "text",
    [
        "The driving theory test went fine.",
        "The vet said my dog's bloods are fine.",
        "Honestly I'm fine with the new rota.",
    ],
)
def test_a_report_of_fine_stays_good_news(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Knees still shaking after the lift jammed between floors.",
        "Ate tea on my own again in the staff room.",
    ],
)
def test_unpleasant_cues_alone_read_negative(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Lovely early swim, pool half empty, sun through the glass.",
        "Passed my theory test! Can't stop shaking.",
    ],
)
def test_unpleasant_cues_beside_a_pleasant_part_describe_it(text: str) -> None:
    assert chips(text)[2] != "neg"


@pytest.mark.parametrize(
    "text",
    [
        "The agency wants all forty invoices done by Monday.",
        "The plasterer left the kitchen half done.",
        "Ten hours on the till and my feet are done.",
    ],
)
def test_a_trouble_done_on_demand_or_worn_out_is_no_good_news(text: str) -> None:
    assert chips(text)[2] != "pos"


def test_a_trouble_dealt_with_stays_good_news() -> None:
    assert chips("Tax return done and sent off.")[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Haven't had a day off since the clocks changed.",
        "Nursery fees went up again in September.",
        "The landlord wants us out by the end of May.",
    ],
)
def test_strain_told_by_its_shape_reads_negative(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    "text",
    [
        "Slept right through for the first time since the baby came.",
        "The new boiler is in at last.",
        "Fixing the gutter cost less than I feared.",
    ],
)
def test_a_good_mark_tips_a_plain_happening_positive(text: str) -> None:
    assert chips(text)[2] == "pos"


@pytest.mark.parametrize(
    "text",
    [
        "Failed my driving test for the first time.",
        "At last the old boiler died completely.",
    ],
)
def test_a_good_mark_never_outweighs_a_trouble_named(text: str) -> None:
    assert chips(text)[2] == "neg"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Revising for my history mock on Friday.", "neutral"),
        ("Laid flowers on Grandad's grave, quiet and peaceful.", "pos"),
        ("Caring for my dad after work, I'm running on fumes.", "neg"),
        ("Scored the winning goal and screamed all the way home!", "pos"),
    ],
)
def test_things_and_acts_named_are_no_feelings_to_vader(text: str, polarity: str) -> None:
    assert chips(text)[2] == polarity


def test_a_feeling_named_beside_those_words_still_counts() -> None:
    assert chips("Dreading the mock, honestly terrified.")[2] == "neg"


def test_money_gone_is_no_trouble_gone() -> None:
    assert chips("Paid on Friday and it's gone on the car loan already.")[2] != "pos"
    assert chips("Had a migraine all morning, it's gone now.")[2] in ("pos", "mixed")


def test_feeling_oneself_again_is_no_grumble() -> None:
    assert chips("Long walk on the beach, felt human again.")[2] == "pos"
    assert chips("The printer jammed again.")[2] == "neg"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Nearly hit a cyclist and my hands didn't stop shaking all the way home.", "neg"),
        ("The baby wouldn't stop smiling at me all morning.", "pos"),
    ],
)
def test_not_stopping_is_keeping_on(text: str, polarity: str) -> None:
    assert chips(text)[2] == polarity
