"""The English mechanisms added after studying ``fresh27``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms (``rules_en_plainspoken``): a wish to be dead in learner grammar ("I want to dead");
"I'll end it" with the moment chosen as one nobody is around; a shut-in image beyond a cage or a
well ("boxed in", a lid bolted on, every door shut in my face, walls closing in) beside no bearing
another day; another day "of feeling like this" borne no longer; no future in learner or spoken
grammar ("I no get future") and "everything ahead is dark"; others having it easier "without me
to worry about" with a place between; others better off with anyone "than stuck with a wreck like
me"; a thing handed over because the writer "won't be around to use it"; things given away that
others "can have after"; other signs in learner grammar ("better I die", "I will finish my life",
"I am burden for my family", "I no can take this pain", "I no need it anymore" after giving).
Means kept "for when I ready" (the copula dropped) in the older rule.
Guards: "dead" as a verb or a lift; a breakup; a body, a hangover or a car park; a road in the
dark; a stay away that ends; a move, a trip, work away or a new one bought; a charity shop; being
ready for an errand. Everyday frames: music at a do (a DJ, karaoke, a hen do) as a passing trifle.

The sentences are written anew (not copied from ``fresh27_*.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess, rules_en_plainspoken
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import DW as _DW
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged
from tests.support.safety_gates import gated_matches

SIGNS = [
    # a wish to be dead, in learner grammar
    ("Honestly I want to dead, nothing is working for me.", _DW),
    ("Me just want to dead and done with everything.", _DW),
    # other signs in learner grammar
    ("Nobody need me, better I die.", _DW),
    ("I wish I dead, every morning the same.", _DW),
    ("I am tired for live, everything is heavy.", _DW),
    ("I will finish my life, I decided.", Category.SUICIDAL_IDEATION),
    ("I want to finish with my life tonight.", Category.SUICIDAL_IDEATION),
    ("I am burden for my parents, they pay everything.", _BU),
    ("I no can take this pain anymore.", _TP),
    ("I not see future for me in this country.", _NF),
    ("I give my phone to my brother, I no need it anymore.", _GA),
    # "I'll end it" at the moment nobody is around
    ("I'm gonna end it at the quarry once nobody's around.", _PM),
    ("I will end it in the garage while no one is home, I've worked it out.", _PM),
    ("I'll end it up at my sister's flat when no one's home.", _PM),
    # a shut-in image and no bearing another day
    ("The walls keep closing in, I cannot face one more morning of this.", _TP),
    ("It's like being buried alive and I can't take another week of it.", _TP),
    ("Hemmed in by debt and family, I can't do one more night of this.", _TP),
    ("Every door gets slammed in my face and I can't stand another day.", _TP),
    # another day of the state itself borne no longer
    ("I can't face another day of feeling like this.", _TP),
    ("I can't do one more week living like this.", _TP),
    # no future in learner or spoken grammar; everything ahead dark
    ("Me no have future here, nothing for me.", _NF),
    ("I ain't got no future, that's the truth of it.", _NF),
    ("Since the diagnosis everything ahead of me looks black.", _NF),
    # others having it easier without the writer to carry
    ("My parents would have it easier without me to look after.", _BU),
    ("Life would be lighter for Mum without me in the way.", _BU),
    ("They'd all get on better up in Inverness without me to worry about.", _BU),
    # others better off with anyone than with the writer
    ("She'd be better off with anybody than lumbered with a mess like me.", _BU),
    ("The girls are safer at their dad's than stuck with me and my drinking.", _BU),
    # a thing handed over, the writer not around to use it
    ("Took my bike round to Kev's, told him to keep it, I won't be around to ride it.", _GA),
    ("Gave my sister the car, I won't be around to drive it.", _GA),
    # things given away, "they can have them after"
    ("Giving all my clothes away to my cousins, they can have the rest after.", _GA),
    ("Giving my records away this week, you can have them after.", _GA),
    # means kept for when the writer is ready, the copula dropped
    ("Got the pills from the chemist, keeping them for when I ready.", _GM),
]

ORDINARY = [
    # "dead" as a verb, a lift
    "I want to dead the argument with my brother, it's gone on too long.",
    "I want to dead lift 140 by summer.",
    # a breakup said as "end it"
    "I'll end it with him at the café when nobody's around to make a scene.",
    "I'm going to end it at the pub when nobody's there, the relationship is done.",
    # a body, a hangover, a cold, a car park
    "Boxed in by a van in the car park, I can't do another day of this.",
    "My back is locked up, I'm boxed in on the sofa, can't face another day of this.",
    "I can't do another day of feeling like this hungover, never drinking again.",
    # a road in the dark, a firm's future
    "Everything ahead is dark on the road tonight, the headlights died.",
    "The company has no future, I need a new job.",
    # a stay away that ends
    "They'll have it easier this weekend without me around, I'm off to camp.",
    "The kids will have it easier for the week without me to worry about at the conference.",
    # a comparison that is no burden
    "The dog is happier at Mum's than with me, she has a garden.",
    "The kids are better at maths with their tutor than with me.",
    # a thing left while away, or handed on with a reason
    "Took my bike round to Kev's, told him to keep it, I won't be around to ride it on the trip.",
    "Took my bike to Kev's for the summer, I won't be around to ride it, I'm working in Dubai.",
    "Gave my sister the car since I'm moving to Berlin, I won't be around to drive it.",
    "Dropped my guitar round to Jo's, I won't be around to play it till I'm back from tour.",
    # given away to a charity shop; "after" an errand
    "Giving my baby clothes away to the charity shop, they can have the rest after.",
    "I'm using the ladder this weekend, you can have it after.",
    # music at a do, a passing trifle
    "I'll top myself if the karaoke plays Wonderwall one more time.",
    "If the DJ does one more Abba song at this wedding I'll kill myself.",
    # ready for an errand
    "Got the painkillers for my tooth, keeping them for when I'm ready for the dentist.",
    # negated
    "I don't want to dead, I want to get better.",
    # learner grammar for ordinary things
    "I wish I dead-headed the roses earlier.",
    "I am tired to live in this noisy town, I want a village.",
    "Better I die my hair back to brown before the interview.",
    "I will finish my life story this year, the publisher wants it.",
    "I want to finish my life in Spain, near the sea, when I retire.",
    "I am burden for the team today because my ankle is bad.",
    "I no can take this bus again, always late.",
    "I not see future with him, we broke up.",
    "I give my old phone to my brother, I bought a new one, I no need it anymore.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_a_shut_in_image_alone_is_not_a_sign() -> None:
    # the image needs no bearing another day beside it
    assert not assess("We're hemmed in by roadworks on both sides of the house.").flagged


def test_a_wish_and_a_do_in_one_entry_still_counts() -> None:
    # the trifle clears only its own sentence: a wish said apart from it still counts
    text = "The DJ played Abba all night at the hen do. I want to dead, I mean it."
    assert assess(text).flagged


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = rules_en_plainspoken.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    assert gated_matches(rules, texts + ORDINARY) >= len(texts) // 2
