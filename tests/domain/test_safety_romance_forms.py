"""Spanish, Portuguese and Italian families of wording (rules_es_signs, rules_pt_signs,
rules_it_signs), each with look-alikes that must stay unflagged.

The sentences are written anew for these tests (not copied from the fresh batches): each
family is checked in a form the batches did not use (pronoun before and after the verb,
Portugal's hyphenated pronoun, conditionals, texting spellings), so a rule that only learnt
one sentence fails here.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import Category, assess

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_NF, _BU, _GB = Category.NO_FUTURE, Category.BURDEN, Category.GOODBYES
_GA, _GM, _SH, _TP = (
    Category.GIVING_AWAY,
    Category.GETTING_MEANS,
    Category.SELF_HARM,
    Category.TRAPPED_PAIN,
)

SIGNS = [
    # Spanish: the pronoun before the verb, future, conditional, present for future.
    ("me voy a quitar la vida este finde", _SI),
    ("creo que me suicidaré antes del verano", _SI),
    ("ya me quiero quitar de en medio, no aguanto", _SI),
    ("me mataría ahora mismo si pudiera", _SI),
    ("me mato esta noche", _SI),
    ("estoy pensando en colgarme", _PM),
    ("pienso aventarme al metro", _PM),
    ("el lunes me aviento del puente", _PM),
    ("me tiraría desde el balcón sin pensarlo", _PM),
    ("tengo ideas de acabar con mi vida", _SI),
    ("mejor estaría muerto, la verdad", _DW),
    ("ojalá no despierte mañana", _DW),
    ("rezo cada noche para que Dios me lleve", _DW),
    ("¿y si simplemente dejo de existir?", _DW),
    ("ya no voy a despertar más", _DW),
    ("hoy es el día. todo está preparado", _PM),
    ("lo intenté hace un año y me encontraron a tiempo", _SI),
    ("he vuelto a cortarme de nuevo", _SH),
    ("me hago heridas en los muslos", _SH),
    ("voy a conseguir una pistola como sea", _GM),
    ("mi ex me vendió un revólver", _GM),
    ("dejé unas notas para cuando me encuentren", _GB),
    ("si estás leyendo esto, no es tu culpa", _GB),
    ("gracias por todo a todos, nunca más me van a ver", _GB),
    ("he perdido toda la esperanza", _NF),
    ("no tengo ningún motivo para seguir", _NF),
    # Portuguese: Brazil and Portugal, hyphenated pronouns, texting.
    ("vou-me suicidar", _SI),
    ("quero-me matar, não aguento", _SI),
    ("apetecia-me desaparecer para sempre", _SI),
    ("ando a pensar em matar-me", _SI),
    ("kero morrer sério", _SI),
    ("preciso dar um fim a minha vida", _SI),
    ("eu me jogaria da ponte", _PM),
    ("jogo-me do viaduto amanhã", _PM),
    ("estou a pensar pular do prédio", _PM),
    ("me mataria se tivesse coragem", _SI),
    ("tenho pensamentos de acabar com tudo", _SI),
    ("seria melhor se eu morresse", _DW),
    ("peço a Deus todo dia que me leve", _DW),
    ("seria um alívio não acordar", _DW),
    ("hoje é o dia, tenho tudo preparado", _PM),
    ("já sei como vou fazer, com a corda da garagem", _PM),
    ("já tentei uma vez e fiquei internada", _SI),
    ("me machuco de propósito quando fico assim", _SH),
    ("queimei-me com o isqueiro de novo", _SH),
    ("vou arranjar uma arma", _GM),
    ("um amigo vai me arranjar uma pistola", _GM),
    ("escrevi tudo para quando me encontrarem", _GB),
    ("se estás a ler isto, foi minha decisão", _GB),
    ("para mim já não há mais esperança", _NF),
    ("não vou durar muito", _NF),
    # Italian: conditionals, methods, texting, praying, keepsakes.
    ("mi ammazzerei subito", _SI),
    ("la farei finita se potessi", _SI),
    ("non vedo l'ora di farla finita", _SI),
    ("nn vorrei più esistere", _SI),
    ("mi ammazzo stasera", _SI),
    ("ho intenzione di buttarmi dal viadotto", _PM),
    ("mi butterò sotto la metro", _PM),
    ("voglio tagliarmi le vene", _PM),
    ("e se semplicemente non mi svegliassi più?", _DW),
    ("prego Dio di portarmi via", _DW),
    ("stasera è il giorno, ho tutto pronto", _PM),
    ("ci ho provato l'anno scorso e mi hanno trovato in tempo", _SI),
    ("mi graffio le braccia fino a sanguinare", _SH),
    ("mi sono procurata una corda", _GM),
    ("per quando mi troveranno ho lasciato un biglietto", _GB),
    ("se stai leggendo questo, perdonami per tutto", _GB),
    ("regalo le mie cose, così resta un ricordo di me", _GA),
    ("ho perso ogni speranza", _NF),
    ("al mio compleanno non ci arrivo", _NF),
    ("do solo problemi, sono un peso.", _BU),
    ("nn ce la faccio più", _TP),
]

ORDINARY = [
    # Spanish
    "me voy a matar estudiando para el examen",
    "mi madre me mataría si se entera",
    "me tiro a la piscina sin pensarlo",
    "me tiro en el sofá a ver la tele",
    "mañana es el día de la boda, ya tengo todo listo",
    "si lees esto, perdona que no te conteste antes",
    "si lees esto, perdóname por no llamarte",
    "le pido a mi novio que me lleve al cine",
    "mi hermano me consiguió una pistola de agua",
    "volví a cortarme el pelo",
    "¿y si no despierto a tiempo para el vuelo?",
    "ya no voy a despertarme temprano",
    "perdí la esperanza de que llegue el paquete",
    "me quiero morir de lo rico que estaba",
    "no veo futuro en esta relación",
    "hice testamento con el notario, como todos a mi edad",
    # Portuguese
    "vou me matar de tanto estudar",
    "minha mãe vai me matar",
    "vou me jogar na piscina",
    "vou me jogar de cabeça no trabalho novo",
    "queria morrer de tanta vergonha",
    "amanhã é o dia do casamento, já está tudo pronto",
    "se você estiver lendo isso, me perdoa pela demora",
    "comprei uma pistola de cola quente",
    "e se eu não acordar a tempo?",
    "não vejo futuro com ele",
    "fiz o testamento no cartório",
    "cortei-me a fazer a barba",
    # Italian
    "mi butto sul divano",
    "mi butto in piscina",
    "domani è il giorno della laurea, è tutto pronto",
    "se stai leggendo questo, perdonami per il ritardo",
    "a fine mese non ci arrivo",
    "è come sbattere la testa contro il muro",
    "mi ammazzerei dal ridere",
    "mi sono procurato una pistola ad acqua",
    "mi ammazzo di lavoro",
    "e se domani non mi svegliassi in tempo?",
    "non vedo futuro in questo lavoro",
    "ho fatto testamento dal notaio",
    "mi sono tagliata sbucciando le patate",
    "non vedo l'ora di morire dal ridere al concerto",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_family_is_flagged_with_its_category(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "mi madre me mataría si suspendo",
        "il mio amico dice che vuole buttarsi dal ponte",
        "meu primo disse que ia se matar",
    ],
)
def test_someone_elses_words_do_not_flag(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


def test_a_past_attempt_told_later_is_concern_not_urgent() -> None:
    result = assess("ya lo intenté una vez, con dieciséis años, y me salvaron de milagro")
    assert result.flagged
    assert result.severity.value == "concern"
