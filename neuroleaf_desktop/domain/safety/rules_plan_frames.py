"""A plan told as a journey with no way back, read as a frame of two parts in six languages.

Why: a plan by its place or day alone reads the same as an ordinary arrangement (a walk to the
bridge, a weekend with the house empty), and families for those were withdrawn for flagging
ordinary plans. One shape of plan does carry its meaning in its grammar: a journey out (going up
to a place, one night booked) beside a return refused or left unbooked, with nothing after the
return to say when it will be ("going up to the cliffs on Friday and I don't plan on coming
back", "booked a single night by the sea, I'm not booking the return train", "el viernes subo
al cerro y no pienso bajar", "vendredi je monte aux falaises et je compte pas redescendre",
"Einzelzimmer gebucht, nur Hinreise", "una sola notte in pensione, il biglietto di ritorno non
l'ho preso", "uma noite só na pousada, não comprei a volta").

What stays out: a job, a move, studies or a new life named anywhere in the entry, or an
ordinary occasion (``drops`` in ``rules_plans`` reads the whole entry); a return put off to a
time ("not coming back till September", "no pienso volver antes del lunes"); a return refused
to a thing ("not coming back to this hotel"); a one-way ticket for a move (no "single night"
or going up to a place). Negation before the journey and whose plan it is are judged in
``context``. Text is case- and accent-folded first.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS
from neuroleaf_desktop.domain.safety.rules_intl_corpus_families import NOT_A_MOVE

# A journey out: up or out to a place, or one night booked.
_JOURNEY = {
    "en": r"\b(?:going|go|driving|drive|heading|walking|walk|riding|cycling)\s+(?:up|out)\s+"
    r"(?:to|along|past|onto|across|towards|over)\b"
    r"|\bi'?m\s+going\s+to\s+the\s+(?:lake|cliffs?|woods|forest|sea|river|bridge)\b"
    r"|\bbooked\s+(?:a\s+)?(?:single\s+night|one\s+night|a\s+room|room)\b",
    "de": r"\b(?:fahr\w*|geh\w*)\s+(?:ich\s+|i\s+)?(?:nauf|hinauf|hoch|rauf)\b"
    r"|\b(?:einzelzimmer|eine\s+nacht)\b[^.!?\n]{0,40}?\bgebucht\b",
    "es": r"\b(?:subo|me\s+subo|voy)\s+(?:al|a\s+la)\b|\breserve\s+(?:una\s+(?:sola\s+)?noche"
    r"|una\s+habitacion)\b",
    "fr": r"\b(?:je\s+)?monte\s+(?:aux?|a\s+la|sur)\b|\bj'?\s*ai\s+reserve\s+(?:une\s+(?:seule\s+)?"
    r"nuit|une\s+chambre)\b",
    "it": r"\b(?:salgo|vado\s+su)\s+(?:al|alla|sul)\b|\bho\s+prenotato\s+(?:una\s+(?:sola\s+)?notte"
    r"|una\s+camera)\b",
    "pt": r"\b(?:subo|vou\s+subir)\s+(?:ao|a|na|no)\b|\breservei\s+(?:uma\s+noite|um\s+quarto)\b",
}
# … and the way back refused or left unbooked, the clause ending there
_NO_RETURN = {
    "en": r"\b(?:(?:don'?t|do\s+not)\s+plan\s+on|not\s+planning\s+(?:on|to)|no\s+(?:plan|intention)"
    r"\s+(?:of|to))\s+(?:coming\s+back|come\s+back|checking\s+out|check\s+out|coming\s+(?:back\s+)?"
    r"down|returning|return)"
    r"|\bi'?m\s+not\s+(?:booking|buying|getting)\s+(?:the|a)\s+return(?:\s+(?:train|ticket|leg))?"
    r"|\bno\s+return\s+(?:ticket|train)|\b(?:i'?m\s+not|i\s+won'?t\s+be)\s+coming\s+back",
    "de": r"\bnur\s+hinreise\b|\b(?:hab\w*\s+)?(?:ned|nicht|nit)\s+vor\s+(?:zruck\w*|zuruckzukommen"
    r"|wieder\s+runterzukommen)\b|\bkeine\s+ruckfahr\w*\b",
    "es": r"\bno\s+pienso\s+(?:bajar|volver|regresar)\b|\bno\s+compre\s+(?:la\s+)?vuelta\b",
    "fr": r"\b(?:je\s+)?(?:ne\s+)?compte\s+pas\s+(?:redescendre|revenir|rentrer)\b"
    r"|\bpas\s+de\s+billet\s+retour\b",
    "it": r"\bnon\s+(?:ho\s+intenzione\s+di|penso\s+di)\s+(?:tornare|scendere)\b"
    r"|\bbiglietto\s+di\s+ritorno\s+non\s+l'?\s*ho\s+preso\b|\bnon\s+ho\s+preso\s+il\s+ritorno\b",
    "pt": r"\bnao\s+(?:penso|pretendo|tenho\s+intencao\s+de)\s+(?:voltar|descer)\b"
    r"|\bnao\s+comprei\s+a\s+volta\b",
}
_CLAUSE_END = r"(?=\s*(?:$|[.!?,;:\n]))"

RULES: tuple[Rule, ...] = tuple(
    rule(
        f"{lang}_plan_no_way_back",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        either_order(_JOURNEY[lang], rf"(?:{_NO_RETURN[lang]}){_CLAUSE_END}", 90, r"[^\n]"),
        inherent=False,
        lang=lang,
        gate="back|return|check|down|hinreise|zruck|zuruck|runter|ruckfahr|bajar|volver|regresar"
        "|vuelta|redescendre|revenir|rentrer|retour|tornare|scendere|ritorno|voltar|descer|volta",
    )
    for lang in LANGS
)

NAMES = frozenset(r.name for r in RULES)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?\n]))")
_NO_MOVE_HERE = re.compile(NOT_A_MOVE)


def is_a_move(norm: str) -> bool:
    """True when a sentence of the entry names a job, a move, studies or a new life: leaving
    for good is then leaving home ("tengo trabajo nuevo allí y no pienso volver")."""
    return any(_NO_MOVE_HERE.match(norm, m.start()) is None for m in _SENTENCE_START.finditer(norm))


__all__ = ["NAMES", "RULES", "is_a_move"]
