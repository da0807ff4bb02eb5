"""A plan told as a time and a place chosen because nobody comes there; in six languages.

Why: the plan families read a method, a place with a time ("the bridge on Friday"), or the
moment nobody is home. Writers also name the place by the fact that nobody will be there, with
the day beside it, and nothing else: "sorted it for the anniversary in March, down by the docks
where nobody walks late", "am Samstag nach dem Feuerwehrfest geh ich runter an den Stausee, wo
keiner hinkommt", "el viernes voy al puente donde nadie pasa de noche", "samedi je vais au
barrage où personne ne va", "sabato vado alla cava dove nessuno passa", "no sábado vou ao cais
onde ninguém vai". Being unseen is the point of the choice.

What is left alone: a reason for the quiet named in the sentence (to swim, fish, read, walk
the dog, camp, take photos, think, be at peace), company ("with the kids", "mit den Jungs",
"avec", "con", "com"), someone else going ("my brother goes to the quarry on Friday"), and
a place without a time named (only a time makes it a plan).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, either_order, family

_S = SAME_SENTENCE
# a reason for the quiet, or company: an outing
_AN_OUTING = (
    r"(?:^|(?<=[.!?\n]))(?!" + _S + r"*\b(?:swim\w*|fish\w*|read\w*|dog|picnic\w*|camp\w*"
    r"|photo\w*|think|peace|quiet|relax\w*|walk\s+the|run|runs|running|paddl\w*|kayak\w*|bird\w*|sketch"
    r"|paint\w*|meditat\w*|with\s+(?:the|my|our)|we|us|together|schwimm\w*|angeln|fisch\w*"
    r"|lesen|hund|picknick|zelt\w*|foto\w*|ruhe|entspann\w*|laufen|joggen|mit\s+(?:den|der|dem"
    r"|meine\w*)|wir|nager|baign\w*|peche[rs]?|lire|chien|pique-nique|calme|tranquill\w*|avec"
    r"|nous|on\s+va|nadar|pesca\w*|leer|perro|picnic|paz|tranquil\w*|con\s+(?:los|las|mi|mis"
    r"|el|la)|vamos|nuotar\w*|pesca|leggere|cane|pace|con\s+(?:i|gli|le|il|la|mio|mia|miei)"
    r"|andiamo|ler|cao|piquenique|sossego|com\s+(?:os|as|o|a|meu|minha)|vamos"
    # … or someone else going: a pronoun or a relative before the place
    r"|he|she|they|brother|sister|mum|mom|dad|friend|son|daughter|er|bruder|schwester|mutter"
    r"|vater|freund\w*|sohn|tochter|elle|ils|elles|frere|soeur|mere|pere|ami\w*|fils|fille"
    r"|ella|ellos|hermano|hermana|madre|padre|amig\w*|hijo|hija|lui|lei|loro|fratello|sorella"
    r"|figli\w*|ele|ela|eles|irmao|irma|mae|pai|filh\w*)\b)" + _S + r"*?"
)
_UNWATCHED = {
    "en": r"\bwhere\s+(?:nobody|no\s*-?\s*one)\s+(?:ever\s+)?(?:walks|goes|comes|looks|passes|will"
    r"\s+(?:find|see)\s+me|can\s+see\s+me|is\s+around)\b",
    "de": r"\bwo\s+(?:keiner|niemand|koana)\s+(?:mehr\s+)?(?:hinkommt|hingeht|vorbeikommt"
    r"|vorbeigeht|mich\s+(?:findet|sieht))\b",
    "fr": r"\bou\s+personne\s+ne\s+(?:va|vient|passe|me\s+(?:trouvera|verra|voit))\b",
    "es": r"\bdonde\s+nadie\s+(?:va|viene|pasa|me\s+(?:encontrara|vera|ve))\b",
    "it": r"\bdove\s+nessuno\s+(?:va|viene|passa|mi\s+(?:trovera|vedra|vede))\b",
    "pt": r"\bonde\s+ninguem\s+(?:vai|vem|passa|me\s+(?:encontra|vai\s+encontrar|ve))\b",
}
# the day chosen: a weekday, a night, an anniversary, a month, a feast, "after" an event
_WHEN = {
    "en": r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|the\s+night"
    r"|anniversary|january|february|march|april|june|july|august|september|october"
    r"|november|december|christmas|new\s+year)\b",
    "de": r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute\s+nacht"
    r"|jahrestag|nach\s+dem\s+\w+fest|weihnachten|silvester)\b",
    "fr": r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce\s+soir|cette\s+nuit"
    r"|anniversaire|noel|apres\s+la\s+fete)\b",
    "es": r"\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|esta\s+noche|aniversario"
    r"|navidad|despues\s+de\s+la\s+(?:feria|fiesta))\b",
    "it": r"\b(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|stanotte|stasera"
    r"|anniversario|natale|dopo\s+la\s+(?:sagra|festa))\b",
    "pt": r"\b(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|esta\s+noite|hoje\s+a\s+noite"
    r"|aniversario|natal|depois\s+da\s+festa)\b",
}
_GATES = {
    "en": "nobody|no one|no-one|noone",
    "de": "keiner|niemand|koana",
    "fr": "personne",
    "es": "nadie",
    "it": "nessuno",
    "pt": "ninguem",
}

RULES: tuple[Rule, ...] = family(
    "plan_unwatched",
    "day_and_place",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {
        lang: _AN_OUTING + rf"(?:{either_order(_WHEN[lang], _UNWATCHED[lang], 120)})"
        for lang in _UNWATCHED
    },
    _GATES,
    inherent=False,
)

__all__ = ["RULES"]
