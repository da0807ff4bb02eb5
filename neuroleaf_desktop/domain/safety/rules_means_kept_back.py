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
# --- someone else's medicine kept by the writer, after a death or out of sight ------------------
# "kept the big bottle of Dad's heart pills after the funeral and never took it back", "tengo
# le pastiglie della nonna in una scatola di cerotti nel borsone", "j'ai gardé les médicaments de
# mon père depuis l'enterrement". Three parts: the writer keeping, a relative's pills, and either
# the death or the return not made, or a hiding place inside another thing (a box of plasters,
# a sock, a gym bag). Kept *for* the relative, to give them their doses, is care, not a stock.
_RELATIVE = (
    r"(?:dad|mum|mom|mother|father|nan|nana|gran|grandma|grandad|granddad|grandpa|grandmother"
    r"|grandfather|aunt|uncle|auntie|brother|sister|husband|wife|papa|mama|papi|mami|opa|oma"
    r"|vater|mutter|vaters|mutters|opas|omas|tante|onkel|bruder|schwester|pere|mere|grand-mere"
    r"|grand-pere|mamie|papy|tata|tonton|frere|soeur|padre|madre|abuel[oa]|ti[oa]|herman[oa]"
    r"|pai|mae|avo|avoa|vovo|irma|irmao|nonn[oa]|zi[oa]|fratello|sorella|mamma|papa|marito"
    r"|moglie)"
)
_PILLS = (
    r"(?:pills|tablets|meds|medication|medicine|painkillers|sleeping\s+pills|\w*tabletten|pillen"
    # the strong ones named: "the liquid morphine"
    r"|morphine|morphium|morfina|oxycodone|oxycontin|codeine|tramadol|fentanyl"
    r"|medikamente|schlaftabletten|cachets|comprimes|medicaments|somniferes|pastillas|pildoras"
    r"|medicamentos|calmantes|somniferos|comprimidos|remedios|pilulas|pastiglie|pillole"
    r"|compresse|medicine|farmaci|sonniferi)"
)
_KEEPS = {
    "en": r"\b(?:i\s+)?(?:kept|keep|(?:i'?ve\s+|ive\s+)?been\s+keeping|still\s+have|held\s+on\s+to"
    r"|hang\s+on\s+to|hung\s+on\s+to|hid|hide|stashed)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:of\s+)?"
    r"(?:my\s+)?"
    + _RELATIVE
    + r"'?s\s+(?:\w+\s+){0,2}?"
    + _PILLS
    # … or the medicine first, then whose it was: "still got the liquid morphine the hospice
    # sent home with Mum"
    + r"|\b(?:still\s+(?:got|have)|kept|held\s+on\s+to|hung\s+on\s+to)\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}?"
    + _PILLS
    + r"\s+(?:[\w']+\s+){0,6}?(?:with|for|of|from)\s+(?:my\s+)?"
    + _RELATIVE
    + r"\b",
    "de": r"\b(?:ich\s+)?(?:hab|habe)\s+(?:\w+\s+){0,2}?(?:die\s+)?"
    + _PILLS
    + r"\s+(?:von\s+)?(?:meine[mr]?\s+|der\s+|dem\s+)?"
    + _RELATIVE
    + r"\s+(?:\w+\s+){0,4}?(?:behalten|aufgehoben|versteckt|mitgenommen)"
    # the medicine first, not thrown away: "die Schmerztabletten von Papas Knie-OP hab ich nicht
    # weggeworfen"
    r"|\b(?:die\s+)?"
    + _PILLS
    + r"\s+(?:von\s+)?(?:meine[mr]?\s+|der\s+|dem\s+)?"
    + _RELATIVE
    + r"s?\s+(?:[\w-]+\s+){0,3}?(?:hab|habe)\s+ich\s+(?:\w+\s+)?(?:nicht|nie)\s+"
    r"(?:weggeworfen|weggeschmissen|entsorgt|zuru(?:e)?ckgebracht|zuru(?:e)?ckgegeben)"
    r"|\b(?:behalt|behalte|versteck|verstecke)\s+(?:ich\s+)?(?:die\s+)?"
    + _PILLS
    + r"\s+(?:von\s+)?(?:meine[mr]?\s+|der\s+|dem\s+)?"
    + _RELATIVE,
    "fr": r"\b(?:j'?\s*ai\s+(?:garde|cache|conserve|pris)|je\s+(?:garde|cache|conserve))\s+"
    r"(?:\w+\s+){0,3}?" + _PILLS + r"\s+(?:de\s+|d')(?:mon\s+|ma\s+|mes\s+)?" + _RELATIVE,
    "es": r"\b(?:(?:me\s+)?(?:quede\s+con|guarde|escondi|tengo|guardo|escondo))\s+(?:\w+\s+){0,3}?"
    + _PILLS
    + r"\s+de\s+(?:mi\s+)?(?:la\s+|el\s+)?"
    + _RELATIVE,
    "pt": r"\b(?:fiquei\s+com|guardei|escondi|tenho|guardo|escondo)\s+(?:\w+\s+){0,3}?"
    + _PILLS
    + r"\s+(?:d[ao]\s+|de\s+)(?:minha\s+|meu\s+)?"
    + _RELATIVE,
    "it": r"\b(?:ho\s+(?:tenuto|conservato|nascosto|preso)|tengo|conservo|nascondo)\s+"
    r"(?:\w+\s+){0,3}?" + _PILLS + r"\s+(?:di\s+mi[oa]\s+|del(?:la|lo)?\s+|di\s+)" + _RELATIVE,
}
# … never given back (a death alone is not enough: "kept my mum's pills after she died, I don't
# know what to do with them" is grief, not a stock)
_AFTER_DEATH = (
    # … or kept back from their doses: "kept a strip of my husband's tablets back"
    r"(?:kept|held)\s+(?:[\w']+\s+){1,7}?back|"
    r"never\s+(?:took|gave|handed|brought)\s+(?:it|them)\s+back|never\s+returned"
    r"|didn'?t\s+(?:take|give)\s+(?:it|them)\s+back|nie\s+zuru(?:e)?ckgebracht"
    r"|nicht\s+zuru(?:e)?ckgebracht|jamais\s+rapporte\w*|pas\s+rapporte\w*"
    r"|nunca\s+(?:los|las)\s+devolvi|no\s+(?:los|las)\s+devolvi|nunca\s+(?:os|as)\s+devolvi"
    r"|nao\s+(?:os|as)\s+devolvi|mai\s+riportat\w*|non\s+(?:l[ei]\s+)?ho\s+riportat\w*"
    # … nor thrown away: "hab ich nicht weggeworfen", "never threw them out"
    r"|nicht\s+weggeworfen|nie\s+weggeworfen|nicht\s+entsorgt|never\s+threw\s+(?:it|them)\s+"
    r"(?:away|out)|didn'?t\s+throw\s+(?:it|them)\s+(?:away|out)|jamais\s+jete\w*|pas\s+jete\w*"
    r"|nunca\s+(?:los|las)\s+tire|no\s+(?:los|las)\s+tire|nunca\s+(?:os|as)\s+deitei\s+fora"
    r"|non\s+(?:l[ei]\s+)?ho\s+(?:mai\s+)?buttat\w*"
)
# … or hidden inside another thing: a box of plasters, a sock, a gym bag
_INSIDE_ANOTHER = (
    r"box\s+of\s+plasters|plaster\s+box|vitamin\s+(?:bottle|tub)|sock|gym\s+bag"
    r"|pflasterdose|socke|sporttasche|boite\s+de\s+pansements|chaussette|sac\s+de\s+sport"
    r"|caja\s+de\s+tiritas|calcetin|bolsa\s+del\s+gimnasio|caixa\s+de\s+pensos|meia"
    r"|saco\s+do\s+ginasio|scatola\s+di\s+cerotti|calzino|borsone"
    # a bag or a pocket of the writer's own: "in my school bag", "in a pocket of my jacket"
    r"|school\s*bag|backpack|rucksack|(?:coat|jacket)\s+pocket|pocket\s+of\s+my|pencil\s+case"
    r"|schulranzen|schultasche|manteltasche|cartable|sac\s+a\s+dos|trousse|mochila|estuche"
    r"|bolsillo\s+de\s+mi|zaino|astuccio|tasca\s+del(?:la)?\s+mi[oa]|estojo|bolso\s+d[oa]\s+meu"
    # … or put away out of sight: under the sink, in the attic, a box kept for something else
    r"|under\s+the\s+sink|in\s+the\s+(?:attic|loft)|under\s+(?:my|the)\s+(?:bed|mattress)"
    r"|auf\s+dem\s+dachboden|unter\s+(?:meinem|dem)\s+bett|sous\s+l'\s*evier|au\s+grenier"
    r"|sous\s+(?:mon|le)\s+(?:lit|matelas)|bajo\s+el\s+fregadero|en\s+el\s+desvan"
    r"|debajo\s+de\s+(?:mi|la)\s+(?:cama|colchon)|no\s+sotao|debaixo\s+d[ao]\s+(?:minha\s+)?"
    r"(?:cama|lava-loucas|pia)|in\s+soffitta|sotto\s+il\s+(?:lavandino|letto|materasso)"
)
_FOR_THEM = (
    r"(?![^.!?\n]*\b(?:for\s+(?:her|him|his|their)|so\s+(?:she|he)|fu(?:e)?r\s+(?:sie|ihn)|pour\s+(?:elle|lui)"
    r"|para\s+(?:ella|el|ela|ele)|per\s+(?:lei|lui)|organi[sz]er|dosette|portapillole|pastillero)\b)"
)
_RELATIVE_KEPT = {
    lang: rf"(?:^|(?<=[.!?\n])){_FOR_THEM}(?=[^.!?\n]*\b(?:{_AFTER_DEATH}|{_INSIDE_ANOTHER})\b)"
    rf"[^.!?\n]*?(?:{keeps})"
    for lang, keeps in _KEEPS.items()
}
_RELATIVE_GATE = {
    "en": "pills|tablets|meds|medication|medicine|painkillers|morphine|oxycodone|oxycontin|codeine"
    "|tramadol|fentanyl",
    "de": "tabletten|pillen|medikamente|morphium",
    "fr": "cachets|comprimes|medicaments|somniferes",
    "es": "pastillas|pildoras|medicamentos|calmantes|somniferos",
    "pt": "comprimidos|remedios|pilulas",
    "it": "pastiglie|pillole|compresse|medicine|farmaci|sonniferi",
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
) + family(
    "kept_back",
    "relative_kept",
    Category.GETTING_MEANS,
    Severity.URGENT,
    _RELATIVE_KEPT,
    _RELATIVE_GATE,
    inherent=True,
)

__all__ = ["RULES"]
