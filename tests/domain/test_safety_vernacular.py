"""Dialect, slang, poetry, understatement and practical words for a cancelled future: the
families in ``rules_en_vernacular``, the everyday look-alike each one has, and the lesson,
leaving-do and barbecue contexts that keep ordinary sentences ordinary.

The sentences are written anew (not copied from ``fresh13_en.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import Category, assess
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules_en_vernacular import RULES as WISH_RULES
from neuroleaf_desktop.domain.safety.rules_en_vernacular_signs import RULES as SIGN_RULES
from neuroleaf_desktop.domain.safety.spelling_dialect import respell_dialect
from tests.support.safety_gates import gated_matches

SIGNS = [
    # dialect and slang
    ("mi waan dead fi real", Category.DEATH_WISH),
    ("some days i jus wan dead now", Category.DEATH_WISH),
    ("cyaan tek dis no more", Category.TRAPPED_PAIN),
    ("might just top meself this weekend", Category.SUICIDAL_IDEATION),
    ("honestly i'm finished with life.", Category.DEATH_WISH),
    # understatement and poetry
    ("it's whatever, i keep wishing i could just not wake up", Category.DEATH_WISH),
    ("let the sea have me for good", Category.DEATH_WISH),
    ("I am finally ready to leave this world.", Category.DEATH_WISH),
    # the second person for one's own habit
    ("you cut yourself because it's the only thing that feels real", Category.SELF_HARM),
    # a future cancelled in practical words
    ("no point booking the dentist, i won't be around", Category.NO_FUTURE),
    ("there won't be a christmas after this one for me", Category.NO_FUTURE),
    ("i'll be six feet under by spring anyway", Category.NO_FUTURE),
    ("there's no version of next summer with me in it", Category.NO_FUTURE),
    ("honestly I see no future where I'm still around", Category.NO_FUTURE),
    # burden, goodbyes
    ("they'd be better off with my life insurance than with me", Category.BURDEN),
    ("rang my brother one last time tonight", Category.GOODBYES),
    # means gathered in secret
    ("stockpiling my sleeping pills so my husband won't notice", Category.GETTING_MEANS),
    (
        "buying paracetamol bit by bit without anyone noticing",
        Category.GETTING_MEANS,
    ),
    ("setting aside my antidepressants every night now", Category.GETTING_MEANS),
    # plans told in other tenses and words
    ("got it all figured out, the rope and the note", Category.PLAN_OR_METHOD),
    ("i was planning to do it tomorrow and i still want to", Category.PLAN_OR_METHOD),
    ("looked up how many paracetamol would kill me", Category.PLAN_OR_METHOD),
    # past history
    ("last spring i ended up getting my stomach pumped", Category.SUICIDAL_IDEATION),
    ("survived two attempts already", Category.SUICIDAL_IDEATION),
    # the wish said plainly, literally or in slang
    ("i'd like to stop existing, honestly", Category.DEATH_WISH),
    ("imma just end it tonight", Category.SUICIDAL_IDEATION),
    ("think i'm checking out permanently this time", Category.SUICIDAL_IDEATION),
    ("some nights i picture falling asleep and never waking up", Category.DEATH_WISH),
    ("me nuh want live anymore", Category.DEATH_WISH),
    ("the river keeps calling my name and i'm ready to answer", Category.DEATH_WISH),
    ("it hurts to be alive most days", Category.TRAPPED_PAIN),
    ("my flame is so small now, i'm ready to flicker out", Category.DEATH_WISH),
    # burden in the second person, in Indian English, in money
    ("you feel like your family would be better off without you", Category.BURDEN),
    ("without me the kids would be happier, i know it", Category.BURDEN),
    ("everyone will be at peace once i am no more", Category.BURDEN),
    ("my policy is worth more than i am at this point", Category.BURDEN),
    # means, plans and arrangements in plain words
    ("kept staring at dad's rifle like it was an exit", Category.GETTING_MEANS),
    ("got some tubing to fit onto the exhaust", Category.GETTING_MEANS),
    ("keep imagining stepping in front of a bus", Category.PLAN_OR_METHOD),
    ("might walk into the sea one night and never come back", Category.PLAN_OR_METHOD),
    ("i was planning to overdose on saturday, it's still the plan", Category.PLAN_OR_METHOD),
    ("won't need my savings where i'm headed", Category.NO_FUTURE),
    ("left voice notes for the kids in case i'm not here", Category.GOODBYES),
    ("there's no future that has me in it", Category.NO_FUTURE),
    (
        "gave my guitar to my nephew and the cat to my neighbour, nothing left to organise",
        Category.GIVING_AWAY,
    ),
    ("wrote letters to my family for when i'm gone", Category.GOODBYES),
    # letters left, countdowns, a funeral planned, things hidden for a reason
    ("by the time anyone reads this i'll already be gone.", Category.GOODBYES),
    ("to whoever finds me, i'm sorry for the mess", Category.GOODBYES),
    ("two more sleeps and i'm gone for good", Category.PLAN_OR_METHOD),
    ("planned my own funeral down to the hymns", Category.GOODBYES),
    ("texted all my mates a final goodbye", Category.GOODBYES),
    ("been keeping my shoelaces for a reason", Category.GETTING_MEANS),
    ("took all the tablets in the house and hid them in my room", Category.GETTING_MEANS),
    ("bought a pistol, no reason, i don't even shoot", Category.GETTING_MEANS),
    ("taking enough to never wake up", Category.PLAN_OR_METHOD),
    ("the tablets are in my bag waiting", Category.GETTING_MEANS),
    ("they'd cope better if i was gone", Category.BURDEN),
    ("i'd be doing the world a favour by dying", Category.BURDEN),
    ("my last christmas alive, i'm sure of it", Category.NO_FUTURE),
    ("would anyone even miss me if i was gone", Category.SUICIDAL_IDEATION),
    ("there's no end to this tunnel", Category.TRAPPED_PAIN),
    ("gave my bike to my cousin, i won't be riding it again", Category.GIVING_AWAY),
    ("carved the word fat into my thigh", Category.SELF_HARM),
    ("a stranger talked me down from the bridge in may", Category.SUICIDAL_IDEATION),
    ("honestly rage quitting life", Category.SUICIDAL_IDEATION),
    ("after all this i've decided i'm finished.", Category.DEATH_WISH),
    ("they'd prefer a dead daughter, so i'll grant their wish", Category.DEATH_WISH),
    ("burned my arm on the kettle deliberately", Category.SELF_HARM),
]

ORDINARY = [
    "i want dead leaves raked before the rain",
    "there's no version of next year where I'm not skint, ha",
    "there's no world where I'm around for that meeting, I'm on leave",
    "topping myself up with coffee before the night shift",
    "i'm done living in this damp flat, moving in may",
    "i'm done with life admin for today",
    "wishing i'd die of laughter at this show, so good",
    "let the music take me away tonight",
    "i'm ready to be gone by eight for the ferry",
    "you hurt yourself cause you weren't looking where you were going",
    "no point renewing the gym membership, i never go",
    "there won't be any cake left after friday for the party",
    "i'll be under the ground all day at the mine tomorrow",
    "we got seats and i'll be in a box at the match",
    "we'd be better off with the insurance money than the repair, the car is a write-off",
    "rang the bank one last time about the refund",
    "texted my ex one last time to get my hoodie back",
    "stocking up on paracetamol so the kids have some when they get home",
    "collected my meds from the pharmacy so my mum doesn't have to ask",
    "got my antidepressants delivered so nobody at work knows",
    "kept back some of my tablets for the holiday",
    "had it all planned out: the museum, lunch, then the cinema",
    "i was going to do the garden on sunday, i still might",
    "this dose of chemo will kill me before the cancer does lol",
    "had my stomach pumped after too much vodka at uni",
    "i want to stop living in fear",
    "the candle's nearly done, let me go out and buy another",
    "i'll end it with him tomorrow",
    "checking out of the airbnb for good, back home tomorrow",
    "going to sleep and not waking up till noon",
    "the sea is calling me, surf's up",
    "it hurts to breathe with this chest infection",
    "you feel like you'd be better off without your phone",
    "after i am no more, the house goes to my son",
    "the insurance is worth more than the car",
    "bought a hose for the garden and a part for the exhaust",
    "imagined stepping off the bus at the wrong stop",
    "moving to perth and never coming back, mate",
    "i was going to take the train on friday, that's still the plan",
    "i haven't changed my mind about the wedding date",
    "last time i tried it was with my sister, we burnt the cake",
    "won't need a coat where i'm going",
    "recorded a message for the kids in case i'm not home by bedtime",
    "gave the dog his dinner, nothing left to do now but sleep",
    "wrote letters to my family from the retreat, goodbye for now",
    "nothing to look forward to this week except more rain",
    "by the time you read this i'll be on the plane",
    "to whoever finds this umbrella, it's mine",
    "two more sleeps and it's christmas",
    "sorted my own wedding playlist",
    "messaged everyone a final reminder about the party",
    "kept the receipts for a reason",
    "put all the towels in the house in the wash",
    "the rifle is for the range, i don't hunt",
    "taking enough snacks to never get hungry",
    "the pills are waiting at the pharmacy for collection",
    "they'd cope fine if i went to the conference",
    "doing everyone a favour by leaving early",
    "the mayflies have their last day on earth today",
    "no end to this tunnel of paperwork",
    "gave my car to my son, i won't be driving it again with my eyesight",
    "rage quitting life admin for today",
    "decided i'm done with dating apps",
    "burned my arm on the kettle again, clumsy",
    "burned myself on the iron again, typical",
    "can't picture myself at 30 with kids, honestly",
    "i won't be here for my birthday, we'll be in greece",
    "i'm a burden on the wifi with all my streaming lol",
    # lessons, leaving dos, barbecues, shaving, a load tied down
    "pharmacology lecture today: paracetamol overdose and liver failure",
    "suicide prevention training at work today, very useful",
    "writing up self-harm statistics for the council report",
    "said my goodbyes at the leaving do, gonna miss that lot",
    "picked up charcoal for the barbie on sunday",
    "bought razor blades for shaving my legs",
    "got a length of rope to tie the tarp on the trailer",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged_with_its_category(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


def test_the_sign_counts_again_next_to_a_lesson_word_of_ones_own() -> None:
    """A lesson named after the phrase clears only that phrase, not the person's own words."""
    result = assess("self-harm awareness week made me want to cut again")
    assert result.flagged
    assert Category.SELF_HARM in result.categories


def test_every_vernacular_rule_has_a_gate_that_lets_its_signs_through() -> None:
    rules = WISH_RULES + SIGN_RULES
    gated = [r for r in rules if r.gate]
    assert len(gated) == len(rules)
    assert gated_matches(rules, [text for text, _ in SIGNS]) >= len(SIGNS) // 2


@pytest.mark.parametrize(
    ("text", "kept", "folded"),
    [
        # German "seh" (see) and "dem" (the) stay German in a German sentence
        ("Ich hab dem Chef nichts gesagt, aber ich seh keinen Ausweg mehr.", "seh keinen", ""),
        ("Wir sind mit dem Bus gefahren und ich seh nur noch schwarz.", "mit dem bus", ""),
        # … and are still patois where no German sentence holds them
        ("Dem seh mi fi hold on but mi cyaan tek it.", "", "they say"),
    ],
)
def test_patois_folds_leave_a_german_sentence_german(text: str, kept: str, folded: str) -> None:
    respelt = respell_dialect(*normalize(text, fold=True))[0]
    assert kept in respelt
    assert folded in respelt
