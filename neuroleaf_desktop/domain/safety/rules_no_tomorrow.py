"""No tomorrow seen for the writer: "tomorrow" as a noun of the future, denied; in six languages.

Why: the no-future families read the future by its own noun ("je ne vois aucun avenir", "no veo
ningún futuro"). Writers also name it by the next day made a noun, "le lendemain", "el mañana",
"il domani", "o amanhã": "Je ne vois aucun lendemain pour moi", "non vedo nessun domani", or in
English a list of what is gone, "no plans, no tomorrow". The noun's own grammar keeps the day
out: Spanish "ningún mañana" is masculine, the morning ("ninguna mañana libre") is not; Italian
"nessun domani" is not "nessuno domani" (nobody tomorrow); an "aventure sans lendemain" names
no denial by the writer. The frame must close on the noun, or on "for me" after it: "no veo
ningún mañana en la agenda" is a diary.

The time after made a noun the same way, "later", "après", "después", "depois", "dopo",
"Später", or the next season, is read only with "for me" closing it: "there's no later coming
for me", "no hay un después para mí", "I can't picture any next season for me" (not "no later
than Friday", "a next season for the show"; the French "plus d'après pour moi" is read
already).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# the noun closing its clause, or "for me" closing it
_CLOSE = r"(?=\s*(?:[,.;:!?\n]|$))"
_NO_TOMORROW = {
    "en": r"\bno\s+plans?\s*,\s*no\s+(?:tomorrow|future)\b"
    + _CLOSE
    + r"|\b(?:there'?s|there\s+is)\s+no\s+later\s+(?:coming\s+|left\s+)?for\s+me"
    + _CLOSE
    + r"|\b(?:can'?t|cannot|don'?t)\s+(?:see|picture|imagine)\s+(?:any|a)\s+next\s+(?:season|year"
    r"|spring|summer|winter|autumn|fall)\s+for\s+me" + _CLOSE,
    "fr": r"\bje\s+ne\s+vois\s+(?:aucun|pas\s+de|plus\s+de|plus\s+aucun)\s+lendemain"
    r"(?:\s+pour\s+moi)?"
    + _CLOSE
    + r"|\bje\s+n'\s*ai\s+(?:aucun|pas\s+de|plus\s+de)\s+lendemain(?:\s+pour\s+moi)?"
    + _CLOSE,
    "es": r"\bno\s+(?:veo|tengo|hay)\s+(?:ningun|un|mas)\s+manana(?:\s+para\s+mi)?"
    + _CLOSE
    + r"|\bno\s+(?:veo|hay)\s+(?:ningun|un)\s+despues\s+para\s+mi"
    + _CLOSE,
    "pt": r"\bnao\s+(?:vejo|tenho|ha|existe)\s+(?:nenhum|um|mais)\s+amanha"
    r"(?:\s+(?:para|pra)\s+mim)?"
    + _CLOSE
    + r"|\bnao\s+(?:vejo|ha|existe)\s+(?:nenhum|um)\s+depois\s+(?:para|pra)\s+mim"
    + _CLOSE,
    "it": r"\bnon\s+(?:vedo|ho|c'\s*e)\s+(?:nessun|un|piu\s+un|alcun)\s+domani(?:\s+per\s+me)?"
    + _CLOSE
    + r"|\bnon\s+(?:vedo|c'\s*e)\s+(?:nessun|un|piu\s+un)\s+dopo\s+per\s+me"
    + _CLOSE,
    "de": r"\bich\s+(?:sehe|habe|hab)\s+kein(?:en)?\s+morgen(?:\s+(?:mehr|fu(?:e)?r\s+mich))?"
    + _CLOSE
    + r"|\bes\s+gibt\s+kein\s+(?:spa(?:e)?ter|danach)\s+(?:mehr\s+)?fu(?:e)?r\s+mich"
    + _CLOSE,
}

RULES: tuple[Rule, ...] = family(
    "no_tomorrow",
    "for_me",
    Category.NO_FUTURE,
    Severity.CONCERN,
    _NO_TOMORROW,
    {
        "en": "tomorrow|future|later|next",
        "de": "morgen|spater|spaeter|danach",
        "fr": "lendemain",
        "es": "manana|despues",
        "pt": "amanha|depois",
        "it": "domani|dopo",
    },
)

__all__ = ["RULES"]
