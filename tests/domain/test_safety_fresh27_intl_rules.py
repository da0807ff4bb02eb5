"""The German, French, Spanish, Portuguese and Italian mechanisms added after studying
``fresh27``, both ways: new wordings of each sign that must be flagged, and the look-alikes that
must not.

Mechanisms: Kölsch (Ripuarian) speech folded into standard German ("mieh", "levve", "jitt",
"usswäg", "us", "je-" participles) and the southern "kei" (kein); ending one's life said with
the finite verb ("dann mach ich Schluss mit meinem Leben"); medicine kept for a later moment
left open ("für später", "pour le jour où", "para quando decidir"); "no future" as one item of a
list of things lost; the point of going on questioned ("che senso ha andare avanti", "qué
sentido tiene seguir"); tomorrow said to hold nothing for the writer; no way out of it seen
("non vedo come uscirne"); "something" done to oneself ("hacerme algo", "farmi qualcosa"), and
its denial ("no pienso hacerme nada") read as a denial; a return to self-harm told as "sono
tornata a …"; others' lives lighter without the writer ("más livianos", "più leggera",
"respirava"); a thing given "where I'm going it's no use" in more forms ("no me van a hacer
falta", "dove vado io non servono", "passei ao primo …", Alemannic "nümma"). Guards: a named
ailment, trip or pet beside the medicine; a firm's, a village's or the young people's future;
going on with something named; a day with nothing to do; a meal, a drink or a haircut made for
oneself; a debt or a contract; a haircut; a break-up. Judgement: a clinical question asked as
"wanted to know whether" and answered with one verb ("hab verneint", "le contesté que no",
"falei que não"); Portuguese "tentou tirar a própria vida" is his or hers.

The sentences are written anew (not copied from ``fresh27_*.tsv``) so they test a family of
wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess, rules_intl_regional
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged
from tests.support.safety_gates import gated_matches

_SI = Category.SUICIDAL_IDEATION

SIGNS = [
    # Kölsch folded into standard German
    ("Isch kann nit mieh, isch will nit mieh levve.", _SI),
    ("Et jitt för misch keine Usswäg mieh, dat weiß isch janz jenau.", _TP),
    ("Isch halden dä Schmerz nit mieh us, janz ehrlich, mieh jeht nit.", _TP),
    # ending one's life with the finite verb
    ("Ich mache Schluss mit meinem Leben, bevor der Winter kommt.", _SI),
    ("Nach der Prüfung mach ich Schluss mit allem.", _SI),
    # medicine kept for a later moment left open
    ("Die Schlaftabletten vom Hausarzt heb ich für später auf.", _GM),
    ("Les somnifères de ma mère, je les garde pour plus tard.", _GM),
    ("Tengo los calmantes de la receta y los guardo para cuando me decida.", _GM),
    ("Peguei os remédios do meu avô e guardo para depois.", _GM),
    ("Le pillole della nonna le tengo nascoste per quando sarò pronta.", _GM),
    # "no future" as one item of a list of things lost
    ("Kein Geld, keine Freunde, kei Zukunft mehr.", _NF),
    ("Plus de boulot, plus de copine, pas d'avenir.", _NF),
    ("Sin novia, sin estudios, sin futuro.", _NF),
    ("Sem casa, sem família, sem futuro.", _NF),
    ("Niente soldi, niente amici, nessun futuro.", _NF),
    # the point of going on questioned
    ("Was hat es noch für einen Sinn, weiterzumachen.", _NF),
    ("Quel est le sens de continuer à vivre.", _NF),
    ("Perdí la casa, qué sentido tiene seguir.", _NF),
    ("Fiquei sozinha, que sentido tem continuar assim?", _NF),
    ("Mi hanno lasciata anche gli amici, che senso ha vivere.", _NF),
    # tomorrow holding nothing for the writer
    ("Pour moi, demain il n'y a rien.", _NF),
    ("Para mí mañana no hay nada, es igual que hoy.", _NF),
    ("Pra mim amanhã não tem nada.", _NF),
    ("Per me domani non c'è nulla.", _NF),
    # no way out of it seen
    ("Je vois plus comment m'en sortir.", _TP),
    ("Cada día pesa más y no veo cómo salir de esto.", _TP),
    ("Não vejo como sair dessa, tudo dói.", _TP),
    ("Non so più come venirne fuori.", _TP),
    ("Ich seh nicht, wie ich da jemals rauskomme.", _TP),
    # a return to self-harm told as "went back to"
    ("Ho ripreso a tagliarmi dopo Natale.", _SH),
    ("Sono tornato a bruciarmi con l'accendino.", _SH),
    # "something" done to oneself, the harm left unnamed
    ("Tengo miedo de hacerme algo esta noche.", _SH),
    ("J'ai peur de me faire quelque chose.", _SH),
    ("Tenho medo de fazer alguma coisa comigo.", _SH),
    ("Ho paura di farmi qualcosa.", _SH),
    # others' lives lighter without the writer
    ("Sin mí mis papás vivirían más ligeros.", _BU),
    ("Senza di me i miei genitori sarebbero più leggeri.", _BU),
    ("Sem mim a minha mãe respirava.", _BU),
    # a thing given, of no use where the writer is going
    ("Le dejé la moto a mi hermano, donde voy no me va a hacer falta.", _GA),
    ("Ho regalato a Sara il mio orologio, dove vado non mi servirà.", _GA),
    ("Passei à minha irmã o meu portátil e os livros, não me fazem falta.", _GA),
    ("Mei Radl hab i am Nachbarn gschenkt, i bruch's nümma.", _GA),
]

ORDINARY = [
    # Kölsch everyday speech
    "Et jitt hück Rievkooche, dat es janz lecker.",
    # a break-up, a finished job
    "Ich mache Schluss mit ihm, er hat mich betrogen.",
    "Heute mach ich Schluss mit der Arbeit um vier.",
    # medicine with an ailment, a trip or a pet
    "Die Tabletten gegen Migräne heb ich für später auf.",
    "J'ai acheté des comprimés contre le rhume, je les garde pour plus tard.",
    "Compré las pastillas del perro y las guardo para después.",
    "Comprei os remédios para a gripe e guardo para depois.",
    "Le pillole per il mal di testa le tengo per dopo.",
    # a firm's, a village's, the young people's future
    "Keine Arbeit, kein Bus, keine Zukunft, so sieht es für die Jugend im Dorf aus.",
    "Pas de budget, pas de clients, pas d'avenir pour l'entreprise.",
    "Sin inversión, sin fábrica, sin futuro para el pueblo.",
    # going on with something named
    "Che senso ha andare avanti con questa dieta se poi mangio i dolci.",
    "Qué sentido tiene seguir estudiando alemán si no viajo.",
    # a day with nothing to do
    "Per me domani non c'è niente da fare, mi riposo.",
    "Para mí mañana no hay nada en la agenda.",
    # a debt or a contract
    "No veo cómo salir de esto, la hipoteca nos ahoga y el banco no cede.",
    "Non vedo come uscirne, il mutuo è troppo alto.",
    # a haircut
    "Sono tornata a tagliarmi i capelli da sola.",
    # a move
    "Le dejé la moto a mi hermano, me mudo a Madrid y no me va a hacer falta allí.",
    # something made for oneself: a meal, a drink, a haircut; the denial
    "Voy a hacerme algo de cenar.",
    "Je vais me faire quelque chose, un bon thé, et au lit.",
    "Vou me fazer alguma coisa para comer.",
    "Ho voglia di farmi qualcosa ai capelli.",
    "No pienso hacerme nada, solo estoy cansada del turno.",
    # a clinical question answered with one verb
    "Die Ärztin wollte wissen, ob ich an Selbstmord denke, hab verneint.",
    "El médico preguntó si pensaba en matarme, le contesté que no.",
    "A psicóloga quis saber se eu pensava em me matar, falei que não, é só cansaço.",
    # someone else's act
    "A vizinha tentou tirar a própria vida na semana passada, estamos todos tristes.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_own_attempt_without_a_pronoun_still_counts() -> None:
    # the third-person verb clears it, the first-person one does not
    assert assess("Ontem tentei tirar a própria vida.").flagged


def test_a_question_answered_yes_is_not_cleared_by_the_no_answer_verbs() -> None:
    text = "Die Ärztin wollte wissen, ob ich mich ritze. Ich ritze mich jede Woche."
    assert assess(text).flagged


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = rules_intl_regional.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    assert gated_matches(rules, texts + ORDINARY) >= len(texts) // 3
