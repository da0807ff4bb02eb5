"""The English mechanisms added after studying ``fresh33``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms: an explicit core followed by *when* ("… come spring", "… after the ferry's gone",
"… while I sleep") in ``rules_en_when``, with any verb of wishing and "to be dead" or "for
death", a prayer to be taken with any verb of asking and any name of God, a pidgin wish ("I
wan die", "I no want live again") and a statement avowed in earnest ("… I mean every word");
burden as what the writer costs others or what others would gain with the writer gone
(``rules_en_burden_gain``); no future as a time ahead the writer will not be part of
(``rules_en_future_absent``). Guards: a sign answered "no, not even once" or called a line
never crossed is denied (``negation_en_reply``); a teammate, a bandmate or a lodger named as
the subject of an act is someone else (``context``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh33_en.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import (
    assess,
    rules_en_burden_gain,
    rules_en_future_absent,
    rules_en_when,
)
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import MatchStatus
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import DW as _DW
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import SI as _SI
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged
from tests.support.safety_gates import gated_matches

SIGNS = [
    # the act or the wish, then when
    ("I've decided I don't want to be alive by Easter.", _DW),
    ("Truth is I no longer want to live after the funeral's done.", _DW),
    ("Gonna end it all once the kids are at their dad's.", _SI),
    ("I'll end my life as soon as the house is empty.", _SI),
    ("I really want to die this winter, it's all I think about.", _DW),
    # any verb of wishing with "to be dead" or "for death"
    ("Lay on the sofa all afternoon longing to be dead.", _DW),
    ("Most mornings I'm aching to be dead before the alarm goes.", _DW),
    ("I keep praying for death, quietly, every night.", _DW),
    # a prayer to be taken, any verb of asking, any name of God
    ("I hope the man upstairs will just call me home soon.", _DW),
    ("Begged the good Lord to let me die in the night.", _DW),
    ("I wished God would take me before morning.", _DW),
    # a pidgin or learner wish
    ("Me just waan dead, nutten nah go right.", _DW),
    ("I no want live again, everything too heavy.", _DW),
    # avowed in earnest
    ("I'm going to kill myself and I'm dead serious this time.", _SI),
    ("I want to end my life, not even joking.", _SI),
    # the writer as a cost to someone
    ("I'm nothing but an expense to my parents these days.", _BU),
    ("I've become one more chore for my daughter.", _BU),
    ("I'm the reason my mum is always so exhausted.", _BU),
    # what others would gain with the writer gone
    ("My husband could finally breathe if I was out of the picture.", _BU),
    ("The whole family would sleep easier without me around.", _BU),
    ("If I simply wasn't here they'd keep so much more of their money.", _BU),
    ("Better for everyone if I quietly wasn't around any more.", _BU),
    # a time ahead the writer will not be part of
    ("Whatever the coming years hold, I won't be in it.", _NF),
    ("I can't picture myself five years from now, not at all.", _NF),
    ("Summer's for other people, next summer especially, not me.", _NF),
    ("I can't bring myself to book anything past October.", _NF),
]

ORDINARY = [
    # old age, a place to live, a way of life
    "I don't want to live when I'm ninety and in a care home.",
    "I don't want to live in this town after the divorce.",
    "I'd like to die in my sleep when I'm old, like my gran did.",
    # a relationship or a job ended when
    "We're going to end the lease after the summer.",
    # degree, not death
    "Hoping for a peaceful death one day, surrounded by my family.",
    # a safe passage, strength, someone else's prayer
    "I pray God will take me home safely from the tour.",
    "I asked the Lord to take me through the exams.",
    "Gran prays the Lord will take her soon, she's ninety-eight.",
    # a pidgin wish about something else
    "Mi waan dead tired after dem shift, sleep straight.",
    # a cost at work, a project at work, a time away
    "I'm a cost to the company until the contract ends.",
    "I'm a project to them at work, a new hire to train.",
    "The kids would have more fun on the trip if I wasn't there nagging.",
    "They'd have more room in the car if I wasn't in it.",
    "When I'm gone on the work trip, my sister will feed the cat.",
    "They wouldn't be better off if I was gone, they keep telling me.",
    # a time ahead spent elsewhere, or someone else's absence
    "I won't be part of it next season, I'm moving to the Leeds club.",
    "I can't see myself in that office next year, I've got the new job in Dublin.",
    "My brother says he won't be part of it next year.",
    # a sign answered no, or called a line never crossed
    "Cutting myself? No, not once in my life.",
    "Taking my own life is a line I would never cross, I have my boys.",
    "Ending my life has never been an option for me.",
    "Killing myself is out of the question, full stop.",
    # someone named by what they share with the writer
    "A bandmate overdosed last spring, the gig in May is for him.",
    "My flatmate tried to end it in March and is home now.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_a_reply_that_goes_on_is_no_denial() -> None:
    # "no one", "no joke" and "no, but …" answer nothing
    assert assess("I want to die, no one would notice.").flagged
    assert assess("Wanting to die, no, but it's there most nights.").flagged
    # … and a step the writer never *thought* they'd take, and took, is no denial
    assert assess("Hurting myself is something I never thought I'd do, now it's weekly.").flagged


def test_a_denial_the_rules_read_is_kept_as_a_decision() -> None:
    # the span is kept as negated, so the semantic layer is not asked to re-open it
    result = assess("Wanting to die, no, not even once.")
    assert not result.flagged
    assert any(s.status is MatchStatus.NEGATED for s in result.ignored_spans)


def test_the_act_then_when_is_urgent() -> None:
    result = assess("I'll end it all after the last ferry's gone.")
    assert result.flagged
    assert result.severity.rank >= assess("I'm a chore for my kids now.").severity.rank


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = rules_en_when.RULES + rules_en_burden_gain.RULES + rules_en_future_absent.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    assert gated_matches(rules, texts + ORDINARY) >= len(texts) // 2
