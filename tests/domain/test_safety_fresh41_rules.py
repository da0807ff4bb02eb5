"""The mechanisms added after studying ``fresh41``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Readings by meaning: a plan told by the act left unnamed ("dann mach ich's", "lo farò",
"vai ser depois do …", "the day is decided") at a moment the others are away,
someone close gone to someone's or everyone going back (``rules_plan_moment``); the wish to
finish one's life said in the progressive of Indian English with its closing "only"
(``rules_en_plainspoken``); not wanting to be in this world with the Italian clitic "ci" and
"più" after the verb (``rules_it_signs``); "shaving" read as an everyday occasion only where it
is not the name of a bag holding something else (``everyday_occasions``).

Look-alikes: the same moment with what it is for named (a party, a barbecue, a surprise, the
cleaning), the unnamed "it" the sentence goes on to name, a wish to finish one's life "only
after" something, a world of something else, someone else's plan.

The sentences are written anew, as other writers would say the same things (not copied from
``fresh41_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_PM = Category.PLAN_OR_METHOD
_SI = Category.SUICIDAL_IDEATION
_GM = Category.GETTING_MEANS

SIGNS = [
    # the act unnamed, at a moment the others are away
    ("Once my husband's gone to his brother's for the weekend. The day is decided.", _PM),
    ("The date is set, when the kids are away at camp.", _PM),
    ("Nach der Kirmes, wenn mein Mann bei seinen Eltern ist, dann mach ich es.", _PM),
    ("Lo farò a Ferragosto, quando tutti saranno al mare.", _PM),
    ("Vai ser depois da festa junina, quando a família estiver na fazenda.", _PM),
    # the wish to finish one's life in the progressive, the other wish with its clitic
    ("I'm wanting to finish my life, nothing is left.", _SI),
    ("Non ci vorrei stare più in questo mondo.", _SI),
    # tablets hidden in a shaving bag: the bag is a container, not a razor's purpose
    ("Been stashing my sleeping pills in the shaving bag at the back of the wardrobe.", _GM),
]

LOOK_ALIKES = [
    # what the moment is for, named
    "When my flatmate's gone to her mum's I'll do it, a proper party for the whole floor.",
    "Decided it'll be after the exams, when my parents are away, a big house party.",
    "Vai ser depois da missa, quando o pessoal todo estiver na casa da avó: um churrasco.",
    "Lo farò dopo cena, quando i miei saranno al mare: una festa a sorpresa per Giulia.",
    # the unnamed "it" named after, or a plain errand
    "When the kids are at school I'll do it, the ironing I mean.",
    "Wenn meine Frau bei ihrer Mutter ist, dann mach ich's mir gemütlich mit einem Film.",
    # no one away: an ordinary promise
    "I'll do it tomorrow, I promise, the report is nearly done.",
    # a life finished only after something, a world of something else
    "I want to finish my life only after my garden is perfect, joking, I mean my career.",
    "Non ci voglio stare più in questo ufficio.",
    "Non ci voglio stare più in questo mondo di squali del lavoro.",
    # a razor in a shaving bag is kept for shaving
    "Bought razor blades and put them in my shaving bag.",
    # someone else's plan and a negation
    "Her husband's gone to his brother's; she says she'll do it then, repaint the kitchen.",
    "I'm not wanting to finish my life, I just want this month to end.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh41_signs_are_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh41_look_alikes_are_not_flagged(text: str) -> None:
    assert_not_flagged(text)
