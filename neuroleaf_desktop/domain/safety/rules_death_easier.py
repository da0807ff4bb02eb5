"""Dying or being dead judged easier or better, in Spanish, Portuguese and Italian; in English
and French, dying said to beat or be worth more than the life ahead.

Why: a writer weighing their own death says it would be easier than living, with dying itself
as the subject: "morir sería más fácil que esto", "estar morta seria melhor", "morire sarebbe
più facile". English ("being dead would be easier", ``rules_en_explicit_shapes``), German
("tot sein wär leichter", ``rules_de_intent``) and French ("mourir serait plus simple",
``rules_fr_intent``) read it already. The judgement must open its clause, so "la muerte de la
planta" or "morir de risa" never reads, and better for someone named ("sarebbe meglio per
lui") is about them.

English and French say the same judgement with a verb of winning: "dead would beat one more dark
season on my own", "being dead would beat another year of this", "mourir vaudrait mieux qu'un
autre hiver comme ça". What death beats must be a stretch of the writer's life (one more,
another, the rest, living, going on, this), so "dead last would beat my time" or a joke closed
by "lol" is not read.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# the judgement opening its clause, or after "and", "but", "honestly"
_OPENS = (
    r"(?:^|[.!?,;:\n]\s*|\b(?:y|pero|e|mas|ma|honestamente|sinceramente|francamente|a\s+volte"
    r"|a\s+veces|as\s+vezes|ya|ja|gia|solo|so)\s+)"
)
# (not better for someone else: "para ella", "para ele", "per lui")
_NOT_FOR_OTHERS = r"(?!\s+(?:para|pra|per)\s+(?!mi\b|mim\b|me\b)\w+)"
_EASIER = {
    "es": _OPENS + r"(?:morir(?:me)?|estar\s+muert[oa]|la\s+muerte)\s+(?:ya\s+)?seria\s+"
    r"(?:mucho\s+|tanto\s+|bastante\s+)?(?:mas\s+facil|mas\s+sencillo|mejor|un\s+alivio"
    r"|un\s+descanso)\b" + _NOT_FOR_OTHERS,
    "pt": _OPENS + r"(?:morrer|estar\s+mort[oa]|a\s+morte)\s+(?:ja\s+)?seria\s+(?:muito\s+|bem\s+"
    r"|bastante\s+)?(?:mais\s+facil|mais\s+simples|melhor|um\s+alivio|um\s+descanso)\b"
    + _NOT_FOR_OTHERS,
    "it": _OPENS + r"(?:morire|essere\s+mort[oa]|la\s+morte)\s+(?:gia\s+)?sarebbe\s+(?:molto\s+"
    r"|tanto\s+|davvero\s+)?(?:piu\s+facile|piu\s+semplice|meglio|un\s+sollievo"
    r"|una\s+liberazione)\b" + _NOT_FOR_OTHERS,
}
_LAUGH = r"(?![^.!?\n]*\b(?:lol|haha\w*|lmao|jk|kidding|rofl)\b)"
# … what death beats, in English: a stretch of the writer's own life still to live
# ("one more" or "another" must name a stretch of time: "another of his lectures" is a trifle)
_LIFE_AHEAD = (
    r"(?:(?:one\s+more|another|(?:a|one))(?:\s+\w+){0,2}?\s+(?:year|winter|season|month|week|day"
    r"|night|morning|summer|spring|autumn|christmas|birthday)s?|more\s+of\s+(?:this|it|the\s+same"
    r"|my\s+life)|the\s+rest\s+of\s+(?:my\s+life|it|this)|living|going\s+on|this|all\s+this"
    r"|carrying\s+on|waking\s+up)\b"
)
_EASIER["en"] = (
    r"(?:^|[.!?,;:\n]\s*|\b(?:and|but|honestly|tbh|some\s+days|truly)\s+)"
    r"(?:dead|being\s+dead|dying|death|not\s+waking\s+up)\s+(?:would|'d|will|is\s+going\s+to)\s+"
    rf"(?:\w+\s+)?(?:beat|top|trump|be\s+better\s+than)\s+{_LIFE_AHEAD}{_LAUGH}"
)
_EASIER["fr"] = (
    r"(?:^|[.!?,;:\n]\s*|\b(?:et|mais|franchement|honnetement|parfois)\s+)"
    r"(?:mourir|etre\s+mort\w*|la\s+mort|crever)\s+(?:vaudrait|vaut)\s+(?:bien\s+|cent\s+fois\s+)?"
    r"mieux\b(?!\s+(?:pour|a)\s+(?!moi\b)\w+)" + _LAUGH
)
_GATE = {"es": "seria", "pt": "seria", "it": "sarebbe", "en": "beat|top|trump|better", "fr": "vau"}

RULES: tuple[Rule, ...] = family(
    "death",
    "easier",
    Category.DEATH_WISH,
    Severity.CONCERN,
    _EASIER,
    _GATE,
    inherent=False,
)

__all__ = ["RULES"]
