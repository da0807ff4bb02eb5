"""Everyday look-alikes the self-harm and no-future rules must leave alone, both ways.

Self-harm in Spanish and Italian: "me hice daño" / "mi sono fatto male" told by the body part,
the place or the sport it happened at ("en la rodilla", "en el gimnasio", "in palestra", "a
calcio") is an injury, not a hurt done to oneself, unless the sentence says it was on purpose
("a propósito", "apposta"); the same words alone, again, or on the arms stay flagged.

No future in English: the writer among the planners of a move ("we're planning to move to Leeds
next year, I can't see myself there") speaks of a place; others planning what lies ahead with
the writer not in it is still the sign.

The sentences are written for this test, not copied from any labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    ("Me hice daño otra vez, no sé por qué lo sigo haciendo.", Category.SELF_HARM),
    (
        "Me hice daño en el gimnasio a propósito, con la barra, para sentir algo.",
        Category.SELF_HARM,
    ),
    ("Me volví a hacer daño en los brazos anoche.", Category.SELF_HARM),
    ("Mi sono fatta male di nuovo, stanotte.", Category.SELF_HARM),
    ("Mi sono fatto male in palestra apposta, per punirmi.", Category.SELF_HARM),
    (
        "My sisters keep talking about their weddings next summer and I can't see myself there.",
        Category.NO_FUTURE,
    ),
    (
        "Everyone at work is planning the five-year party and I can't picture myself there.",
        Category.NO_FUTURE,
    ),
]

LOOK_ALIKES = [
    "Me hice daño en la rodilla jugando al pádel, nada grave.",
    "Me hice daño en el tobillo corriendo por el parque.",
    "Me hice daño en el gimnasio con las pesas, mañana descanso.",
    "Me hice daño entrenando para la media maratón.",
    "Me hice daño al caerme de la bici, solo un rasguño.",
    "Mi sono fatto male in palestra, niente di grave.",
    "Mi sono fatta male a tennis, la spalla tira ancora.",
    "Mi sono fatto male sciando, il ginocchio è gonfio.",
    "Mi sono fatto male durante la partita di calcetto.",
    "Mi sono fatta male facendo pesi, domani riposo.",
    "We're planning to move to Leeds next year, and honestly I can't see myself there.",
    "I'm talking about moving to Bristol for uni next year but I can't see myself there.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_the_signs_stay_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_everyday_look_alikes_are_not_flagged(text: str) -> None:
    assert_not_flagged(text)
