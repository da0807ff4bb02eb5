"""Signs kept secret, buried in a long entry or said in passing (``rules_en_unspoken``), the
images of the same wish (``rules_en_vernacular``), and the look-alike each family has.

The sentences are written anew (not copied from ``probes8.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import Category, assess
from neuroleaf_desktop.domain.safety.rules_en_unspoken import RULES as UNSPOKEN_RULES
from neuroleaf_desktop.domain.safety.rules_en_vernacular import RULES as WISH_RULES
from tests.support.safety_gates import gated_matches

SIGNS = [
    (
        "laundry. call the vet. work out how to say my goodbyes without anybody noticing. pasta.",
        Category.GOODBYES,
    ),
    ("no one knows i've picked the date already", Category.PLAN_OR_METHOD),
    ("she saw the noose in my wardrobe and i lied about what it was for", Category.GETTING_MEANS),
    ("the sleeping tablets have been on my mind since sunday", Category.GETTING_MEANS),
    ("reading threads about painless methods again", Category.PLAN_OR_METHOD),
    ("the rifle is in the cabinet and i keep going down to look at it", Category.GETTING_MEANS),
    ("the only reason keeping me here is my cat", Category.NO_FUTURE),
    ("the letters are done, the dog is sorted. all that's left now is me.", Category.GOODBYES),
    ("picked the songs for my funeral today", Category.GOODBYES),
    ("i cut way too deep this time and had to go to the walk-in", Category.SELF_HARM),
    ("i said my brother should take my watch if anything happens to me", Category.GIVING_AWAY),
    ("my mum would never have to worry about me again", Category.BURDEN),
    ("it'd all be quieter if i wasn't around.", Category.BURDEN),
    ("if a lorry ran me over i wouldn't care", Category.DEATH_WISH),
    ("i wouldn't mind if a car hit me tomorrow", Category.DEATH_WISH),
    ("what if i never woke up, honestly", Category.DEATH_WISH),
    ("i want the pain over, myself included", Category.DEATH_WISH),
    ("i've given up trying to stay alive", Category.DEATH_WISH),
    ("the 3rd. that's the night i do it.", Category.PLAN_OR_METHOD),
    (
        "still falling, and i don't want anyone to catch me, i don't want to be saved.",
        Category.DEATH_WISH,
    ),
    (
        "can't go on like this and the river looks so peaceful from the bridge",
        Category.PLAN_OR_METHOD,
    ),
    ("they say it gets better, it hasn't, i'm bowing out.", Category.DEATH_WISH),
    ("cut too deep again, told the nurse it was an accident", Category.SELF_HARM),
]

ORDINARY = [
    "groceries. call the vet. say goodbye to the neighbours at the street party. pasta.",
    "i've already chosen the spot for the picnic, nobody guess",
    "the rope for the tent was in the boot, i forgot what it was for",
    "the tablets have been on my mind because i keep forgetting to take them",
    "forums about sourdough methods are my new hobby",
    "the rifle is in the cabinet and i check on it before every hunting trip",
    "the only thing keeping me going this week is coffee",
    "all that's left to do is the washing up",
    "made a playlist for my nan's funeral",
    "the council cut too deep into the library budget",
    "you can have my spare key if anything happens while i'm away",
    "my mum would worry about me if i didn't ring",
    "it'd be quieter if i wasn't around at weekends to play drums",
    "if a bus hit me i'd still have to go to work the next day lol",
    "what if i didn't wake up in time for the flight",
    "i want the holidays over, the kids included haha",
    "the 3rd, that's when i go on holiday",
    "i don't want to be caught speeding again",
    "lovely walk, the water looks so calm from the bridge",
    "long week, i'm tapping out early tonight",
    "burnt my hand on the kettle, told them it was an accident because it was",
    "hurt myself again at the gym, pulled my hamstring",
    "i want to die my hair red for the festival",
    "drowning in admin this week, send help",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged_with_its_category(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


def test_every_unspoken_rule_is_gated_and_its_gate_lets_its_signs_through() -> None:
    rules = UNSPOKEN_RULES + WISH_RULES
    assert all(r.gate for r in rules)
    assert gated_matches(rules, [text for text, _ in SIGNS]) >= len(SIGNS) - 2
