"""A past attempt told by the waking after it, in six languages.

Why: people who survived an attempt often tell it by where they came round, not by what they
did: "the last time I tried I woke up in the Royal", "la última vez que lo intenté desperté en
el hospital", "l'ultima volta che ci ho provato mi sono svegliata al Cardarelli", "letztes Mal
bin ich im Krankenhaus wieder aufgewacht", "j'ai avalé ce qu'il fallait pas et je me suis
réveillée aux urgences". The hospital is often named by its own name, so the place is read
loosely when the attempt verb stands bare before the waking; each frame needs two parts:

* **tried, then woke**: the last time, the attempt verb with nothing tried (a veiled "it" at
  most), and the waking right after it, anywhere but at an hour ("last time I tried I woke up
  at six" is a morning);
* **woke in care, last time**: the last time and the waking in a hospital, a clinic or an
  emergency room, with no operation, accident or birth in the sentence;
* **swallowed what should not be**: a veiled overdose ("swallowed what I shouldn't have", "tragué
  lo que no debía", or the whole of it: "took the lot", "j'ai tout avalé") and a waking after it;
* **tried before, then woke**: the attempt verb bare and "before" ("tried once before", "I've
  done it before", "ci ho già provato") and the waking after it.

What stays out: a thing tried ("the last time I tried sushi I woke up sick"), a waking at an
hour, a hospital stay for an operation, a birth or an accident. Whose history it is and
negation are judged in ``context`` like every rule; these rules are about the past.

Text is case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# the last time
_LAST_TIME = {
    "en": r"\b(?:the\s+)?last\s+time\b",
    "de": r"\b(?:das\s+)?letzte(?:s)?\s+mal\b",
    "fr": r"\bla\s+derniere\s+fois\b",
    "es": r"\bla\s+ultima\s+vez\b",
    "it": r"\b(?:l'\s*)?ultima\s+volta\b",
    "pt": r"\b(?:da|na|a)\s+ultima\s+vez\b",
}
# the attempt verb with nothing tried: a veiled object at most, and the waking next
_TRIED_BARE = {
    "en": r"\s+(?:that\s+)?i\s+(?:tried|attempted)(?:\s+it)?",
    "de": r",?\s+(?:wo|als)\s+ich'?s?\s+(?:es\s+)?(?:probiert|versucht)\s+(?:hab|habe|hatte)",
    "fr": r"\s+(?:que|ou)\s+j'?\s*ai\s+(?:essaye|tente(?:\s+le\s+coup)?)",
    "es": r"\s+(?:que|en\s+que)\s+(?:lo\s+)?intente",
    "it": r"\s+(?:che|in\s+cui)\s+(?:ci\s+)?ho\s+(?:provato|tentato)",
    "pt": r"\s+(?:que|em\s+que)\s+(?:eu\s+)?(?:o\s+)?tentei",
}
# tried once before, the attempt verb with nothing tried: "tried once before", "I've done it
# before", "ci ho già provato" (not "tried sushi before")
_TRIED_BEFORE = {
    "en": r"\b(?:i\s+|i'?ve\s+|i\s+have\s+|(?:^|(?<=[.!?\n]))\s*)(?:tried|attempted|done\s+it"
    r"|did\s+it)\s+(?:it\s+)?(?:once\s+|twice\s+)?before\b",
    "de": r"\b(?:hab|habe)'?s?\s+(?:ich\s+)?(?:es\s+)?schon\s+(?:mal|einmal)\s+"
    r"(?:versucht|probiert)\b",
    "fr": r"\bj'?\s*ai\s+deja\s+(?:essaye|tente(?:\s+le\s+coup)?)\b"
    r"(?!\s+(?:de|d'|le|la|les|un|une)\b)",
    "es": r"\bya\s+lo\s+(?:intente|he\s+intentado)\b",
    "it": r"\bci\s+ho\s+gia\s+(?:provato|tentato)\b",
    "pt": r"\b(?:eu\s+)?ja\s+(?:o\s+)?tentei\b(?!\s+(?:o|a|os|as|um|uma|de|fazer)\b)",
}
# the writer woke, came round, and where (the writer named: "i", "ich", a first-person form)
_WOKE = {
    # (the subject left out after a comma, as a list of what happened leaves it: "took the lot,
    # woke up in the Royal")
    "en": r"(?:i\s+|(?<=and\s)|(?<=,\s))(?:woke\s+up|came\s+(?:round|to)|came\s+around)\s+"
    r"(?:in|at|on)\b",
    "de": r"(?:bin\s+ich|ich\s+bin)\s+(?:\w+\s+)?(?:im|in\s+der|auf\s+der)\s+\w+\s+(?:wieder\s+)?"
    r"(?:aufgewacht|wach\s+geworden|zu\s+mir\s+gekommen)\b",
    "fr": r"(?:je\s+)?(?:me\s+suis|m'?\s*suis)\s+(?:re)?reveille\w*\s+(?:a|aux|en|dans)\b",
    "es": r"(?:me\s+)?desperte\s+en\b",
    "it": r"(?:mi\s+sono|sono)\s+(?:ri)?svegliat[oa]\s+(?:al|alla|allo|all'|in|nel|nella)",
    "pt": r"(?:eu\s+)?acordei\s+(?:no|na|nos|nas|em)\b",
}
# … not at an hour or a time of day, nor in a bed, on a sofa or in a tent (a night's sleep)
_NOT_AN_HOUR = (
    r"(?!\s*(?:\d|(?:the\s+|my\s+(?:own\s+)?|a\s+)?(?:bed|sofa|couch|settee|tent|hotel)\b"
    r"|(?:dawn|noon|midnight|night|lunch|sunrise|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|uhr|heures?|ore|horas|las|le|mezzanotte|mezzogiorno"
    r"|midi|minuit|mediodia|medianoche|meia-noite|meio-dia)\b))"
)
_THEN = r",?\s+(?:(?:and|und|et|y|e)\s+)?(?:then\s+|dann\s+|puis\s+|luego\s+|poi\s+|depois\s+)?"

# a hospital, a clinic, an emergency room or a ward
_CARE = {
    "en": r"\b(?:hospital|a&e|er|icu|intensive\s+care|emergency|resus|ward|psych\s+ward"
    r"|infirmary)\b",
    "de": r"\b(?:krankenhaus|klinik\w*|notaufnahme|intensiv\w*|spital|station|psychiatrie)\b",
    "fr": r"\b(?:hopital|hosto|urgences|reanimation|rea|psychiatrie|clinique)\b",
    "es": r"\b(?:hospital|urgencias|uci|planta|psiquiatric\w+|clinica)\b",
    "it": r"\b(?:ospedale|pronto\s+soccorso|rianimazione|reparto|psichiatria|clinica)\b",
    "pt": r"\b(?:hospital|urgencias?|uti|enfermaria|psiquiatria|clinica)\b",
}
# an operation, an accident, a birth, an illness: the ordinary stay in care
_NOT_A_MISHAP = (
    r"(?![^.!?\n]*\b(?:operation|op|surgery|anaesthetic|anesthetic|accident|crash|fall|birth"
    r"|labour|covid|appendix|operation|unfall|sturz|geburt|narkose|accident|chute|accouchement"
    r"|anesthesie|operacion|accidente|caida|parto|anestesia|operazione|incidente|caduta"
    r"|acidente|queda|cirurgia|cirugia|chirurgie|intervento)\b)"
)
# a veiled overdose: swallowed what should not have been
_SWALLOWED = {
    "en": r"\bi\s+(?:swallowed|took)\s+(?:what|everything|whatever)\s+i\s+(?:shouldn'?t|should"
    r"\s+not)(?:\s+have)?\b"
    # ... or the whole of it: "took the lot", "swallowed them all", the subject often left out
    r"|(?:\bi\s+|(?:^|(?<=[,;.]\s)))(?:took|swallowed|necked|downed)\s+(?:the\s+(?:whole\s+)?lot"
    r"|them\s+all|all\s+of\s+them|the\s+(?:whole\s+)?(?:box|packet|bottle))\b",
    "de": r"\b(?:geschluckt|genommen),?\s+was\s+ich\s+nicht\s+(?:sollte|durfte|hatte\s+sollen)\b"
    r"|\b(?:hab|habe)\s+(?:ich\s+)?(?:alle|alles|die\s+ganze\s+packung)\s+(?:auf\s+einmal\s+)?"
    r"(?:geschluckt|genommen)\b",
    "fr": r"\bj'?\s*ai\s+(?:avale|pris)\s+ce\s+qu'?\s*il\s+(?:ne\s+)?fallait\s+pas\b"
    r"|\bj'?\s*ai\s+(?:tout\s+(?:avale|pris)|(?:avale|pris)\s+(?:toute\s+la\s+boite|tous\s+les"
    r"\s+cachets|tout))\b",
    "es": r"\b(?:me\s+)?(?:trague|tome)\s+lo\s+que\s+no\s+(?:debia|tenia\s+que)\b"
    r"|\bme\s+(?:trague|tome)\s+(?:todas|toda\s+la\s+caja|todo\s+el\s+bote)\b",
    "it": r"\bho\s+(?:ingoiato|preso|mandato\s+giu)\s+(?:quello|cio)\s+che\s+non\s+dovevo\b"
    r"|\bho\s+(?:ingoiato|preso|mandato\s+giu)\s+(?:tutto|tutte|tutta\s+la\s+scatola)\b",
    "pt": r"\b(?:engoli|tomei)\s+o\s+que\s+nao\s+(?:devia|podia)\b"
    r"|\b(?:engoli|tomei)\s+(?:tudo|todos|todas|a\s+caixa\s+toda)\b",
}

_LANGS = ("en", "de", "fr", "es", "it", "pt")
_SENTENCE = r"[^.!?\n]"
_TRIED_THEN_WOKE = {
    lang: rf"{_LAST_TIME[lang]}{_TRIED_BARE[lang]}{_THEN}{_WOKE[lang]}{_NOT_AN_HOUR}"
    for lang in _LANGS
}
_WOKE_IN_CARE = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_MISHAP}{_SENTENCE}*?{_LAST_TIME[lang]}{_SENTENCE}{{0,40}}?"
    rf"{_WOKE[lang]}{_SENTENCE}{{0,12}}?{_CARE[lang]}"
    if lang != "de"
    else rf"(?:^|(?<=[.!?\n])){_NOT_A_MISHAP}{_SENTENCE}*?{_LAST_TIME[lang]}"
    rf"{_SENTENCE}{{0,40}}?(?=(?:bin\s+ich|ich\s+bin)\s+(?:\w+\s+)?(?:im|in\s+der|auf\s+der)"
    rf"\s+{_CARE[lang][2:-2]}){_WOKE[lang]}"
    for lang in _LANGS
}
_TRIED_BEFORE_THEN_WOKE = {
    lang: rf"{_TRIED_BEFORE[lang]}{_SENTENCE}{{0,60}}?{_THEN}{_WOKE[lang]}{_NOT_AN_HOUR}"
    for lang in _LANGS
}
_SWALLOWED_THEN_WOKE = {
    lang: rf"{_SWALLOWED[lang]}{_SENTENCE}{{0,30}}?{_THEN}{_WOKE[lang]}{_NOT_AN_HOUR}"
    for lang in _LANGS
}
_LAST_GATE = {
    "en": "last time",
    "de": "letzte",
    "fr": "derniere fois",
    "es": "ultima vez",
    "it": "ultima volta",
    "pt": "ultima vez",
}
_SWALLOW_GATE = {
    "en": "shouldn|lot|all|box|packet|bottle",
    "de": "nicht|alle|packung",
    "fr": "fallait|tout",
    "es": "que no|toda",
    "it": "non dovevo|tutt",
    "pt": "nao|tud|tod",
}

_SI, _CON = Category.SUICIDAL_IDEATION, Severity.CONCERN
RULES: tuple[Rule, ...] = (
    family("past", "tried_then_woke", _SI, _CON, _TRIED_THEN_WOKE, _LAST_GATE, past=True)
    # (who woke in care is judged in context: "the last time Dad woke up in hospital")
    + family(
        "past", "woke_in_care", _SI, _CON, _WOKE_IN_CARE, _LAST_GATE, inherent=False, past=True
    )
    + family(
        "past", "swallowed_then_woke", _SI, _CON, _SWALLOWED_THEN_WOKE, _SWALLOW_GATE, past=True
    )
    + family(
        "past",
        "tried_before_then_woke",
        _SI,
        _CON,
        _TRIED_BEFORE_THEN_WOKE,
        {"en": "before", "de": "schon", "fr": "deja", "es": "ya lo", "it": "gia", "pt": "ja"},
        past=True,
    )
)

__all__ = ["RULES"]
