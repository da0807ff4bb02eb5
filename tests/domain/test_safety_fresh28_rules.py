"""The English mechanisms added after studying ``fresh28``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms (``rules_en_frames``): a past attempt told by its aftermath (a stay "after trying to
go", being found with the old feeling back, nearly not making it "because of what I did to
myself"); a plan told by a decided day for an unnamed "it" ("decided, it'll be Friday", "that is
the day, I have decided"); means gathered from several chemists or in secret, a few kept back
from every prescription, a thing bought and hidden with its use denied; love said to everyone
with the reason withheld; affairs left with an apology for everything; a pet given away because
the writer "won't be able to look after" it; self-harm told by a tool used again or by marks a
sleeve hides; others who could live their own life "if I weren't"; the writer as the storm or
the dead weight in the house; no way out and no more bearing it in learner or spoken grammar;
an age the writer can't see themselves reaching. Learner grammar: "I not need it" closing the
clause after a gift. The same frames in other words: a ward and "the last time", a stomach
pumped, a day set with the writer's resolve, a different shop each week, letters put where they
will be found after, breathing again without the writer, "no more want live", "I no think I
will be here".
Guards: an accident, a climb or a ski slope; rope lights; a pet rehomed for an allergy; being
found asleep or lost; drink as what nearly killed; a day decided for a do or a move; a shortage,
a trip, a relative's pills; a present; a Christmas call; a trip before the passwords; a move; a
fringe cut; a cat's scratches or an oven's burns; work hours; a team's anchor; a car park or a
jam; heat or cake; a train or press-ups; a crash, a fish bone, wild mushrooms; prices compared;
a weekend away; learner grammar for a town, a flatshare, exams, a contract.
Context guards: a wish asked of oneself and denied ("Want to die? Nah"); a routine check
answered "no" or a form's box ticked "never"; the writer paired with a dying phone battery; a
notebook that holds things is not a diary switch; a use denied in English.

The sentences are written anew (not copied from ``fresh28_*.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess, rules_en_frames
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
    # a past attempt told by its aftermath
    (
        "Spent three nights on the ward at the Infirmary after I tried to do it, and that same"
        " darkness is creeping back.",
        _SI,
    ),
    ("I ended up in Ward 7 after trying to end it all, last spring.", _SI),
    (
        "They kept me in at St Luke's after trying to check out, and the old pull is back tonight.",
        _SI,
    ),
    ("It's a year this week since my flatmate found me, and those thoughts are coming back.", _SI),
    ("My mum found me just in time, and I haven't told anyone how close it feels again.", _SI),
    ("I almost died by my own hand when I was twenty, and that weight is back.", _SI),
    ("What I did to myself at sixteen nearly killed me, and the same thoughts are back.", _SI),
    # a plan told by a decided day
    ("Made up my mind: it will be the 14th, after the rent goes out.", _PM),
    ("The day the divorce is final, that is the day. I have decided.", _PM),
    ("Figured it out, it'll be this Thursday while he's on nights.", _PM),
    # means gathered from many places, in secret, kept back, bought and hidden
    ("Been getting my sleeping tablets from four different chemists so it doesn't look odd.", _GM),
    ("Saving the painkillers in a sock drawer, no one knows.", _GM),
    ("I keep a couple aside from every prescription and nobody has noticed.", _GM),
    ("Each refill I put a few back in the shoebox under my bed.", _GM),
    (
        "Bought rope at the hardware shop and hid it in the shed, and it's not for the garden.",
        _GM,
    ),
    ("Got a length of hose and tucked it under the spare tyre where nobody will look.", _GM),
    # love said to everyone, the reason withheld; affairs and an apology
    ("Texted all my cousins that I love them and didn't explain why.", _GB),
    ("My will's in the bureau drawer, sorry for everything.", _GB),
    ("The pin numbers are under the kettle, forgive me.", _GB),
    # given away, the writer won't be able to look after it; learner grammar
    ("Gave the budgie to my niece, won't be able to look after him.", _GA),
    ("I give my watch to my cousin, I not need it.", _GA),
    # self-harm told by a tool used again or by hidden marks
    ("Did it again with the razor last night, nobody knew.", _SH),
    ("New cuts up my thighs again where the shorts cover them.", _SH),
    ("There are little burns all over my wrist and my hoodie hides them.", _SH),
    # a burden told by the life others could have
    ("My wife could get on with her own life if I wasn't here dragging her down.", _BU),
    ("She'd finally live her life if I was gone.", _BU),
    ("I'm the poison in this family, everything goes wrong because of me.", _BU),
    ("I'm such a millstone to my brother.", _BU),
    # trapped, in learner or spoken grammar
    ("Me no see any way out of this, every day the same.", _TP),
    ("I don't see any door out of this mess with the loans.", _TP),
    ("I can't take a whole lot more of this.", _TP),
    ("Honestly I can't handle much more.", _TP),
    # the same frames in other writers' words: a ward and "the last time", a day set, a
    # different shop each week, letters found after, breathing again without the writer,
    # learner grammar for the wish and for no future
    ("Woke up in intensive care the last time I felt like this.", _SI),
    ("The last time I tried I was in the psych ward for a month.", _SI),
    ("I was hospitalised after I swallowed everything in the cabinet.", _SI),
    ("When they pumped my stomach I promised I'd never do it again.", _SI),
    ("Sunday is the day, I've made my peace with it.", _PM),
    ("It's happening on Sunday, I'm ready.", _PM),
    ("Everything is set for Friday night, nobody will be home.", _PM),
    ("Every week I buy one packet of paracetamol from a different shop.", _GM),
    ("I wrote letters for my kids and put them where they will find them after.", _GB),
    ("They'd all be able to breathe again without me.", _BU),
    ("I am finish, no more want live.", _DW),
    ("No more want to live, I tired.", _DW),
    ("I no think I will be here next year.", _NF),
    # an age the writer can't see themselves reaching
    (
        "My mates plan their forties like it's nothing, I can't picture myself making it that far.",
        _NF,
    ),
    ("I can't see myself reaching thirty, I never could.", _NF),
    # a burden said beside a word of what I do to them stays a burden
    ("They'd all be better off without me dragging everyone down.", Category.BURDEN),
    ("my kids would be happier without me around", Category.BURDEN),
]

ORDINARY = [
    # an accident, a climb, a ski slope, being lost or asleep
    "I was in A&E after trying to go skiing with a dodgy knee.",
    "I ended up in hospital after trying to go down the hill on a sledge, broke my wrist.",
    "Spent two nights in the hospital after trying to do the stairs with my bad hip.",
    "It's been a year since the rescue team found me lost on the hill, and the same fear is back.",
    "Since my sister found me asleep on the sofa, she won't stop teasing me again.",
    "Mum found me just in time for dinner.",
    "I nearly didn't make it because of what I did to my knee on the ski slope.",
    "What I did to myself with all that drinking nearly killed me, I've been sober two years.",
    # a day decided for a do or a move
    "Decided it'll be Friday for the barbecue, weather looks good.",
    "We decided it'll be Saturday, the party starts at eight.",
    "Worked it out, it'll be next weekend for the move, the van is booked.",
    "The day the loan is paid, that is the day we celebrate.",
    # a shortage, a relative's pills, a trip, an emergency; a present
    "I'm getting my insulin from two different pharmacies because of the shortage.",
    "Picking up Mum's tablets from three different chemists since she moved house.",
    "Saving the painkillers for my trip abroad, no one knows what the pharmacies there stock.",
    "Every month I keep a few back for emergencies in case the pharmacy is shut at Christmas.",
    "Bought some rope for the tent and hid it in the car so the kids don't play with it.",
    "Got a hose and hid it behind the shed, it's a surprise present for Dad's garden.",
    # a Christmas call; a trip before the passwords
    "Rang round the family on Christmas Day, told each one I loved them, wouldn't say why, too"
    " much wine.",
    "The passwords are in the blue notebook, sorry for the mess, I'm off on my trip tomorrow.",
    # rope lights, a string of lamps, hidden as a present
    "Bought rope lights and hid them under the stairs, they're for Christmas.",
    # a pet given away for a move or an allergy
    "Handed the cat to my aunt, I won't be able to look after her with this allergy.",
    "Gave the dog to my brother for good, I won't be able to look after him since I'm moving.",
    # a fringe cut, a cat's scratches, an oven's burns
    "Did it again with the scissors, cut my fringe way too short.",
    "Scratches all over my arms from the cat and my sleeves hide them.",
    "Little burns up my arm from the oven, my sleeves hide them at work.",
    # work hours; a team's anchor
    "He could get on with his own life if I wasn't working such long hours.",
    "I'm the anchor in this team, the relay depends on me.",
    # a car park, a jam; heat, cake
    "I can't see any way out of this car park, the barrier is stuck.",
    "I no see any road out of the traffic jam on the motorway.",
    "I can't take much more of this heat.",
    "I can't take much more cake, I'm stuffed.",
    # a train, press-ups
    "I can't see myself getting there in time for the train.",
    "I can't see myself reaching forty press-ups, I'm not in shape.",
    # learner grammar with a reason: a new one bought
    "I give my old watch to my cousin, I buy a new one, I not need it.",
    # a crash, a fish bone, mushrooms; a move, a party, a surprise, a marathon
    "Woke up in intensive care after the crash, the last time I felt this lucky was years ago.",
    "I was admitted after I swallowed a fish bone at the restaurant.",
    "They pumped my stomach after I ate the wrong mushrooms on the hike.",
    "Sunday is the day we move, I've made my peace with the new flat.",
    "It's happening on Friday, everything is ready for the party.",
    "Everything is set for Saturday night, nobody will be home so we can set up the surprise.",
    "Saturday is the day, I'm ready for the marathon.",
    # prices compared, a relative's tablets in a shortage
    "Every week I buy one packet of nappies from a different shop to compare prices.",
    "Every week I pick up Gran's tablets from a different chemist, it's a nightmare with the"
    " shortage.",
    # rest without the writer for a while
    "They'd all relax without me for the weekend while I'm at the conference.",
    # learner grammar for a place, a flatshare, exams, a contract
    "I no want to live in this town anymore, too cold.",
    "No more want to live with my parents, I need my own flat.",
    "I am finish with my exams, so happy.",
    "I no think I will be here next year, my contract ends and I go home.",
    # a wish asked of oneself and denied
    "Want to die? Nope, I want to see the world first.",
    "Hurting myself? Nah mate. Hurting my wallet at the sales? Definitely.",
    # a routine check or a form answered no
    "The nurse did her weekly check-in about self-harm and I could say no.",
    "On the wellbeing form the line about suicidal thoughts, I ticked never.",
    # the writer paired with a dying battery
    "Me and my laptop both on 2% and ready to die.",
    # a habit of mine someone would rest or work better without
    "My wife will sleep a lot better without me snoring beside her this week.",
    "Honestly the kitchen runs smoother and the team works better without me hovering.",
    "Grandad is happier without me fussing over his tablets every five minutes.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_a_denied_wish_still_counts_when_the_answer_turns() -> None:
    # "no, but …" keeps the question open: what follows the "but" is the writer's own
    assert assess("Want to die? No, but I want it all to stop.").flagged
    assert assess("Do I want to die? Yes.").flagged


def test_a_phone_on_low_battery_beside_a_real_wish_still_counts() -> None:
    # the battery clears the wish only when the writer is paired with it
    assert assess("My phone is on 3% and I want to die, this week has been hell.").flagged


def test_the_aftermath_alone_is_not_an_attempt() -> None:
    # being found, with no old feeling back, is not a past attempt
    assert not assess("Two years since they found me, and I've never been happier.").flagged


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = rules_en_frames.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    assert gated_matches(rules, texts + ORDINARY) >= len(texts) // 2
