"""Medicine gathered in a hiding place that is filling up, in six languages.

Why: the hoarding families read pills put by one at a time ("every pill goes in the tin") and a
supply added to in silence ("another box, and told nobody"). A writer may instead tell the
gathering by the hiding place itself as it fills: "a tobacco tin in the shed is filling up with
Mama's heart tablets", "la lata del armario se va llenando de pastillas", "une boîte en fer se
remplit de cachets", "il barattolo si sta riempiendo di pastiglie", "a lata vai enchendo de
comprimidos", "die Blechdose füllt sich mit Tabletten". The place is one things are hidden in
(a tin, a jar, a sock, an envelope), not a cabinet, a pill organiser or a pharmacy bag; a
return to the pharmacy, an expiry or a dosette named in the sentence is a chore.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import CORE
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
_START = r"(?:^|(?<=[.!?\n]))"
# a return, an expiry, an organiser, a recycling: the filling is a chore
_NOT_A_CHORE = (
    r"(?![^.!?\n]*\b(?:pharmacy|chemist|expired|out\s+of\s+date|organi[sz]er|dosette|recycl\w*"
    r"|apotheke|abgelaufen\w*|wochendosierer|pharmacie|perime\w*|pilulier|farmacia|caducad\w*"
    r"|pastillero|vencid\w*|porta-?comprimidos|scadut\w*|portapillole"
    # tablets that are no medicine: "dishwasher tablets", "tablets of soap"
    r"|dishwasher|soap|chlorine|spu(?:e)?lmaschine\w*|lavavajillas|lave-vaisselle"
    r"|lavastoviglie|maquina\s+de\s+lavar|sapone|jabon|sabonete|savon|seife)\b)"
)
# a hiding place, then its filling with the medicine
_FILLING = {
    "en": r"\b(?:tin|jar|sock|envelope|pouch|shoebox|biscuit\s+tin|tobacco\s+tin)\b"
    + _S
    + r"{0,40}?\b(?:is|'s)\s+(?:slowly\s+|steadily\s+)?filling\s+(?:up\s+)?with\s+"
    r"(?:[\w']+\s+){0,3}?" + CORE["en"] + r"\b",
    "es": r"\b(?:lata|bote|tarro|calcetin|sobre)\b" + _S + r"{0,40}?\b(?:se\s+(?:va|esta)\s+"
    r"llenando|se\s+llena)\s+de\s+(?:[\w']+\s+){0,3}?" + CORE["es"] + r"\b",
    "fr": r"\b(?:boite\s+(?:en\s+fer|a\s+biscuits|de\s+tabac)|bocal|chaussette|enveloppe)\b"
    + _S
    + r"{0,40}?\bse\s+remplit\s+(?:peu\s+a\s+peu\s+)?de\s+(?:[\w']+\s+){0,3}?"
    + CORE["fr"]
    + r"\b",
    "it": r"\b(?:barattolo|latta|calzino|busta|scatola\s+di\s+latta)\b" + _S + r"{0,40}?\bsi\s+"
    r"(?:sta\s+riempiendo|riempie)\s+di\s+(?:[\w']+\s+){0,3}?" + CORE["it"] + r"\b",
    "pt": r"\b(?:lata|pote|meia|envelope)\b" + _S + r"{0,40}?\b(?:(?:esta|vai)\s+(?:se\s+)?"
    r"enchendo|(?:esta|vai)-se\s+a\s+encher|se\s+enche)\s+de\s+(?:[\w']+\s+){0,3}?"
    + CORE["pt"]
    + r"\b",
    "de": r"\b(?:\w*dose|socke|umschlag|\w*glas)\b" + _S + r"{0,40}?\bfu(?:e)?llt\s+sich\s+"
    r"(?:langsam\s+|nach\s+und\s+nach\s+)?mit\s+(?:[\w']+\s+){0,3}?" + CORE["de"] + r"\b",
}

# Someone's leftover medicine still kept, and the writer counting it: "Mum's leftover morphine
# from the hospice is still in the linen cupboard and I've been counting it", "die übrigen
# Tabletten von Papa sind noch im Schrank, ich zähle sie jeden Abend". The leftover or "still"
# says the supply is no one's current dose; the counting closes the clause (not "… counting them
# for the pharmacy", "… to check she took them", both named after it).
_LEFTOVER = (
    r"(?=" + _S + r"*\b(?:leftover|left\s+over|still|old|u(?:e)?brig\w*|noch|alten|restes?"
    r"|vieux|anciens|encore|sobr\w+|viej[oa]s|todavia|aun|antig[oa]s|ainda|vecch[ie]|avanzat\w*"
    r"|rimast\w*|ancora)\b)"
)
_MEDS = {
    lang: CORE[lang]
    + {
        "en": r"|morphine|oxy\w*|methadone",
        "de": r"|morphium",
        "fr": r"|morphine",
        "es": r"|morfina",
        "pt": r"|morfina",
        "it": r"|morfina",
    }[lang]
    for lang in CORE
}
_COUNTING = {
    "en": r"(?:i'?ve\s+been|i\s+keep|i\s+kept|i\s+(?:sit\s+and\s+)?)\s*count(?:ing)?\s+(?:it|them)"
    r"(?:\s+(?:every\s+(?:night|day|evening)|again|over\s+and\s+over))?",
    "de": r"ich\s+za(?:e)?hl(?:e)?\s+(?:sie|es)(?:\s+(?:jeden\s+abend|jede\s+nacht|immer\s+wieder"
    r"|dauernd|sta(?:e)?ndig))?",
    "fr": r"je\s+(?:les|le|la)\s+(?:re)?compte(?:\s+(?:tous\s+les\s+soirs|chaque\s+soir"
    r"|sans\s+arret|encore))?",
    "es": r"(?:yo\s+)?(?:las|los|la|lo)\s+cuento(?:\s+(?:cada\s+noche|todas\s+las\s+noches|una\s+y"
    r"\s+otra\s+vez))?",
    "pt": r"(?:eu\s+)?(?:os|as|a|o)\s+conto(?:\s+(?:toda\s+noite|todas\s+as\s+noites|sem\s+parar))?"
    r"|(?:fico|estou|ando)\s+(?:a\s+)?cont(?:ar|ando)(?:-os|-as)?",
    "it": r"(?:io\s+)?(?:le|li|la|lo)\s+conto(?:\s+(?:ogni\s+sera|tutte\s+le\s+sere"
    r"|di\s+continuo))?",
}
_COUNTED = {
    lang: rf"{_START}\s*{_NOT_A_CHORE}{_LEFTOVER}{_S}*?\b(?:{_MEDS[lang]})\b{_S}{{0,90}}?\b"
    rf"(?:{_COUNTING[lang]})(?=\s*(?:$|[.!?,;\n]))"
    for lang in _COUNTING
}

RULES: tuple[Rule, ...] = family(
    "means",
    "leftover_counted",
    Category.GETTING_MEANS,
    Severity.CONCERN,
    _COUNTED,
    {
        "en": "count",
        "de": "zahl|zaehl",
        "fr": "compte",
        "es": "cuento",
        "pt": "conto|contar|contando",
        "it": "conto",
    },
    inherent=False,
) + family(
    "means",
    "hiding_place_filling",
    Category.GETTING_MEANS,
    Severity.CONCERN,
    {lang: rf"{_START}\s*{_NOT_A_CHORE}{_S}*?(?:{body})" for lang, body in _FILLING.items()},
    {
        "en": "filling",
        "es": "llena",
        "fr": "remplit",
        "it": "riempi",
        "pt": "ench",
        "de": "llt sich",
    },
    inherent=False,
)

__all__ = ["RULES"]
