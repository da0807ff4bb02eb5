"""The English mechanisms added after studying ``fresh35``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms: Scots and Doric read as standard English in a Scots sentence (``spelling_en_scots``)
and Caribbean "to dead" read as "to die" (``spelling_en_caribbean``); dropped-g verbs and "ain't
for" (``spelling_en``); the pain itself a locked place or a grip one cannot pull free of
(``rules_en_pain_captor``); a never-waking supposed and taken well (``rules_en_welcomed_sleep``);
a means kept "just in case I decide" (``rules_en_means_unmeant``); the return of a thing handed on
waived (``rules_en_meaning``); the act placed at a holiday named, the subject dropped
(``rules_en_frames_settled``); a frequency between the thinking and the act, an attempt told in
the learner's base form (``rules_en_frames_open_acts``); a coming season not pictured ahead,
a part of a limb cut (``rules_en_journal``); voices heard "the last time"
(``rules_en_corpus_families``); the place closing in, nowhere to climb out
(``rules_en_frames_open``). Guard: an answer "no to the lot" put on a list
(``negation_en_reply``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh35_en.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.detector import respelt
from neuroleaf_desktop.domain.safety.normalize import normalize
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_TP = Category.TRAPPED_PAIN
_PM = Category.PLAN_OR_METHOD
_GA = Category.GIVING_AWAY
_GM = Category.GETTING_MEANS
_GB = Category.GOODBYES
_NF = Category.NO_FUTURE
_SH = Category.SELF_HARM
_DW = Category.DEATH_WISH
_SI = Category.SUICIDAL_IDEATION

SIGNS = [
    # Scots and Doric read as standard English
    ("A'm gaun tae kill masel, nae mair waitin.", _SI),
    ("Naething tae look forrit tae noo, the years are done wi me.", _NF),
    ("I'm stuck at the bottom o a pit wi naebody tae hear me.", _TP),
    # Caribbean "to dead"
    ("Some days I does want to dead, for real.", _DW),
    # the pain a locked place
    ("The grief is a cell with no key and I'm sat in it every night.", _TP),
    ("My depression's a locked room and I can't find the handle, I'm so tired.", _TP),
    # the pain's grip, no getting free
    ("This hurt has its claws in me and I can't tear myself loose.", _TP),
    ("The darkness won't let go of me and I've no strength left to break free.", _TP),
    # the place closing in, nowhere to climb out
    ("Everything's closing in on me and there's nowhere to crawl out.", _TP),
    # a never-waking taken well
    ("I'd be grateful if I just didn't wake up tomorrow.", _DW),
    ("If I nodded off tonight and never woke up, honestly I wouldn't mind.", _DW),
    # a means kept for a decision unsaid
    ("The pills are in my bedside drawer now, just in case I finally make up my mind.", _GM),
    # the return of a thing handed on waived
    ("Gave my guitar to my nephew and said not to bother bringing it back.", _GA),
    # the act at a named holiday, the subject dropped
    ("Gonna do it on Easter Monday when the house is empty.", _PM),
    # a frequency between the thinking and the act
    ("I think every night about how to end my life.", _SI),
    # an attempt in the learner's base form
    ("I try before, at twenty, nobody knows.", _SI),
    # a coming season not pictured ahead
    ("I can't see one more Christmas ahead of me.", _NF),
    # a part of a limb
    ("Cut the inside of my arm again where my sleeve covers it.", _SH),
    # voices heard the last time
    ("Phoned my sisters tonight just to hear their voices for the last time.", _GB),
]

ORDINARY = [
    # a Scots sentence about someone else, a Scots sentence that is ordinary
    "Ma pal's been greetin aw week, am gaun wi her tae the doctor.",
    "Nae boat oot o Kirkwall the day, the wind's ower strong.",
    # "dead" in a compound or a noun
    "I want to dead-lift a hundred kilos by summer.",
    "I'm ready to deadhead the roses this weekend.",
    # an illness, a pet or a real door that grips or locks
    "This flu's got its teeth in me, no energy left to get out of bed.",
    "The dog got its teeth in my sleeve and I couldn't pull free.",
    "The cellar door was bolted from the outside so I'm stuck, no way up till Dad gets home.",
    # a sleep that ends at a time, a baby that does not wake
    "I wouldn't mind if I never woke up before noon on Sundays.",
    "I'd be relieved if the baby didn't wake up tonight.",
    # a decision named after "decide"
    "Kept the rifle in case I decide to go hunting next season.",
    # money handed over, a loan to come back
    "Gave forty quid to my nephew, told him no need to give it back.",
    "Lent the drill to my neighbour, no need to give it back till Friday.",
    # a holiday with a job or a trip named
    "Got it sorted for the bank holiday when the house is empty, a proper deep clean.",
    "Going to do it Boxing Day when the house is empty, paint the whole hallway.",
    # a season not pictured for a business, a part of a limb hurt by accident
    "Can't see a single car ahead of me in this fog.",
    "Burnt the back of my hand on the oven tray by accident.",
    # a will made at an institution, rope for a mooring
    "Made my will at the credit union this morning, everyone our age should.",
    "Bought a coil of rope at the chandlery for the new mooring.",
    # an answer put on a list
    "The nurse went through the questions about harming myself and I answered no to the lot.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def _folded(text: str) -> str:
    return respelt(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A'm gaun tae end it, I ken that noo.", "i'm going to end it, i know that now."),
        ("Tried tae go an wakened up wi ma mither there.", "tried to go and woke up with my"),
        ("It ain't for the fence.", "it is not for the fence."),
    ],
)
def test_dialect_is_read_as_standard_english(text: str, expected: str) -> None:
    assert _folded(text).startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        # one Scots-looking word is no Scots sentence: Italian "ma", Portuguese "o"
        "Ma non lo so, forse domani.",
        "O meu irmão vem amanhã.",
    ],
)
def test_a_single_marker_is_no_scots_sentence(text: str) -> None:
    assert _folded(text) == normalize(text, fold=True)[0]
