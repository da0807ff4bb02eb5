"""The mechanisms added after studying ``fresh24``, both ways: new wordings of each sign that
must be flagged, and the look-alikes that must not.

Mechanisms: more regional speech folded before any rule reads the text
(``spelling_dialect_fringes``: Low German, Palatine and Saarland German, Hawaiian Pidgin,
Picard and Haitian French, Salentino and Roman Italian, negative concord "no more" in dialect
English, "this here", "see me still being", "enxergar", "pasticche", "wains"); signs told by
what lies ahead, what is kept and how one leaves (``rules_core_horizons``: nothing ahead,
trapped in the pain itself, the weight others carry, medicine fetched and not taken, a decision
with a moment nobody is around, going to a place of danger and not coming back, a goodbye said
as such); wider lists (a trip or sleep as the moment nobody is around, German "mach ich's",
"no door" and "no getting out", things driven over or dropped off, Italian participles that
agree with a fronted object, "for when the time comes" in every language, "if I went");
guards (negative concord is not a negation, a denial said after the phrase, "doesn't mean I'm
planning", a form of questions and a clinician's "call if you ever", "he tried to end it",
"se autolesiona", object pronouns and the people written to are not the subject).

The sentences are written anew (not copied from ``fresh24_*.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.spelling_dialect import respell_dialect
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import DW as _DW
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP

SIGNS = [
    # Low German folded: "heff", "bün", "dree", "Johr", "versöcht", "Utweg"
    ("Ick heff dat letzte Johr versöcht, mi dat Leben to nehmen.", _SI),
    ("Ick seh keen Utweg mehr, dat deit jeden Dag weh.", _TP),
    # Palatine and Saarland: "nimmeh", "Lewe", "se nemme", "fescht"
    ("Ich mag nimmeh, ich will mir 's Lewe se nemme.", _SI),
    # Hawaiian Pidgin: "no like", "no going", "wen", "fo", "dey"
    ("brah I no like wake up no more, I no like live.", _DW),
    ("dey be better off if I wen go, fo real.", _BU),
    # Picard and Haitian French: "ej", "d'mi", "sans mi", "pa gen"
    ("Ej veux plus, j'ai envie d'mi tuer, i s'rot mieux sans mi.", _SI),
    ("Pa gen lendemain pour moi, je le sais.", _NF),
    # Salentino and Roman Italian: "nu", "pozzu", "futuru", "aggiu decisu", "-amme"
    ("Nu pozzu chiui, nu c'è futuru pe mie.", _NF),
    ("L'anno scorso ho cercato de levamme la vita.", _SI),
    # negative concord in dialect English is the sign, not its negation
    ("I can't see no way out of this pain.", _TP),
    ("Down in this hole and there ain't no getting out.", _TP),
    # nothing ahead
    ("Honestly I don't see anything ahead of me worth the effort.", _NF),
    ("Ich sehe gar nichts mehr vor mir, nur noch Leere.", _NF),
    ("Je vois plus rien devant moi, c'est vide.", _NF),
    ("No veo nada por delante, todo está gris.", _NF),
    ("Não vejo nada pela frente, só escuro.", _NF),
    ("Non vedo niente davanti a me, solo buio.", _NF),
    ("For me there's no future, not after this year.", _NF),
    ("I can't see me still being around by spring.", _NF),
    ("Não enxergo futuro para mim.", _NF),
    # trapped in the pain itself
    ("Estoy encerrada en este sufrimiento, sin fuerzas.", _TP),
    ("Estou presa nesta dor há meses.", _TP),
    ("Mi sento intrappolato in questo dolore da anni.", _TP),
    ("Es como un pozo y no hay por dónde salir.", _TP),
    ("Sono in un buco e non c'è nessuna porta.", _TP),
    # the weight others carry
    ("Sou o peso que a minha família carrega todos os dias.", _BU),
    ("Sono il macigno che tutti si trascinano dietro.", _BU),
    ("I'm the anchor my whole family drags along.", _BU),
    # medicine fetched and not taken, kept
    ("I get my tablets from the chemist but I don't take them, I keep them in a tin.", _GM),
    ("Hole die Tabletten jeden Monat, nehme sie aber nicht, ich sammle sie.", _GM),
    ("Recojo las pastillas pero no las tomo, las guardo en el cajón.", _GM),
    # medicine for when the time comes
    ("Die Schlaftabletten liegen im Schrank, für wenn es so weit ist.", _GM),
    ("Guardo los somníferos para cuando llegue el momento.", _GM),
    # decided, and a moment nobody is around
    ("My mind is made up: Thursday, once my flatmates are away on holiday.", _PM),
    ("J'ai décidé: samedi, quand mes parents seront chez ma tante.", _PM),
    ("Ho già deciso, sarà quando i miei sono in vacanza.", _PM),
    ("Es steht fest: wenn die anderen im Urlaub sind, mach ich's.", _PM),
    ("When my husband travels next week I'll do it.", _PM),
    ("Tonight after the kids fall asleep I'm going up to the roof.", _PM),
    # going to a place of danger and not coming back
    ("Heading down to the river later and I won't be coming back.", _PM),
    ("Voy al puente esta noche y no voy a volver.", _PM),
    # a goodbye said as such
    ("Texted my cousins that this here is goodbye.", _GB),
    ("I've said my piece to all of them, they won't see me again.", _GB),
    ("Escrevi à minha irmã que isto é um adeus.", _GB),
    ("Je lui ai laissé mon dernier adieu sur son répondeur.", _GB),
    ("Ho scritto a mio padre che questo è un addio.", _GB),
    ("Ich hab meinem Bruder geschrieben, dass es ein Abschied für immer ist.", _GB),
    # given away: driven over, dropped off, an Italian fronted object, "no more"
    ("Took grandad's old banjo over to my neighbour, I won't be needing it no more.", _GA),
    ("Dropped off my skateboard at Jay's, told him keep it, I'm not going to need it.", _GA),
    ("La chitarra l'ho regalata a mia nipote, a me non serve più.", _GA),
    # the person written to is not the subject
    ("Wrote a card to my aunt and my cousins, telling them goodbye for good.", _GB),
]

ORDINARY = [
    # sight, not the future
    "I can't see a thing ahead of me in this fog, drove at 20 the whole way.",
    "Ich sehe nichts vor mir, die Brille ist beschlagen.",
    # a decision and an empty house for an outing
    "It's settled: Friday night, once the kids are at their gran's, we're having a film night.",
    "C'est réglé: samedi soir, quand les enfants seront chez mamie, on fait un resto.",
    "Ya tengo fecha, el viernes que mis papás viajan hacemos la fiesta.",
    "I've decided what to cook on Friday when my parents are away.",
    "J'ai décidé de repeindre la cuisine quand les enfants seront en vacances.",
    # going somewhere and back later
    "I'm going to the lake on Sunday and won't be back till Monday.",
    "They won't see me again until Christmas, the flights are so expensive.",
    # goodbyes that are not
    "C'est un au revoir, pas un adieu.",
    "Não é adeus, é até logo.",
    "Questo è un addio al calcio giocato.",
    # pills not taken, for forgetting
    "I pick up my pills every month but I don't take them, I keep forgetting.",
    # stuck in traffic, a door code
    "I'm stuck in traffic and there's no getting out.",
    "There's no door code for the flat, just knock.",
    "For me there is no future in this job.",
    # a keepsake kept
    "Grandad's old accordion sits in my room, I play it every Sunday.",
    # denials said after the phrase
    "Cutting myself is not on my mind at all, I'm only stressed about the move.",
    "Ending it all, that never even crossed my mind, I just miss him.",
    "Matarme nunca, es que el trabajo me tiene harta.",
    "Selling my guitar doesn't mean I'm planning something, I need the cash.",
    # someone else's act
    "Mi prima se autolesiona desde hace meses.",
    "Her brother was rescued after he tried to kill himself last spring.",
    "My brother texted me, he tried to end it last night.",
    "I wrote to my sister, she wants to die and I'm scared.",
    # forms and a clinician's instructions
    "The nurse told me to ring the ward if I ever get thoughts of ending my life.",
    "El médico me dio un cuestionario sobre ideas suicidas, todo que no.",
    "Il medico mi ha fatto compilare un questionario sul rischio suicidario.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in {s.category for s in result.matched_spans}, (text, result.reasons)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, (text, assess(text).reasons)


def _folded(text: str) -> str:
    norm, mapping = normalize(text, fold=True)
    return respell_dialect(norm, mapping)[0]


def test_low_german_folds_only_with_two_markers() -> None:
    assert "ich habe" in _folded("Ick heff dree Johr wacht.")
    # one marker is not enough
    assert "heff" in _folded("Ick heff Hunger.")
    assert _folded("I had dree options.").startswith("i had dree")


def test_pidgin_folds_only_with_two_markers() -> None:
    assert "don't want to live" in _folded("brah I no like live.")
    assert _folded("I no like spinach.").startswith("i no like")


def test_italian_armi_only_after_a_preposition_or_modal() -> None:
    assert "togliermi la vita" in _folded("ho provato a levamme la vita")
    assert "mamme" in _folded("le mamme de Roma")


def test_concord_no_more_only_after_a_negated_verb() -> None:
    assert "needing it anymore" in _folded("I won't be needing it no more.")
    assert "no more cake" in _folded("There is no more cake.")


def test_fringe_match_maps_back_to_the_writers_words() -> None:
    text = "Ick seh keen Utweg mehr, dat deit weh."
    result = assess(text)
    assert result.flagged
    for span in result.matched_spans:
        assert span.text in text
