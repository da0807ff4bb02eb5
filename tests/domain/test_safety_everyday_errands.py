"""Ordinary days told in the words of a means, a study or a burden, both ways.

Each pair keeps the sign and clears the errand beside it: medicine collected every month is the
repeat prescription, not a hoard; overdoses read up on for an exam or a shift are a subject, not
a method; a rope bought for a swing or a washing line has its purpose; clothes that "no longer
serve" in Spanish and Portuguese no longer fit; stopping a pastime ("if I stopped cooking") is
not the writer stopping. The sentences were written as other people would say them, not taken
from any labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, GA, GM, NF, PM, SI
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS: list[tuple[str, Category]] = [
    ("I've been saving my tablets each month instead of taking them.", GM),
    ("Collecting my tablets in a shoebox, forty of them now.", GM),
    ("Been hoarding my sleeping pills every week since October.", GM),
    ("Been reading up on overdoses, how many it would take.", PM),
    ("Looked up overdoses again tonight.", PM),
    ("Comprei uma corda.", GM),
    ("Comprei uma corda, já sei onde a vou usar.", GM),
    ("Dei as minhas coisas à vizinha, já não me servem de nada.", GA),
    ("Le di mi guitarra a mi primo, ya no me sirve.", GA),
    ("Everyone would be better off if I stopped breathing.", BU),
    ("Everyone would be better off if I stopped existing.", BU),
    ("My family would be happier if I stopped being around.", BU),
]

LOOK_ALIKES: list[str] = [
    # the repeat prescription, collected on its day
    "I've been collecting my tablets each month like clockwork, the new dose suits me.",
    "Collected my pills every fortnight from the surgery, no drama.",
    "Collecting my inhalers monthly now, the pharmacist texts when they're ready.",
    # a subject read up on for a course or a job
    "Been reading up on overdoses for my pharmacology exam, so much to memorise.",
    "Reading about overdoses for the paramedic training next week.",
    "Looked up opioid overdoses for my nursing placement, grim but useful.",
    # a rope with its purpose named
    "Comprei uma corda para o baloiço das crianças no quintal.",
    "Compré una cuerda para el columpio del jardín.",
    "Bought a rope for the tyre swing in the garden.",
    "Ho comprato una corda per l'altalena dei bambini.",
    "Comprei uma corda nova para o estendal da varanda.",
    "J'ai acheté une corde pour la balançoire du petit.",
    # clothes that no longer fit
    "Dei as minhas roupas antigas à vizinha, já não me servem.",
    "Le di mi ropa vieja a mi prima, ya no me sirve.",
    "Dei os sapatos do casamento à minha irmã, já não me servem.",
    # a pastime stopped
    "Everyone would be better off if I stopped cooking, says my husband, laughing.",
    "The neighbours would be happier if I stopped practising the trumpet at seven.",
    "My kids would be fine if I stopped nagging about homework, apparently.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_signs_beside_errands_still_read(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_everyday_errands_stay_unflagged(text: str) -> None:
    assert_not_flagged(text)


MORE_SIGNS: list[tuple[str, Category]] = [
    ("Went up on the roof again, looked down for a long time, the height is enough.", GM),
    ("Counted out all my tablets tonight, there are sixty.", GM),
    ("Non ci sarò più a Natale.", NF),
    ("Non ci sarò più a Natale, per sempre.", NF),
    ("Já não vou estar cá no próximo ano.", NF),
    ("Je ne serai plus là à Noël.", NF),
    ("Ich werde nicht mehr da sein.", SI),
    ("Ich werde nicht mehr da sein, für immer, auch wenn ich nach Hamburg ziehe.", SI),
    # revision or a bother named beside the absence is no move
    ("¿Para qué estudiar para el examen si en junio ya no voy a estar?", NF),
    ("Nem me dei ao trabalho de planear o verão, não vou estar cá para isso.", NF),
]

MORE_LOOK_ALIKES: list[str] = [
    # a job on the roof, or the height said to be no bother
    "Spent the afternoon on the roof fixing tiles, the height didn't bother me at all.",
    "Up on the roof clearing the gutters, looked down once and the drop was fine.",
    "Climbed onto the garage roof to replace the aerial, the height never bothers me.",
    # tablets counted out for the days ahead
    "Counted out my tablets for the holiday, fourteen days exactly.",
    "Counted out the tablets into the pill organiser for next week.",
    "Counting out my meds for the cruise, Mum keeps asking if I've got enough.",
    # an absence ahead with the move, the job or the studies named
    "Non ci sarò più a Natale, mi trasferisco a Londra per lavoro.",
    "Já não vou estar cá no próximo ano, vou estudar para o Porto.",
    "Je ne serai plus là pour Noël, je déménage à Lyon.",
    "Ya no voy a estar aquí en verano, me mudo a Berlín por trabajo.",
    "Não vou estar aqui no Natal, vou morar com a minha irmã em Faro.",
    "L'anno prossimo non ci sarò più, faccio l'Erasmus a Valencia.",
    "Ich werde nicht mehr da sein, ich ziehe nach Hamburg.",
    "Im Sommer bin ich nicht mehr hier, Umzug nach Köln für den Job.",
]


@pytest.mark.parametrize(("text", "category"), MORE_SIGNS)
def test_signs_beside_jobs_and_moves_still_read(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", MORE_LOOK_ALIKES)
def test_jobs_counts_and_moves_stay_unflagged(text: str) -> None:
    assert_not_flagged(text)
