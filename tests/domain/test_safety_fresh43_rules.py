"""The mechanisms added after studying ``fresh43``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Readings by meaning: the night or sleep hoped to take the writer, the morning hoped not to come,
the night hoped to be the last, in six languages (``rules_wish_gone``); not wanting to be in this
world or on this earth, or to hear no more of living (``rules_wish_gone``); a moment chosen
told by "that's the day" with a demonstrative or the verb first, the others' leaving told by its
verb or nobody left in, in every language (``rules_plan_moment``), and the housemates away
before the bare act (``rules_en_plans``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh43_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_PM = Category.PLAN_OR_METHOD
_DW = Category.DEATH_WISH

SIGNS = [
    # the night hoped to take the writer, the morning not to come, the night the last
    ("Every night I pray the dark takes me, and every morning I'm still here.", _DW),
    ("Lie down each night wishing the morning never comes.", _DW),
    ("Each night I go to bed hoping for no more mornings.", _DW),
    ("Tous les soirs j'espère que le sommeil m'emporte pour de bon.", _DW),
    ("Le soir, je souhaite que le matin ne revienne plus.", _DW),
    ("Ogni notte prego che la notte mi porti via.", _DW),
    ("Prima di dormire spero che sia la mia ultima.", _DW),
    ("Todas las noches le pido a Dios que no vuelva a amanecer.", _DW),
    ("Al acostarme rezo que la noche me lleve.", _DW),
    ("Todas as noites peço que não amanheça.", _DW),
    ("Ao deitar, rezo que seja a última.", _DW),
    ("Ich bete jede Nacht, dass mich der Schlaf mitnimmt.", _DW),
    ("Abends hoffe ich, dass der Morgen nicht mehr kommt.", _DW),
    ("Jeden Abend hoffe ich, das ist die letzte.", _DW),
    # this world not wanted, or no more of living
    ("Honestly I don't wanna be on this planet any longer.", _DW),
    ("I no longer want to live in this world.", _DW),
    ("Franchement je veux plus être de ce monde.", _DW),
    ("Non voglio più sapere niente di vivere, sono stanca.", _DW),
    ("Ya no quiero saber más de estar viva.", _DW),
    ("Não quero saber mais de viver, cansei.", _DW),
    ("Ich mag nicht mehr auf dieser Welt bleiben.", _DW),
    # a moment chosen and the others gone, the act unsaid
    ("When the flatmates are at the festival, I'll do it then.", _PM),
    ("Cuando todos se hayan ido a la boda, ese es el día.", _PM),
    ("Cuando no quede nadie en casa, va a ser la noche.", _PM),
    ("Quando todo mundo for embora pro sítio, esse é o dia.", _PM),
    ("Quando a casa estiver vazia, é esse o dia.", _PM),
    ("Quando tutti saranno partiti per il mare, sarà il giorno.", _PM),
    ("Quando non c'è nessuno, quello è il giorno.", _PM),
    ("Wenn keiner mehr daheim ist, ist das der Tag.", _PM),
    ("Quand il n'y aura plus personne, ce sera le soir.", _PM),
]

LOOK_ALIKES = [
    # a night or a morning hoped for a day's reasons, the last of something named
    "Every night I hope the baby sleeps through, no more mornings like this.",
    "Hoping tonight's the last night of the heatwave.",
    "Every night I pray my son gets home safe from the late shift.",
    "Every night I hope the morning never comes because the exam is at nine.",
    "Je prie pour que la nuit passe vite, demain c'est le déménagement.",
    "La sera spero sempre che sia l'ultima volta che lavoro fino a tardi.",
    "Spero che domattina non arrivi il corriere prima delle nove.",
    "Ojalá no llegue el día del examen.",
    "Cada noche espero que sea la última guardia del mes.",
    "Toda noite espero que seja a última noite de plantão.",
    "Jede Nacht hoffe ich, dass es die letzte Schicht ist.",
    "Meine Tochter betet jeden Abend, dass der Weihnachtsmann kommt.",
    # a world of something, a world where, someone else's world
    "I don't want to live in this world where kids go hungry and nobody cares.",
    "I don't want to be in this world of spreadsheets forever.",
    "My daughter said she doesn't want to be in this world any more, I'm taking her to the GP.",
    "Je ne veux plus être au monde du travail, je prends ma retraite.",
    "Non ne voglio più sapere di stare al mondo dello spettacolo.",
    "Non voglio più sapere di vivere a Milano.",
    "No quiero saber nada más de vivir con mis suegros.",
    "Não quero mais saber de viver em São Paulo.",
    # a moment chosen for a named purpose, or the others gone for an errand
    "Cuando se vayan todos, ese es el día de limpiar a fondo la cocina.",
    "Quando a casa ficar vazia, é esse o dia da faxina.",
    "Quando se ne vanno tutti, quello è il giorno che pulisco la cantina.",
    "When the flatmates are at the festival, I'll do the deep clean.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh43_signs_are_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh43_look_alikes_are_not_flagged(text: str) -> None:
    assert_not_flagged(text)
