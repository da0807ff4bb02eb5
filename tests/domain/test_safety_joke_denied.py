"""A joke denied never clears a statement; a real joke still does. Both ways, six languages.

The joke guard (``everyday_asides``) clears words said "as a joke", "en broma", "per scherzo".
A writer who denies the joke ("no lo digo en broma", "non sto scherzando", "ce n'est pas pour
rire", "nicht aus Spaß", "não falo de brincadeira", "I'm not saying it as a joke") means the
words (``joke_denied``), before or after them. A killing by laughter ("matarme de risa",
"ammazzarmi dalle risate") is a figure (``everyday_figures``), and a joke owned in the next
sentence still clears, as before.

The sentences are written anew for this test, not copied from any labelled batch.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from tests.support.safety_categories import DW, SI
from tests.support.safety_checks import assert_not_flagged

_EXPLICIT = {SI, DW}

JOKE_DENIED = [
    "Quiero matarme y eso no lo digo en broma.",
    "Voglio ammazzarmi e non sto scherzando.",
    "Non lo dico per scherzo: voglio morire.",
    "Je ne dis pas ça pour rire, je veux mourir.",
    "Ich will sterben, und das sag ich nicht aus Spaß.",
    "Não falo isso de brincadeira, eu quero morrer.",
    "I'm not saying it as a joke, I want to kill myself.",
    "I want to die and no, I'm not kidding this time.",
    "Me quiero morir, sin bromas, de broma nada.",
    "Joking aside, I want to kill myself.",
    "Bromas aparte, quiero morirme.",
    # the joke word in the statement's own clause or right after it
    "Voglio morire, e non lo dico per scherzo.",
    "Je veux mourir et je ne le dis pas pour rire.",
    "Ich will sterben und sag das nicht aus Spaß.",
    "Quero morrer e não digo isso de brincadeira.",
    "I want to kill myself and I'm not saying it as a joke.",
    "Me quiero morir y no es de broma.",
    "i want to die. not joking, not kidding",
    "Ich will mich umbringen. Und das ist nicht im Spaß gesagt.",
]

REAL_JOKES = [
    "Quiero matarme de risa, es broma.",
    "Voglio ammazzarmi dalle risate, scherzo.",
    "Je veux me tuer de rire, c'est une blague.",
    "I nearly killed myself laughing at the quiz, as a joke I said I'd do it again.",
    "Quiero matarme. Es broma, aprobé el examen.",
    "Ich will sterben. War nur Spaß, die Prüfung lief gut.",
    "Quero morrer. É brincadeira, passei na prova.",
]

# a turn after the laughter: the second wish is meant
STILL_MEANT = [
    "Quiero matarme de risa pero también quiero matarme de verdad.",
]


@pytest.mark.parametrize("text", JOKE_DENIED + STILL_MEANT)
def test_denied_joke_keeps_the_statement(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged, text
    # the wish or the act itself counted, not some other sign in the sentence
    assert _EXPLICIT & {s.category for s in result.matched_spans}, (text, result.reasons)


@pytest.mark.parametrize("text", REAL_JOKES)
def test_real_joke_still_clears(text: str) -> None:
    assert_not_flagged(text)
