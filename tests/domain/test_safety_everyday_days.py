"""Ordinary days that borrowed a warning sign's words (``everyday_days`` and the shared occasion
lists), both ways.

Each frame gets ordinary journal lines it clears and close warning-sign lines it must not
clear: a wish to die of boredom, hunger or embarrassment (not "of life", not a shame about
oneself, not tiredness, not "forever"); a parent's papers shown to the writer (not the writer's
own papers, not "in case I'm not here"); a weekday's exhaustion (not with life or no way out
named); camping, hiking and moving kit bought with rope (not with the camping denied); a
spreadsheet threatened in a condition and a joke said as one (not "a joke, but almost"); last
goodbyes at someone else's bedside (not to everyone, "ready").

Every cleared line below is flagged by the rules without these frames. The sentences are
written for this file, not copied from any labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import MatchStatus, assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

CLEARED = [
    # a wish to die of a comic cause, with its intensifier
    "Tengo tanta hambre que me quiero morir, la cena no llega nunca.",
    "Que vergonha, quero morrer! Chamei a professora de mãe na frente da turma.",
    "Ho così tanta fame che vorrei morire, il pranzo è ancora lontano.",
    "I'm so bored I want to die, this lecture is three hours long.",
    "Je m'ennuie tellement que j'ai envie de mourir, ce cours n'en finit pas.",
    "Mir ist so langweilig, ich will sterben. Noch zwei Stunden Zugfahrt.",
    # a parent's papers shown to the writer, in case
    "Mi madre me explicó dónde guarda el testamento y los papeles del seguro, por si acaso. "
    "Después hicimos una tortilla.",
    "Ma mère m'a montré où elle range les papiers de l'assurance vie, au cas où. Puis on a "
    "fait un gâteau.",
    # worn out early in the week
    "It's only Tuesday and I'm already at the end of my rope, roll on Friday.",
    "Es lunes y ya no puedo más, que llegue el viernes.",
    # rope in a list of camping, hiking or moving kit
    "Compré cuerda, cinta y cajas para la mudanza del sábado.",
    "Ho comprato una corda e un materassino per il campeggio al lago.",
    "Comprei corda e um saco de dormir pra trilha do feriado.",
    # a spreadsheet in a condition; a joke said as one
    "Si vuelvo a abrir esa planilha me tiro por la ventana.",
    "Me quiero morir. Es broma, mañana tengo el examen de conducir.",
    # last goodbyes at someone else's bedside
    "We said our last goodbyes to Grandpa at his bedside, the nurses were so kind.",
]


@pytest.mark.parametrize("text", CLEARED)
def test_ordinary_day_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize("text", CLEARED)
def test_cleared_line_was_read_as_an_everyday_frame(text: str) -> None:
    """The rules found the phrase and the frame cleared it (not a rule that missed it): the
    test would pass for the wrong reason if a rule stopped matching."""
    result = assess_phrases(text)
    assert any(s.status is MatchStatus.EVERYDAY for s in result.ignored_spans), (
        text,
        result.ignored_spans,
    )


STILL_SIGNS = [
    # life itself, oneself, tiredness or "forever" is what the wish is said of
    ("Me aburro tanto de la vida que me quiero morir.", Category.SUICIDAL_IDEATION),
    ("Tengo tanta vergüenza de mí misma que me quiero morir.", Category.SUICIDAL_IDEATION),
    ("I'm so bored of living that I want to die.", Category.DEATH_WISH),
    ("Sono così stanca che vorrei morire.", Category.SUICIDAL_IDEATION),
    ("Mi annoio così tanto che vorrei morire per sempre.", Category.SUICIDAL_IDEATION),
    # the writer's own papers, in case the writer is not here
    (
        "Le enseñé a mi hermana dónde guardo los papeles del seguro, por si no estoy.",
        Category.GOODBYES,
    ),
    ("He puesto en orden los papeles del seguro, por si acaso.", Category.GOODBYES),
    # a Monday with no way out, or with life named
    ("C'est lundi et je suis à bout, je ne vois aucune issue.", Category.TRAPPED_PAIN),
    ("Es lunes y ya no puedo más con mi vida.", Category.TRAPPED_PAIN),
    # rope with the camping denied, or with no reason at all
    ("Compré una cuerda. Nadie sabe para qué.", Category.GETTING_MEANS),
    ("Comprei corda e um saco de dormir, e não é para acampar.", Category.GETTING_MEANS),
    # a joke "but almost"
    ("Me quiero morir. Es broma, pero casi.", Category.SUICIDAL_IDEATION),
    # last goodbyes said by the writer, to everyone
    ("I've said my last goodbyes to everyone, I'm ready.", Category.GOODBYES),
]


@pytest.mark.parametrize(("text", "category"), STILL_SIGNS)
def test_close_warning_sign_still_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "Me aburro tanto que me quiero morir. Nadie me echaría de menos.",
        "Compré cuerda y un saco de dormir para la acampada. No quiero seguir viviendo.",
    ],
)
def test_frame_is_counted_again_beside_another_sign(text: str) -> None:
    """An everyday frame clears its phrase only when nothing else in the entry counts."""
    assert assess_phrases(text).flagged, text
