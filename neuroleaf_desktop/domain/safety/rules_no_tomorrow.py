"""No tomorrow seen for the writer: "tomorrow" as a noun of the future, denied; in six languages.

Why: the no-future families read the future by its own noun ("je ne vois aucun avenir", "no veo
ningún futuro"). Writers also name it by the next day made a noun, "le lendemain", "el mañana",
"il domani", "o amanhã": "Je ne vois aucun lendemain pour moi", "non vedo nessun domani", or in
English a list of what is gone, "no plans, no tomorrow". The noun's own grammar keeps the day
out: Spanish "ningún mañana" is masculine, the morning ("ninguna mañana libre") is not; Italian
"nessun domani" is not "nessuno domani" (nobody tomorrow); an "aventure sans lendemain" names
no denial by the writer. The frame must close on the noun, or on "for me" after it: "no veo
ningún mañana en la agenda" is a diary.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# the noun closing its clause, or "for me" closing it
_CLOSE = r"(?=\s*(?:[,.;:!?\n]|$))"
_NO_TOMORROW = {
    "en": r"\bno\s+plans?\s*,\s*no\s+(?:tomorrow|future)\b" + _CLOSE,
    "fr": r"\bje\s+ne\s+vois\s+(?:aucun|pas\s+de|plus\s+de|plus\s+aucun)\s+lendemain"
    r"(?:\s+pour\s+moi)?"
    + _CLOSE
    + r"|\bje\s+n'\s*ai\s+(?:aucun|pas\s+de|plus\s+de)\s+lendemain(?:\s+pour\s+moi)?"
    + _CLOSE,
    "es": r"\bno\s+(?:veo|tengo|hay)\s+(?:ningun|un|mas)\s+manana(?:\s+para\s+mi)?" + _CLOSE,
    "pt": r"\bnao\s+(?:vejo|tenho|ha|existe)\s+(?:nenhum|um|mais)\s+amanha"
    r"(?:\s+(?:para|pra)\s+mim)?" + _CLOSE,
    "it": r"\bnon\s+(?:vedo|ho|c'\s*e)\s+(?:nessun|un|piu\s+un|alcun)\s+domani(?:\s+per\s+me)?"
    + _CLOSE,
    "de": r"\bich\s+(?:sehe|habe|hab)\s+kein(?:en)?\s+morgen(?:\s+(?:mehr|fu(?:e)?r\s+mich))?"
    + _CLOSE,
}

RULES: tuple[Rule, ...] = family(
    "no_tomorrow",
    "for_me",
    Category.NO_FUTURE,
    Severity.CONCERN,
    _NO_TOMORROW,
    {
        "en": "tomorrow|future",
        "de": "morgen",
        "fr": "lendemain",
        "es": "manana",
        "pt": "amanha",
        "it": "domani",
    },
)

__all__ = ["RULES"]
