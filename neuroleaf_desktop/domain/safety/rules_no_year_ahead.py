"""The time ahead looked at and found with no year, no day in it that holds the writer; in six
languages.

Why: the no-future families read the writer's own absence said outright ("I won't be here next
year", "non ci sarò più") or a future denied ("there's no me in the future"). Writers also tell
it by looking ahead and finding the time there empty of themselves: "Guardo avanti e non c'è un
anno, un progetto, niente che mi riguardi", "Olho para a frente e não existe nenhum ano em que eu
esteja", "next year's calendar has nothing in it with me there". What makes it a sign is the
two parts together: the looking ahead (or next year's calendar) and the time found without the
writer in it. A year with nothing booked yet, or no year off, names a plan's gap: without the
writer's absence from it ("with me in it", "em que eu esteja", "che mi riguardi") the frame is
not read.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
# The looking ahead, then the time there found empty: "I look ahead and there's no year …"
_LOOK_AHEAD = {
    "en": r"\bi\s+look\s+(?:ahead|forward|at\s+the\s+(?:future|years\s+ahead))\s+and\s+there(?:'s"
    r"|\s+is)\s+no\s+(?:year|future|tomorrow|time)\b"
    # … or next year's calendar with nothing of the writer in it
    r"|\b(?:next\s+year'?s|the\s+new)\s+(?:calendar|diary)\s+has\s+nothing\s+in\s+it\b",
    "de": r"\bich\s+schaue?\s+(?:nach\s+vorne?|in\s+die\s+zukunft)\s+und\s+(?:da\s+ist|es\s+gibt"
    r"|sehe)\s+kein(?:e|en)?\s+(?:jahr|zukunft|morgen)\b",
    "fr": r"\bje\s+regarde\s+(?:devant\s+moi|l'\s*avenir|en\s+avant)\s+et\s+(?:il\s+n'\s*y\s+a"
    r"|je\s+ne\s+vois)\s+(?:aucune?|pas\s+d'|plus\s+d')\s*(?:annee|avenir|lendemain)\b",
    "es": r"\bmiro\s+(?:hacia\s+)?(?:adelante|al\s+futuro)\s+y\s+no\s+(?:hay|existe|veo)\s+"
    r"(?:ningun|un)\s+(?:ano|manana|futuro)\b",
    "pt": r"\bolho\s+para\s+(?:a\s+frente|o\s+futuro)\s+e\s+(?:nao\s+(?:existe|ha|vejo)\s+"
    r"(?:nenhum|um)|nao\s+existe)\s+(?:ano|amanha|futuro)\b",
    "it": r"\bguardo\s+(?:avanti|al\s+futuro)\s+e\s+non\s+(?:c'\s*e|vedo)\s+(?:un|nessun)\s+"
    r"(?:anno|domani|futuro)\b",
}
# (not a year of something, off or free: "non c'è un anno di ferie", "no year off")
_A_YEAR_OF = (
    r"(?!,?\s+(?:di|de|d'|do|da|of|off|von|ohne|sans|sin|senza|sem|without|libero|livre|libre"
    r"|frei|sabbatico|sabbatique|sabatico)\b)"
)
# … the writer not in it, closing the picture
_WITHOUT_ME = {
    "en": r"\bwith\s+me\s+(?:in\s+it|there)\b|\b(?:that\s+)?i'?m\s+in\b",
    "de": r"\bin\s+de[mr]\s+ich\s+(?:vorkomme|bin|da\s+bin)\b|\bmit\s+mir\s+drin\b",
    "fr": r"\bou\s+je\s+(?:suis|serais|serai)\b|\bavec\s+moi\s+dedans\b",
    "es": r"\ben\s+(?:el\s+)?que\s+(?:yo\s+)?(?:este|estare)\b|\bconmigo\s+dentro\b",
    "pt": r"\bem\s+que\s+(?:eu\s+)?(?:esteja|estou|estarei)\b|\bcomigo\s+dentro\b",
    "it": r"\bche\s+mi\s+riguard[ia]\b|\bin\s+cui\s+ci\s+sono\s+(?:anch')?io\b",
}

RULES: tuple[Rule, ...] = family(
    "no_year_ahead",
    "without_me",
    Category.NO_FUTURE,
    Severity.CONCERN,
    {
        lang: rf"(?:{look}){_A_YEAR_OF}{_S}{{0,50}}?(?:{_WITHOUT_ME[lang]})"
        for lang, look in _LOOK_AHEAD.items()
    },
    {
        "en": "look|calendar|diary",
        "de": "schau",
        "fr": "regarde",
        "es": "miro",
        "pt": "olho",
        "it": "guardo",
    },
)

__all__ = ["RULES"]
