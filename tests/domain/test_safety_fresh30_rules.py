"""The English mechanisms added after studying ``fresh30``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms (``rules_en_frames_open`` and ``rules_en_frames_open_acts``): each sign read as the
parts any wording of it needs, found anywhere in the sentence and in any order, with a wide
vocabulary for each part: the writer removed, erased or taken "from this world", or life
finished "before" a time; shut in (a well, under ice, inside one's own skull) and unheard or
with no way up; a weight or a darkness that "I can't carry / crawl out from under"; not "one more
day" or "one more night in my own head"; no door or ladder "out of this"; others' conditional
ease ("she'd be lighter", "they'd breathe") with the writer gone or "out of the picture"; the
writer as a load others drag, or "sick of being carried" with them worn out; no version of the
future "with me in it", not seeing oneself "at thirty", "no later for me", better days that
won't come "not for me"; love said to everyone at once; "if you don't hear from me" with "know
you were the best"; things handed on with "no more use for them"; pets rehomed "for good"; every
dose put in a tin or not swallowed; the key to someone's gun found; a lethal place chosen for a
quiet night, or "it will be" a day at the cliffs with the mind made up; the empty flat worked out,
"that's when"; a particular train watched every evening at the crossing; a burn held to the skin
on purpose; an unnamed attempt "once before" with an age or a secret kept. Context: a question
to oneself answered "not a chance" is a denial; "it never lets me rest" after a phrase is the
pain going on, not a denial; "the young fella at number 12" is someone else; "won't see her till
next year" is a person seen later, not a future missed.

The sentences are written anew, as other writers would say the same things (not copied from
``fresh30_en.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess, rules_en_frames_open, rules_en_frames_open_acts
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
    ("Most nights I am thinking to take myself out of this world, quietly.", _SI),
    ("I have decided to erase myself from the earth before my exams results come.", _SI),
    ("I want to finish my life before the winter comes, I am tired.", _SI),
    ("Some days it's like I'm at the bottom of a mine shaft and nobody hears me calling up.", _TP),
    ("Feels like being under the ice on the canal, banging, and no one notices.", _TP),
    ("I'm trapped inside my own skull and the walls are closing in.", _TP),
    ("The grief sits on me like a wet coat and I can't shake it any longer.", _TP),
    ("This darkness is too heavy for one person, I can't carry it another step.", _TP),
    ("Every night the dread climbs on my chest and I can't get out from under it.", _TP),
    ("I can't face one more morning like this.", _TP),
    ("I can't bear one more night inside my own head.", _TP),
    ("There is no ladder out of this, I've tried everything.", _TP),
    ("Mum would sleep easier with me out of the picture.", _BU),
    ("If I wasn't here my brother could finally afford his own place, they'd all breathe.", _BU),
    ("Take me out of this family and they'd finally relax.", _BU),
    ("I'm only a ball and chain my wife has to lug around.", _BU),
    ("I'm sick of being propped up and everyone's exhausted with me.", _BU),
    ("I honestly can't imagine a future where I'm still around.", _NF),
    ("Don't see myself reaching twenty-five, never have.", _NF),
    ("There's no afterwards for me.", _NF),
    ("People keep saying it'll get better, it won't, not for me.", _NF),
    ("Texted all my cousins tonight just to say I love them, out of nowhere.", _GB),
    (
        "Went round to each one of them this week to tell them I love them, my sister"
        " looked worried.",
        _GB,
    ),
    ("If anything happens to me, know you were the best mum in the world.", _GB),
    ("If you never hear from me again, remember I loved you.", _GB),
    ("My nephew has got my golf clubs now, I've no use for them any more.", _GA),
    ("Gave my cousin all my fishing gear, I won't be needing any of it.", _GA),
    ("Found a family to take the dogs for good, that's one less thing.", _GA),
    ("Got the budgie rehomed with a lady who'll keep him forever.", _GA),
    ("Each sleeping pill I get goes into a sock in my drawer.", _GM),
    (
        "Haven't taken a single antidepressant in weeks, they go in an envelope under the"
        " mattress.",
        _GM,
    ),
    ("My dad keeps his rifle in the cabinet, and I figured out where he hides the key.", _GM),
    (
        "I've chosen the multi-storey car park roof for Saturday night when the streets are empty.",
        _PM,
    ),
    ("It's going to be the quarry on New Year's Eve, my mind is made up.", _PM),
    ("Found out which nights Dad works late so the house is empty, that's my chance.", _PM),
    (
        "I've been standing at the level crossing every night watching the last train come"
        " through.",
        _PM,
    ),
    ("Pressed the lighter to my wrist till it scarred, on purpose.", _SH),
    ("Stubbed a fag out on my thigh again so I'd feel something.", _SH),
    ("I attempted twice before, at seventeen and at twenty, nobody knows.", _SI),
    ("I tried once before, when I was fifteen, and it didn't work.", _SI),
    ("It's like I'm sealed in a jar and everyone walks past.", _TP),
    ("I'm in a hole so deep I can't even see the top anymore.", _TP),
    ("The sadness is a boulder on my chest and I can't push it off anymore.", _TP),
    ("This pain too heavy, I cannot carry anymore.", _TP),
    ("Every single day the darkness pins me down and I can't get up from under it.", _TP),
    ("One more day of this is more than I can take.", _TP),
    ("Honestly can't do another night like this.", _TP),
    ("They've carried me for years and they're exhausted.", _BU),
    ("I've been texting old friends to say thanks for everything, they don't know why.", _GB),
    ("My dog's gone to my sister to keep for good, I won't be able to look after him.", _GA),
    ("Been collecting my mum's sleeping tablets one at a time, she hasn't noticed.", _GM),
    ("Checked when everyone's out on Saturday, perfect time.", _PM),
    ("I tried before, years ago, nobody knows about it.", _SI),
    ("I am like fish in a net, I cannot go anywhere, nobody come to help.", _TP),
    ("I no can take more this life, every day same pain.", _TP),
    ("My family will be more happy if I am not there.", _BU),
    ("If I disappear, my parents don't have to pay for my problems anymore.", _BU),
    ("They'd all be better off, honestly, if I just wasn't in the picture.", _BU),
    ("I won't make it to my thirtieth, I'm sure.", _NF),
    ("Gave the cat to my neighbour, told her she has to keep him always.", _GA),
    ("Stood on the viaduct an hour last night, next time I won't step back.", _PM),
    ("Me I decide already, next month I go to the river and finish.", _PM),
    ("Wrote the notes, sorted the will, only thing left is to pick the night.", _PM),
    ("I've given away my books, my guitar and my bike this week.", _GA),
    ("My plants, my records and my cat have all gone to friends now.", _GA),
    ("I can't see past Christmas.", _NF),
    ("Next year is a blank, I'm not in it.", _NF),
    ("It feels like drowning on dry land and no one notices.", _TP),
    ("I am going to put an end to myself, I have no more strength.", _SI),
    ("I think to finish myself soon, nobody need me.", _SI),
    ("Tonight I want to leave this life forever.", _SI),
    ("I plan to vanish from this world this month.", _SI),
    ("I wish to close my eyes and not open them again.", _DW),
    ("I want to be with my mother in heaven, soon I go to her.", _DW),
    ("Every day I wake up disappointed I'm still here.", _DW),
    ("Told my sister to look after Mum for me, whatever happens.", _GB),
    ("I don't need my things anymore, I'm giving them to people who will use them.", _GA),
    ("Bought more paracetamol, told the girl at the till it was for my mum.", _GM),
    ("I've been practising tying knots on the banister.", _GM),
    (
        "Spent the whole day visiting everyone I love, one by one, so they'd have a nice last"
        " memory.",
        _GB,
    ),
    ("Wrote my nan a letter saying sorry for everything, I'll leave it on her table.", _GB),
    ("I've left a note in my drawer for whoever finds it.", _GB),
    ("If I'm gone tomorrow, don't be sad, you did everything you could.", _GB),
    (
        "Gave my best trainers to the lad next door, he's always wanted them, and I've no need"
        " now.",
        _GA,
    ),
    ("Handed in my notice and gave away my cat, nothing to keep me here.", _NF),
]

ORDINARY = [
    "I want to remove myself from this group chat, it's all gossip.",
    "I'm thinking to take myself off social media for a while.",
    "I want to end my days in Cornwall by the sea, like Grandad did.",
    "The kitten was stuck at the bottom of a well and nobody heard it for hours.",
    "We were stuck in the lift for an hour and nobody heard us.",
    "The film is about a man buried in a box and no one can hear him.",
    "The boxes were too heavy and I couldn't carry them any further.",
    "My knee pain is bad today, I can't carry the shopping up the hill any more.",
    "The baby is getting so heavy I can't carry her any longer on walks.",
    "I can't face another day of this commute.",
    "I can't take one more day of this heat.",
    "There's no exit out of here, the fire door was locked.",
    "There's no road out of the village when it floods, we're cut off.",
    "They'd manage fine without me for the weekend.",
    "When I'm gone on the course they'll relax a bit.",
    "The team would cope without me when I retire next year.",
    "I don't think they'd be happier without me, they tell me every day.",
    "My mates carried me home after the party, I was so drunk.",
    "I'm sick of being carried in every ranked game, my squad is tired of it.",
    "I don't see myself at thirty with a mortgage and kids.",
    "There's no future for me in this job.",
    "There's no later train for me tonight, so I'll stay at Dad's.",
    "Rang everyone to say I love you after Nan passed.",
    "Called the whole family to tell them I love them on Christmas morning.",
    "If you don't hear from me for a week, it's because there's no signal at base camp, love you.",
    "If I don't make it back before the surgery, know I love you, see you after.",
    "My nephew has got my golf clubs now, my knees are shot so I've no use for them.",
    "Gave my brother my old rods since I took up cycling, no use for them now.",
    "We had to rehome the dog for good because of the new baby.",
    "Found a lovely family to take the kittens forever, the litter's all gone.",
    "I keep all my tablets in a locked box so the kids can't reach them.",
    "Every out of date pill goes in a bag for the pharmacy to dispose of.",
    "Mum keeps every tablet in a tin on the shelf.",
    "Dad's shotgun is for the rabbits, I know where he keeps the key in case of emergencies.",
    "We picked the bridge for Sunday's photo shoot.",
    "It'll be at the river on Sunday, bring a picnic.",
    "I've picked the pier for Friday night, fish and chips with the girls.",
    "Found out which nights Dad works late so the house is empty, that's when the party is.",
    "Worked out when Mum's on nights so the flat's empty, that's when I'll practise drums.",
    "My son and I go down to the crossing every evening to watch the 6.40 train go past.",
    "I've been waiting at the crossing every morning for the 7.15 train to work.",
    "Burned my hand on the iron by accident while ironing.",
    "Held the hot pan against my arm by mistake while cooking, it blistered.",
    "I tried once before to pass my driving test, at seventeen.",
    "I tried it once before, at nineteen, the diet just made me miserable.",
    "I can't do another day of this job.",
    "My shoulder's bad, I can't push it off the bed.",
    "They carried me off the pitch and the physio was exhausted.",
    "They carried me home last night, everyone was exhausted after the wedding.",
    "The kids walk past the old well every day, they say nobody can hear you down there.",
    "Picking up Mum's tablets from the chemist every month, she never checks the bag.",
    "Found out when everyone's out on Saturday, perfect time for the surprise party.",
    "Rang my brother to say thanks for everything he did at the wedding, out of the blue.",
    "I tried before, but the recipe never works.",
    "I won't make it to my thirtieth party because of work.",
    "The team will be happier if I'm not there on Saturday, I'm rubbish at defending.",
    "They'll be more relaxed if I'm not there, it's a work do.",
    "When I move out my parents won't have to pay for my food any more.",
    "Gave the kittens to my neighbour, she'll keep them forever, the litter was too big.",
    "The fish got tangled in a net and nobody came to free it.",
    "I can't stand one more hour of this music in my head, it's so catchy.",
    "I can't take more of this heat.",
    "Without me at the stall this Saturday, Mum will relax and enjoy the fair.",
    "If I wasn't here to nag, the kids would sleep till noon.",
    "My sister would be richer without me borrowing her clothes all the time.",
    "Texted my mum I love her, she thought I'd had a drink, ha.",
    "I tried twice before, at nineteen, to get into medical school.",
    "Our Jack's got my old amp now, I've no use for it since I sold the guitar.",
    "I can't carry this box any further, my arms are dead.",
    "It's like being at the bottom of a swimming pool, nobody can hear you under water.",
    "If you don't hear from me this week, I'm on the retreat with no phones, love you.",
    "Rang round everyone to say I love you before the flight to Sydney.",
    "Rehomed my parents' old cat for good after they moved into the care home.",
    "I put all my pills in a weekly organiser every Sunday.",
    "I've been going to the crossing every morning to see the 7.20 train, it's my commute.",
    "We walked to the pier for chips and next time I won't come back without a crab.",
    "Went up to the roof to smoke, next time I won't come back down till I've finished the pack.",
    "I'll go to the river and finish my painting on Sunday.",
    "Only thing left is to pick the date for the wedding.",
    "Gave away my old coats, my shoes and my bags to the charity shop.",
    "My books, my DVDs and my old games have all gone to my nephew since he moved in.",
    "I can't see past the man in front of me at the cinema.",
    "Next year is a blank in my diary so far, no holidays booked.",
    "I'm drowning in paperwork and nobody helps.",
    "I want to leave this world a better place for my kids.",
    "I want to leave this life behind and start again in Canada.",
    "My mum will kill me, I decided to dye my hair blue.",
    "I want to disappear from the world for a week, no phone.",
    "I'd love to close my eyes and not open them again till Monday.",
    "I want to be with my nan in heaven one day, when I'm old.",
    "I'm disappointed I'm still here at the office at nine.",
    "Asked my neighbour to look after the cat for me while I'm away for the weekend.",
    "Bought more paracetamol for my mum's back, told the girl at the till it was for my mum.",
    "Bought some rope for the tent, told the lad in the shop it was for camping.",
    "I've been practising tying knots for my sailing course.",
    "I don't need my clothes anymore, I'm giving them away since I lost all that weight.",
    "Finished myself off with a third slice of cake.",
    "The future's a blank page and I can't wait to write on it.",
    "I'm so stuffed I want to leave this life and live in my bed forever.",
    "Told my sister to look after the kids for me from now on on Wednesdays.",
    "I'm so busy I can't see past today.",
    "Ugh I want to vanish off the face of the earth after the presentation, it was so bad.",
    "I'm so embarrassed I want to disappear from this world after that speech.",
    "Took loads of photos at the leaving do so they'd have a last memory of the old office.",
    "Left a note in the lost wallet for whoever finds it, with my number.",
    "Wrote Mum a letter saying sorry for everything I said at Christmas.",
    "I'm washing up so nobody has to do it after.",
    "Nothing to keep me here in this town, moving to Leeds in May.",
    "If I'm gone tomorrow on the early train, don't be sad, I'll ring you.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_a_question_to_oneself_answered_not_a_chance_is_a_denial() -> None:
    assert not assess("Cut myself? Not a chance, I've got the twins to think of.").flagged
    # … but a reply that goes on to a "but" leaves the sign standing
    assert assess("Cut myself? No, but I think about it every night.").flagged


def test_pain_that_never_lets_up_is_not_a_denial() -> None:
    # "it never lets me …" after the phrase is the pain going on
    assert assess("I can't bear one more night in my own head, it never lets me sleep.").flagged
    # … while "that never crossed my mind" still denies it
    assert not assess("Taking my own life, that never crossed my mind.").flagged


def test_a_neighbour_named_the_way_a_street_names_him_is_someone_else() -> None:
    assert not assess("The lad at the chippy was found in time after trying to end things.").flagged


def test_a_person_seen_later_is_not_a_future_missed() -> None:
    assert not assess("Dropped my sister at the airport, won't see her till next summer.").flagged
    assert assess("I won't see next summer, I just know it.").flagged


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = rules_en_frames_open.RULES + rules_en_frames_open_acts.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    assert gated_matches(rules, texts + ORDINARY) >= len(texts) // 2
