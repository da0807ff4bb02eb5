"""A bare ending said about a relationship: a break-up, not a plan to die; in six languages.

Why: "I'll end it", "mach ich Schluss", "je vais y mettre fin", "lo acabo", "la finisco",
"vou terminar" are how people announce a suicide with a day attached, and the plan families read
them. The same words announce a break-up: "after his birthday I'll end it, I can't keep
pretending I love him", "nach dem Fest mach ich Schluss mit ihm", "voy a terminar con él el
viernes". A crisis card over a break-up plan tells a person the app does not listen.

What makes it a break-up is said, never guessed, in the sentence of the ending or the next one:

* the ending takes the partner as its object: "end it with her", "Schluss mit ihm", "terminar
  con mi novio", "rompre avec lui", "chiudere con lei", "acabar com ele";
* or love is said to be over or pretended ("I don't love him any more", "pretending I love
  her", "ich liebe ihn nicht mehr", "ya no lo quiero", "je ne l'aime plus", "non lo amo più",
  "já não o amo"), or the relationship itself is named ("our relationship", "die Beziehung",
  "nuestra relación", "notre couple", "la nostra storia", "o nosso namoro").

The ending must be bare: "end it all", "Schluss mit allem", "mit mir", "mit meinem Leben", "en
finir avec la vie", "acabar con todo", "farla finita", anything ending the writer's life or
everything, stays a sign. A partner who already left ("since she left me", "seit er weg ist",
"me dejó") is a loss, not a break-up the writer is planning, and the guard stays out. Like every
everyday frame, it clears only the phrase it explains, only when nothing else in the entry
counts (the detector re-admits it otherwise), and never a sentence that says it is meant.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_frames import IN_EARNEST
from neuroleaf_desktop.domain.safety.everyday_spans import sentence_end, sentence_start
from neuroleaf_desktop.domain.safety.rules import FLAGS

_ENDINGS = frozenset({Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD})

# The ending with nothing ended named: "end it", "ending it", "end things", "mach Schluss",
# "y mettre fin", "terminar", "acabar(lo)", "finirla", "chiudere", "terminar", "acabar".
_BARE_ENDING = re.compile(
    r"\b(?:end(?:ing|s)?\s+(?:it|things)|call(?:ing)?\s+it\s+(?:off|quits)"
    r"|(?:mach\w*|ziehe?)\s+(?:ich\s+)?schluss|schluss\s+mach\w*"
    r"|(?:y\s+)?mettre\s+fin|(?:en\s+)?finir|rompre|romps"
    r"|termin\w+|acab\w+|romper|rompo"
    r"|finir(?:la|lo)|la\s+finisco|chiud\w+|rompere"
    r"|pôr\s+fim|por\s+fim)\b",
    FLAGS,
)
# What marks an ending of the writer's life or of everything: never a break-up.
_LIFE_OR_ALL = re.compile(
    r"\b(?:all|everything|my\s+life|myself|me|alle[ms]?|mir|mich|meinem\s+leben|dem\s+leben"
    r"|tout|toute|vie|moi|ma\s+vie|todo|vida|mi\s+vida|tudo|minha\s+vida|tutto|vita|me\s+stess[oa]"
    r"|finita|conmigo|comigo|de\s+una\s+vez|once\s+and\s+for\s+all|for\s+good|forever"
    r"|pills|tablets|rope|bridge|tabletten|pastillas|comprimid\w+|pillole|cachets)\b",
    FLAGS,
)
# The partner as the object of the ending, right after it.
_WITH_PARTNER = re.compile(
    r"^\s*(?:it\s+|things\s+|things\s+off\s+)?(?:with|mit|avec|con|com)\s+"
    r"(?:(?:him|ihm|ihr|lui|elle|ele|ela|lei)\b"
    # "her" as the partner, not as whose pills: an end, a time or a link word after it
    r"|her\s*(?:$|[,.;!?]|\s+(?:this|next|on|tonight|tomorrow|today|after|before|at|when|once"
    r"|for|and|but|soon|now|in|over|by)\b)"
    r"|(?:el|ella)\s*(?:$|[,.;!?]|\s+(?:el|este|esta|manana|hoy|ya|antes|despues|en|a|y|pero)\b)"
    r"|(?:my|the|mein\w*|dem|der|mon|ma|mi|mio|mia|il|la|o|a|meu|minha|el|la)\s+"
    r"(?:boyfriend|girlfriend|partner|fiance\w*|husband|wife|bf|gf|freund\w*|verlobt\w*|mann|frau"
    r"|copain|copine|mec|fiance\w*|mari|femme|novi[oa]|pareja|marido|espos[oa]|namorad[oa]"
    r"|companheir[oa]|ragazz[oa]|fidanzat[oa]|compagn[oa]|moglie)\b)",
    FLAGS,
)
# Love said to be over or pretended, or the relationship itself named.
_LOVE_OR_COUPLE = re.compile(
    r"\b(?:(?:don'?t|do\s+not|doesn'?t|no\s+longer|never\s+really|pretend\w*\s+(?:to|that\s+)?i?"
    r"|stopped|fall\w*\s+out\s+of)\s*(?:love|loving)(?:\s+(?:him|her|them|each\s+other))?"
    r"|(?:not|no\s+longer)\s+in\s+love|relationship|break\s*-?\s*up|dating"
    r"|liebe\s+(?:ihn|sie)\s+(?:\w+\s+){0,2}nicht\s+mehr|beziehung|verliebt"
    r"|(?:ya\s+)?no\s+(?:lo|la)\s+(?:quiero|amo)|relacion|noviazgo"
    r"|ne\s+l'\s*aime\s+plus|(?:notre|ce|mon)\s+couple|relation"
    r"|non\s+(?:lo|la)\s+amo\s+piu|(?:nostra|questa|la)\s+storia|relazione"
    r"|(?:ja\s+)?nao\s+(?:o|a)\s+amo|namoro|relacionamento|relacao)\b",
    FLAGS,
)
# A partner who already left: a loss, not a break-up the writer plans.
_PARTNER_GONE = re.compile(
    r"\b(?:(?:left|dumped|ditched|broke\s+up\s+with)\s+me|since\s+(?:she|he)\s+(?:left|went)"
    r"|(?:hat|ist)\s+mich\s+verlassen|verlassen\s+hat|me\s+(?:dejo|abandono)"
    r"|m'\s*a\s+(?:quitte|largue)|mi\s+ha\s+lasciat[oa]|me\s+(?:deixou|largou)"
    # … or the relationship already ended: a loss
    r"|(?:relationship|marriage|engagement)\s+(?:ended|fell\s+apart|broke\s+down|collapsed)"
    r"|(?:beziehung|ehe)\s+(?:ist\s+)?(?:zerbrochen|gescheitert)"
    r"|(?:relacion|matrimonio|relation|couple|relazione|relacionamento|casamento)\s+"
    r"(?:(?:se\s+)?(?:acabo|rompio|termino)|s'\s*est\s+(?:termine|brise)|e\s+finit[oa]"
    r"|(?:se\s+)?(?:acabou|terminou)))\b",
    FLAGS,
)


def clears(category: Category, phrase: str, text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (in the folded entry) a bare ending said about a relationship, or
    a day chosen for one ("I've picked the date, I'll end it on the 14th. Our relationship is a
    lie")?"""
    if category not in _ENDINGS:
        return False
    s_start = sentence_start(text, start)
    s_end = sentence_end(text, end)
    if _BARE_ENDING.search(phrase):
        return _about_a_partner(phrase, text, s_start, end, s_end)
    if category is not Category.PLAN_OR_METHOD or _LIFE_OR_ALL.search(phrase):
        return False
    endings = list(_BARE_ENDING.finditer(text, s_start, s_end))
    return bool(endings) and all(
        _about_a_partner(m.group(0), text, s_start, m.end(), s_end) for m in endings
    )


def _about_a_partner(phrase: str, text: str, s_start: int, end: int, s_end: int) -> bool:
    """The ending bare, and the partner its object, or love or the couple talked of nearby."""
    sentence = text[s_start:s_end]
    after = text[end:s_end]
    if (
        _LIFE_OR_ALL.search(phrase)
        or _LIFE_OR_ALL.search(after[:30])
        or IN_EARNEST.search(sentence)
        or _PARTNER_GONE.search(sentence)
    ):
        return False
    if _WITH_PARTNER.match(after):
        return True
    following = text[s_end : sentence_end(text, s_end + 1)] if s_end < len(text) else ""
    return any(
        _LOVE_OR_COUPLE.search(part) and not _PARTNER_GONE.search(part)
        for part in (sentence, following)
    )
