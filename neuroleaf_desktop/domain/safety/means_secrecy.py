"""The writer's silence about a means obtained, in six languages: told to nobody, said
nothing, never given back, kept instead of being returned.

Why: a relative's tablets or a gun's key taken, and the writer's word that nobody was told or
that it was not given back ("told nobody", "sin decir nada", "niemandem was gesagt", "non le ho
restituite", "instead of taking it to the pharmacy"), is the sign whatever the thing is usually
for. The same words are read by the rule that finds the taking (``rules_means_taken_unseen``)
and by the everyday weighing that would otherwise clear it for a hunter uncle or a trip to the
pharmacy (``everyday``): written once here, the two cannot drift apart.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.rules import FLAGS

#: Per language: the writer's silence, or the return declined, as regex over folded text.
UNTOLD: dict[str, str] = {
    "en": r"\btold\s+(?:nobody|no\s*one|no-one|noone)\b|\b(?:didn'?t|did\s+not|never)\s+tell\s+"
    r"(?:anyone|anybody|a\s+soul)\b|\bwithout\s+(?:telling|asking)\s+(?:anyone|anybody|a\s+soul)\b"
    r"|\bsaid\s+nothing(?=\s*(?:$|[.!?,;:]|to\s+(?:anyone|anybody)))"
    r"|\b(?:never|didn'?t|did\s+not)\s+(?:give|hand|take|bring|put)\s+(?:it|them)\s+back\b"
    r"|\binstead\s+of\s+(?:taking|handing|giving|bringing|returning)\s+(?:it|them)\b",
    "de": r"\bniemandem\s+(?:\w+\s+)?(?:gesagt|erza(?:e)?hlt|verraten)\b|\bohne\s+(?:\w+\s+){0,2}"
    r"(?:zu\s+sagen|zu\s+fragen)\b|\bnicht\s+(?:mehr\s+)?zuru(?:e)?ckgegeben\b"
    r"|\b(?:statt|anstatt)\s+(?:sie|es|ihn|die|das)\s+(?:\w+\s+){0,4}?(?:zuru(?:e)?ckzu\w+"
    r"|abzugeben)\b",
    "fr": r"\bsans\s+rien\s+dire\b|\bsans\s+(?:le\s+)?dire\s+a\s+personne\b|\bn'\s*(?:en\s+)?ai"
    r"\s+rien\s+dit\b|\b(?:les|l')\s*ai\s+(?:jamais|pas)\s+(?:rendu|rapporte)\w*"
    r"|\bau\s+lieu\s+de\s+(?:les|le|la|l')\s*(?:rendre|rapporter|ramener|deposer)\b",
    "es": r"\bsin\s+decir(?:le|selo)?\s+(?:nada|a\s+nadie)\b|\bno\s+(?:se\s+lo\s+|le\s+)?(?:dije"
    r"|conte)\s+(?:nada\s+)?a\s+nadie\b|\bno\s+(?:las|los|la|lo)\s+(?:devolvi|he\s+devuelto)\b"
    r"|\ben\s+(?:vez|lugar)\s+de\s+devolver\w*",
    "pt": r"\bsem\s+(?:dizer|contar)\s+(?:nada|a\s+ninguem)\b|\bnao\s+(?:disse|contei)\s+"
    r"(?:nada\s+)?a\s+ninguem\b|\bnao\s+(?:as|os|a|o)\s+devolvi\b"
    r"|\bem\s+vez\s+de\s+(?:as\s+|os\s+)?devolver\w*",
    "it": r"\bsenza\s+dir(?:e|lo|le)\s+(?:niente|nulla|a\s+nessuno)\b|\bnon\s+(?:l'?\s*)?ho\s+"
    r"detto\s+(?:niente\s+|nulla\s+)?a\s+nessuno\b|\bnon\s+(?:le|li|la|lo|l')\s*ho\s+(?:mai\s+)?"
    r"(?:restituit|ridat|riportat)\w*|\binvece\s+di\s+(?:restituir|riportar|ridar)\w*",
}

#: Any language's silence about a thing obtained.
UNTOLD_ANY = re.compile("|".join(rf"(?:{pattern})" for pattern in UNTOLD.values()), FLAGS)

#: A gift, a keepsake or the sport a gun is for: silence about these is a surprise kept or a
#: privacy, not a means hidden ("told nobody so it stays a surprise", "era una sorpresa").
GIFT_OR_SPORT = (
    r"sentimental|keepsake|memento|surprise|present|gift|birthday|christmas"
    r"|clay\w*|shoot|range|club|andenken|erinnerung|geschenk|geburtstag|weihnacht\w*|verein"
    r"|tontaub\w*|souvenir|cadeau|anniversaire|noel|ball-trap|recuerdo|regalo|cumpleanos"
    r"|navidad|sorpresa|lembranca|presente|prenda|aniversario|natal|surpresa|clube|ricordo"
    r"|compleanno|natale|tiro|piattell\w*|circolo"
)
_GIFT_OR_SPORT = re.compile(rf"\b(?:{GIFT_OR_SPORT})\b", FLAGS)


def kept_silent(sentence: str) -> bool:
    """Does ``sentence`` say a means was got in silence, and not as a gift, keepsake or sport?"""
    return UNTOLD_ANY.search(sentence) is not None and _GIFT_OR_SPORT.search(sentence) is None
