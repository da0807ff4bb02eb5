"""Twenty-second round: words that name a thing or a time, tears at a happy event, both ways.

The blind batch ``test24`` showed wrong chips that recur in new wording: a word of
steadiness describing a thing ("steady work"), tears beside a first reached or a prize won,
stressor words in another sense (a mould that shapes, a lease on a workshop, a plain shift as
the time of something else, a thing on loan), and misses of forms new writers use ("row" as a
verb, work not even begun as a date nears, a chronic illness's flare, a price "gone up to" a
sum, feeling like an amateur). Each test pairs the new reading with an entry where the chip
must stay. The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def chips(text: str) -> tuple[set[str], set[str]]:
    got = predict(text)
    return set(got.stress), set(got.emotions)


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        # the steadiness is the contract's or the job's: no calm of the writer's
        ("Got a steady contract with the council at last.", False),
        ("A secure job at last, three years fixed.", False),
        # said of the writer: kept
        ("Felt steady and safe for the first time in ages.", True),
        ("Sat in the garden and felt settled.", True),
    ],
)
def test_a_steadiness_word_before_a_thing_describes_the_thing(text: str, calm: bool) -> None:
    assert ("calm" in chips(text)[1]) is calm


@pytest.mark.parametrize(
    ("text", "sad"),
    [
        # a first reached or a prize won, nothing sad said: being moved, no sadness
        ("She took her first steps today and I cried like a baby.", False),
        ("Got silver at the county show and cried all the way home.", False),
        ("The boy I tutor said his first proper word today and I welled up.", False),
        # the same tears beside a loss or a trouble: sadness
        ("Lost the county show again and cried all the way home.", True),
        ("The vet rang about the dog and I cried in the car.", True),
    ],
)
def test_tears_at_a_first_or_a_prize_are_not_sadness(text: str, sad: bool) -> None:
    assert ("sadness" in chips(text)[1]) is sad


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # a mould that shapes things is no damp in the home
        ("Cheese came out of the new mould with a crack in it and the order is ruined.", set()),
        ("The damp patch has spread and there's mould in the bathroom again.", {"home"}),
        # a lease on a place of work is the work's
        ("The workshop lease is up for renewal and the new figure is frightening.", {"work"}),
        ("The lease on our flat ends in May and we can't find anywhere.", {"home"}),
        # a plain shift named as the time of something else; a long one is still a load
        ("I don't want to talk after a shift, my head's full.", set()),
        ("Knackered after a twelve hour shift.", {"work"}),
        ("Dreading tomorrow's shift, they've put me on with the new manager.", {"work"}),
        # a thing lent is no money borrowed
        ("I'm in a loan car while mine's fixed and it keeps stalling.", set()),
        ("The loan repayment went up again and I'm short this month.", {"money"}),
    ],
)
def test_other_senses_of_stressor_words(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "stress", "emotions"),
    [
        # "row" as a verb, told by what it was about or that it ended so: a quarrel
        (
            "My sister and I rowed about the will again last night.",
            {"conflict", "family"},
            {"anger"},
        ),
        ("We ended up rowing over who forgot the tickets.", {"conflict"}, {"anger"}),
        # a boat rowed is no quarrel
        ("We rowed across the bay to the island, glorious.", set(), set()),
        ("Rowed 5k on the river before breakfast.", set(), set()),
    ],
)
def test_row_as_a_verb_is_a_quarrel_only_when_told_as_one(
    text: str, stress: set[str], emotions: set[str]
) -> None:
    assert chips(text) == (stress, emotions)


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # work not even begun as its date nears: the deadline strains
        (
            "Funding report due Tuesday and I haven't even started the slides.",
            {"deadlines", "work"},
        ),
        (
            "The exhibition opens on the 12th and half the frames haven't even arrived.",
            {"deadlines"},
        ),
        # done in time: no strain
        ("Funding report due Tuesday and it's all sent off already.", set()),
        # a price risen to a sum; a body going up to somewhere is no price
        ("Gym fees have gone up to £60 a month.", {"money"}),
        ("My phone bill has gone up to £40 a month.", {"money"}),
        ("Swam the length of the pool, the water went up to my chin.", set()),
        # skin worn through or a part "complaining" is the writer's health; other people
        # complaining, a thing cracked, are not
        ("My fingers are red raw from the cold store.", {"health"}),
        ("Shoulders are complaining after a day on the ladder.", {"health"}),
        ("The customers are complaining about the wait.", set()),
        ("My phone screen is cracked.", set()),
        # a chronic illness's bad spell, being summoned, paid late
        ("Flare started on Sunday and I've had to cancel everything.", {"health"}),
        ("My boss wants a word first thing Monday.", {"work"}),
        ("The gallery still hasn't paid, ninety days late now.", {"money"}),
    ],
)
def test_forms_of_strain_new_writers_use(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "emotion", "present"),
    [
        (
            "Felt like a complete beginner at the climbing wall and everyone was watching.",
            "shame",
            True,
        ),
        # a happy child's feeling is not a fool's
        ("Felt like a kid at Christmas when the parcel came.", "shame", False),
        ("The sound of the rain on the shed roof settles me.", "calm", True),
        ("After an hour on the wheel my mind is quieter.", "calm", True),
        # quieter said of a place, not the writer's head: no calm from it
        ("The office is quieter on Fridays.", "calm", False),
        ("First hot shower after the festival, never felt this good.", "joy", True),
        # a thing praised as never better names no feeling
        ("The garden's never looked better.", "joy", False),
    ],
)
def test_feelings_told_in_other_words(text: str, emotion: str, present: bool) -> None:
    assert (emotion in chips(text)[1]) is present
