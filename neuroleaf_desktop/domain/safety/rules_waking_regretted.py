"""The death wish told as disappointment at having woken at all, in six languages.

Why: ``rules_dawn_unseen`` and ``rules_eyes_unopened`` read the hope not to wake. The same wish
is told after the fact, as disappointment or regret that one did wake: "some days I'm gutted
to have woken up at all", "ich bin jeden Morgen enttäuscht, überhaupt aufgewacht zu sein",
"déçue de m'être réveillée, encore", "me decepciona haber despertado otra vez", "fico
desiludido por ter acordado", "deluso di essermi svegliato, di nuovo".

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

__all__ = ["RULES"]
