"""Cuts and burns the writer makes on themself, told by the marks and a relative clause, in
French, Spanish, Portuguese and Italian.

* **the marks, then "that I make myself"**: "pour cacher les entailles que je me fais le soir",
  "los cortes que me hago por las noches", "os cortes que faço em mim", "i tagli che mi faccio";
* **French "se faire des entailles"**: "je me fais des entailles", "je me suis fait des
  brûlures".

Why: self-harm was read from its verbs ("je me coupe", "me corto", "mi taglio"); a writer who
names the marks first and the making after, in a relative clause, says the same thing, and the
verb of cutting never appears. The clause must be the writer's own ("que je me fais", not "que
tu te fais"); cuts made cooking, shaving, gardening or doing crafts are everyday.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# cuts of the kitchen, the razor, the garden or the workbench
_NOT_A_CHORE = (
    r"(?![^.!?\n]*\b(?:cuisin\w*|rasa\w*|rase\w*|jardin\w*|bricol\w*|cocin\w*|afeit\w*|cozinh\w*"
    r"|barbe\w*|cucin\w*|rasoio|giardin\w*|papier|papel|carta|couteau\s+a\s+pain|legumes"
    r"|verduras|legumi|travail|trabajo|trabalho|lavoro)\b)"
)
_CUTS_MADE = {
    "fr": r"\b(?:entailles|coupures|brulures|marques|scarifications)\s+que\s+je\s+me\s+"
    r"(?:fais|suis\s+faite?s?|fait)\b"
    r"|\bje\s+me\s+(?:fais|suis\s+fait\w*)\s+des\s+(?:entailles|coupures|brulures"
    r"|scarifications)\b",
    "es": r"\b(?:cortes|cortaduras|quemaduras|marcas)\s+que\s+(?:yo\s+)?me\s+"
    r"(?:hago|he\s+hecho|hice)\b",
    "pt": r"\b(?:cortes|queimaduras|marcas)\s+que\s+(?:eu\s+)?(?:me\s+faco|faco\s+em\s+mim"
    r"|fiz\s+em\s+mim|me\s+fiz)\b",
    "it": r"\b(?:tagli|bruciature|segni)\s+che\s+(?:io\s+)?mi\s+(?:faccio|sono\s+fatt[oa])\b",
}
_CUTS_MADE = {lang: rf"{_NOT_A_CHORE}(?:{pattern})" for lang, pattern in _CUTS_MADE.items()}
_GATE = {
    "fr": "entailles|coupures|brulures|marques|scarifications",
    "es": "cortes|cortaduras|quemaduras|marcas",
    "pt": "cortes|queimaduras|marcas",
    "it": "tagli|bruciature|segni",
}

RULES: tuple[Rule, ...] = family(
    "marks", "made_myself", Category.SELF_HARM, Severity.CONCERN, _CUTS_MADE, _GATE, inherent=False
)

__all__ = ["RULES"]
