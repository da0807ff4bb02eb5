"""The writer's own future named and told as ended, read as a frame of two parts in six
languages.

Why: "no future" is told by naming the future as the writer's (my future, the future for
me) and by one word that closes it: closed, over, finished, gone; vorbei, zu; se acabó,
cerrado; fini, fermé; finito, chiuso; acabou, fechado. The images change with every writer
(closed like a door, a blank wall) while the two parts stay: "my future is closed like a
door", "meine Zukunft ist vorbei", "o futuro acabou para mim", "il futuro per me è finito",
"mon avenir est fini".

What stays out: a future that is not the writer's ("the future is over for my old car", "o
futuro acabou para o meu carro"), a future in a job, a club or a place ("my future at this
firm is over", "mon avenir dans cette boîte"), a future in a role ("il mio futuro da
calciatore è finito", "my future as a player"), a future hung on a condition or an exam ("my
future is over if I fail this"). Negation and whose future it is are judged in ``context``
like every rule. Text is case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

# --- the future, the writer's ------------------------------------------------------------------
_MY_FUTURE = {
    "en": r"\bmy\s+future",
    "de": r"\bmeine\s+zukunft",
    "es": r"\bmi\s+futuro",
    "fr": r"\bmon\s+avenir",
    "it": r"\bil\s+mio\s+futuro",
    "pt": r"\bo\s+meu\s+futuro",
}
_THE_FUTURE = {
    "en": r"\bthe\s+future",
    "de": r"\bdie\s+zukunft",
    "es": r"\bel\s+futuro",
    "fr": r"\bl'\s*avenir",
    "it": r"\bil\s+futuro",
    "pt": r"\bo\s+futuro",
}
_FOR_ME = {
    "en": r"\bfor\s+me\b",
    "de": r"\bfu(?:e)?r\s+mich\b",
    "es": r"\bpara\s+mi\b",
    "fr": r"\bpour\s+moi\b",
    "it": r"\bper\s+me\b",
    "pt": r"\bpara\s+mim\b",
}
# A future in a job, a club or a place, or in a role ("il mio futuro da calciatore", "my future
# as a player"), is that future, not the writer's whole one.
_NOT_IN_A_PLACE = (
    r"(?!\s+(?:in|at|with|on|as|an|bei|in\s+der|als|en|dans|chez|comme|en\s+tant\s+que|como|a"
    r"|nel|nella|da|come|no|na)\b)"
)
# --- closed: the one word that ends it ------------------------------------------------------
_CLOSED = {
    "en": r"(?:is|'s|feels|was)\s+(?:closed|shut|over|finished|gone|done|dead)\b",
    "de": r"\bist\s+(?:zu|vorbei|weg|tot|aus|zu\s+ende)\b",
    "es": r"\b(?:se\s+(?:acabo|termino|cerro)|(?:esta|ya\s+esta)\s+(?:cerrado|acabado|muerto))\b",
    "fr": r"\b(?:est\s+)?(?:fini|ferme|termine|mort)\b",
    "it": r"\b(?:e\s+)?(?:finito|chiuso|morto)\b",
    "pt": r"\b(?:acabou|terminou|fechou|morreu|esta\s+(?:fechado|acabado))\b",
}
#: A future hung on a test, in any of the six languages ("meine Zukunft ist vorbei, wenn ich die
#: Prüfung nicht schaffe", "my future is over if I fail this exam"): read by every rule of a
#: future said to be over.
NOT_ON_A_TEST = (
    r"(?![^.!?\n]{0,60}\b(?:exams?|test|interview|pru(?:e)?fung|klausur|abitur|abi|examen"
    r"|entrevista|esame|colloquio|prova|concurso|oposiciones|selectividad|vestibular|bac"
    r"|durchfalle|nicht\s+(?:schaffe|bestehe))\b)"
)
# A condition or a test hung on it: "if I fail", "unless", "this exam".
_NO_CONDITION = (
    r"(?![^.!?\n]{0,80}\b(?:if|unless|exam|test|interview|wenn|falls|prufung|si|sino|examen"
    r"|entrevista|se|esame|colloquio|prova|entrevista)\b)"
)


def _ended(lang: str) -> str:
    """The writer's future then its closing word in one sentence, or the future first with
    "for me" beside its closing word ("o futuro acabou para mim", "il futuro per me è
    finito")."""
    near = rf"(?:{SAME_SENTENCE}){{0,20}}?"
    mine = rf"(?:{_MY_FUTURE[lang]}){_NOT_IN_A_PLACE}{near}(?:{_CLOSED[lang]})"
    for_me = (
        rf"(?:{_THE_FUTURE[lang]}){near}(?:{_FOR_ME[lang]}){near}(?:{_CLOSED[lang]})"
        rf"|(?:{_THE_FUTURE[lang]}){near}(?:{_CLOSED[lang]})\s+(?:{_FOR_ME[lang]})"
    )
    return rf"(?:{mine}|{for_me}){_NO_CONDITION}"


RULES: tuple[Rule, ...] = core_family(
    "own_future_closed",
    Category.NO_FUTURE,
    Severity.CONCERN,
    {lang: _ended(lang) for lang in LANGS},
    dict.fromkeys(LANGS, "future|zukunft|futuro|avenir"),
)

__all__ = ["NOT_ON_A_TEST", "RULES"]
