"""Going to sleep hoping the night will be the last, in six languages.

Why: the wish not to wake was read when it names waking ("no despertar", "never wake up") or
the morning not seen (``rules_dawn_unseen``). A writer may instead tell the moment of lying
down and what is hoped of it: "beim Einschlafen hoffe ich jedes Mal, dass es das letzte Mal
ist", "me acuesto rezando para que esta noche sea la última", "quand j'éteins la lumière,
j'espère que ce sera pour de bon", "going to bed praying tonight's the last night". Its two
parts:

* **the moment of sleep**: going to bed, falling asleep, the light put out;
* **the hope, prayer or wish that it be the last or for good**, closing its clause.

What keeps the everyday hope out: "the last" must close the clause, so "the last night of the
heatwave", "la última noche de tormenta", "das letzte Mal ist, dass ich Nachtdienst habe" or
"la dernière fois que les voisins font la fête" name an ending of something else and are left
alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# --- the moment of lying down or falling asleep ---------------------------------------------------
_BEDTIME = {
    "en": r"\b(?:going\s+to\s+(?:bed|sleep)|go\s+to\s+(?:bed|sleep)|falling\s+asleep|fall\s+asleep"
    r"|lights?\s+(?:out|off)|turn\s+(?:off\s+)?the\s+lights?|lie\s+down|lying\s+down)\b",
    "de": r"\b(?:beim\s+einschlafen|vor\s+dem\s+einschlafen|vorm\s+einschlafen|wenn\s+ich\s+"
    r"(?:ins\s+bett\s+gehe|einschlafe|das\s+licht\s+ausmache|mich\s+hinlege)|abends\s+im\s+bett"
    r"|licht\s+aus)\b",
    "fr": r"\b(?:quand\s+j'\s*eteins(?:\s+la\s+lumiere)?|en\s+m'\s*endormant|avant\s+de\s+m'\s*"
    r"endormir|quand\s+je\s+me\s+couche|je\s+me\s+couche|quand\s+je\s+m'\s*endors)\b",
    "es": r"\b(?:me\s+acuesto|al\s+acostarme|antes\s+de\s+dormir(?:me)?|al\s+dormirme"
    r"|cuando\s+apago\s+la\s+luz|cuando\s+me\s+duermo)\b",
    "pt": r"\b(?:me\s+deito|deito-me|ao\s+deitar(?:-me)?|antes\s+de\s+dormir"
    r"|quando\s+apago\s+a\s+luz"
    r"|quando\s+adormeco|vou\s+para\s+a\s+cama|vou\s+dormir)\b",
    "it": r"\b(?:vado\s+a\s+letto|mi\s+addormento|prima\s+di\s+dormire|quando\s+spengo\s+la\s+luce"
    r"|mi\s+corico|mi\s+metto\s+a\s+letto)\b",
}
# --- hoping or praying it be the last, or for good ---------------------------------------------
# (up to three words between the verb and its clause: "hoffe ich jedes Mal, dass", "j'espère
# chaque fois que")
_W = r"(?:[\w']+[\s,]+){0,3}?"
_HOPE_LAST = {
    "en": rf"\b(?:hope|hoping|pray|praying|wish|wishing)\s+{_W}(?:that\s+)?(?:it'?s|it\s+is"
    r"|it\s+will\s+be|it'?ll\s+be|this\s+is|tonight\s+is|tonight'?s|tonight\s+will\s+be)\s+"
    r"(?:the\s+last(?:\s+(?:time|night|one))?|for\s+good|for\s+ever|forever)",
    "de": rf"\b(?:hoffe|bete|wu(?:e)?nsche)\s+{_W}dass\s+(?:es|das|diese\s+nacht|heute)\s+"
    r"(?:\w+\s+)?(?:das\s+letzte\s+mal|die\s+letzte(?:\s+nacht)?|fu(?:e)?r\s+immer)\s+"
    r"(?:ist|wa(?:e)?re|sein\s+wird|bleibt)",
    "fr": rf"\b(?:j'\s*espere|je\s+prie|je\s+souhaite)\s+{_W}que\s+(?:ce\s+sera|c'\s*est|ce\s+soit"
    r"|cette\s+nuit\s+(?:sera|soit))\s+(?:pour\s+de\s+bon|la\s+derniere(?:\s+(?:fois|nuit))?"
    r"|pour\s+toujours)",
    "es": rf"\b(?:rezando|rezo|espero|esperando|pido|pidiendo|deseo|deseando)\s+{_W}(?:para\s+)?"
    r"que\s+(?:esta\s+noche\s+|esta\s+vez\s+)?sea\s+(?:la\s+ultima(?:\s+(?:vez|noche))?"
    r"|para\s+siempre)",
    "pt": rf"\b(?:rezando|rezo|espero|esperando|peco|pedindo|a\s+rezar|a\s+pedir)\s+{_W}"
    r"(?:para\s+)?que\s+(?:esta\s+noite\s+|desta\s+vez\s+)?seja\s+(?:a\s+ultima(?:\s+(?:vez"
    r"|noite))?|para\s+sempre)",
    "it": rf"\b(?:spero|sperando|prego|pregando)\s+{_W}che\s+(?:questa\s+notte\s+|stanotte\s+"
    r"|questa\s+volta\s+)?sia\s+(?:l'\s*ultima(?:\s+(?:volta|notte))?|per\s+sempre)",
}
# … closing its clause: not "the last night of the heatwave", "la última vez que …"
_CLOSES = (
    r"(?=\s*(?:$|[.!?;\n]|,(?!\s*(?:dass|que|che|that|wo|ou|donde|dove|onde|where|when|wenn"
    r"|quand|cuando|quando)\b)))"
)
_GATE = {
    "en": "bed|sleep|asleep|light|lie down|lying down",
    "de": "einschlafen|bett|licht",
    "fr": "eteins|endorm|couche|endors",
    "es": "acuesto|acostarme|dormir|luz|duermo",
    "pt": "deit|dormir|luz|adormeco|cama",
    "it": "letto|addormento|dormire|luce|corico",
}

RULES: tuple[Rule, ...] = family(
    "sleep",
    "hoping_last",
    Category.DEATH_WISH,
    Severity.URGENT,
    {
        lang: rf"(?:{_BEDTIME[lang]})[^.!?\n]{{0,60}}?(?:{_HOPE_LAST[lang]}){_CLOSES}"
        for lang in _BEDTIME
    },
    _GATE,
    inherent=False,
)

__all__ = ["RULES"]
