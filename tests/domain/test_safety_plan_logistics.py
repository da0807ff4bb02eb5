"""Plans told as logistics (``rules_en_plans``), the look-alikes that share their nouns, and
two finer points of the everyday filter: "won't need any of it" after things sold, and "die"
as a misspelt hair dye.

The sentences are written anew (not copied from ``fresh16_en.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules_en_plans import RULES
from neuroleaf_desktop.domain.safety.spelling_en import respell

# (sentence, the family's rule)
PLANS = [
    (
        "the old hunting rifle behind the seat of my truck, for when i'm ready",
        "pl_means_kept_for_the_time",
    ),
    (
        "every night on the way home i cross the flyover and think about the drop",
        "pl_height_passed_and_thought",
    ),
    (
        "the blades are in the shoebox on the wardrobe, ready for when i'm ready",
        "pl_means_set_aside",
    ),
    ("saved the tablets in an envelope for saturday night.", "pl_means_set_aside"),
    ("the rope is coiled up in the shed, just waiting", "pl_means_set_aside"),
    ("my grandad's rifle is cleaned and in the loft for when the time comes", "pl_means_set_aside"),
    ("vodka and the tablets, thursday when everyone is asleep", "pl_means_when_alone"),
    ("the belt, once nobody is home.", "pl_means_when_alone"),
    ("laid it all out on the bed, the meds, the note, the photo of us", "pl_laid_out"),
    ("bought a hose and duct tape from the hardware shop", "pl_laid_out"),
    ("the tablets are in my coat, i'll walk somewhere nobody goes", "pl_laid_out"),
    ("left a letter in each of their rooms for when i'm gone", "pl_notes_for_when"),
    (
        "booked a room across town so the kids won't be the ones to find me",
        "pl_not_found_by_family",
    ),
    ("i've read up on how many it would take", "pl_how_many_it_takes"),
    ("bought three packs from different chemists this week", "pl_how_many_it_takes"),
    ("found the quarry, that's where i'm going to do it", "pl_chosen_moment_do_it"),
    ("the rope is coiled under my mattress", "pl_means_kept_close"),
    ("a plastic bag and gaffer tape, both in the glovebox", "pl_means_kept_close"),
    ("moved the chair under the hook in the garage", "pl_means_kept_close"),
    ("the tablets are counted out, i just need the courage", "pl_means_kept_close"),
    ("sat with the car running in the garage, door shut, to see", "pl_rehearsed_with_means"),
    ("once the will is signed i'm going to do it", "pl_chosen_moment_do_it"),
    ("the 3rd of march, that's when i'll do it", "pl_chosen_moment_do_it"),
    ("the spot is picked, behind the reservoir. i'll do it there", "pl_chosen_moment_do_it"),
    ("friday night, once the kids are asleep, no one will be around", "pl_nobody_home_when"),
    ("i know which building, i know what day", "pl_know_where_and_when"),
    ("took the lift to the roof to check how high the railing is", "pl_scouted_height"),
    (
        "went to the viaduct to look at whether the fence has a gap, the drop is huge",
        "pl_scouted_height",
    ),
    ("checked the timetable, the freight train won't slow down there", "pl_train_timed"),
    ("at midnight i'll stand on the tracks", "pl_train_timed"),
    ("tested it with the rope on the banister", "pl_rehearsed_with_means"),
    ("put the cable around my neck to see what it was like", "pl_rehearsed_with_means"),
    ("i've gone through it in my head, every step", "pl_rehearsed_with_means"),
]

LOOK_ALIKES = [
    "the blades are in the shoebox, ready for the woodwork class",
    "saved the tablets for the long flight, i get travel sick",
    "the rope is coiled up in the shed for the tug of war",
    "grandad's rifle is in the loft for hunting season",
    "honey, lemon and the tablets for this flu",
    "laid it all out on the bed for packing, the socks, the passport",
    "got the hose out to water the tomatoes",
    "left a letter in each of their rooms for their birthdays",
    "read up on how many calories it would take to run a marathon",
    "once the paint dries i'll do the second coat",
    "once the form is printed i'll do it",
    "friday night, once the kids are asleep, we're watching a film",
    "i know which building, it's the one with the blue door",
    "took the lift to the roof to see the fireworks",
    "walked along the viaduct with the dog, lovely morning",
    "checked the timetable, the train is late again",
    "practised the knot for my scout badge",
    "wrapped the scarf around my neck, it's freezing",
    "tied the knot in june, best day of my life",
    "sorted mum's pills into her weekly pill organiser",
    "the phone charger cord is under my bed somewhere",
    "the chair is under the table where it belongs",
    "the plastic bag of shopping is on the side",
    "the knife block is under the window",
    "need the courage to ask for a raise",
    "left the car running in the garage to defrost it",
]

# "Won't need any of it" with no reason outweighs "sold"; with a reason it stays ordinary.
FINAL_GIVING = [
    "sold my bike and gave my tools away, won't need any of it",
    "gave the camera away and sold the lenses, won't need them anymore.",
]
REASONED_GIVING = [
    "sold my bike, won't need it since i moved to the city",
    "sold the cot and gave the pram away, won't need them for this baby",
]

# "die" written for "dye", every "die" in the sentence followed by hair.
DYES = [
    "you should die your hair",
    "might as well die my hair green",
    "thinking i'll die my fringe purple for the gig",
]
NOT_DYES = ["might as well die", "you should just die, i tell myself"]


@pytest.mark.parametrize(("text", "name"), PLANS)
def test_plan_told_as_logistics_is_flagged_by_its_family(text: str, name: str) -> None:
    result = assess(text)
    assert result.flagged, text
    norm, _ = respell(*normalize(text, fold=True))
    family = next(r for r in RULES if r.name == name)
    assert family.may_match(norm), (name, text)
    assert family.pattern.search(norm), (name, text)


def test_plan_is_urgent() -> None:
    result = assess("the rope is in the boot of my car, just waiting")
    assert Category.PLAN_OR_METHOD in {m.category for m in result.matched_spans}
    assert result.severity.value == "urgent"


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize("text", FINAL_GIVING)
def test_things_given_up_for_good_count(text: str) -> None:
    assert assess(text).flagged, text


@pytest.mark.parametrize("text", REASONED_GIVING)
def test_things_sold_with_a_reason_stay_ordinary(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize("text", DYES)
def test_die_your_hair_is_a_dye(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize("text", NOT_DYES)
def test_die_without_hair_still_counts(text: str) -> None:
    assert assess(text).flagged, text


def test_every_family_is_gated_and_has_a_statement() -> None:
    assert all(r.gate for r in RULES)
    assert {r.name for r in RULES} == {name for _, name in PLANS}
