"""Voices the first rules were not written in: faith, old age, formal prose, British idiom,
veterans, teenagers texting, misspellings, and the look-alikes each of them has.

The sentences are written anew (not copied from ``fresh8_en.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from neuroleaf_desktop.domain.safety import Category, assess
from neuroleaf_desktop.domain.safety.detector import ALL_RULES
from neuroleaf_desktop.domain.safety.evaluation import parse_rows
from tests.support.safety_gates import gated_matches

SIGNS = [
    # misspellings and shorthand, respelt before the rules run
    ("i wnat to kil myslef so bad", Category.SUICIDAL_IDEATION),
    ("been thinkin about sucide every nite", Category.SUICIDAL_IDEATION),
    ("evry1 wud be beter off w/o me", Category.BURDEN),
    ("burned myslef agian tonite", Category.SELF_HARM),
    ("gonna ctb tonight i think", Category.SUICIDAL_IDEATION),
    # faith
    ("Lord, please just take me home.", Category.DEATH_WISH),
    ("every night i beg god to take me in my sleep", Category.DEATH_WISH),
    ("I hope the Lord calls me home before Easter.", Category.DEATH_WISH),
    ("honestly i'm ready to meet my maker", Category.DEATH_WISH),
    ("death has to be better than this", Category.DEATH_WISH),
    # old age and formal prose
    ("I've lived long enough, and I am tired.", Category.DEATH_WISH),
    ("I intend to end my life on my own terms.", Category.SUICIDAL_IDEATION),
    ("I am contemplating the termination of my own existence.", Category.SUICIDAL_IDEATION),
    ("My life serves no purpose to anyone now.", Category.NO_FUTURE),
    ("The grief is more than I can bear any longer.", Category.TRAPPED_PAIN),
    ("I see no hope of relief from any of it.", Category.TRAPPED_PAIN),
    ("I've made provisions for the dog in the event of my death.", Category.GOODBYES),
    ("Please take this as my final message to you all.", Category.GOODBYES),
    (
        "I've handed Mum's ring to my niece now instead of leaving it in the will.",
        Category.GIVING_AWAY,
    ),
    # British / Australian idiom
    ("i just want to pop my clogs and have done with it", Category.DEATH_WISH),
    ("they'd all be better off if i kicked the bucket", Category.BURDEN),
    ("sick to death and weary of living", Category.DEATH_WISH),
    # veterans
    ("some nights i think about eating my pistol", Category.PLAN_OR_METHOD),
    ("the glock stays in the nightstand and it's not for burglars", Category.GETTING_MEANS),
    (
        "lost three mates to suicide since the tour, i'll be the next one",
        Category.SUICIDAL_IDEATION,
    ),
    # plans and means
    ("kept thinking how easy it would be to leave the engine running", Category.PLAN_OR_METHOD),
    ("the plan is the multi-storey on friday", Category.PLAN_OR_METHOD),
    ("hiding my sleeping pills in a sock for when i'm ready", Category.GETTING_MEANS),
    # self-harm
    ("skipping meals again to punish myself", Category.SELF_HARM),
    ("i don't deserve food today", Category.SELF_HARM),
    ("scratched my arms as punishment for being so useless", Category.SELF_HARM),
    ("prised the blade out of a razor after dinner", Category.SELF_HARM),
    ("she found me unconscious after i swallowed the lot", Category.SELF_HARM),
    # burden, goodbyes, no future
    ("my son would be happier with a dad who wasn't me", Category.BURDEN),
    ("i just take up space and waste everyone's money", Category.BURDEN),
    ("i hate that they keep suffering for my problems and being the reason", Category.BURDEN),
    ("left a letter for my sister with the bank details and that i'm sorry", Category.GOODBYES),
    ("if anyone is reading this, don't blame yourself", Category.GOODBYES),
    ("it's bye forever from me", Category.GOODBYES),
    ("my plan for the future is not being here lol", Category.NO_FUTURE),
    ("when my friends talk about the future i just go blank", Category.NO_FUTURE),
    ("like being buried alive every single morning", Category.TRAPPED_PAIN),
    ("falling and there's no bottom to it", Category.TRAPPED_PAIN),
    # wishes said sideways, in a second language, or as a mercy
    ("i need it all to end, and i mean my life", Category.SUICIDAL_IDEATION),
    ("me not want to be alive no more", Category.DEATH_WISH),
    ("never waking up would be such a relief", Category.DEATH_WISH),
    ("i'm just going to let the darkness take me", Category.DEATH_WISH),
    ("tired of being a human being", Category.DEATH_WISH),
    # plans, means and past attempts
    ("on the way home i wondered about swerving into a lorry", Category.PLAN_OR_METHOD),
    ("my stash of tramadol would be enough now", Category.GETTING_MEANS),
    ("downed a whole strip of codeine after the argument", Category.PLAN_OR_METHOD),
    ("since my third attempt i don't trust myself with pills", Category.SUICIDAL_IDEATION),
    # self-harm
    ("pressed a hot iron against my thigh on purpose", Category.SELF_HARM),
    ("there's a razor blade in my pencil case again", Category.SELF_HARM),
    # warning signs
    ("the cat goes to my mum if anything happens, and i'll make sure it does", Category.GOODBYES),
    ("wrote notes to each of my friends and hid them in the desk", Category.GOODBYES),
    ("it'll be my final journal entry", Category.GOODBYES),
    ("transferred all my savings to my sister's account today", Category.GIVING_AWAY),
    ("i don't see how my life will ever get better", Category.NO_FUTURE),
    ("i can't picture myself still alive by christmas", Category.NO_FUTURE),
    ("if i wasn't around they could finally relax", Category.BURDEN),
    ("my life has become a cage", Category.TRAPPED_PAIN),
    # other faiths, a professional's knowledge, the ligature tested, the plan hidden
    ("inshallah allah takes me soon", Category.DEATH_WISH),
    ("as a pharmacist i know how many i'd need", Category.GETTING_MEANS),
    (
        "hung a cord off the banister to check whether it could take my weight",
        Category.PLAN_OR_METHOD,
    ),
    ("my husband won't know what i'm about to do", Category.PLAN_OR_METHOD),
    ("quit taking the sertraline and i'm hiding them in a box", Category.GETTING_MEANS),
    ("tonight i'm heading to the moors with the hose", Category.PLAN_OR_METHOD),
    ("i was sipping bleach again today", Category.SELF_HARM),
    # wishes without "die"
    ("so tired of pretending to want to live", Category.DEATH_WISH),
    ("i want to disappear and never have to face any of this again", Category.DEATH_WISH),
    ("feels as though i'm already dead", Category.TRAPPED_PAIN),
    ("i imagine my funeral and feel calm", Category.DEATH_WISH),
    # past attempts told in passing
    ("survived both attempts at 16 and 19", Category.SUICIDAL_IDEATION),
    ("my thighs still have the lines from when i used to", Category.SELF_HARM),
    # warning signs
    ("they'd collect my life insurance and pay off the mortgage", Category.BURDEN),
    ("honestly i'm worth more dead", Category.BURDEN),
    ("i feel like a complete waste of space", Category.BURDEN),
    ("my wife deserves so much better than me", Category.BURDEN),
    ("it's a pit i can't climb out of", Category.TRAPPED_PAIN),
    ("what's the point of renewing my passport, i won't need it", Category.NO_FUTURE),
    ("i don't plan to still be around by spring", Category.NO_FUTURE),
    ("no one would even turn up at my funeral", Category.NO_FUTURE),
    ("wrote a list of who should get my stuff", Category.GOODBYES),
    ("gave my watch to my son and told him to keep it safe forever", Category.GIVING_AWAY),
    ("giving my vinyl to whoever wants it, i won't play them again", Category.GIVING_AWAY),
]

ORDINARY = [
    # faith, not a wish to die
    "lord take me back to my twenties when i could eat anything",
    "the vicar said grandad was ready to meet god when he passed",
    "i pray god will bring me home safe from the trip",
    "i'm ready to meet my girlfriend's parents on sunday",
    "heaven has to be better than this traffic",
    # idiom and age
    "i'd rather kick the bucket than sit through that meeting again",
    "i want to kick the bucket list item of skydiving off this year",
    "i've lived here long enough to know the bus never comes on time",
    "i'm tired of living in this tiny flat",
    "my workload is more than i can bear this month",
    "no chance of escape from this meeting, send help",
    "buried alive in paperwork this week",
    # plans, means and self-harm look-alikes
    "i left the engine running while i popped into the shop",
    "meet at the bridge when nobody's around to take photos of the sunrise",
    "keeping the painkillers in the drawer for when my back flares up",
    "my dad keeps his rifle loaded for hunting season",
    "took the blade out of the mower to sharpen it",
    "skipped lunch because i was busy and now i'm starving",
    "the paramedic found him unconscious after the crash",
    "my ctb ratio at work is terrible",
    # burden, goodbyes, future
    "all i do is take up space on the sofa on sundays lol",
    "i'm a burden on the group chat with all my memes",
    "this is my final statement on the matter of the bins",
    "made arrangements for the cat while i'm on holiday",
    "left a note for my flatmate saying sorry about the mess",
    "if you're reading this, sorry for the long post",
    "goodbye forever to dial-up internet",
    "said bye forever to my old car today, sad",
    "gave my old bike to my nephew now rather than let it rust in the shed",
    "my plan for the future is to open a bakery",
    "i don't expect my boss to change his mind",
    "when people talk about quantum physics i just go blank",
    "there's no bottom to this bag of crisps",
    # clinical and study talk, a lease, an operation
    "As a nurse I looked after three overdose patients tonight.",
    "writing my dissertation on self-harm among students",
    "we're stuck in this contract until march, no way out of it",
    "put my affairs in order before the hip operation, as you do",
    # wishes, plans and past attempts look-alikes
    "i want this week to be over, i mean it, worst week ever",
    "me no want to live in this cold country anymore",
    "death would be a mercy for the poor dog at this point",
    "for my gran dying in her sleep would be a mercy, she's suffering",
    "let the music take me away tonight",
    "two paracetamol should be enough for the headache",
    "i swallowed a whole packet of mints before the interview",
    "my second attempt at the driving test went much better",
    "poured hot water on my hands to warm them up",
    "razor blades under the sink, need to buy a bin for them",
    "i wrote thank you notes to each of my wedding guests",
    "this will be my last diary entry of the year, see you in january",
    "sent my money to my son for his university fees",
    "i can't imagine still being here at work at 9pm",
    "if i was gone for the weekend my husband could finally have some quiet",
    "the walls are closing in during the escape room, so fun",
    "i could sleep forever after that shift",
    "i'm done with it all this week, off to the pub",
    # look-alikes of the third batch
    "we took out life insurance so the kids would be better off if anything happened to us both",
    "inshallah he takes me to the airport tomorrow",
    "i know exactly how much flour i'd need for the cake",
    "tied the rope to the branch to see if it would hold the swing",
    "heading to the forest with the hose to fill the water troughs",
    "my wife doesn't know what i'm planning for her birthday, shh",
    "saving my painkillers for the trip to spain",
    "it's like i'm already dead tired before the week even starts",
    "i don't plan on being here for christmas, we're flying to spain",
    "she deserves a better boyfriend than him",
    "i'd rather die than wear that dress to prom lol",
    "the kid almost drank bleach, thank god i caught him",
    "made a list of who gets what for secret santa",
    "our nursing module this week is on overdose management",
    "after my attempts at baking bread i gave up",
    "my arms still have the scars from when i was in a car crash",
    "i should just end it at 5 and go home",
    # the future tense is not a trip; an old friend is not an old thing
    "it's going to rain all weekend so i'm going to stay in",
]

STILL_SIGNS = [
    # the everyday reason is a cover story, or access to someone else's gun is the point
    (
        "gave my records to friends, told them it's just a clear-out but it isn't",
        Category.GIVING_AWAY,
    ),
    ("my uncle's hunting rifle is in the shed and i know the combination", Category.GETTING_MEANS),
    ("nothing is ever going to change for me", Category.NO_FUTURE),
    # a double negation is a yes, and "can't be bothered" negates nothing after it
    (
        "i'd be lying if i said i hadn't thought about jumping off the bridge",
        Category.PLAN_OR_METHOD,
    ),
    ("can't be bothered anymore i have the tablets lined up", Category.GETTING_MEANS),
    ("my therapist asks about the time i jumped off the bridge", Category.PLAN_OR_METHOD),
    ("posted my comic collection to my old flatmate, no reason really", Category.GIVING_AWAY),
]


@pytest.mark.parametrize(("text", "category"), SIGNS + STILL_SIGNS)
def test_sign_is_flagged_with_its_category(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


def test_a_respelt_word_maps_back_to_what_was_typed() -> None:
    text = "honestly i wnat to kil myslef"
    span = assess(text).matched_spans[0]
    assert text[span.start : span.end] == span.text
    assert span.text.endswith("myslef")


# Every gated rule against every labelled safety sentence: minutes of work by design (it grows
# with the rules and the data), so it gets more room than the suite's five-minute default.
@pytest.mark.timeout(900)
def test_a_gate_never_hides_a_match_its_rule_would_find() -> None:
    """The gate is only a shortcut: wherever a gated rule matches, its gate matches too."""
    data = Path(__file__).resolve().parents[1] / "data" / "safety"
    texts = [r.text for p in sorted(data.rglob("*.tsv")) for r in parse_rows(p.read_text("utf-8"))]
    texts += [t for t, _ in SIGNS + STILL_SIGNS] + ORDINARY
    gated = [r for r in ALL_RULES if r.gate]
    assert gated
    assert gated_matches(gated, texts) > 100
