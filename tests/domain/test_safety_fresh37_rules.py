"""The English mechanisms added after studying ``fresh37``, both ways: new wordings of each sign
that must be flagged, and the look-alikes that must not.

Mechanisms: the comparison "as well (off) dead" beside "better off dead"
(``rules_en_explicit_shapes``); "stop being alive" read as "stop existing", negative concord "I
ain't nothin but", "every single thing", "hanging onto", "no sense doing" read as "no point
doing", "nobody's about" read as "nobody's around", a learner's "I choose the date" read as
"chose", north-east "cannet" and "roond", and dropped-g verbs (``spelling_en``); a span of time
by its end or start and a moment "reckoned" for the unnamed act (``rules_en_frames_settled``);
every way out leading back to the same place (``rules_en_ways_shut``); a message left "to be
opened after" (``rules_en_journal_farewells``); an ache that cannot be got "out from"
(``rules_en_frames_open``); the writer's future shut like a door (``rules_en_nothing_ahead``);
an attempt told by its means and a hospital by its name (``rules_en_frames_wider``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh37_en.tsv``), so they test a family of wordings, not one sentence.
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
_BU = Category.BURDEN
_DW = Category.DEATH_WISH
_SI = Category.SUICIDAL_IDEATION

SIGNS = [
    # "as well off dead": the comparison in other words
    ("Some nights I think I'd be just as well dead, and I mean it.", _DW),
    ("I'd honestly be as well off dead at this stage.", _DW),
    # ceasing to be, said with "alive"
    ("All I want is to stop being alive, not sleep, just stop.", _DW),
    # negative concord
    ("I ain't nothing but a burden on my brother these days.", _BU),
    # a span of time by its end, the moment reckoned
    ("Reckon it'll be the end of the harvest, when everyone's away at the show.", _PM),
    ("I'll do it at the start of the Wet when nobody's about.", _PM),
    # a learner's present for a choice made
    ("I choose the day already. Saturday, when my husband go to his brother.", _PM),
    # every way out leading back
    ("Every door I open just leads me back to the same place, this hurt.", _TP),
    # a message for after
    ("Left a card for each of the boys in the drawer, to be read after.", _GB),
    # an ache not got out from
    ("This ache sits on me all day and I cannot go out from it.", _TP),
    # thanks for every single thing
    ("Rang my sister and thanked her for every single thing, one last time.", _GB),
    # hanging onto things given away
    ("Gave my fishing gear to the young fella next door, no sense hanging onto it now.", _GA),
    # the future shut
    ("My future's shut like a gate and I can't see past it.", _NF),
    # an attempt told by its means, a hospital by its name
    (
        "Three years ago I ended up in Royal Infirmary hospital after what I did with my tablets.",
        _SI,
    ),
]

ORDINARY = [
    # "as well" in an everyday choice
    "I'd be as well off staying in tonight, the roads are bad.",
    "Honestly I'd be just as well taking the bus, parking is a nightmare.",
    # a span's end with a job or a trip, "the end of the road" as an idiom
    "Reckon it'll be the end of the month before the tiler's finished.",
    "I reckon it'll be the end of the road for the old ute when the kids are away at uni.",
    # a date chosen for a meeting, "nobody's about to"
    "I choose the date for our team dinner every year.",
    "Nobody's about to tell the boss that, are they.",
    # a real road, a real maze
    "Every road in this town leads back to the same roundabout.",
    # cards to be opened after a meal, "no sense of" and "makes no sense"
    "Got the kids their Christmas cards, to be opened after dinner.",
    "It makes no sense doing it that way, I'll ring the council.",
    "My brother has no sense of direction at all.",
    # a body ache, a real car
    "My back ache is killing me, I can't shift it.",
    "I can't get out from it, the car is blocked in by a van.",
    # a career's future
    "My future in football is over after this knee.",
    "My future is bright, the new job starts Monday.",
    # a named hospital after an accident, someone else's act, a tool that is not a means
    "I was in Royal Victoria Hospital after I fell off the ladder.",
    "Mum was in Pasqua Hospital after what the surgeon did with her hip.",
    "I was in the children's hospital after what I did with the scissors, the craft went wrong.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("I wish I could stop being alive.", "i wish i could stop existing."),
        ("I ain't nothin but trouble.", "i'm nothing but trouble."),
        ("Cannet sleep, it's roond and roond.", "can't sleep, it's round and round."),
        ("when nobody's about", "when nobody's around"),
        ("nobody's about to", "nobody's about to"),
        ("No sense keeping them.", "no point keeping them."),
        ("It makes no sense keeping them.", "it makes no sense keeping them."),
        ("I choose the date.", "i chose the date."),
        ("You choose the date.", "you choose the date."),
        ("wantin it, draggin me, carin for him", "wanting it, dragging me, caring for him"),
        ("squirrelling them away", "squirreling them away"),
    ],
)
def test_spellings_are_folded(text: str, folded: str) -> None:
    assert respelt(text)[0] == folded
