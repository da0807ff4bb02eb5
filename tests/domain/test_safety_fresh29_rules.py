"""The English mechanisms added after studying ``fresh29``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms (``rules_en_frames_wider``): a past attempt named only as the writer's act ("after I
tried", "after what I did", "my go") beside its aftermath (a ward, intensive care), or survived
and rued ("I wish I hadn't"); a plan told by a lethal place and a time already worked out, by a
day picked "for it" when the others are away, or by going out alone and "not coming back"; a
goodbye told as love said "while I still can", as "if I'm not here, know I loved you", or as
sealed envelopes with the family's names "for when"; things handed on "for keeps" (a pet or
more than one thing), a list of the writer's things given with no need of them left; the peace
others would have "if I was gone", a world going on without the writer unnoticed, a life
policy that would "do more than I ever could"; "no me" in the future, no tomorrow "for me"; no
bearing "another year of it". Extended families: a share of every script kept back ("half"),
not being "round" for "any of that", "in any future", drowning, resting forever or sleeping
"and never wake" in learner grammar; north-east "divvent", "ah'll", "cannit", "gan" and Black
Country "ar cor" respelt. Context: a relative named as the subject of an act ("my cousin Deano
tried to end things") is someone else's; what someone at home "thinks it's" is a cover story,
not the cause; "no use for" a bought rope denies its use; "next week" after "not here" is the
writer's absence, not a trip; notes hidden for a game in the next sentence are a game's clues.
Guards: a trampoline, a quad bike, a car; a driving test; photos or a sponsored walk at a bridge;
a day kept for retiling; a boat trip "till Sunday", a new life in Spain; a grandmother in a
hospice, a friend flying away; a holiday; birthday envelopes; a single bike, a litter of
kittens, a charity shop; a weekend away, a rota; insurance "if something happened on the
rigs"; a team photo; "like there's no tomorrow"; a job borne another year; a fence; a doctor's
diagnosis; cattle.

The sentences are written anew (not copied from ``fresh29_*.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess, rules_en_frames_wider
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

_SI, _GB, _SH = Category.SUICIDAL_IDEATION, Category.GOODBYES, Category.SELF_HARM

SIGNS = [
    # a past attempt named only as the writer's act, beside its aftermath, or survived and rued
    (
        "Ended up on the psych ward after I tried, three winters ago, and it's all creeping back.",
        _SI,
    ),
    (
        "After what I did to myself in 2019 I woke up in intensive care, and lately the same"
        " thoughts are back.",
        _SI,
    ),
    ("Lived through my attempt at the bridge, and most mornings I wish I hadn't.", _SI),
    ("Came through my go with the pills and honestly I wish I hadn't.", _SI),
    ("Woke up in the ICU after what I swallowed last spring.", _SI),
    # a plan: a lethal place and a time worked out, a day picked for "it", out alone for good
    ("The multi-storey on Tuesday night after work, it's all planned.", _PM),
    ("That railway bridge by the depot at midnight Friday, my mind's made up.", _PM),
    ("Chose Thursday for it, while he's on nights and the house is empty.", _PM),
    ("Taking the kayak out on my own tomorrow and I'm not coming back.", _PM),
    ("Walking up onto the moors by myself Sunday and never coming back down.", _PM),
    # a goodbye: love said while there is time, "if I'm not here", envelopes for when
    (
        "Rang my brother late last night to tell him how proud I am of him, while I still have"
        " the chance.",
        _GB,
    ),
    ("Texted my best mate that she meant the world to me, before it's too late.", _GB),
    ("Hugged my mum so tight today while I still can, told her she is the best mum.", _GB),
    ("I am not here next month maybe, I love you all my family.", _GB),
    ("If I'm not around by the weekend, remember I always loved you, every one of you.", _GB),
    (
        "Wrote a letter for each of them with their names on, sealed it and hid it in the drawer"
        " for afterwards.",
        _GB,
    ),
    # things handed on for keeps; a list of the writer's things given, no need of them left
    ("Handed my watch and my fishing rods to my uncle, told him they're his to keep.", _GA),
    ("Left the cat with my neighbour for good.", _GA),
    ("My camera, my records, my bike, all given to mates now, I don't need any of it.", _GA),
    # means: a share of every script kept back; a thing bought with no use for it, hidden
    ("Each repeat prescription I put half aside, there's a jar of them in the wardrobe.", _GM),
    # self-harm: skin opened again; a cause someone at home believes
    ("Opened my wrist up again with the sharpener.", _SH),
    ("Scratching my arms raw till they bleed, my wife reckons it's the washing powder.", _SH),
    # a burden: peace for others without the writer, a policy worth more
    ("Mum would finally have some peace and quiet without me.", _BU),
    ("He'd be sorted without me, the house would be his.", _BU),
    ("The life insurance would look after them better than I ever could.", _BU),
    ("Everything goes on just fine without me, no one would even miss me.", _BU),
    ("The world keeps turning without me and nobody would notice.", _BU),
    # no future: not round for any of it, no me ahead, no future left for me
    (
        "Lads at the site go on about retiring and I keep quiet, I know I'm not going to be"
        " round for any of that.",
        _NF,
    ),
    ("There's no me in the future they keep planning.", _NF),
    ("Ain't no future left for me.", _NF),
    ("I can't see myself in any future.", _NF),
    ("Me no see myself in future.", _NF),
    # trapped: another year of it; drowning in learner grammar
    ("I can't take one more year of it.", _TP),
    ("It's like I drowning and no one notice.", _TP),
    # north-east "divvent", "dinnet" (don't)
    ("I divvent want to wake up tomorrow.", _DW),
    ("Dinnet want to be here anymore.", _DW),
    ("Divvent think ah'll be here by the spring, pet.", _NF),
    ("Ah cannit gan on like this much longer.", _TP),
    # Black Country "ar cor" (I can't)
    ("Ar cor face another day of it.", _TP),
    # the wish as rest or sleep without waking, in learner grammar
    ("Better I go sleep and never wake.", _DW),
    ("I just want to rest forever.", _DW),
]

# Means bought with no use for them and hidden, whichever category the rope or hose is read as.
MEANS_HIDDEN = [
    "Bought a length of hose I've no need for, it's stashed in the boot.",
    "Got a coil of rope from the hardware place that I've no use for, it's hid behind the boiler.",
]

ORDINARY = [
    # an aftermath with an accident, a pastime or someone else's car; a try at a test
    "Ended up in A&E after I tried the trampoline with the kids.",
    "Spent the night in hospital after my go on the quad bike, broke my wrist.",
    "Since the hospital visit last week, after what I did to the car, Dad's not speaking to me.",
    "Survived my first attempt at the driving test and I wish I hadn't bothered with the second.",
    # a place and a time for photos or a walk; a day kept for a job at home
    "The bridge on Mill Lane after work Friday, I've worked it all out with Dave for the photos.",
    "The old railway viaduct Sunday morning, it's all planned, we're doing the sponsored walk.",
    "Picked Saturday for it, when the kids are at their dad's, the bathroom needs retiling.",
    # a trip that ends, a move abroad
    "Going out on the boat alone Saturday and not coming back in till Sunday night.",
    "Heading off to Spain on my own next month and not coming back, new life in the sun.",
    # love said to someone frail or leaving; a holiday; a meeting missed; birthday envelopes
    "Phoned Gran to tell her I love her while I still can, she's 94 and in a hospice now.",
    "Told my best friend how grateful I am before it's too late, she flies to Canada on Monday.",
    "Hugged the kids while I still can before they go off to uni, told them I'm proud.",
    "If I'm not here next week, I'm on holiday, but know I love you all.",
    "If I'm not around for the stand-up tomorrow, know that I love the new office layout.",
    "Birthday envelopes with the grandkids' names on, sealed and tucked in the drawer for when"
    " they visit.",
    # one thing handed on, a litter, a charity shop, a hobby passed on
    "Gave my old bike to my nephew for keeps.",
    "Gave two of the kittens to the neighbours for keeps, the litter was huge.",
    "My jeans, my trainers, my jumpers, I have given to the charity shop, I don't need them.",
    "Gave my tent and my stove to my nephew for good, he's into camping now.",
    # a weekend away, a rota, insurance against an accident
    "She'd finally get some peace if I was gone for the weekend, the baby never sleeps when I'm"
    " home.",
    "They'd be set without me for the week, the rota's sorted.",
    "The life insurance would do more for them than I ever could if something happened on the"
    " rigs.",
    # a photo, a party, a job, a fence, a doctor's reading, cattle
    "There's no me in the team photo, I was off sick.",
    "We partied like there's no tomorrow.",
    "I can't face another year of it, this job is killing me.",
    "Opened my arm up again on the fence, stupid.",
    "Been scratching my arms till they bleed, the doctor thinks it's eczema.",
    "Picked up a coil of rope at the farm supply for the cattle.",
    "The party went on without me and nobody would notice, I was in bed by ten.",
    "Hid notes round the house where they'll find them later. It's a clue game for Ella's party.",
    "I'm not gonna be round for any of that, we're moving to Leeds in May.",
    "Made my will with the solicitor, routine stuff, and told the kids I love them.",
    # sleep and rest that are sleep and rest; "ar ay" (I'm not) is a denial; Geordie "gannin"
    "I try to sleep and not wake the baby.",
    "I could rest forever on this beach.",
    "Ar ay suicidal, just fed up wi' work.",
    "We're gannin to the match on Saturday, can't wait.",
    # someone else's act, their relation to the writer named
    "Our cousin Shaz tried to end things last month, we're all in bits.",
    "My mate Kev attempted to kill himself at uni, he's doing better now.",
    "Wor lass's brother tried to end it in the spring and she's been with him every day.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", MEANS_HIDDEN)
def test_means_with_no_use_and_hidden_are_flagged(text: str) -> None:
    result = assess(text)
    assert result.flagged, text
    assert {s.category for s in result.matched_spans} & {_GM, _PM}, result.reasons


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_the_writers_own_act_beside_a_relative_still_counts() -> None:
    # a relative named before the writer's "I" is the time of the act, not its subject
    assert assess("After my brother died I tried to end it.").flagged
    assert assess("My cousin and I got drunk and I tried to end it that night.").flagged


def test_a_cover_story_is_not_the_writers_own_reading() -> None:
    # the writer's own "it's eczema" clears the scratching; what mum believes does not
    assert not assess("Clawed my arms till they bled in my sleep, it's eczema.").flagged
    assert assess("Clawed my arms till they bled, mum thinks it's eczema.").flagged


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = rules_en_frames_wider.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS] + MEANS_HIDDEN
    assert gated_matches(rules, texts + ORDINARY) >= len(texts) // 2
