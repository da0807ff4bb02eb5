"""English plans told by their moment (``rules_en_moments``), wishes said obliquely
(``rules_en_oblique``) and signs told as errands (``rules_en_affairs``), each with look-alikes
that share its words, plus the everyday and wording fixes made in the same round.

The sentences are written for these tests (not copied from any benchmark batch) so each one
tests a family of wordings.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules_en_affairs import RULES as AFFAIR_RULES
from neuroleaf_desktop.domain.safety.rules_en_moments import RULES as MOMENT_RULES
from neuroleaf_desktop.domain.safety.rules_en_oblique import RULES as OBLIQUE_RULES
from neuroleaf_desktop.domain.safety.spelling_en import respell
from tests.support.safety_gates import gated_matches

RULES = MOMENT_RULES + OBLIQUE_RULES + AFFAIR_RULES

# (sentence, the family's rule)
FLAGGED = [
    ("the tablets are in my bag, i'll take them after everyone goes to bed", "mo_alone_then_act"),
    (
        "when my partner leaves for work i'll have the flat to myself and i can do it",
        "mo_alone_then_act",
    ),
    ("as soon as my housemates go out on saturday i'm doing it", "mo_alone_then_act"),
    ("the minute mum leaves for her trip i'll go through with it", "mo_alone_then_act"),
    (
        "once the kids have gone to bed i'll take everything in the bathroom cabinet",
        "mo_alone_then_act",
    ),
    ("i'm going to end it while they're on holiday", "mo_alone_then_act"),
    ("i'll go up to the roof when everyone's asleep", "mo_alone_then_act"),
    ("waiting for the flat to be empty so i can do it", "mo_waiting_for_alone"),
    ("i'll wait until they're all out and then take the lot", "mo_waiting_for_alone"),
    ("going to swallow every pill in the medicine cabinet", "mo_overdose_quantity"),
    ("i'm going to take the entire box", "mo_overdose_quantity"),
    ("i'll take all of my tablets at once", "mo_overdose_quantity"),
    ("i've hoarded enough sleeping pills now", "mo_stockpile_enough"),
    ("looked up the lethal dose, i've got more than enough", "mo_stockpile_enough"),
    ("i don't intend to wake up tomorrow", "mo_no_waking_planned"),
    ("i won't be alive by the end of the month", "mo_not_here_by"),
    ("i want to step over the edge of the platform as the freight train comes", "mo_platform_step"),
    ("checked whether the rafters would bear my weight", "mo_weight_tested"),
    ("decided on the way, only the date is left", "mo_method_chosen"),
    ("i'll walk into the woods where nobody would find me", "mo_where_nobody_finds"),
    ("i want to cut deeper next time", "mo_cut_deeper"),
    ("can't stop picturing myself drowning in the river", "ob_imagined_method"),
    ("if only i had the guts to do it", "ob_courage_to_end_it"),
    ("i pray this disease finishes me off", "ob_illness_take_me"),
    ("it'd be so easy to step off the ledge", "ob_so_easy"),
    (
        "stood by the drop on the cliff path thinking how easy it would be",
        "ob_how_quick_it_would_be",
    ),
    ("i walk home along the dual carriageway hoping a car hits me", "ob_hoping_to_crash"),
    ("counting down the days till i can die", "ob_ending_waited_for"),
    ("so sick of struggling to stay alive", "ob_ending_waited_for"),
    ("once i'm dead nobody will have to deal with my mess", "ob_gone_no_worry"),
    ("only one way this ends", "ob_one_way_pain_stops"),
    (
        "my passwords are in an envelope for my sister so she can sort everything",
        "af_affairs_for_after",
    ),
    ("closed my accounts so my parents won't be left with anything", "af_affairs_for_after"),
    ("sorted out who takes the cat", "af_affairs_for_after"),
    ("hugged dad for ages in case i never see him again", "af_last_chance"),
    ("recorded voice notes for my nieces for when i'm gone", "af_letters_for_after"),
    ("organised the funeral plan so it's all simple for my kids", "af_letters_for_after"),
    ("found the most reliable method", "af_means_sought"),
    ("went to three different gps for more zopiclone", "af_means_sought"),
    ("no point planning for the future", "af_no_point_in_plans"),
    ("i'm the problem my family has to deal with", "af_burden_problem"),
    ("it's as if i'm already dead", "af_already_gone"),
    ("honestly can't imagine myself growing old", "af_no_self_in_future"),
    ("quit making any plans beyond friday", "af_no_self_in_future"),
    ("i won't be around for next winter", "af_no_self_in_future"),
    ("sick of waking up every morning", "af_waking_is_a_let_down"),
    ("gutted that i woke up again", "af_waking_is_a_let_down"),
    ("wrote him a letter for when he's grown up and i'm gone", "af_left_for_later"),
    ("held my mum so much longer than usual tonight", "af_left_for_later"),
]

LOOK_ALIKES = [
    "once the kids are asleep i'm going to take a long hot bath",
    "when my partner leaves for work i'll have the flat to myself and i can paint",
    "after everyone goes to bed i'll take the dog out",
    "i'll go to the bridge when everyone's away, to photograph the sunrise",
    "i'll do it when they've all gone to bed, the wrapping i mean",
    "waiting for the house to be empty so i can practise the drums",
    "i swallowed everything the teacher said",
    "i'll take the whole box to the charity shop",
    "saved up enough money for a new bike",
    "i don't plan on waking up before ten tomorrow",
    "i won't be here by friday, the flight is on thursday",
    "stepped off the train onto the platform",
    "tested whether the pull-up bar on the door frame would hold my weight",
    "we picked the method for the project and the date for the launch",
    "i want to drive to the mountains where nobody can find me and read for a week",
    "her words cut deeper than i expected",
    "imagining hanging the new pictures in the hall",
    "i picture myself drowning in paperwork",
    "i wish i had the courage to end it with him",
    "i hope the cold takes me out of work for a day",
    "it would be so easy to just let go of the past",
    "looked at the bridge and thought how easy it would be to paint",
    "driving too fast hoping i'd make the train",
    "counting the days until i can finally go on holiday",
    "checked out of the hotel for good",
    "tired of fighting to stay awake in meetings",
    "if i'm gone for the weekend they won't have to cook for me",
    "there's only one way to find out",
    "i left my passwords with my sister so she can pay the bills while i'm away",
    "paid off the credit card so we're not stuck with the interest",
    "told my nan i love her, in case i don't get another chance before her surgery",
    "the least painful way to take off a plaster is fast",
    "asked two different pharmacies for the hay fever tablets, both out of stock",
    "i don't see the point in making plans with him, he always cancels",
    "i'm ruining my family's holiday with this cold",
    "felt like i'm already gone, i've been away from work so long",
    "i won't be here for summer, we're moving to spain",
    "i stopped making plans with her, she always flakes",
    "hugged the kids a bit longer at the airport",
    "i'm sick of waking up to the neighbours' drilling",
    "i'm so tired of waking up at 5am for this job",
    "i can't picture myself at thirty with a mortgage, lol",
]

# Everyday and wording fixes: ordinary sentences that used to be flagged.
ORDINARY = [
    "i checked how high the bridge is before the kayak trip",
    "looked up how much ibuprofen i can take for my back",
    "my last entry was ages ago",
    "the razor is in my wash bag for later",
    "sat on the edge of the roof terrace with a beer, great view",
    "as a nurse i see overdoses every week, today was rough",
    "the doctor explained the risk of overdose with these meds",
    "we're all going to die someday, might as well enjoy the cake",
    "i'm going to die one day like everyone else",
]

# A bare "it" the sentence goes on to name, and other errands in the words of these families.
NAMED_AFTER = [
    "after my husband leaves for work i'll do it, the big clean-out of the garage",
    "i'm going to do it tonight when everyone's out: binge the whole series",
    "i wish i had the courage to do it, ask her out i mean",
    "i nearly did it again this week - ate the whole cake",
    "it's going to be the train, i've decided, driving is too stressful",
    "i had all my tablets counted out in the pill organiser for the week",
    "i'm not scared of dying my hair pink, i'm ready for a change",
    "i've decided on the method: slow cooker",
    "the hospital explained how many paracetamol is an overdose for a child",
    "my flatmate's passwords are on a sticky note so he can find them",
    "took everything i've saved up to the bank",
    "i keep imagining jumping into the lake on a hot day",
]

# The same words as a person's own statement still count.
STILL_FLAGGED = [
    "i want to overdose",
    "thinking about an overdose tonight",
    "i'm going to die tonight, i've decided",
]


@pytest.mark.parametrize(("text", "name"), FLAGGED)
def test_new_wording_is_flagged_by_its_family(text: str, name: str) -> None:
    assert assess(text).flagged, text
    norm, _ = respell(*normalize(text, fold=True))
    family = next(r for r in RULES if r.name == name)
    assert family.pattern.search(norm), (name, text)


@pytest.mark.parametrize("text", LOOK_ALIKES + ORDINARY + NAMED_AFTER)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize("text", STILL_FLAGGED)
def test_own_statement_with_the_same_words_is_flagged(text: str) -> None:
    assert assess(text).flagged, text


def test_plan_told_by_its_moment_is_urgent() -> None:
    result = assess("once the kids are at their dad's on friday i'm doing it")
    assert Category.PLAN_OR_METHOD in {m.category for m in result.matched_spans}
    assert result.severity.value == "urgent"


def test_every_family_is_gated_and_has_a_statement() -> None:
    assert all(r.gate for r in RULES)
    assert {r.name for r in RULES} == {name for _, name in FLAGGED}
    assert gated_matches(RULES, [t for t, _ in FLAGGED] + LOOK_ALIKES) >= len(FLAGGED)
