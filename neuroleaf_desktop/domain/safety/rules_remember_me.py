"""A goodbye said as a plea to be remembered kindly; in six languages.

Why: a writer taking leave asks others to keep a good memory of them: "told everyone at the
club to remember me kindly", "hab jedem gesagt, sie sollen mich gut in Erinnerung behalten",
"les pedí que me recuerden con cariño", "je leur ai dit de se souvenir de moi avec
tendresse", "ho detto a tutti di ricordarsi di me con affetto", "pedi a todos que se lembrem
de mim com carinho". Being remembered is asked of the living by someone who will not be there:
the plea with its kindness ("kindly", "fondly", "gut", "con cariño") is the sign.

What is left alone: "remember me to your mother" (regards sent), a goodbye for a move, a trip
or a new job named in its sentence, and a plea denied ("don't
remember me like this") is judged by the negation readers.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_occasions import TRIPS
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, family

_S = SAME_SENTENCE
# a move, a trip, a new post, a retirement, a wedding: an ordinary goodbye
_NOT_A_MOVE = (
    r"(?!" + _S + rf"*\b(?:{TRIPS}|mov\w+|moving|emigrat\w+|new\s+job|retir\w+|wedding|leaving\s+do"
    r"|umzug|ziehe|umziehen|ruhestand|rente|hochzeit|demenag\w+|retraite|mariage|mudanza|mudo"
    r"|jubilacion|boda|trasloc\w+|pensione|matrimonio|mudanca|mudo|reforma|casamento"
    r"|australi\w+|canada|america|erasmus)\b)"
)
_KINDLY = {
    "en": r"(?:kindly|fondly|well|with\s+(?:love|affection|a\s+smile)|the\s+way\s+i\s+was"
    r"|as\s+i\s+was|for\s+the\s+good\s+times)",
    "de": r"(?:gut|gerne?|lieb|in\s+(?:guter|sch(?:oe|o)ner|lieber)\s+erinnerung|so\s+wie\s+ich"
    r"\s+war)",
    "fr": r"(?:avec\s+(?:tendresse|affection|amour|le\s+sourire)|tel\s+que\s+j'\s*etais"
    r"|en\s+bien)",
    "es": r"(?:con\s+(?:carino|amor|afecto|una\s+sonrisa)|bien|como\s+era)",
    "it": r"(?:con\s+(?:affetto|amore|un\s+sorriso)|bene|come\s+ero)",
    "pt": r"(?:com\s+(?:carinho|amor|afeto|um\s+sorriso)|bem|como\s+eu\s+era)",
}
_REMEMBER_ME = {
    "en": r"\bremember\s+me\s+(?!to\b)",
    "de": r"\b(?:behaltet|behalten(?:\s+sie)?|behalte|soll(?:en|t)?\s+mich|sollen\s+sie\s+mich)"
    r"\s+(?:mich\s+)?(?:\w+\s+){0,2}?(?=(?:gut|gerne?|lieb|in\s+\w+\s+erinnerung))",
    "fr": r"\b(?:souvenez-vous|souviens-toi|se\s+souvenir|de\s+se\s+souvenir|qu'\s*(?:ils|elles"
    r"|on)\s+se\s+souviennent)\s+de\s+moi\s+",
    "es": r"\b(?:me\s+recuerden|me\s+recuerdes|recuerdenme|recuerdame|que\s+me\s+recuerden)\s+",
    "it": r"\b(?:ricordatevi\s+di\s+me|ricordati\s+di\s+me|ricordarsi\s+di\s+me|ricordarvi\s+di"
    r"\s+me|mi\s+ricordino)\s+",
    "pt": r"\b(?:lembrem-se\s+de\s+mim|lembra-te\s+de\s+mim|se\s+lembrem\s+de\s+mim|me\s+lembrem"
    r"|lembrarem-se\s+de\s+mim)\s+",
}
_DE_TAIL = r"(?:\s+(?:zu\s+)?behalten)?"
_GATES = {
    "en": "remember me",
    "de": "erinnerung|mich gut|mich lieb",
    "fr": "de moi",
    "es": "recuerd",
    "it": "ricord",
    "pt": "lembr",
}

RULES: tuple[Rule, ...] = family(
    "remember_me",
    "kindly",
    Category.GOODBYES,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_MOVE}{_S}*?{_REMEMBER_ME[lang]}{_KINDLY[lang]}\b"
        + (_DE_TAIL if lang == "de" else "")
        for lang in _REMEMBER_ME
    },
    _GATES,
    inherent=True,
)

__all__ = ["RULES"]
