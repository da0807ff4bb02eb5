"""A past attempt told as the writer's own history, read as frames of two parts in six languages.

Why: people rarely name a past attempt with its clinical word; they tell it by the bare verb
and a time, by the noun as a date in their life, or by what came after. The words change with
every writer while the parts stay, so each frame reads parts, not phrases:

* **tried, with nothing tried**: the attempt verb with no object (or a veiled "it", or a
  "go" that means dying) beside a time in the writer's past: "I tried once when I was
  sixteen", "the night I tried", "thirty-one years ago I tried to go", "ya lo intenté una vez
  cuando tenía dieciséis", "ci ho già provato a 19 anni", "quando eu tinha dezenove já tentei
  uma vez", "en 2022 j'ai déjà essayé de partir", "vor drei Jahr hab ich schon mal probiert";
* **the attempt as a date**: the noun alone, with no "at", "to" or "of" after it, placed
  before, after or since, dated, or its anniversary: "before my attempt in 2020", "nach
  meinem Versuch 2020", "seit meiner Überdosis vor zwei Jahren", "prima del tentativo nel
  2020", "o aniversário da minha tentativa";
* **the pills' aftermath**: an emergency room or a ward reached after or because of the pills,
  nothing said of what the pills did: "ended up in A&E after the tablets", "acabé en la planta
  de psiquiatría después de las pastillas", "sono finita al pronto soccorso per le pastiglie";
* **found**: someone found the writer in a room or a place where a body is found, told as a
  moment of their life (the night it happened, before or after it, a season named) or found
  lying on a floor: "the night they found me in the garage", "before my brother found me in
  the bathroom", "la noche que me encontraron en el garaje";
* **old scars dated**: scars on an arm or a wrist dated to a time of the writer's past ("the
  scars on my arms from when I was fifteen", "die Narben an meinem Arm von damals").

What stays out: a thing tried ("the last time I tried yoga", "I tried once to call her"), an
attempt at something ("my attempt at the exam", "der Versuch, Brot zu backen", "un intento
de récord"), pills that did something ("after the tablets gave me a rash"), someone found
on an ordinary day ("Mum found me in the garage"), a scar from an operation. Whose
history it is (a brother's overdose) and negation are judged in ``context`` like every rule;
these rules say they are about the past, so a time long ago does not clear them.

Text is case- and accent-folded first.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import rules_past_woke
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, either_order

_CLAUSE_END = r"(?=\s*(?:$|[.!?,;:\n]))"
_YEAR = r"(?:19|20)\d\d"

# --- tried, with nothing tried --------------------------------------------------------------
# The verb, its veiled object or its "go" meaning dying, and nothing tried after it: the clause
# ends, or a time follows.
TRIED = {
    "en": r"\b(?:i\s+(?:already\s+)?)?(?:tried|try)(?:\s+(?:to|tae|ta)\s+(?:go|die))?",
    "de": r"\b(?:hab\w*|hob|han)(?:'s)?\s+(?:ich'?s\s+|ichs\s+|ich\s+|i'?s\s+|es\s+)?"
    r"(?:(?!mit\b|zu\b)[^.!?\n,]){0,30}?\b(?:probiert|versucht)(?:\s+z(?:u)?\s+(?:gah|gehen))?"
    r"|\bichs\s+(?:\w+\s+){0,2}?(?:probiert|versucht)\s+hab\w*",
    # ("go" meaning dying may be followed by "and": "intenté irme y mi mujer no lo sabe")
    "es": r"\b(?:ya\s+)?(?:lo\s+)?intente(?:\s+irme(?=\s+y\s|\s*[,.;:!?]|\s*$))?",
    "fr": r"\bj'?\s*ai\s+(?:deja\s+)?essaye(?:\s+de\s+partir(?=\s+et\s|\s*[,.;:!?]|\s*$))?",
    "it": r"\b(?:ci\s+)?ho\s+(?:gia\s+)?provato(?:\s+ad?\s+andarmene(?=\s+e\s|\s*[,.;:!?]|\s*$))?",
    "pt": r"\b(?:ja\s+)?tentei(?:\s+ir-?me\s+embora(?=\s+e\s|\s*[,.;:!?]|\s*$))?",
}
# A time of the writer's past: an age, a year, years ago, a season, "the night I" (not
# "once" or "already" alone: "I tried once, it was too spicy").
PAST_TIME = {
    "en": rf"\b(?:when\s+i\s+was\s+\w+|at\s+\d+|in\s+{_YEAR}|(?:\w+[-\s])?\w+\s+years?\s+"
    r"(?:ago|back)|(?:the\s+)?(?:spring|summer|winter|autumn)\s+of"
    r"|last\s+(?:year|spring|summer|winter|autumn|christmas)|the\s+night\s+(?=i\s)"
    # "the bracelet from when I tried": the time named by the attempt itself
    r"|from\s+(?:back\s+)?when\s+(?=i\s))",
    "de": rf"\b(?:vor\s+\w+\s+jahr\w*|{_YEAR}|im\s+(?:winter|sommer|fruhling|herbst)"
    r"|als\s+ich\s+\w+\s+war|mit\s+\d+)\b",
    "es": rf"\b(?:cuando\s+tenia\s+\w+|a\s+los\s+\w+|hace\s+\w+\s+anos|en\s+{_YEAR})\b",
    "fr": rf"\b(?:en\s+{_YEAR}|a\s+\d+\s+ans|quand\s+j'?\s*avais\s+\w+|il\s+y\s+a\s+\w+\s+ans)\b",
    "it": rf"\b(?:a\s+\w+\s+anni|nel\s+{_YEAR}|\w+'?\s*anni\s+fa|quando\s+avevo\s+\w+)\b",
    "pt": rf"\b(?:quando\s+eu\s+tinha\s+\w+|aos\s+\d+|ha\s+\w+\s+anos|em\s+{_YEAR})\b",
}
# How often or how soon, which may stand between the verb and the time ("I tried once when I
# was sixteen", "ya lo intenté una vez cuando tenía dieciséis").
_HOW_OFTEN = {
    "en": r"once|one\s+time|already|before",
    "de": r"schon\s+mal|einmal",
    "es": r"una\s+vez|ya",
    "fr": r"une\s+fois|deja",
    "it": r"una\s+volta|gia",
    "pt": r"uma\s+vez|ja",
}
# "go" meaning dying may be followed by "and" ("intenté irme y mi mujer no lo sabe")
_GONE_AND = (
    r"(?:(?<=irme)|(?<=partir)|(?<=andarmene)|(?<=embora)|(?<=\sgo))(?=\s+(?:and|y|e|et|und)\s)"
)
# After the verb: the clause ends, or a time follows (never a thing or an infinitive tried).
_NOTHING_TRIED = {
    lang: rf"(?:,?\s+(?:{_HOW_OFTEN[lang]})\b)*(?:{_CLAUSE_END}|{_GONE_AND}"
    rf"|(?=,?\s+(?:{PAST_TIME[lang][2:]})))"
    for lang in LANGS
}
_NOTHING_TRIED["en"] = rf"(?:\s+it{_CLAUSE_END}|{_NOTHING_TRIED['en']})"

# --- the attempt as a date in the writer's life ---------------------------------------------
_ATTEMPT = {
    "en": r"(?:suicide\s+)?attempt",
    "de": r"(?:suizid|selbstmord)?versuch|uberdosis",
    "es": r"intento(?:\s+de\s+suicidio)?|sobredosis",
    "fr": r"tentative(?:\s+de\s+suicide)?|surdose|overdose",
    "it": r"tentativo(?:\s+di\s+suicidio)?|overdose",
    "pt": r"tentativa(?:\s+de\s+suicidio)?|overdose",
}
_MONTH = {
    "en": r"january|february|march|april|may|june|july|august|september|october|november"
    r"|december",
    "de": r"januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember",
    "es": r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    r"|diciembre",
    "fr": r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre",
    "it": r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre"
    r"|dicembre",
    "pt": r"janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    r"|dezembro",
}
# before, after or since, and "my" or "the"
_AROUND = {
    "en": r"\b(?:before|after|since)\s+(?:my|the|that)\s+(?:last\s+|first\s+)?",
    "de": r"\b(?:vor|nach|seit)\s+(?:meinem|meim|meiner|dem|der)\s+(?:letzten\s+)?",
    "es": r"\b(?:antes\s+del|despues\s+del|desde\s+el)\s+(?:ultimo\s+)?",
    "fr": r"\b(?:avant|apres|depuis)\s+(?:ma|la)\s+(?:derniere\s+)?",
    "it": r"\b(?:prima\s+del|dopo\s+(?:il|un)|da(?:l)?\s+(?:mio\s+)?|per\s+il)\s+(?:ultimo\s+)?",
    "pt": r"\b(?:antes\s+da|depois\s+da|desde\s+a)\s+(?:minha\s+)?(?:ultima\s+)?",
}
# the anniversary of the writer's own attempt is a date by itself
_ANNIVERSARY = {
    "en": r"\banniversary\s+of\s+my\s+",
    "de": r"\bjahrestag\s+(?:von\s+)?(?:meiner|meinem|meines)\s+",
    "es": r"\baniversario\s+de\s+mi\s+",
    "fr": r"\banniversaire\s+de\s+ma\s+",
    "it": r"\banniversario\s+del\s+mio\s+",
    "pt": r"\baniversario\s+da\s+minha\s+",
}
# years ago
_AGO = {
    "en": r"\w+\s+years?\s+ago",
    "de": r"vor\s+\w+\s+jahr\w*",
    "es": r"hace\s+\w+\s+anos",
    "fr": r"il\s+y\s+a\s+\w+\s+ans",
    "it": r"\w+'?\s*anni\s+fa",
    "pt": r"ha\s+\w+\s+anos",
}
# … and nothing attempted after it: the sentence ends (a comma may open what was attempted:
# "nach dem Versuch, den Schrank aufzubauen"), or a year, a month or years ago date it
_DATED = {
    lang: rf"(?:(?=\s*(?:$|[.!?\n]))|(?=\s+(?:(?:in|im|en|nel|em|del|de|di|do|da|vor"
    rf"|il\s+y\s+a)\s+)?(?:{_YEAR}|{_MONTH[lang]})\b)|(?=\s+{_AGO[lang]}\b))"
    for lang in LANGS
}
# … or, for the anniversary, nothing attempted after it ("my attempt at the marathon")
_NO_COMPLEMENT = r"(?!\s+(?:at|to|on|zu|de|di|a|am|an|mit)\b)"

# --- the pills' aftermath -------------------------------------------------------------------
_EMERGENCY = {
    "en": r"\b(?:ended\s+up|landed|woke\s+up|was)\s+(?:in|on)\s+(?:the\s+|a\s+)?(?:a&e|hospital"
    r"|ward|icu|intensive\s+care|er|emergency|resus)\b"
    # … or the stay itself as a time of the writer's life: "the night in the Leeds A&E"
    r"|\b(?:the\s+)?(?:night|nights|day|days|week)\s+(?:i\s+spent\s+)?in\s+(?:the\s+|a\s+)?"
    r"(?:[\w']+\s+)?(?:a&e|er|icu|hospital|emergency\s+room|resus)\b",
    "de": r"\b(?:notfall|station|klinik|intensiv\w*|krankenhaus|spital)\s+(?:\w+\s+)?"
    r"(?:gelandet|glandet|aufgewacht)\b",
    "es": r"\b(?:acabe|termine|desperte)\s+en\s+(?:la\s+|el\s+)?(?:urgencias|planta|hospital|uci"
    r"|terapia\s+intensiva)\b",
    "fr": r"\b(?:fini|retrouvee?|reveillee?)\s+(?:aux|a\s+l'?\s*|en)\s*(?:urgences|hopital|rea"
    r"|reanimation)\b",
    "it": r"\b(?:finit[oa]|svegliat[oa]|ricoverat[oa])\s+(?:al|in|nel|all'?)\s*(?:pronto\s+soccorso"
    r"|ospedale|reparto|rianimazione)\b",
    "pt": r"\b(?:acabei|fui\s+parar|acordei)\s+(?:nas?|no)\s+(?:urgencias|hospital|enfermaria"
    r"|uti)\b",
}
_AFTER_PILLS = {
    "en": r"\bafter\s+(?:the|my|those|all\s+the)\s+(?:pills|tablets|overdose)",
    "de": r"\bnach\s+(?:de|den|meinen)\s+(?:tablette|tabletten|pillen)",
    "es": r"\b(?:despues\s+de|por)\s+(?:las|mis)\s+(?:pastillas|pildoras)",
    "fr": r"\bapres\s+(?:les|mes)\s+(?:medicaments|cachets|comprimes)",
    "it": r"\b(?:per|dopo)\s+le\s+(?:pastiglie|pillole)",
    "pt": r"\b(?:por\s+causa|depois)\s+dos\s+comprimidos",
}
# … and the pills did nothing else (no "after the tablets gave me a rash")
_PILLS_END = r"(?=\s*(?:$|[.!?,;:\n])|\s+(?:im|in|auf|a|al|en|na|no|nas|aux|on|and|y|e|et|und)\b)"

# --- found ----------------------------------------------------------------------------------
_BODY_FOUND = {
    "en": r"(?:in|on)\s+(?:the|my|a)\s+(?:\w+\s+)?(?:bathroom|garage|woods|floor|bath|car|beach"
    r"|shed|river)\b",
    "de": r"(?:im|in\s+der)\s+(?:bad|garage|wald|keller)\b",
    "es": r"en\s+(?:el|la)\s+(?:garaje|bano|bosque|playa|piso)\b",
    "fr": r"dans\s+(?:le|la|les)\s+(?:garage|salle\s+de\s+bain|bois|foret)\b",
    "it": r"(?:in|nel|nella|sul)\s+(?:garage|bagno|bosco)\b",
    "pt": r"n[ao]\s+(?:garagem|banheiro|casa\s+de\s+banho|praia|mato)\b",
}
# The finding placed as a moment of the writer's life: the night it happened, before or after
# it, or a season named ("the night they found me in the garage", "before my brother found me
# in the bathroom", "found me last Christmas"), or found lying on a floor; not "Mum found me
# in the garage" on an ordinary afternoon.
_FOUND = {
    "en": r"\b(?:(?:the\s+(?:night|day|morning)|before|after|since|where)\s+(?:\w+\s+){0,2}?"
    rf"found\s+me\s+{_BODY_FOUND['en']}"
    r"|found\s+me\s+(?:last\s+(?:spring|summer|winter|autumn|christmas|year)"
    r"|on\s+the\s+(?:\w+\s+)?floor))",
    "de": rf"\b(?:nacht|tag|nachdem|bevor)\b[^.!?\n]{{0,30}}?\b(?:mich|mi)\s+(?:\w+\s+)?"
    rf"{_BODY_FOUND['de']}\s+gefunden\b",
    "es": rf"\b(?:noche|dia|manana)\s+(?:en\s+)?que\s+me\s+encontr(?:aron|o)\s+{_BODY_FOUND['es']}",
    "fr": r"\b(?:(?:nuit|jour|matin)\s+ou\s+(?:ils\s+|on\s+)?|apres\s+qu'?\s*(?:ils\s+|on\s+)?)"
    rf"m'?\s*(?:ont|a)\s+(?:re)?trouvee?\s+{_BODY_FOUND['fr']}",
    "it": rf"\b(?:notte|giorno|mattina)\s+(?:in\s+)?che\s+mi\s+hanno\s+trovat[oa]\s+"
    rf"{_BODY_FOUND['it']}",
    "pt": rf"\b(?:noite|dia|manha)\s+em\s+que\s+me\s+(?:acharam|encontraram)\s+"
    rf"{_BODY_FOUND['pt']}",
}

# --- old scars dated ------------------------------------------------------------------------
_SCARS = {
    "en": r"\bscars?\s+(?:on|from)\s+my\s+(?:arms?|wrists?|forearms?|thighs?)\b",
    "de": r"\bnarben\s+(?:an|am)\s+(?:meinem|meinen|dem|der|de)?\s*(?:arm|armen|handgelenk\w*"
    r"|unterarm\w*)\b",
    "es": r"\bcicatrices\s+(?:de|en)\s+(?:mis|los)\s+(?:brazos|munecas)\b",
    "fr": r"\bcicatrices?\s+(?:sur\s+)?(?:mes|les)\s+(?:bras|poignets)\b",
    "it": r"\bcicatrici\s+(?:sui|sulle)\s+(?:braccia|polsi)\b",
    "pt": r"\bcicatrizes\s+(?:nos|dos)\s+(?:bracos|pulsos)\b",
}
_SCARS_DATED = {
    "en": rf"\b(?:are\s+)?from\s+(?:when\s+i\s+was\s+\w+|{_YEAR}|back\s+then|years\s+back"
    r"|that\s+(?:time|year|winter|summer))\b",
    "de": r"\b(?:von\s+damals|sind\s+von\s+der\s+zeit)\b",
    "es": rf"\bde\s+(?:cuando\s+tenia\s+\w+|{_YEAR}|aquella\s+epoca)\b",
    "fr": rf"\bde\s+(?:quand\s+j'?\s*avais\s+\w+|{_YEAR}|cette\s+epoque)\b",
    "it": rf"\bdi\s+(?:quando\s+avevo\s+\w+|{_YEAR}|quel\s+periodo)\b",
    "pt": rf"\bde\s+(?:quando\s+eu\s+tinha\s+\w+|{_YEAR}|aquela\s+epoca)\b",
}


# … and no infinitive set off after it ("I tried when I was 16, to learn the violin", "im
# Sommer 2019 hab ich probiert, Brot zu backen")
_NO_INFINITIVE_AFTER = {
    "en": r"(?![^.!?\n]{0,30}?,\s*to\s+\w)",
    "de": r"(?!,\s*(?:\w+\s+){0,4}?zu\s+\w)",
}
# German puts the time inside the verb phrase: "hab ich's im Winter 2020 probiert"
_TIME_INSIDE = {
    "de": r"\b(?:hab\w*|hob|han)(?:'s)?\s+(?:ich'?s\s+|ichs\s+|ich\s+|es\s+)?(?:\w+\s+){0,2}?"
    rf"{PAST_TIME['de']}(?:(?!mit\b|zu\b)[^.!?\n,]){{0,20}}?\b(?:probiert|versucht)"
    rf"{_NOTHING_TRIED['de']}|"
}


def _tried(lang: str) -> str:
    verb = rf"(?:{TRIED[lang]}){_NOTHING_TRIED[lang]}"
    frame = either_order(lang, verb, PAST_TIME[lang], 50)
    return rf"(?:{_TIME_INSIDE.get(lang, '')}{frame}){_NO_INFINITIVE_AFTER.get(lang, '')}"


def _dated_attempt(lang: str) -> str:
    return (
        rf"{_AROUND[lang]}(?:{_ATTEMPT[lang]})\b{_DATED[lang]}"
        rf"|{_ANNIVERSARY[lang]}(?:{_ATTEMPT[lang]})\b{_NO_COMPLEMENT}"
    )


def _aftermath(lang: str) -> str:
    return either_order(lang, _EMERGENCY[lang], rf"{_AFTER_PILLS[lang]}\b{_PILLS_END}", 50)


def _found(lang: str) -> str:
    return _FOUND[lang]


def _scars(lang: str) -> str:
    return rf"{_SCARS[lang]}[^.!?\n]{{0,20}}?{_SCARS_DATED[lang]}"


_SI, _SH, _CON = Category.SUICIDAL_IDEATION, Category.SELF_HARM, Severity.CONCERN
_FRAMES = (
    ("tried_in_the_past", _SI, _tried, "tried|try|probiert|versucht|intente|essaye|provato|tentei"),
    ("attempt_as_a_date", _SI, _dated_attempt, "attempt|versuch|dosis|intento|tentativ|dose"),
    (
        "pills_aftermath",
        _SI,
        _aftermath,
        "pills|tablet|overdose|pastillas|pildoras|medicaments"
        "|cachets|comprimes|pastiglie|pillole|comprimidos",
    ),
    ("found_me", _SI, _found, "found|gefunden|encontr|trouve|trovat|acharam"),
    ("old_scars_dated", _SH, _scars, "scar|narben|cicatri"),
)

RULES: tuple[Rule, ...] = (
    tuple(
        rule(
            f"{lang}_past_{name}",
            category,
            _CON,
            build(lang),
            # being found names the writer as the one found ("they found me")
            inherent=name == "found_me",
            lang=lang,
            past=True,
            gate=gate,
        )
        for name, category, build, gate in _FRAMES
        for lang in LANGS
    )
    + rules_past_woke.RULES
)

__all__ = ["PAST_TIME", "RULES", "TRIED"]
