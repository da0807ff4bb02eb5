"""The English mechanisms added after studying ``fresh31``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms: a plan read as a time settled for an act left unnamed (a day decided or known and
"that will be the time", "the weekend I'll do it"), the day and the place known with the house
empty, a lethal place chosen and "the date is set" (``rules_en_frames_settled``); the open
frames' narrow slots widened by meaning (``rules_en_frames_widened``): another year or winter
"of feeling like this", a pain that never eases and "I can't take it no more", down a shaft with
the top sealed, others eased in any tense with the writer "not there" or "if me wasn't here",
"nothing ahead for me", "there's no summer for me", "I won't be around come Christmas", not
seeing oneself "getting old", notes for each of one's people "they'll find after", love said
with "none of this was your fault", visits "they didn't know it was the last", a blade or a
flame taken to the skin, a pet rehomed "permanent", an attempt told in dialect ("tried fe kill
myself"); a wish to be gone said with words the plain rules lacked ("had enough of this world",
"I'd be better off gone", "thinking about not being here anymore", Scots "want tae be deid").
Guards: someone named by a noun opening the clause ("the old boy next door tried to
end it") is someone else; a death wish about a trivial cause with a mark of exaggeration ("City
lost again, I literally want to die") is hyperbole (``hyperbole_en``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh31_en.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import (
    assess,
    rules_en_frames_settled,
    rules_en_frames_widened,
)
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import DW as _DW
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged
from tests.support.safety_gates import gated_matches

SIGNS = [
    # a time settled for an act left unnamed
    ("Decided on Saturday while mum is at bingo, that will be the night.", _PM),
    ("Worked out the date I'll do it, the week they're in Spain.", _PM),
    ("Made up my mind, Thursday when the lads are on nights, that's the night.", _PM),
    ("Settled on the night I go through with it, after payday.", _PM),
    ("Knew the weekend I'd do it, when the kids are at their dad's.", _PM),
    # the day and the place known
    ("I've got the day and the spot sorted, when my parents fly out.", _PM),
    # a lethal place chosen and the date set
    ("I picked the railway line behind the estate and the date is after my birthday.", _PM),
    ("I've chosen the cliffs at the headland, the date is set.", _PM),
    ("The date is fixed, end of the month, and the spot is the bridge by the depot.", _PM),
    # another span like this; a pain that never eases
    ("I can't face another winter of feeling like this.", _TP),
    ("Can't do another Christmas like this, I mean it.", _TP),
    ("I couldn't bear another year of being me.", _TP),
    ("This ache in me chest never lets up, day and night, and I can't take it anymore.", _TP),
    ("The hurting won't stop, every single day, I just can't bear it no more.", _TP),
    # down a shaft, the top sealed
    ("Feels like I'm down a well and someone's sealed the lid.", _TP),
    ("It's like being at the bottom of a mine and the entrance is boarded up.", _TP),
    # others eased in any tense
    ("Me brother would sleep easier if me wasn't here, I'm just trouble.", _BU),
    ("If I vanished they'd all be laughing again.", _BU),
    ("It would be better for everybody if I weren't there, honestly.", _BU),
    # nothing ahead
    ("Nothing ahead for me, just more of the same grey.", _NF),
    ("No future left for me, I know it.", _NF),
    ("Every door I try just closes.", _NF),
    ("When I think about next year I see nothing but a black wall.", _NF),
    ("There's no summer for me.", _NF),
    ("I won't be around come Christmas, I'm sure of it.", _NF),
    ("Honestly I don't see me getting as far as fifty.", _NF),
    ("Can't picture myself living to sixty, never could.", _NF),
    # a goodbye's marks
    ("Wrote letters to each of my kids and hid them in the desk, they'll find them after.", _GB),
    ("Phoned my brother to say I love him and that none of this was ever his fault.", _GB),
    ("Went round all my mates and hugged them, they didn't know it was the last time.", _GB),
    # a blade or a flame taken to the skin
    ("Ran the blade across my thigh again, only thing that makes it numb.", _SH),
    ("Took a lighter to my forearm till it blistered, nobody knows.", _SH),
    # a pet rehomed for good
    ("Rehomed the cats with my aunt, told her it's permanent.", _GA),
    # an attempt told in dialect
    ("Last time I tried fe kill myself was years back.", _SI),
    ("Two winters ago I tried ta end it.", _SI),
    # more settled plans: "that's when" with the house empty, "the plan is", "my day is chosen"
    ("Sat'day night when de house empty, dat's when me a go do it.", _PM),
    ("I've made me mind up, it'll be the Friday after payday when our lass is at her mam's.", _PM),
    ("I know which night I'll do it now.", _PM),
    ("Got it planned for when the wife's at her sister's next weekend.", _PM),
    ("The plan is Friday, when he's on nights.", _PM),
    ("My day is chosen, next Thursday.", _PM),
    ("Me pick de night already, when dem gone a country.", _PM),
    ("Picked out the spot by the quarry and the day is Sunday.", _PM),
    ("Everything is ready, I only need to choose the night.", _PM),
    # a wish to be gone in the words the plain rules lacked, Scots included
    ("I've had enough of this world.", _DW),
    ("Mate I reckon I'd be better off gone, no one'd even notice.", _DW),
    ("Sometimes I think about not being here anymore.", _DW),
    ("I keep dreaming about not waking up.", _DW),
    ("Ah cannae dae this anymair, ah want tae be deid.", _DW),
    ("My family deserve better than a useless son like me.", _BU),
]

ORDINARY = [
    # a day settled for something else
    "I decided Sunday night when my wife goes to her mother, that will be the time to clear the"
    " loft.",
    "Figured out the weekend I'll do it, the loft I mean, when everyone's up north.",
    "Decided Saturday when the kids are at school, that's the day I'll tell him.",
    "Worked out the weekend I'll do it, repaint the fence while they're away.",
    "Decided Friday night when he's at work, that will be the time to wrap the presents.",
    "I picked Sunday for the car boot, that will be the day.",
    "Chose the blue one, that'll be the one.",
    # a day and a place known for an occasion
    "We know the day and the place of the wedding now.",
    "I know the day and the place for the interview, after the holidays.",
    "I know the date and the place, the party's at Gemma's when her parents are away.",
    "The exam? I know the day and the place now, so nervous.",
    "I'm not going to be here next summer, I'm doing my placement in Leeds.",
    "Nothing waiting for me at the depot today, the parcel's lost.",
    "The future is a wall we will climb together.",
    # a bridge chosen for an outing
    "I have chosen the bridge near my work for the wedding photos, and the date is after Eid.",
    "We've picked the bridge for the charity walk, the date is set for May.",
    # a span of a job, a course, the weather; a pain of the body
    "I can't face another winter of this rain, moving to Spain.",
    "Can't do another year of this job, I'm handing in my notice.",
    "I can't take another year of this course, it's killing me.",
    "This toothache won't stop, every single day, I can't bear it anymore.",
    "My friend said she can't take another year of feeling like this.",
    # a real well, real miners
    "The kitten fell down a well and the lid was shut, we called the fire brigade.",
    "Miners trapped down the shaft after the entrance was sealed, watching the news.",
    # an absence that is a party, a shift, a class
    "The party would be better if I wasn't there, I'm so boring ha.",
    "Mum would be free on Saturday if I wasn't working, she could come.",
    "They'd all be laughing if I wasn't there to keep order in the class.",
    "If I go she'll be free to use the car.",
    # nothing ahead in a job; a summer of work; away for a move
    "Nothing ahead for me in this job, time to look elsewhere.",
    "Every road I tried ends at the roadworks.",
    "There's no summer for me this year, working all of it.",
    "I won't be about come October, I'm moving to Leeds.",
    "I can't see myself getting to partner at this firm.",
    # cards, a class, a divorce, a relative who died
    "Wrote Christmas cards for each of my cousins, they'll find them after the party.",
    "Left notes for each of my students, they'll read them after.",
    "Told my son I love him and that the divorce was never his fault.",
    "Hugged Nan at Christmas, she didn't know it was the last time, she died in January.",
    # shaving, cooking; a pet rehomed for a baby or a move
    "Took the razor to my legs again before the beach.",
    "Ran the knife across my hand by accident while chopping onions.",
    "Rehomed the dog with my sister because of the baby, told her it's permanent.",
    "Gave the rabbit to the neighbours for keeps since we're moving.",
    "Last time I tried to fix the boiler it flooded.",
    # someone named by a noun; a death wish about a match or a slip
    "The old boy next door tried to end it after his wife died.",
    "Bloke at the gym tried to kill himself last year, he's doing better now.",
    "Heard today a lad from the depot tried to end it, awful.",
    "City lost again, I literally want to die.",
    # a plan's words for company, a job named after "it", an occasion
    "Got it planned for when the kids are at school, a surprise for her birthday.",
    "The plan is Friday, when he's at work, I'll paint the hall.",
    "The plan is Friday when everyone's out, pizza and films.",
    "Got it all sorted for when the family's away, the lads are coming round for poker.",
    "Saturday when the house is empty, that's when I'll practise the drums.",
    "My day is chosen for the wedding, June the fifth.",
    # a wish about a firm, a party, a tournament, a week away; a role, someone else
    "I'd be better off gone from that firm.",
    "I'd be better off not here, at this party.",
    "I've had enough of this world cup already.",
    "I'm thinking about not being here next week, might go to Wales.",
    "The team deserves better than a captain like me.",
    "She deserves better than a cheating husband like him.",
    "I don't think I'd be better off gone, I'm just tired.",
    "My sister said she'd be better off gone.",
    "My cousin told me he keeps thinking about not being here anymore, so I drove over.",
    "Ah well, the match was deid boring.",
    "Spilt red wine on her white sofa, I want to die lol.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_the_writer_joined_to_someone_named_is_still_the_writer() -> None:
    assert assess("Me and a lad from work tried to end it together once.").flagged


def test_exaggeration_needs_a_trivial_cause_and_a_mark_and_is_never_meant() -> None:
    # a mark of exaggeration alone is read as said
    assert assess("I literally want to die.").flagged
    # … and so is a trivial cause said to be meant
    assert assess("My team lost and I want to die, not joking, it's every day now.").flagged
    assert assess("I literally want to die, I've felt like this for months.").flagged
    # … and a "game" or a "decision" that is life itself is no trivial cause
    assert assess("I'm done playing this game called life, I literally want to die.").flagged
    assert assess("Made my final decision, I literally want to die.").flagged


def test_a_lethal_place_and_a_date_are_urgent() -> None:
    result = assess("Chose the old viaduct, and the night is fixed.")
    assert result.flagged
    assert result.severity.rank >= assess("There's no summer for me.").severity.rank


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = rules_en_frames_settled.RULES + rules_en_frames_widened.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    assert gated_matches(rules, texts + ORDINARY) >= len(texts) // 2


@pytest.mark.parametrize(
    "text",
    [  # a number after "reaching" that counts something is no age
        "I can't see myself reaching forty press-ups, I'm not in shape.",
        "Can't see myself reaching twenty lengths of the pool before Easter.",
    ],
)
def test_a_count_reached_is_no_age(text: str) -> None:
    assert not assess(text).flagged, text
