"""The English mechanisms added after studying ``fresh32``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms: slots widened by meaning (``rules_en_meaning``): ending oneself in other words ("end
myself", "by my own hand", "do myself in", "finish it all"), a wish to die with any verb of
wishing ("I'd like to die", pidgin "I like die"), a place gone to with no return or "that's where
it ends", an attempt by its aftermath with any word for the act ("tried to go",
"swallowed every pill in the cabinet") in dialect grammar too, others fine or "free of me" with
the writer gone, no future with the writer said first or as an age not reached, a call said to
be final, a charge handed over with love "from next week it's on him", a letter "for when I am
dead", things handed on with the thing as the subject or "I'll not be needing", pills kept back
by any verb of keeping, a mark on the skin by any name done on purpose. The open frames take
more containers and a way out that grows ("the walls only get taller"); a lethal place gone to
and "finish it there"; the others away "in" a place by name. Guards: a counterfactual ("if I
wasn't dragging them down") is no denial (``negation``); an act threatened on a team's result is
banter (``hyperbole_en``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh32_en.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess, rules_en_meaning
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged
from tests.support.safety_gates import gated_matches

_GM = Category.GETTING_MEANS

SIGNS = [
    # ending oneself in other words
    ("Some nights I lie awake working out how to end myself.", _SI),
    ("I keep wishing I was brave enough to finish myself off.", _SI),
    ("My life will end by my own hand, I know that now.", _SI),
    ("I have decided I will die by my own hand before spring.", _SI),
    ("I'll do myself in one of these nights.", _SI),
    ("Every day I am wishing my life to finish.", _SI),
    ("My life should finish now, I am so tired.", _SI),
    ("Some days I just want to finish it all.", _SI),
    # a wish to die with any verb of wishing, pidgin "I like die" included
    ("Honestly I would like to die, that's the truth of it.", Category.DEATH_WISH),
    ("Some mornings I'd love to just be dead.", Category.DEATH_WISH),
    ("Ho, I like just die, everything stay too heavy.", Category.DEATH_WISH),
    ("I yearn to die, every single day.", Category.DEATH_WISH),
    # a place gone to and no return; "that's where it ends"
    ("Driving out to the viaduct on Saturday and I'm not planning on coming back.", _PM),
    ("Going up the lookout alone Sunday, made up my mind, that's where it ends.", _PM),
    # an attempt by its aftermath
    ("After I tried to go the first time, they kept me in for a week.", _SI),
    ("Last year I tried fe go an dem find me pon de kitchen floor.", _SI),
    ("Swallowed every pill in my mum's bathroom cabinet and woke up in intensive care.", _SI),
    ("I took whatever I could find in the drawer and came round in the hospital.", _SI),
    # others fine without me
    ("The kids would have a proper childhood if I wasn't around.", _BU),
    ("My wife would do just fine with me gone, better even.", _BU),
    ("Better my parents are rid of me, honestly.", _BU),
    ("They'd be better off free of me.", _BU),
    ("The crew would get on fine if I wasn't holding them back.", _BU),
    # no future, the writer first or as an age
    ("For me there's no future, only this.", _NF),
    ("I know I won't grow old, I never have.", _NF),
    # a goodbye's finality
    ("Phoned my cousin in Bristol to say thank you and sorry for everything, felt final.", _GB),
    ("Messaged my best friend to say thanks for all of it, proper final like.", _GB),
    ("I wrote a letter to my son and hid it in the wardrobe, for when I am dead he can read.", _GB),
    # things handed on for good
    ("My guitar went to my nephew this afternoon, told him keep it forever.", _GA),
    ("My gold chain went to my godson, I have no use for it now.", _GA),
    ("My records went to the lad across the road, told him they're his forever.", _GA),
    (
        "Gave my fishing rods and my good coat to my cousin's lad, I'd not be needing them again.",
        _GA,
    ),
    # means kept back
    ("I've been tucking one or two of my painkillers away every week.", _GM),
    ("I kept some tablets from each prescription in a sock, for the night.", _GM),
    # a mark on the skin on purpose
    ("There's a new welt on my forearm and I did it on purpose.", _SH),
    ("Got a fresh scald on my thigh again, did it myself.", _SH),
    # more containers; a way out that grows
    ("Feels like I'm locked in a trunk with no air and nobody hears me.", _TP),
    ("I'm at the bottom of a pit and the sides keep getting higher, nobody comes.", _TP),
    # a lethal place and "finish it there"; the others away in a place by name
    ("I'll head to the viaduct and end it there.", _PM),
    ("After Eid I will go to the bridge and finish it there.", _PM),
    ("I pick the night already, when my parents are in Lagos.", _PM),
]

ORDINARY = [
    # a thing finished, made by hand, someone else's hand
    "I finished myself a big plate of chips.",
    "I made that table by my own hand and it will last.",
    "My grandad died by his own hand when I was a boy.",
    "I've done myself in at the gym, legs are gone.",
    "My life as a student must end.",
    "My life in this town has to end, I'm moving to Leeds.",
    "Bought a huge cake, I'll finish it all tonight.",
    "My brother said he wants to finish it all.",
    "Do you ever feel like you want to finish it all?",
    # a dye, a peaceful old age, a stage, an oath, someone else's wish
    "I'd love to die my hair purple for the summer.",
    "I'd like to die in my sleep at ninety, like Grandad.",
    "I'd love to die on stage like Tommy Cooper did.",
    "Cross my heart and hope to die.",
    "My gran said she'd like to die at home, not in a ward.",
    # a day out with a return later; a move; a trail's end
    "Heading to the lake on Sunday, I'm not planning on coming back till late.",
    "We're going to the cliffs on Friday and we don't plan on coming back before dark.",
    "I'm moving to the coast and not planning on coming back to London.",
    "The trail goes up to the lookout, that's where it ends.",
    # a bus, a shop; someone else's overdose; an accident
    "I tried to go to the shop but it was shut and then I went home.",
    "I tried to go but the bus didn't come, so they found me a lift.",
    "My son swallowed everything in the medicine cabinet and we rushed him to hospital.",
    "Swallowed all the vitamins in the cabinet by accident as a kid and woke up in hospital.",
    # a job away, a weekend, a role; a move, a spirit
    "She'd have a proper retirement if I was gone on that job in Dubai.",
    "They'd do fine with me gone for the weekend.",
    "Better they are free of me at work, I'm a rubbish manager.",
    "For me there's no next year at this school, I'm moving.",
    "I won't get old, I'm young at heart.",
    # a final day, a charge handed over for a course, a letter for a trip
    "Rang the office to say thanks and sorry, final day tomorrow.",
    "Told my sister I love her and she should look after Mum, after this weekend it's on her"
    " because I'm away on a course.",
    "I wrote a letter to my daughter for when I am away on my trip.",
    # things outgrown or replaced
    "My old bike went to my nephew, told him keep it forever, I bought a new one.",
    # tablets kept for a holiday or by someone else
    "I've been putting my headache tablets in a tin every week for the holiday.",
    "Mum keeps her pills in a sock in her drawer for the night.",
    # a burn from the oven
    "There's a blister on my hand from the oven and I did it on purpose.",
    # a real container, a real well; a picnic at the river
    "The cat got shut in a tin shed with no air vents, nobody heard her for hours.",
    "We'll go to the river and finish the picnic there.",
    "I'll go to the reservoir and finish it, the painting I mean.",
    # a threat on a team's result
    "If City lose to Hull again I'm throwing myself off the Humber, swear down.",
    "If the Saints get beat at home again I'll jump in the Solent.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_a_counterfactual_is_no_denial() -> None:
    # "if I wasn't …" supposes away what is so: the cue denies nothing
    assert assess("It'd be easier for all of them if I wasn't dragging them down.").flagged
    assert assess("If I wasn't such a coward I'd kill myself.").flagged
    # … while a denial of the writer's own act still is one
    assert not assess("Even if I wasn't here, I would never kill myself.").flagged
    assert not assess("I'm not dragging them down, they said so.").flagged


def test_a_threat_on_a_result_needs_the_result_to_be_someone_elses() -> None:
    # the writer's own loss is no score
    assert assess("If I lose my job I'll throw myself off the car park roof.").flagged
    assert assess("If I lose again at the bookies I'll jump off the bridge.").flagged
    # … and a wish to die still needs a mark of exaggeration as well
    assert assess("If they lose to Leeds I'll kill myself, I've had enough of life.").flagged


def test_ending_oneself_is_urgent() -> None:
    result = assess("I want to end myself tonight.")
    assert result.flagged
    assert result.severity.rank >= assess("For me there's no future, only this.").severity.rank


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = rules_en_meaning.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    assert gated_matches(rules, texts + ORDINARY) >= len(texts) // 2
