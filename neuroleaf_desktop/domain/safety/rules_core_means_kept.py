"""Means got and kept: medicine bought round several pharmacies so nobody asks, held back from
one's own treatment, or hidden or gathered in a keeping place, and a thing that can kill got and
left lying with no use named.

Why: the means are rarely called means ("n Seil geholt, dat liegt jetz unten im Keller",
"keeping my tablets back", "las fui guardando"). The thing and the keeping of it mean the sign
together, unless a use is named near them (for the boat, for the move, to tie the tarp).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import CORE, words
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order_each
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family, unnegated

_URG = Severity.URGENT

# --- medicine bought round several pharmacies ---------------------------------------------------
_PHARMACY_ROUNDS = {
    "en": r"\b(?:did\s+the\s+rounds\s+of\s+the\s+(?:chemists|pharmacies)|(?:two|three|four|several"
    r"|different)\s+(?:chemists|pharmacies|shops)|a\s+packet\s+here,?\s+a\s+packet\s+there"
    # one pharmacy after another: "the chemists on the high street, one after the other", "from
    # chemist to chemist"
    r"|(?:chemists|pharmacies),?\s+one\s+after\s+(?:the\s+other|another)"
    r"|from\s+(?:chemist|pharmacy)\s+to\s+(?:chemist|pharmacy))\b",
    "de": r"\b(?:in|bei|aus)\s+(?:zwei|drei|vier|mehreren|verschiedenen)\s+apotheken\b"
    r"|\bvon\s+apotheke\s+zu\s+apotheke\b|\b(?:in|aus)\s+jeder\s+apotheke\b",
    "fr": r"\bdans\s+(?:deux|trois|quatre|plusieurs|differentes)\s+pharmacies\b"
    r"|\bde\s+pharmacie\s+en\s+pharmacie\b|\bdans\s+chaque\s+pharmacie\b",
    "es": r"\ben\s+(?:dos|tres|cuatro|varias|distintas|diferentes)\s+farmacias\b"
    r"|\bde\s+farmacia\s+en\s+farmacia\b|\ben\s+cada\s+farmacia\b",
    "pt": r"\bem\s+(?:duas|tres|quatro|varias|diferentes)\s+farmacias\b"
    r"|\bde\s+farmacia\s+em\s+farmacia\b|\bem\s+cada\s+farmacia\b",
    "it": r"\bin\s+(?:due|tre|quattro|diverse|varie)\s+farmacie\b"
    r"|\bdi\s+farmacia\s+in\s+farmacia\b|\bin\s+ogni\s+farmacia\b",
}
_MEDS_BOUGHT = {
    "en": r"\b(?:pills|tablets|paracetamol|painkillers|sleeping\s+pills|(?:so\s+)?(?:no\s+one"
    r"|nobody)\s+(?:would\s+)?asks?"
    # … or a packet from each of them: "a packet from each, they're in my coat"
    r"|(?:a|one)\s+(?:packet|box|strip)\s+(?:from|at|in)\s+(?:each|every))\b",
    "de": r"\b"
    + words("de", "tabletten", r"medikament\w*", "schlaftabletten", "schmerzmittel")
    + r"\b",
    "fr": rf"\b{words('fr', 'medicaments', 'comprimes', 'cachets', 'somniferes')}\b",
    "es": rf"\b{CORE['es']}\b",
    "pt": rf"\b{CORE['pt']}\b",
    "it": rf"\b{CORE['it']}\b",
}

# --- a thing that can kill, got and left lying somewhere --------------------------------------
_GOT_MEANS = {
    "en": r"\b(?:bought|got|picked\s+up)\s+(?:a\s+|some\s+)?(?:rope|length\s+of\s+rope|hose)\b",
    "de": r"\b(?:ein\s+)?(?:seil|strick)\s+(?:gekauft|geholt|besorgt)\b",
    "fr": r"\b(?:achete|pris)\s+une\s+corde\b",
    "es": r"\b(?:compre|consegui)\s+una\s+(?:cuerda|soga)\b",
    "pt": r"\b(?:comprei|arranjei)\s+uma\s+corda\b",
    "it": r"\b(?:comprato|preso)\s+una\s+corda\b",
}
_LEFT_LYING = {
    "en": r"\b(?:it'?s|it\s+is|it'?s\s+been)\s+(?:just\s+)?(?:lying|sitting|riding\s+around)\s+"
    r"(?:in|under|at)\b",
    "de": r"\b(?:das|der|es|die)\s+(?:liegt|ha(?:e)?ngt)\s+(?:jetzt\s+)?(?:\w+\s+)?(?:im|unterm"
    r"|unter\s+dem|in\s+der|auf\s+dem)\b",
    "fr": r"\belle\s+(?:est|reste|dort)\s+(?:dans|sous)\b",
    "es": r"\b(?:esta|la\s+tengo)\s+(?:guardada\s+)?(?:en|debajo)\b",
    "pt": r"\b(?:esta|ficou)\s+(?:guardada\s+)?(?:no|na|debaixo)\b",
    "it": r"\b(?:e|sta)\s+(?:li\s+)?(?:in|nel|nella|sotto)\b",
}
# a use named for it: "for the climbing frame", "para la finca", "pour grimper"
_NO_USE_NAMED = (
    r"(?![^\n]{0,150}\b(?:for\s+(?:the|a|my|our)|fu(?:e)?r\s+(?:die|den|das|meinen?)|pour\s+(?:le|la"
    r"|les|grimper)|para\s+(?:la|el|mi)|pa'?\s+la|per\s+(?:la|il)|pra\s+(?:a|o)|move|moving"
    r"|umzug|mudanza|mudanca|trasloco|demenagement|(?:para|pra|pour|per|zum)\s+\w+(?:ar|er|ir|re)"
    r"|to\s+(?:tie|tow|secure|lash|hold|fix|build|hang\s+(?:the|a|up)))\b)"
)

# Medicine held back from one's own treatment ("keeping my tablets back", "las fui guardando"):
# hoarded, whatever the container.
_MEDS = {
    **CORE,
    "en": words(
        "en",
        "pills",
        "tablets",
        "meds",
        "painkillers",
        "sleepers",
        r"sleeping\s+pills",
        r"oxy\w*",
        "morphine",
    ),
}
_HELD_BACK = {
    "en": rf"\b(?:keep(?:ing)?|kept)\s+(?:my|the|some|a\s+few\s+of\s+(?:my|the))\s+{_MEDS['en']}"
    r"\s+back\b(?!\s+from\b)(?![^.!?\n]{0,40}\b(?:doctor|gp|pharmacist|nurse|dose|side\s+effects))",
    "de": rf"\b{_MEDS['de']}\b[^.!?\n]{{0,40}}?\b(?:zuru(?:e)?ckgelegt|beiseite\s*gelegt"
    r"|auf\s+die\s+seite\s+gelegt|nicht\s+genommen,?\s+sondern)\b",
    "fr": rf"\b{_MEDS['fr']}\b[^.!?\n]{{0,40}}?\bje\s+(?:les\s+)?(?:garde|mets)\s+de\s+cote\b",
    "es": rf"\b{_MEDS['es']}\b[^.!?\n]{{0,60}}?\b(?:las|los)\s+(?:fui|he\s+ido|voy|vengo)\s+"
    r"(?:guardando|juntando)\b",
    "pt": rf"\b{_MEDS['pt']}\b[^.!?\n]{{0,60}}?\b(?:os|as)?\s*(?:fui|tenho\s+ido|vou)\s+"
    r"(?:guardando|juntando)\b",
    "it": rf"\b{_MEDS['it']}\b[^.!?\n]{{0,40}}?\b(?:le|li)\s+(?:ho\s+)?(?:tenut[ei]|mess[ei])\s+"
    r"da\s+parte\b",
}

# Medicine hidden or gathered in a keeping place: the tablets, and their being hidden, gathered
# or not taken, and a place that is not where medicine is kept (a cigar box in the cellar, the
# button tin, the sock drawer, a pillow, a rucksack, the glovebox). A child or a pet kept safe
# from them is the ordinary reason to hide them.
_MEDS_KEPT = {**_MEDS, "it": rf"(?:{_MEDS['it']}|gocce)", "de": rf"(?:{_MEDS['de']}|tropfen)"}
_HIDDEN_OR_GATHERED = {
    "en": r"\b(?:hid|hidden|hiding|stash\w*|stockpil\w*|gathered|saved\s+up|instead\s+of\s+taking"
    r"|not\s+taking|don'?t\s+take|nobody\s+knows)\b",
    "de": r"\b(?:versteckt|gesammelt|gsammlt|behalten|behalden|inzwischen\s+(?:\w+\s+){0,2}viele"
    r"|wird\s+voll|statt\s+sie\s+zu\s+nehmen|nie\s+zuru(?:e)?ckgegeben|niemand\s+wei(?:ss|s))\b",
    "fr": r"\b(?:cache\w*|planque\w*|accumul\w*|au\s+lieu\s+de\s+les\s+prendre"
    r"|je\s+(?:ne\s+)?les\s+prends\s+pas)\b",
    "es": r"\b(?:escond\w+|junt\w+|acumul\w+|en\s+vez\s+de\s+tomarl[ao]s"
    r"|no\s+(?:me\s+)?l[ao]s\s+tomo)\b",
    "pt": r"\b(?:escond\w+|junt\w+|acumul\w+|em\s+vez\s+de\s+(?:os|as)\s+tomar"
    r"|nao\s+(?:os|as)\s+tomo)\b",
    "it": r"\b(?:nascost\w+|nascond\w+|accumul\w+|(?:le|li)\s+metto\s+via|invece\s+di\s+prender\w+"
    r"|non\s+(?:le|li)\s+prendo)\b",
}
_KEEPING_PLACE = {
    "en": r"\b(?:drawer|glove\s*box|pillow\w*|rucksack|backpack|wardrobe|shoebox|tin|box|mattress"
    r"|loft|shed|cellar)\b",
    "de": r"\b\w*(?:schublad\w*|schublod|nachtschrank|nachttisch|schrank|kiste|dose|kissen"
    r"|rucksack|handschuhfach|keller|schachtel)\b",
    "fr": r"\b(?:tiroir|boite|placard|armoire|sac|matelas|cave)\b",
    "es": r"\b(?:cajon|caja|armario|ropero|mochila|colchon|guantera|sotano)\b",
    "pt": r"\b(?:gaveta|caixa|armario|mochila|colchao|porta-luvas|porao)\b",
    "it": r"\b(?:cassetto|scatola|armadio|zaino|materasso|cantina)\b",
}
_KEPT_SAFE_FROM = (
    r"kids?|children|toddler|baby|dog|cat|puppy|grandkids|kinder|enkel|hund|katze|enfants|bebe"
    r"|chien|chat|ninos|nenes|perro|gato|criancas|cachorro|bambini|cane|gatto|nipotini"
)


def _meds_hidden(lang: str) -> str:
    meds = rf"\b{_MEDS_KEPT[lang]}\b"
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:{_KEPT_SAFE_FROM})\b)"
        rf"(?=[^.!?\n]*?{_KEEPING_PLACE[lang]})[^.!?\n]*?"
        rf"(?:{meds}[^.!?\n]{{0,80}}?{_HIDDEN_OR_GATHERED[lang]}"
        rf"|{_HIDDEN_OR_GATHERED[lang]}[^.!?\n]{{0,80}}?{meds})"
    )


RULES: tuple[Rule, ...] = (
    core_family(
        "pharmacy_rounds",
        Category.GETTING_MEANS,
        _URG,
        either_order_each(_PHARMACY_ROUNDS, _MEDS_BOUGHT, 80, LANGS, unnegated),
        dict.fromkeys(LANGS, "chemist|pharmac|shops|packet|apothek|farmac"),
    )
    + core_family(
        "means_left_lying",
        Category.GETTING_MEANS,
        _URG,
        {
            lang: rf"(?=(?:{_GOT_MEANS[lang]})){_NO_USE_NAMED}(?:{_GOT_MEANS[lang]})"
            rf"[^.!?\n]{{0,60}}?(?:{_LEFT_LYING[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(LANGS, "rope|hose|seil|strick|corde|cuerda|soga|corda"),
    )
    + core_family(
        "meds_held_back",
        Category.GETTING_MEANS,
        _URG,
        _HELD_BACK,
        dict.fromkeys(LANGS, "back|gelegt|sondern|cote|guardando|juntando|parte"),
    )
    + core_family(
        "meds_hidden_or_gathered",
        Category.GETTING_MEANS,
        _URG,
        {lang: _meds_hidden(lang) for lang in LANGS},
        {
            "en": "pill|tablet|meds|painkill|sleep|oxy|morphine",
            "de": "tablet|pill|medikament|schmerz|tropfen",
            "fr": "medicament|cachet|comprime|somnif",
            "es": "pastilla|medicamento|calmante|somnif",
            "pt": "comprimido|remedio|medicamento|calmante",
            "it": "pastigl|pillol|farmac|sonnif|gocce",
        },
    )
)

__all__ = ["RULES"]
