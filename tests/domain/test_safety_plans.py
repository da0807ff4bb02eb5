"""A plan told by its time, place and arrangements, and the means got and kept, in six
languages (``rules_plans``), and the ordinary plans and errands that share their shape.

Every sentence here was written for this file; none is copied from a labelled set. The signs
must be flagged with their category and must be read by ``rules_plans`` itself (so the test
fails if the module stops reading them, even where another rule also flags the entry); the
look-alikes must not be flagged at all.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import rules_plans
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.detector import respelt
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

PM, GM = Category.PLAN_OR_METHOD, Category.GETTING_MEANS


def _read_by_module(text: str) -> list[str]:
    norm = respelt(text)[0]
    return [r.name for r in rules_plans.RULES if r.pattern.search(norm)]


PLANS = [
    # the method and the time settled, nothing named after them
    "I know exactly when and where now.",
    "Ich weiß jetzt genau wie und wann.",
    "Je sais maintenant comment et quand.",
    "Ya sé cómo y cuándo.",
    "Já sei como e quando.",
    "Ora so come e quando.",
]

MEANS = [
    "Each time the pharmacy fills my script I keep a few back in a mint tin.",
    "Die Schlafpillen vom Opa sammel ich seit Monaten im Schuhkarton.",
    "À chaque ordonnance je mets quelques comprimés de côté dans une boîte.",
    "Voy juntando las pastillas de cada receta en un frasco del armario.",
    "Vou juntando os comprimidos de cada receita numa caixa de sapatos.",
    "Metto da parte qualche pastiglia di ogni ricetta in una scatola.",
    "Walked up to the footbridge over the motorway just to see how high it is.",
    "Fui al viaducto de la autopista a ver qué tan alto es.",
    "Bought a length of rope at the hardware shop and it's not for the allotment.",
    "Compré una manguera en la ferretería y no es para el jardín.",
    # a week ahead named is a date, not a week's doses sorted
    "Voy juntando las pastillas de cada receta para la semana que viene.",
]

LOOK_ALIKES = [
    # a week's doses sorted out ahead, whoever's pills they are
    "Todos los domingos separo las pastillas de mi padre para la semana.",
    # a surprise or an event planned for when the others are out
    "Decided it'll be Saturday when everyone's out, the surprise party for Mum.",
    "We've decided the christening will be Sunday after mass.",
    "Ho deciso, sarà sabato dopo il lavoro, la cena con i colleghi.",
    # "I'll finally do it" and "I know how and when" about an ordinary goal
    "I know exactly how and when to tell my boss I'm leaving.",
    # a high place visited for leisure
    "Saturday when everyone is at the match I'll go up to the bridge to take photos.",
    "On Sunday we hike up to the cliffs, decided it ages ago, for the sunset.",
    # pills for flu, for a parent, for the pharmacy's return box
    "I keep a few paracetamol back for when the flu comes round.",
    "Collecting Mum's tablets from the pharmacy every Friday for her dosette box.",
    "I put the old pills aside to return them to the pharmacy.",
    # a height, a water level; a gun for the hunt; a rope with its purpose
    "I know where Dad keeps the rifle, he takes it out for the hunting season.",
    "Bought a rope and it's not for the boat, it's for the kids' swing.",
    # someone else's plan; a denial
    "My brother decided it'll be Friday, after the exams, his leaving do.",
    "I have not decided anything, it won't be Friday or any day, I'm safe.",
]


#: Look-alikes this module must not read (another family may still judge them on its own terms).
NOT_READ = [
    "Went to the bridge to see how high the river is after the storm.",
    "Hab die Tabletten vor den Kindern versteckt, ganz oben im Schrank.",
]


@pytest.mark.parametrize("text", PLANS)
def test_plans_are_flagged_and_read_by_the_module(text: str) -> None:
    assert_flagged_as(text, PM)
    assert _read_by_module(text), text


@pytest.mark.parametrize("text", MEANS)
def test_means_are_flagged_and_read_by_the_module(text: str) -> None:
    assert_flagged_as(text, GM)
    assert _read_by_module(text), text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize("text", NOT_READ)
def test_look_alikes_are_not_read_by_the_module(text: str) -> None:
    norm = respelt(text)[0]
    read = [r.name for r in rules_plans.RULES if r.pattern.search(norm)]
    assert not read or rules_plans.drops(read[0], norm), (text, read)


def test_an_ordinary_referent_anywhere_in_the_entry_drops_the_shape() -> None:
    # what the pills are for is said in the sentence before
    norm = "the flu is going round. i put a few tablets aside every week."
    assert rules_plans.drops("en_plans_pills_hoarded", norm)
    assert not rules_plans.drops("en_plans_pills_hoarded", "i put a few tablets aside every week.")
    # the guard belongs to this module's rules only
    assert not rules_plans.drops("en_some_other_rule", "the flu is going round.")
