"""Self-harm told by a relapse counted in days or by old marks opened again, in six languages.

A relapse frame reads a relapse beside a count of time, or clean time beside the streak
broken; the marks frame reads cuts, lines or scars opened again beside a part of the body, a
blade or a purpose. Look-alikes they must leave alone: another habit's relapse or streak (a
drink, a cigarette, a language app, running), old wounds reopened in a quarrel, a scab on a
knee.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category

SELF_HARM = [
    # a relapse counted
    "Relapsed last night after 43 days, I can't look at myself.",
    "Six weeks clean and I broke it on Sunday. Nobody knows.",
    "Rückfall gestern nach drei Monaten, ich ekel mich vor mir.",
    "Recaí anoche después de cincuenta días, me doy asco.",
    "Rechute hier soir après quatre mois, j'ai honte.",
    "Ricaduta stanotte dopo tre settimane, mi faccio schifo.",
    "Recaí ontem depois de noventa dias, tenho vergonha.",
    # a wall struck until the hand breaks
    "Punched the bedroom wall till my knuckles bled, again.",
    "Le pegué a la pared hasta romperme los nudillos anoche.",
    "Ho preso a pugni la porta finché le nocche si sono aperte.",
    "Dei murros na porta até a mão inchar.",
    # the old marks opened
    "Reopened the old cuts on my thigh in the staff toilet.",
    "Keep picking at the scars so they don't heal.",
    "J'ai rouvert les coupures sur mon bras hier soir.",
    "Reabrí las heridas del muslo con la cuchilla.",
    "Ho riaperto i tagli sulla coscia stanotte.",
    "Abri de novo as feridas no braço ontem.",
]

NOT_SELF_HARM = [
    "Relapsed on the cigarettes after 40 days, annoyed with myself.",
    "Relapsed after 90 days sober, had three pints at the wedding.",
    "Broke my 300 day Duolingo streak, nine weeks clean of sugar gone too.",
    "Rückfall nach drei Monaten ohne Zigaretten, so ein Mist.",
    "Recaí con el tabaco después de dos meses.",
    "Rechute avec la clope après trois semaines.",
    "Ricaduta con le sigarette dopo due mesi.",
    "That phone call reopened old wounds with my sister.",
    "Picked at the scab on my knee, gross.",
    "Hit the wall at mile twenty and walked the rest.",
    "My brother punched the wall till his knuckles split after the match.",
    "Reopened the old shop on the corner after the refit, busy day.",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_a_counted_relapse_or_opened_marks_are_self_harm(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged, text
    assert Category.SELF_HARM in result.categories, text


@pytest.mark.parametrize("text", NOT_SELF_HARM)
def test_other_habits_quarrels_and_scabs_are_left_alone(text: str) -> None:
    assert not assess_phrases(text).flagged, text
