"""The English mechanisms added after studying ``fresh36``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms: an injury to oneself done on purpose, struck to quiet the head, old marks opened
again (``rules_en_harm_meant``); a message left for whoever finds it, the blame lifted from
those left behind (``rules_en_farewell_found``); a thing handed on and the writer done with all
of it (``rules_en_parted_done``); several things handed on "for keeps" with the receiver as the
subject or "both" / "the whole" as the second thing (``rules_en_frames_wider``); an age not
reached and the writer settled about it (``rules_en_future_absent``); Caribbean "I eh going"
and "I does know" (``spelling_en_caribbean``); "<time> is when I go through with it", a home in
any word, "before Dad gets back", the unnamed act at a drop with the others away
(``rules_en_frames_settled``); walls coming in with any verb of motion
(``rules_en_voices_signs``); no way out the writer can find, a pit without its rope
(``rules_en_no_way_found``). Guard: a negation inside an attempt's words ("I have never tried
to kill myself") denies it (``rules_grammar_explicit``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh36_en.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.detector import respelt
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_TP = Category.TRAPPED_PAIN
_PM = Category.PLAN_OR_METHOD
_GA = Category.GIVING_AWAY
_GB = Category.GOODBYES
_NF = Category.NO_FUTURE
_SH = Category.SELF_HARM

SIGNS = [
    # an injury meant
    ("I scratched my legs raw on purpose last night.", _SH),
    ("Burnt my arm with a lighter. Deliberately. Nobody knows.", _SH),
    # struck to quiet the head
    ("I slammed my fist into the wall again and again until the thoughts stopped.", _SH),
    ("When the voices get too loud I knock my head against the bedroom door.", _SH),
    # old marks opened again
    ("Opened the old scars on my arm again last night.", _SH),
    ("Been scratching again, the old cuts on my wrist, and I wear a hoodie in the heat.", _SH),
    # hair torn out, a cut deeper than meant, marks explained away
    ("Tore my hair out in handfuls again last night, there's a bald patch behind my ear.", _SH),
    ("Went deeper than I planned tonight and had to use the butterfly strips.", _SH),
    ("The cuts on my thighs, I told the nurse they were from the cat.", _SH),
    # a message left for whoever finds it
    ("To whoever opens this diary: please tell my sister I loved her.", _GB),
    ("There's a letter in the drawer for Nan, and when someone finds it please give it her.", _GB),
    # the blame lifted
    ("Wrote to my son that none of this is his fault, whatever happens.", _GB),
    ("Left a letter for Mum: she must never blame herself.", _GB),
    # a goodbye held longer, its finality untold
    ("Held Dad's hand longer than normal when I left tonight. If he only knew.", _GB),
    ("Hugged my little brother longer than usual, one last hug, he just laughed.", _GB),
    # said before the end
    ("Rang my old teacher and thanked her for everything. Wanted it said before I'm gone.", _GB),
    # a thing handed on, the writer done
    ("Gave my camera to my niece. I'm done with it all.", _GA),
    ("Gave my fishing gear to the lad next door, I'll not be going back to the loch.", _GA),
    # several things handed on for keeps
    ("Handed my boots and both helmets to the lad next door for good.", _GA),
    ("Our Jess has my guitar and the whole pedal board now, told her they're hers for keeps.", _GA),
    # a means and the use it would serve denied
    ("Bought a length of tow rope today. I don't even have a car.", Category.GETTING_MEANS),
    ("Picked up two boxes of paracetamol. There's nothing wrong with me.", Category.GETTING_MEANS),
    (
        "My sleeping tablets are in a sock in the wardrobe, for when I can't anymore.",
        Category.GETTING_MEANS,
    ),
    # an age not reached, settled
    ("I won't make it to thirty and honestly I'm okay with that.", _NF),
    ("I'm never going to see my next birthday, I'm sure.", _NF),
    # provisions for a future let go, the reason the writer's end
    ("Stopped paying into the savings account. None of it matters where I'm going.", _NF),
    ("Let my railcard and my gym pass run out, it won't matter soon.", _NF),
    # Caribbean negation and habitual "does"
    ("Everybody talking about Carnival next year and I ain't going to be around for it.", _NF),
    # a time for the unnamed act, the home empty
    ("The long weekend is when I go through with it, while the caravan is empty.", _PM),
    ("I'll do it off the quarry ledge before Mum gets home from her shift.", _PM),
    # walls coming in
    ("It's like the walls are creeping closer every night and I can't breathe.", _TP),
    # no way out the writer can find, a pit without its rope
    ("Same grey hurt every day and there's no way through that I can see.", _TP),
    ("I'm at the bottom of a pit in my own head and the ladder's long gone.", _TP),
]

LOOK_ALIKES = [
    # a negation inside an attempt's words
    "I have never tried to kill myself and never will, I'm just worn out.",
    # accidents, sport, someone else's doing
    "Burned my hand on the oven door by accident, so clumsy.",
    "I banged my head on the low beam in the cottage again, ouch.",
    "I punched the bag until my knuckles split at boxing.",
    "My son hit my arm on purpose and I told him off.",
    "The meeting reopened old wounds about the merger.",
    "The neighbours were banging on the wall till 2am.",
    # lost property, a game, a named mishap
    "To whoever finds my wallet, please return it.",
    "Whoever finds the golden egg gets a prize, the kids loved it.",
    "Told my sister not to blame herself for the divorce.",
    "I told him the dent wasn't his fault, honestly.",
    # someone else's doing, a strain, an idiom, an end that is not the writer's
    "I'm pulling my hair out over this tax return.",
    "The baby pulled my hair out in clumps, ouch.",
    "Cut the onions deeper than I meant and nicked the board.",
    "My wrists are sore from typing, told my boss it's from the new keyboard.",
    "Said bye to the cat before I go, flight at 6.",
    "I told her I'm sorry before the end of the meeting.",
    "Hugged mum longer than usual at the airport, last time I'll see her till Christmas.",
    "Watched the sunset longer than usual, one last time before we leave the cottage.",
    "Got paracetamol for mum, there's nothing wrong with me.",
    "I keep a stash of chocolate for the bad night.",
    # things handed on for a reason, or done for the day
    "Gave my golf clubs to my son, my knees are shot.",
    "Gave the dog a bath, I'm done with everything for today.",
    "Handed in my dissertation, I'm done with all of it!",
    # an age passed, a weight, a joke
    "I'll never see forty again, and I'm fine with it.",
    "I'll never see 70 on the scales again, I'm sure.",
    "I won't make it to 30 at this rate lol.",
    # a provision dropped for a change of plan
    "Stopped saving for the holiday, it won't matter now the trip's off.",
    "Cancelled Netflix, it won't matter soon as we're getting the new TV package.",
    "Cancelled the gym, no point, I never go.",
    # the tag "eh" and a time for a job
    "Good game eh, going forward we need more.",
    "Friday night is when I do it, the house I mean, while the flat is empty.",
    # a real way, a real pit
    "There's no exit that I can find in this car park.",
    "We're at the bottom of the pit on the caving trip and the rope's gone.",
    "The removal men were moving closer to the walls.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wordings_of_each_sign_are_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_caribbean_negation_and_habitual_does_read_as_standard_english() -> None:
    norm, _ = respelt("I does know I eh going to be here, eh?")
    assert norm == "i do know i am not going to be here, eh?"
