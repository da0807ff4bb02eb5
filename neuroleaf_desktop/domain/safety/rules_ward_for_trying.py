"""A past attempt told by the ward it led to, with the trying bare as its reason: "been on the
psych ward twice for trying", in English, German and French.

Why: ``rules_attempt_counted`` reads a bare "tried" made an attempt by a secret or a ward told
beside it, and ``rules_woke_after_pills`` the ward after the pills. A writer may instead name
the stay and give the trying as its reason, with nothing tried named: "been on the psych ward
twice for trying", "deux fois en HP pour avoir essayé", "zweimal in der Psychiatrie, weil ich
es versucht hab" (Spanish, Portuguese and Italian have it in the attempt frames'
``attempt_aftermath``: "ingresada en psiquiatría por intentarlo"). The trying closes
its clause: "in hospital for trying a new diet", "for trying to climb out of bed" name what was
tried. Whose stay it is is judged in ``context`` ("my cousin was on the psych ward for trying").
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# the trying closes its clause, or "and" goes on to something else
_CLOSE = r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:and|but|y|pero|et|mais|und|aber|e|mas|ma)\b))"
_FOR_TRYING = {
    "en": r"\b(?:on|in)\s+(?:the\s+|a\s+)?(?:psych(?:iatric)?\s+(?:ward|unit|hospital)|hospital"
    r"|secure\s+unit)\s+(?:\w+\s+){0,2}?(?:for|after)\s+(?:trying|attempting|my\s+attempts?"
    # (the trying told with its subject, and an age or a count at most: "after I tried at twenty")
    r"|i\s+tried(?:\s+(?:at\s+(?:\w+|\d+)|once|twice|before|the\s+first\s+time))?)" + _CLOSE,
    "de": r"\b(?:in\s+der\s+(?:psychiatrie|geschlossenen|klinik)|im\s+(?:krankenhaus|spital))\s*,?"
    r"\s+(?:\w+\s+){0,3}?(?:weil|nachdem)\s+ich\s+es\s+versucht\s+(?:hab|habe|hatte)\b" + _CLOSE,
    "fr": r"\b(?:en\s+(?:hp|psychiatrie)|a\s+l'\s*hopital(?:\s+psychiatrique)?)\s+(?:\w+\s+){0,2}?"
    r"(?:pour|apres)\s+avoir\s+essaye" + _CLOSE,
}

RULES: tuple[Rule, ...] = family(
    "ward_for",
    "trying",
    Category.SUICIDAL_IDEATION,
    Severity.CONCERN,
    _FOR_TRYING,
    {
        "en": "trying|attempt|tried",
        "de": "versucht",
        "fr": "essaye",
    },
    inherent=False,
    past=True,
)

__all__ = ["RULES"]
