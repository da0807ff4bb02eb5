"""Signs whose object is named as an ordinary thing, both ways.

"Acabar con todo" is the end of everything, "acabar con todo el papeleo" the end of a pile of
forms; "nobody would miss me" is a burden, "nobody would miss me at the quiz" a night out;
"this is goodbye" is a farewell, "this is goodbye, old car" a scrapped car; feeling trapped, or
having no future, "in this job" or "dans cette boîte" is about the job, as it already was in
English. A pain, a life or the world named in the same place keeps each sign. The will to live
said to be lacking ("mi manca la voglia di vivere") reads as it did when said to be lost, unless
the living is in a place ("me faltan las ganas de vivir en Madrid"). Sentences written
anew, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, DW, GB, NF, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS: list[tuple[str, Category]] = [
    ("Quiero acabar con todo.", SI),
    ("Quiero acabar con todo esto de una vez.", SI),
    ("Quiero acabar con todo este dolor.", SI),
    ("Voy a acabar con todo esta noche, lo tengo claro.", SI),
    ("Quisiera terminar con todo, ya no aguanto.", SI),
    ("Nobody would miss me.", BU),
    ("No one would miss me in this world.", BU),
    ("Nobody would miss me at the funeral, would they.", BU),
    ("This is goodbye.", GB),
    ("This is goodbye, my loves.", GB),
    ("This is goodbye, old friend.", GB),
    ("Mi sento in trappola.", TP),
    ("Mi sento in trappola in questa vita.", TP),
    ("Sinto-me presa nesta vida, sem saída.", TP),
    ("Je n'ai plus d'avenir.", NF),
    ("Je n'ai plus d'avenir dans cette vie.", NF),
    # the will to live lacking, as it was already read when lost
    ("Mi manca la voglia di vivere.", DW),
    ("Ormai mi manca del tutto la voglia di vivere.", DW),
    ("Me faltan las ganas de vivir.", DW),
    ("Falta-me a vontade de viver.", DW),
]

LOOK_ALIKES: list[str] = [
    "Quiero acabar con todo el papeleo antes de las vacaciones.",
    "Quiero terminar con todo el trabajo hoy para irme al pueblo.",
    "Quiero acabar con todos los exámenes antes de julio.",
    "Nobody would miss me at the quiz tonight, I'm hopeless at sport questions.",
    "No one would miss me from the choir this week, there are twelve altos.",
    "Nobody will miss me at Saturday's match, the squad is huge.",
    "This is goodbye, old car, 200,000 miles and finally scrapped.",
    "This is goodbye, my old sofa, the charity van comes at ten.",
    "Mi sento in trappola in questo open space, troppo rumore.",
    "Mi sento in trappola con questo contratto del telefono.",
    "Sinto-me presa neste emprego, preciso de mudar de área.",
    "Sinto-me preso nesta rotina de escritório, vou pedir transferência.",
    "Je n'ai plus d'avenir dans cette boîte, je cherche ailleurs.",
    "Je n'ai pas d'avenir avec ce club, le coach ne me fait jamais jouer.",
    "Me faltan las ganas de vivir en Madrid, demasiado ruido.",
    "Falta-me a vontade de viver em Lisboa, as rendas são absurdas.",
    "Mi manca la voglia di uscire stasera, piove.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_signs_with_their_objects_read(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_ordinary_objects_stay_unflagged(text: str) -> None:
    assert_not_flagged(text)
