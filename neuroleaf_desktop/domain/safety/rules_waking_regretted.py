"""The death wish told as disappointment at having woken at all, in six languages.

Why: ``rules_dawn_unseen`` and ``rules_eyes_unopened`` read the hope not to wake. The same wish
is told after the fact, as disappointment or regret that one did wake: "some days I'm gutted
to have woken up at all", "ich bin jeden Morgen enttäuscht, überhaupt aufgewacht zu sein",
"déçue de m'être réveillée, encore", "me decepciona haber despertado otra vez", "fico
desiludido por ter acordado", "deluso di essermi svegliato, di nuovo".

The same regret is told as a wish that one had not woken: "I still wake up wishing I hadn't
woken up at all", "ojalá no me hubiera despertado hoy", "ich wünschte, ich wäre heute nicht
aufgewacht", "vorrei non essermi svegliata stamattina", "queria não ter acordado hoje",
"j'aurais voulu ne pas me réveiller ce matin".

Waking is the whole complaint: it closes the clause, or ends on "at all" or "again". A dream
cut short, an early hour, an alarm, a noise or the rain named in the line is the everyday
grumble ("disappointed to have woken up, the dream was lovely"), and the sentence is left
alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_CLOSES = r"(?=\s*(?:$|[.!?,;:\n]))"
# a dream cut short, an early hour, an alarm, a noise, the weather
_GRUMBLE = (
    r"(?![^\n]*\b(?:dream\w*|early|alarm|noise|rain\w*|snow\w*|baby|neighbou?rs?|traum|fru(?:e)?h"
    r"|wecker|la(?:e)?rm|regen|reve|reveil|bruit|pluie|sueno|temprano|despertador|ruido"
    r"|lluvia|sonho|cedo|barulho|chuva|sogno|presto|sveglia|rumore|pioggia)\b)"
)
_AGAIN = (
    r"(?:\s+(?:this\s+morning|today|heute|heute\s+morgen|ce\s+matin|aujourd'\s*hui|hoy"
    r"|esta\s+manana|hoje|esta\s+manha|stamattina|oggi))?"
    r"(?:\s+(?:at\s+all|again|ueberhaupt|u(?:e)?berhaupt|wieder|encore|otra\s+vez|de\s+nuevo"
    r"|outra\s+vez|de\s+novo|di\s+nuovo|ancora))?"
)
_REGRET_WAKING = {
    "en": r"\b(?:disappointed|gutted|sorry|upset)\s+(?:to\s+(?:have\s+)?(?:woken|woke|wake)"
    r"|that\s+i\s+(?:woke|have\s+woken|'ve\s+woken))\s+up(?:\s+(?:at\s+all|again))?",
    "de": r"\benttau(?:e)?scht,?\s+(?:dass\s+ich\s+(?:wieder\s+"
    r"|u(?:e)?berhaupt\s+)?aufgewacht\s+bin"
    r"|(?:wieder\s+|u(?:e)?berhaupt\s+)?aufgewacht\s+zu\s+sein)",
    "fr": r"\bdecu(?:e)?s?\s+de\s+(?:me\s+reveiller|m'\s*etre\s+reveille\w*)",
    "es": r"\b(?:decepcionad[oa]\s+de|me\s+decepciona)\s+(?:despertar(?:me)?|haberme\s+despertado"
    r"|haber\s+despertado)",
    "pt": r"\b(?:desiludid[oa]|decepcionad[oa])\s+(?:por|de)\s+(?:acordar|ter\s+acordado)",
    "it": r"\bdelus[oa]\s+di\s+(?:svegliarmi|essermi\s+svegliat[oa])",
}
# … or wished undone: "wishing I hadn't woken up", "ojalá no me hubiera despertado"
_WISHED_UNWOKEN = {
    "en": r"\bwish(?:ing|ed)?\s+i(?:\s+hadn'?t|\s+had\s+not|\s+had\s+never|\s*'d\s+never"
    r"|\s+never)\s+"
    r"(?:woken|woke|have\s+woken)\s+up",
    "de": r"\bwu(?:e)?nscht(?:e)?,?\s+ich\s+wa(?:e)?r(?:e)?\s+(?:heute\s+(?:morgen\s+)?)?"
    r"(?:gar\s+)?"
    r"(?:nicht|nie|nimmer)\s+(?:mehr\s+)?aufgewacht",
    "fr": r"\bj'\s*aurais\s+(?:voulu|aime|souhaite)\s+ne\s+(?:pas|jamais)\s+me\s+reveiller",
    "es": r"\bojala\s+no\s+me\s+(?:hubiera|hubiese)\s+despertado"
    r"|\b(?:preferiria|hubiera\s+preferido|quisiera)\s+no\s+haberme\s+despertado",
    "pt": r"\b(?:queria|preferia|gostava\s+de|quem\s+me\s+dera)\s+nao\s+ter\s+acordado",
    "it": r"\b(?:vorrei|avrei\s+voluto|avrei\s+preferito)\s+(?:non\s+essermi\s+svegliat[oa]"
    r"|non\s+svegliarmi)",
}

RULES: tuple[Rule, ...] = family(
    "waking",
    "regretted",
    Category.DEATH_WISH,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=\n)){_GRUMBLE}[^\n]*?(?:{p}){_AGAIN}{_CLOSES}"
        for lang, p in _REGRET_WAKING.items()
    },
    {
        "en": "woken|woke|wake",
        "de": "aufgewacht",
        "fr": "reveill",
        "es": "despert",
        "pt": "acord",
        "it": "svegl",
    },
)
RULES += family(
    "waking",
    "wished_undone",
    Category.DEATH_WISH,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=\n)){_GRUMBLE}[^\n]*?(?:{p}){_AGAIN}{_CLOSES}"
        for lang, p in _WISHED_UNWOKEN.items()
    },
    {
        "en": "woken|woke|wake",
        "de": "aufgewacht",
        "fr": "reveill",
        "es": "despert",
        "pt": "acord",
        "it": "svegl",
    },
)

__all__ = ["RULES"]
