"""Twenty-first round: whose trouble, what a word means here, and how a feeling is told.

The blind batch ``test23`` showed wrong chips that recur in new wording: an illness told as
"<someone> is off with …", a partner or a bond that belongs to a stranger ("a patient's
girlfriend", "a woman leaving a bad relationship"), a relative who offers help, stressor words
in another sense (short of a thing, a bank's paperwork, the time something else happened, the
job as a setting), a feeling after "feel" with a degree word between ("feel really low"), a
blush in another colour, a described animal, and a worry that lasted "for years" told as over
"this winter". It also missed forms of sleep lost and of being told off. Each test pairs an
entry the rule must change with one where the chip must stay. The sentences are written for
these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def chips(text: str) -> tuple[set[str], set[str]]:
    got = predict(text)
    return set(got.stress), set(got.emotions)


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # another person off with an illness: theirs, even a word stressful by itself
        ("Our deputy head is off with burnout, the third one this year.", set()),
        ("Our new apprentice is off with glandular fever, poor kid.", set()),
        # the writer off with it: kept
        ("I'm off with flu and the work is piling up on my desk.", {"health", "work"}),
    ],
)
def test_someone_else_off_with_an_illness(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # a partner of someone named without my/our, a bond of a stranger named by what they do
        (
            "A customer's husband shouted at me over the phone about a refund.",
            {"conflict", "work"},
        ),
        ("Drove a man going through a nasty divorce to the station, he cried all the way.", set()),
        # the writer's own: kept
        (
            "I can't stand my flatmate's boyfriend being here every night.",
            {"home", "relationships"},
        ),
        ("My marriage is falling apart and I can't face anyone.", {"relationships"}),
    ],
)
def test_a_partner_or_bond_that_belongs_to_a_stranger(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # a relative who offers help is support
        ("Mum has offered to pay for the course and I feel awful taking it.", {"money"}),
        ("My sister has offered to drive me to the scan and I'm dreading it.", {"health"}),
        # a relative who is the trouble: kept
        ("My brother has been ignoring my calls for weeks and it hurts.", {"family"}),
    ],
)
def test_a_relative_who_offers_help(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # short of a thing, not money
        ("Snowed in at the cottage and down to my last bag of coal.", set()),
        # money: kept
        ("Down to my last fiver and payday is a week off.", {"money"}),
        # a bank's paperwork is an errand
        (
            "Opening the joint account is a nightmare, the bank wants proof of address from "
            "both of us.",
            set(),
        ),
        # a bank's demand for money: kept
        ("The bank wants its money back by Friday and I can't pay.", {"money"}),
        # an event named as the time of another trouble
        ("The fire alarm went off mid-appointment and we all stood in the car park.", set()),
        # the writer's own work told the same way: kept
        ("My laptop crashed mid-project and I lost a week of work.", {"work"}),
        # the job as the setting of another trouble
        ("Lost my voice this week, which is a disaster in my line of work.", set()),
        # the job itself: kept
        ("I hate my line of work and I dread every Monday.", {"work"}),
    ],
)
def test_other_senses_of_stressor_words(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # a degree word between "feel" and the feeling: the "feel …" phrase
        ("Feel really low since the move, can't shake it.", {"sadness"}),
        ("Been feeling a bit flat since the holiday ended.", {"sadness"}),
        ("Felt pretty useless at the meeting today.", {"shame"}),
        # a feeling foreseen, or negated: none
        ("The house will feel very empty when the kids go back.", set()),
        ("I don't feel so low this week.", set()),
        # a weak word alone is still only a cue
        ("Tide is low this morning.", set()),
    ],
)
def test_a_feeling_named_after_feel_with_a_degree_word(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # shame shown by the face, in any colour, stops the quarrel's anger cue
        ("My supervisor snapped at me in front of the class and I went crimson.", {"shame"}),
        ("Tripped on the stage steps at prizegiving and went beetroot.", {"shame"}),
        # a thing changing colour is no blush
        ("The warning light went red halfway up the motorway.", set()),
        # a quarrel with no other feeling shown: still anger
        ("My supervisor snapped at me in front of the class again.", {"anger"}),
    ],
)
def test_a_blush_is_shame(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # a feeling word between an article and an animal describes the animal
        ("Got kicked by a grumpy horse at the yard, bruise the size of a plate.", set()),
        ("The old ewe is a grumpy sheep and she butted me twice today.", set()),
        ("The nervous hens wouldn't come out of the coop all morning.", set()),
        # the writer's own feeling about the animals: kept
        ("I was so angry when the fox got into the hens again.", {"anger"}),
    ],
)
def test_a_feeling_word_describing_an_animal(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # a worry that lasted for years, then this winter settled: over
        ("Anxious about the roof for years, this summer we finally had it redone.", set()),
        # a worry that lasted and is still here: kept
        ("Anxious about the roof for years and this winter I'm still anxious.", {"anxiety"}),
    ],
)
def test_a_worry_for_years_settled_this_season(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # sleep sought and not found, or kept from the writer
        ("Keep replaying the interview every time I try to sleep.", {"sleep", "work"}),
        ("The overdraft is keeping me up at night.", {"money", "sleep"}),
        # a plan to sleep with nothing wrong: none
        ("Going to try to sleep early tonight, feeling good.", set()),
        # told off in other words, and a row named by what starts it
        ("My manager laid into me in front of the whole team.", {"conflict", "work"}),
        ("Deciding who does the dishes starts a row every single night.", {"conflict", "home"}),
        # a row of seats is no quarrel
        ("Got a seat in the front row and loved every minute.", set()),
    ],
)
def test_forms_of_lost_sleep_and_quarrels(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress
