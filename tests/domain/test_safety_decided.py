"""A method decided on and a death meant to look like an accident (``rules_decided``) in six
languages; the moment "as soon as I've finished this entry"; each with look-alikes.

The sentences are written for these tests (not copied from any benchmark batch).
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules_decided import RULES
from neuroleaf_desktop.domain.safety.spelling_en import respell
from tests.support.safety_gates import gated_matches

# (sentence, the family's rule)
FLAGGED = [
    ("it'll be the tracks, i have decided", "en_dc_method_decided"),
    ("i've decided on an overdose", "en_dc_method_decided"),
    ("i need it to look like an accident", "en_dc_like_an_accident"),
    ("Es wird das Parkhaus sein, ich habe mich entschieden.", "de_dc_method_decided"),
    ("Es muss wie ein Unfall aussehen.", "de_dc_like_an_accident"),
    ("Ce sera la corde, j'ai décidé.", "fr_dc_method_decided"),
    ("Je vais faire passer ça pour un accident.", "fr_dc_like_an_accident"),
    ("Va a ser la azotea, lo tengo decidido.", "es_dc_method_decided"),
    ("Tiene que parecer un accidente.", "es_dc_like_an_accident"),
    ("Vai ser o rio, está decidido.", "pt_dc_method_decided"),
    ("Tem de parecer um acidente.", "pt_dc_like_an_accident"),
    ("Sarà il fiume, ormai ho deciso.", "it_dc_method_decided"),
    ("Deve sembrare un incidente.", "it_dc_like_an_accident"),
]

LOOK_ALIKES = [
    "it's going to be the pizza place, i've decided",
    "i've decided on the blue paint, it'll be calmer",
    "the detective said the killer made it look like an accident",
    "as soon as i've finished this entry i'm going to bed",
    "Es wird die Pizzeria sein, das habe ich entschieden.",
    "Ce sera le restaurant italien, c'est décidé.",
    "Va a ser la playa, ya lo he decidido.",
    "Vai ser a praia, já decidi.",
    "Sarà il mare, ho deciso.",
    "Sarà il treno, ho deciso, la macchina costa troppo.",
    "Va a ser el tren, ya lo he decidido, el coche es caro.",
    "i cleared my browser history so no one sees the birthday presents i searched",
]

# The last words written as the moment, and other families extended in the same round.
MOMENTS = [
    "as soon as i've finished this entry i'm going to do it",
    "Sobald ich diesen Eintrag fertig habe, mache ich es.",
    "Dès que j'ai fini d'écrire ceci, je passe à l'acte.",
    "En cuanto termine de escribir esto, lo hago.",
    "Assim que acabar de escrever isto, vou fazê-lo.",
    "Appena finisco di scrivere questo, lo faccio.",
    "tonight i'm going to take everything i've saved up",
    "i've cleared my browser history so no one sees what i searched",
]


@pytest.mark.parametrize(("text", "name"), FLAGGED)
def test_decision_is_flagged_by_its_family(text: str, name: str) -> None:
    assert assess(text).flagged, text
    norm, _ = respell(*normalize(text, fold=True))
    family = next(r for r in RULES if r.name == name)
    assert family.pattern.search(norm), (name, text)


@pytest.mark.parametrize("text", MOMENTS)
def test_moment_of_the_last_words_is_flagged(text: str) -> None:
    assert assess(text).flagged, text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_ordinary_decision_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


def test_every_family_is_gated_and_has_a_statement() -> None:
    assert all(r.gate for r in RULES)
    assert {r.name for r in RULES} == {name for _, name in FLAGGED}
    assert gated_matches(RULES, [t for t, _ in FLAGGED] + LOOK_ALIKES) >= len(FLAGGED)
