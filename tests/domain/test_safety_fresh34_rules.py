"""The English mechanisms added after studying ``fresh34``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms: every way out shut and being pinned under a weight with nobody coming
(``rules_en_ways_shut``); looking ahead and seeing nothing, the writer's future as an
emptiness, nothing ahead for them (``rules_en_nothing_ahead``); "not one more day like it/that"
and a box the writer is *in* read as a place, not a load (``rules_en_frames_open``); all the
writer does being trouble for others, and "when I am not here any more" spelt out
(``rules_en_burden_gain``); the day chosen *to* do an unnamed act, the act placed at the
moment the others are gone, and a place nobody goes (``rules_en_frames_settled``). Guards: a
short answer of the writer's own ("…, I haven't,") and an answer put on a form ("I put
nought") deny the sign (``negation_en_reply``); a threat tied to a tune or an advert played
once more is exaggeration (``hyperbole_en``). Things handed on now rather than later
(``rules_en_handed_now``); a means told by the everyday use it is not for
(``rules_en_means_unmeant``); "when I'm not about" read as "not around", and a parting
likened to wrapping things up or tying up ends (``rules_en_signs``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh34_en.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import (
    assess,
    rules_en_handed_now,
    rules_en_means_unmeant,
    rules_en_nothing_ahead,
    rules_en_ways_shut,
)
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import MatchStatus
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import NF as _NF
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged
from tests.support.safety_gates import gated_matches

_TP = Category.TRAPPED_PAIN
_PM = Category.PLAN_OR_METHOD
_GA = Category.GIVING_AWAY
_GM = Category.GETTING_MEANS
_GB = Category.GOODBYES

SIGNS = [
    # every way out shut, tried or not
    ("Every door I knock on turns out locked and I'm so tired of hurting.", _TP),
    ("Each way out I find has been bricked up, and I can't keep doing this.", _TP),
    # pinned under anything, nobody coming
    ("I'm crushed under a slab of this stuff and no one is coming.", _TP),
    ("Feels like being buried beneath a landslide with nobody hearing me shout.", _TP),
    # not one more day like that / like it
    ("I can't face one more night like that.", _TP),
    # looking ahead and seeing nothing
    ("When I picture myself in ten years there's nothing, just fog.", _NF),
    ("I tried to think about next summer and all I see is a blank.", _NF),
    # the writer's future as an emptiness
    ("My future looks like a brick wall.", _NF),
    # nothing ahead for the writer, no time worth turning up for
    ("There's nothing ahead of me now, not a thing.", _NF),
    ("There are no days left worth waking up for.", _NF),
    # all the writer does is trouble for others
    ("All I ever do is cause problems for my family.", _BU),
    ("I just bring stress to everyone around me.", _BU),
    # "when I am not here any more", spelt out
    ("My sons will breathe easier when I am not around any more.", _BU),
    # the day chosen to do an unnamed act; the act placed when the others are gone
    ("Set the date to end it once everyone's gone to bed.", _PM),
    ("I'm going to do it as soon as the house is empty, decided last night.", _PM),
    ("Got it all sorted, this Saturday, once the kids are at their dad's.", _PM),
    # things handed on now rather than later
    ("handed my grandad's watch to my nephew, he should have it now rather than later", _GA),
    ("Left my good coat with my brother, he can have it now rather than later.", _GA),
    # a means told by the use it is not for
    ("Got hold of a shotgun off a mate, and it's not for rabbits.", _GM),
    ("The rope from the boat trailer is in my car boot now. Not for the boat.", _GM),
    # dialect "not about" for "not around"; a parting likened to wrapping up
    ("Left my brother a note for when I'm not about, with the passwords.", _GB),
    ("Gave my plants to the neighbours and thanked them all, as if I was winding things up.", _GB),
    ("Posted the last of the letters today, felt like tying up ends.", _GB),
]

ORDINARY = [
    # a building, a road or a job hunt shut
    "Every door in the office was locked when I got there, had to wait for security.",
    "Every road out of the village is shut with the snow, so I'm working from home.",
    "Applied for thirty jobs and every door I knock on is shut.",
    # a car, an animal stuck under something
    "My car got stuck under a fallen tree and nobody came for hours.",
    "The cat was trapped under the shed and nobody heard her for a day.",
    # a day at work
    "Can't face one more day like that at work, the boss is awful.",
    # a blank schedule, someone else's future, a queue, a firm
    "I tried to picture next week's schedule and it's just blank, bliss.",
    "When I imagine her at forty, I see nothing but trouble.",
    "There's nothing ahead of me in the queue, finally.",
    "My future at the firm is a blank, they're restructuring.",
    # trouble at work, a cake, an absence at a time
    "I always make extra work for the team when I forget the rota.",
    "I just made a cake for my kids.",
    "The kids will be calmer when I am not around at bedtime, their dad is better at it.",
    # a job at home done while the others are out
    "I'll do it when the kids are at school, paint the hallway I mean.",
    # a handing on to be returned, or a duty handed over
    "Lent my drill to my neighbour, he can have it now rather than later, I'm done with it.",
    "Handed the keys to the new tenant, better she has them now.",
    "Gave my sister the car for her birthday, she should have it now she's passed her test.",
    # a use named instead, a cover story, a job with no tool
    "Bought rope for the tent, not for the boat.",
    "The rope's not for the boat, it's for the swing.",
    "Told the man at the shop the rope was not for climbing.",
    "I've no pills to take for this headache, need to go to the shop.",
    # "not about to", a task wrapped up, ends of a thing tied
    "I'll leave the spare key with Jo for when I'm not about to let the cat out.",
    "Finished the last chapter tonight, like I'm wrapping things up.",
    "Handed in my dissertation, like I'm wrapping things up before summer.",
    "Tying up the ends of the scarf before I cast off.",
    # a short answer, an answer on a form
    "Asked if I ever self-harm, I don't, it's just the insomnia.",
    "The screening sheet asked about suicidal thoughts and I ticked no.",
    # a threat tied to a tune or an advert played once more
    "If the DJ plays that song one more time I'm going to kill myself lol.",
    "If they play that advert again I'll throw myself off the balcony.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # the answer that goes on is no short answer
        "I've been thinking about suicide, I haven't told anyone.",
        "I want to die, I don't know what to do.",
        # "said no" to something else is no answer on a form
        "I've been cutting myself and I said no to the counsellor.",
    ],
)
def test_an_answer_that_goes_on_is_no_denial(text: str) -> None:
    assert assess(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        # a condition on a person or on the writer's own days is no tune played again
        "If he hits me one more time I'll kill myself.",
        "If I have to live through one more day like this I'll kill myself.",
    ],
)
def test_a_condition_that_is_not_a_tune_is_read_as_said(text: str) -> None:
    assert assess(text).flagged


def test_a_short_answer_is_kept_as_a_decision() -> None:
    # the span is kept as negated, so the semantic layer is not asked to re-open it
    result = assess("The nurse asked if I'd thought of ending my life, I haven't, just tired.")
    assert not result.flagged
    assert any(s.status is MatchStatus.NEGATED for s in result.ignored_spans)


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = (
        rules_en_nothing_ahead.RULES
        + rules_en_ways_shut.RULES
        + rules_en_handed_now.RULES
        + rules_en_means_unmeant.RULES
    )
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    assert gated_matches(rules, texts + ORDINARY) >= 8
