"""Dying or being dead judged easier or better, in Spanish, Portuguese and Italian.

Why: a writer weighing their own death says it would be easier than living, with dying itself
as the subject: "morir sería más fácil que esto", "estar morta seria melhor", "morire sarebbe
più facile". English ("being dead would be easier", ``rules_en_explicit_shapes``), German
("tot sein wär leichter", ``rules_de_intent``) and French ("mourir serait plus simple",
``rules_fr_intent``) read it already. The judgement must open its clause, so "la muerte de la
planta" or "morir de risa" never reads, and better for someone named ("sarebbe meglio per
lui") is about them.
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
_GATE = {"es": "seria", "pt": "seria", "it": "sarebbe"}

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
