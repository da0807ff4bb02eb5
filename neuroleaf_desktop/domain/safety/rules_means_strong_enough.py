"""Something sought "strong enough" to sleep for good, in six languages.

Why: a writer asking for or getting the means may name it by nothing but its strength and what
it is for: "asked my brother's mate if he could get me something strong enough to sleep for
good", "busco algo lo bastante fuerte para no despertar", "quelque chose d'assez fort pour
dormir pour de bon", "qualcosa di abbastanza forte per dormire per sempre". The thing is never
named; the end it must reach (sleeping for good or forever, never waking, ending it) is what
makes it the means. Sleep for a night ("strong enough to sleep through the storm") or pain
eased ("strong enough for the pain") names no end and is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_STRONG_ENOUGH = {
    "en": r"\bsomething\s+(?:that'?s\s+|that\s+is\s+)?strong\s+enough\s+to\s+(?:sleep\s+for\s+"
    r"(?:good|ever)|sleep\s+forever|not\s+wake\s+up|never\s+wake\s+up|end\s+it(?:\s+all)?"
    r"|make\s+it\s+all\s+stop\s+for\s+good)\b",
    "de": r"\betwas\s+(?:so\s+)?(?:starkes|stark\s+genug|genug\s+starkes)\s*,?\s+(?:um\s+|dass\s+"
    r"ich\s+)?(?:fu(?:e)?r\s+immer\s+(?:zu\s+)?schlafen|nicht\s+mehr\s+(?:aufzuwachen|aufwache))\b",
    "fr": r"\bquelque\s+chose\s+d'\s*assez\s+fort\s+pour\s+(?:dormir\s+pour\s+(?:de\s+bon"
    r"|toujours)|ne\s+(?:plus|pas)\s+me\s+reveiller|ne\s+plus\s+jamais\s+me\s+reveiller"
    r"|en\s+finir)\b",
    "es": r"\balgo\s+(?:lo\s+)?(?:bastante|suficientemente)\s+fuerte\s+(?:como\s+)?para\s+"
    r"(?:dormir\s+para\s+siempre|no\s+despertar(?:me)?(?:\s+mas)?|acabar\s+con\s+todo)\b",
    "pt": r"\balgo\s+(?:forte\s+o\s+(?:bastante|suficiente)|bastante\s+forte|suficientemente\s+"
    r"forte)\s+(?:para|pra)\s+(?:dormir\s+para\s+sempre|nao\s+acordar(?:\s+mais)?|acabar\s+com\s+"
    r"tudo)\b",
    "it": r"\bqualcosa\s+di\s+(?:abbastanza\s+|cosi\s+)?(?:forte|potente)(?:\s+abbastanza)?\s+"
    r"(?:per|da)\s+(?:dormire\s+per\s+sempre|non\s+svegliarmi(?:\s+piu)?|farla\s+finita)\b",
}
_GATE = {
    "en": "strong enough",
    "de": "stark",
    "fr": "assez fort",
    "es": "fuerte",
    "pt": "forte",
    "it": "forte|potente",
}

RULES: tuple[Rule, ...] = family(
    "means",
    "strong_enough",
    Category.GETTING_MEANS,
    Severity.URGENT,
    _STRONG_ENOUGH,
    _GATE,
    inherent=False,
)

__all__ = ["RULES"]
