"""Hurting oneself said with "on purpose", in the five languages besides English: "hab mir
absichtlich wehgetan", "voltei a magoar-me de propósito", "me hice daño a propósito", "je me
suis fait mal exprès", "mi sono fatta male apposta".

Why: the verb of getting hurt is an everyday word in every language (a knee on the stairs, a
back at the gym); the adverb of intent turns it into self-harm, and English already reads
"hurt myself on purpose". The other languages put the intent between the pronoun and the verb
(German "mir … absichtlich wehgetan"), after it ("de propósito", "exprès", "apposta") or put
the pronoun after the verb ("magoar-me"), so each language keeps the forms where the writer is
both the one who hurts and the one hurt: "er hat mir absichtlich wehgetan", "il m'a fait mal
exprès", "mi ha fatto male apposta" (someone hurting the writer) stay out, and so does an
intent denied ("nicht absichtlich", "sin querer", "pas exprès"), which the negation reads.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_ON_PURPOSE = {
    # "hab mir gestern wieder absichtlich wehgetan", "ich habe mir wehgetan, absichtlich"
    "de": r"\b(?:ich\s+)?(?:hab|habe|hab's)\s+(?:ich\s+)?mir\s+(?:\w+\s+){0,3}?(?:absichtlich"
    r"|mit\s+absicht|extra|bewusst)\s+(?:\w+\s+){0,2}?weh\s*getan\b"
    r"|\b(?:ich\s+)?(?:hab|habe)\s+(?:ich\s+)?mir\s+(?:\w+\s+){0,3}?weh\s*getan,?\s+(?:und\s+zwar\s+)?"
    r"(?:absichtlich|mit\s+absicht|bewusst)\b",
    "pt": r"\b(?:magoei-me|me\s+magoei|machuquei-me|me\s+machuquei|(?:voltei|comecei|recomecei)"
    r"\s+a\s+(?:magoar-me|me\s+magoar|machucar-me|me\s+machucar))\s+(?:\w+\s+){0,2}?(?:de"
    r"\s+proposito|por\s+querer)\b",
    "es": r"\b(?:me\s+(?:hice|he\s+hecho)\s+dano|me\s+(?:lastime|he\s+lastimado)|(?:volvi|empece)"
    r"\s+a\s+(?:hacerme\s+dano|lastimarme)|me\s+volvi\s+a\s+(?:hacer\s+dano|lastimar))\s+"
    r"(?:\w+\s+){0,2}?(?:a\s+proposito|adrede|aposta)\b",
    "fr": r"\b(?:je\s+me\s+suis|j'?\s*ai\s+recommence\s+a\s+me)\s+(?:\w+\s+)?fait\s+mal\s+"
    r"(?:\w+\s+){0,2}?(?:expres|volontairement)\b"
    r"|\bj'?\s*ai\s+recommence\s+a\s+me\s+faire\s+mal\s+(?:\w+\s+){0,2}?(?:expres|volontairement)\b",
    "it": r"\b(?:mi\s+sono\s+(?:\w+\s+)?fatt[oa]\s+male|(?:ho\s+)?ricominciato\s+a\s+farmi\s+male)"
    r"\s+(?:\w+\s+){0,2}?(?:apposta|di\s+proposito|volontariamente)\b",
}
_GATE = {
    "de": "weh",
    "pt": "magoa|magoe|machuc|machuq",
    "es": "dano|lastim",
    "fr": "mal",
    "it": "male",
}

RULES: tuple[Rule, ...] = family(
    "hurt",
    "on_purpose",
    Category.SELF_HARM,
    Severity.CONCERN,
    _ON_PURPOSE,
    _GATE,
    inherent=True,
)

__all__ = ["RULES"]
