"""Self-harm and suicidal thoughts told in the imperfect, conditional or subjunctive, in Spanish,
Italian, French and Portuguese, both ways.

Signs: the writer's own history in the imperfect ("me cortaba cada noche", "je me faisais du
mal"), and a clinician's question reported with the verb moved back a tense ("me preguntó si
me lastimaba", "se mi facessi del male") answered yes. Look-alikes: someone else doing it,
someone or something hurting the writer ("su silencio me hacía daño"), a haircut, a game, an
ache, and the same questions answered no. The judgement (past, someone else's, answered no)
is the detector's usual one: these tests check it still decides once the span exists.

The sentences are written anew, not copied from any benchmark split.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess, rules_romance_tenses
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_gates import gated_matches

_SH = Category.SELF_HARM
_SI = Category.SUICIDAL_IDEATION

SIGNS = [
    # Spanish
    ("La terapeuta me preguntó si me hacía daño y le contesté que sí.", _SH),
    ("Mi médico quiso saber si me lastimaba; le dije que sí.", _SH),
    ("Cuando estaba sola me hacía daño en los brazos.", _SH),
    ("Me cortaba todas las noches y nadie se daba cuenta.", _SH),
    ("Antes me cortaba a escondidas en el baño.", _SH),
    ("La enfermera me preguntó si me hiciera daño alguna vez, y dije que sí.", _SH),
    ("Yo me lastimaba cuando discutían en casa.", _SH),
    # Italian
    ("La psichiatra mi ha chiesto se mi facessi del male e ho risposto di sì.", _SH),
    ("Mi ha domandato se mi tagliassi e gli ho detto di sì.", _SH),
    ("Da ragazza mi facevo del male quasi ogni sera.", _SH),
    ("Pensavo di uccidermi ogni volta che tornavo a casa.", _SI),
    ("Mi ferivo di nascosto, in bagno.", _SH),
    ("Penserei di ammazzarmi, se restassi ancora qui.", _SI),
    # French
    ("Je me faisais du mal pour ne plus rien sentir.", _SH),
    ("La psy m'a demandé si je me faisais du mal, j'ai répondu oui.", _SH),
    ("Je me scarifiais en cachette dans ma chambre.", _SH),
    ("Je me mutilais quand tout allait mal.", _SH),
    ("Le soir je voulais me tuer.", _SI),
    ("Je pensais à mettre fin à mes jours.", _SI),
    # Portuguese
    ("A psicóloga perguntou se eu me cortasse e eu disse que sim.", _SH),
    ("O médico quis saber se eu me machucasse de propósito; respondi que sim.", _SH),
    ("Eu me feria de propósito quando ficava sozinha.", _SH),
    ("Eu me cortava nos braços toda noite.", _SH),
    ("Perguntaram se eu me ferisse e eu disse que sim.", _SH),
    ("Eu me machucaria de novo, sinto isso.", _SH),
]

ORDINARY = [
    # Spanish
    ("Mi prima se cortaba y yo no sabía qué hacer."),
    ("Me hacía daño la bota nueva al caminar."),
    ("Su silencio me hacía daño, la verdad."),
    ("Me cortaba el pelo mi abuela cada verano."),
    ("La psicóloga me preguntó si me hacía daño y le dije que no."),
    ("Si él me hiciera daño lo denunciaría."),
    ("Eso me haría daño a la larga, dijo el dentista."),
    # Italian
    ("Mi facevo male giocando a calcio ogni domenica."),
    ("Mi tagliavo i capelli da sola durante il lockdown."),
    ("Mia sorella si tagliava e io non lo sapevo."),
    ("Il medico mi ha chiesto se mi facessi del male e ho detto di no."),
    ("Pensavo di iscrivermi in palestra."),
    ("Mi facevo male alla schiena sollevando le casse."),
    # French
    ("Je me faisais mal au dos en portant les cartons."),
    ("Je me coupais les ongles trop court."),
    ("Ma cousine se scarifiait au collège."),
    ("Le médecin m'a demandé si je me faisais du mal, j'ai dit que non."),
    ("Je voulais me tuer à la tâche pour ce patron."),
    ("Je pensais à me tirer de là avant la pluie."),
    # Portuguese
    ("Eu me cortava o cabelo sozinha."),
    ("Eu me machucava jogando bola na rua."),
    ("Se ela me machucasse eu ia embora."),
    ("Minha irmã se cortava no banheiro."),
    ("A psicóloga perguntou se eu me cortasse e eu disse que não."),
    ("Eu me feria jogando futebol."),
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_in_another_tense_is_flagged(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in {s.category for s in result.matched_spans}, (text, result.reasons)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, (text, assess(text).reasons)


def test_history_told_as_over_is_past() -> None:
    """The imperfect alone is not "over": a history the writer says is behind them is past."""
    result = assess("Hace años me hacía daño, pero ya lo superé.")
    assert result.matched_spans
    assert all(s.past for s in result.matched_spans)


def test_ongoing_imperfect_is_not_past() -> None:
    result = assess("Me hacía daño a escondidas.")
    assert result.matched_spans
    assert not all(s.past for s in result.matched_spans)


def test_a_question_answered_no_keeps_the_span_but_ignores_it() -> None:
    """The span exists (so the answer is judged) and the answer clears it."""
    result = assess("La psicóloga me preguntó si me hacía daño y le dije que no.")
    assert not result.flagged
    assert any(s.rule == "es_tense_harm" for s in result.ignored_spans)


def test_every_new_rule_is_gated_and_no_gate_hides_a_sign() -> None:
    rules = rules_romance_tenses.RULES
    assert all(rule.gate for rule in rules)
    texts = [text for text, _ in SIGNS]
    assert gated_matches(rules, texts + ORDINARY) >= len(texts) // 2
