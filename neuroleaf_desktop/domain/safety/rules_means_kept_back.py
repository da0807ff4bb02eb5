"""Medicine kept back from every prescription, told without naming the medicine, in six
languages.

Why: a stock of pills is built a few at a time, and writers tell it by the refill and the
keeping ("de cada receta me quedo unas cuantas", "à chaque renouvellement j'en garde
quelques-uns", "von jedem Rezept behalte ich ein paar", "from every refill I keep a few back"),
the pills themselves left as a pronoun or a count. ``rules_intl_signs_slots`` reads months of
pills in a tin only when the pills are named; here the refill named with "each" and some kept
back from it are the two parts, in one clause.

What stays out: a spare kept for a reason said in the sentence (a trip, an emergency, "just in
case", the weekend the chemist is shut), the leaflet or the box kept (no count of pills), and
what is given back or thrown away.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# a spare with its reason, or medicine returned or thrown away
_A_REASON = (
    r"(?![^.!?\n]*\b(?:trip|holiday|travel\w*|emergenc\w*|just\s+in\s+case|spare|weekend"
    r"|reise|urlaub|notfall|vorrat\s+fu(?:e)?r|voyage|vacances|urgence|au\s+cas\s+ou|secours"
    r"|viaje|vacaciones|emergencia|por\s+si\s+acaso|repuesto|viagem|ferias|emergencia"
    r"|por\s+via\s+das\s+duvidas|viaggio|vacanze|emergenz\w*|non\s+si\s+sa\s+mai|scort\w*"
    r"|return\w*|zuru(?:e)?ck|rapporte\w*|devuelv\w*|devolv\w*|restituisc\w*|thrown|throw"
    r"|wegwerf\w*|jete\w*|tir[oa]|butt\w*)\b)"
)
_KEPT_BACK = {
    "en": r"\b(?:from|out\s+of)\s+(?:each|every)\s+(?:prescription|refill|script|repeat|box|pack)"
    r"\s*,?\s+i\s+(?:keep|put\s+aside|hold\s+back|save|stash|hide|take\s+out)\s+(?:back\s+)?"
    r"(?:a\s+few|some|a\s+couple|one\s+or\s+two|two|three)\b",
    "de": r"\b(?:von|aus)\s+jede[mr]\s+(?:rezept|packung|schachtel|verordnung)\s*,?\s+"
    r"(?:behalt|behalte|leg|lege|zweig|zweige|versteck|verstecke)\s+ich\s+(?:mir\s+)?"
    r"(?:ein\s+paar|einige|zwei|drei)\b",
    "fr": r"\b(?:a|de)\s+chaque\s+(?:renouvellement|ordonnance|boite|plaquette)\s*,?\s+"
    r"j'?\s*en\s+(?:garde|mets\s+de\s+cote|planque|cache|retiens)\s+(?:quelques-?\s*un(?:e)?s"
    r"|deux|trois|un\s+peu)\b",
    "es": r"\bde\s+cada\s+(?:receta|caja|blister|envase)\s*,?\s+(?:me\s+)?(?:quedo|guardo|aparto"
    r"|escondo|separo)\s+(?:con\s+)?(?:unas?\s+cuant[oa]s|algun[oa]s|un\s+par|dos|tres)\b",
    "pt": r"\bde\s+cada\s+(?:receita|caixa|cartela)\s*,?\s+(?:eu\s+)?(?:guardo|separo|escondo"
    r"|tiro|fico\s+com)\s+(?:umas?|uns|alguns|algumas|duas|dois|tres)\b",
    "it": r"\b(?:da|di)\s+ogni\s+(?:ricetta|confezione|scatola)\s*,?\s+(?:ne\s+)?(?:tengo"
    r"|metto\s+da\s+parte|conservo|nascondo|tolgo)\s+(?:qualcun[ao]|un\s+paio|alcun[ei]|due"
    r"|tre)\b",
}
_GATE = {
    "en": "each|every",
    "de": "jedem|jeder",
    "fr": "chaque",
    "es": "cada",
    "pt": "cada",
    "it": "ogni",
}

RULES: tuple[Rule, ...] = family(
    "kept_back",
    "each_refill",
    Category.GETTING_MEANS,
    Severity.URGENT,
    # (the reason read across the whole sentence, before the refill too)
    {lang: rf"(?:^|(?<=[.!?\n])){_A_REASON}[^.!?\n]*?{p}" for lang, p in _KEPT_BACK.items()},
    _GATE,
    inherent=True,
)

__all__ = ["RULES"]
