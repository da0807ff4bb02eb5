"""The writer unable to see or imagine themself in a time ahead, in six languages: "I can't
see myself anywhere next autumn", "I've stopped imagining myself any older", "não me enxergo
nele" (the year to come), "no me veo en ningún lado dentro de cinco años", "no me veo en las
próximas fiestas", "je me vois nulle part dans cinq ans", "kann mir mich mit 30 nicht
vorstellen".

Why: hopelessness about what lies ahead is often told as a picture of oneself that will not
form, with no word of death. Two parts in one sentence: the writer not seeing or imagining
themself, and a time ahead (next year, in five years, at thirty, anywhere, the future). The
same words also weigh a life choice ("can't picture myself at 30 with kids", "as a teacher",
"living in London") or are someone else's diary ("the dentist can't see me until Thursday"),
so a role, a place to live or a family named after it, and any subject but the writer, leave
it alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

_MESI = (
    r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre"
    r"|dicembre"
)
# --- the writer not seeing or imagining themself ------------------------------------------------
_NOT_SEEN = {
    # (the diary's "I" may be dropped: "Can't see myself at Easter, not this one")
    "en": r"(?:\bi\s+|(?:^|(?<=[.!?\n]))\s*)(?:just\s+|honestly\s+|simply\s+)?(?:can'?t|cannot"
    r"|can\s+not|don'?t|do\s+not)\s+(?:\w+\s+)?(?:see|picture|imagine)\s+myself\b"
    # … or having stopped trying: "I've stopped imagining myself any older than this"
    r"|\bi(?:'ve|\s+have)?\s+(?:stopped|given\s+up|quit)\s+(?:imagining|picturing|seeing)\s+"
    r"myself\b"
    # … or the time itself, the subject left out or not: "Can't picture next year at all"
    # (not "next year's budget", "next year without her")
    r"|(?:\bi\s+|(?:^|(?<=[.!?\n]))\s*)(?:just\s+|honestly\s+)?(?:can'?t|cannot)\s+(?:even\s+)?"
    r"(?:picture|imagine)(?=\s+next\s+(?:year|summer|winter|spring|autumn|christmas)\b(?!'s))",
    # (the time may stand inside it: "kann mir mich in zehn Jahren nicht vorstellen")
    "de": r"\b(?:kann|ko(?:e)?nnte)\s+mir\s+mich\b(?=(?:\s+\w+){0,5}?\s+nicht\s+vorstellen\b)"
    # (the time may stand inside it too: "ich seh mich nächsten Sommer nicht mehr")
    r"|\bseh(?:e)?\s+mich\b(?=\s+(?:\w+\s+){0,3}?(?:nirgends|nirgendwo|nicht\s+mehr)\b)"
    r"|\bseh(?:e)?\s+mich\s+in\s+keine[rm]?\b"
    # thinking of it and seeing nothing: "wenn ich an nächstes Jahr denke, seh ich nichts"
    r"|\bdenke?,?\s+(?:dann\s+)?seh(?:e)?\s+ich\s+(?:da\s+)?(?:gar\s+)?nichts\b"
    # the year itself not seen for the writer: "ein nächstes Jahr sehe ich für mich nicht"
    r"|(?<=jahr\s)seh(?:e)?\s+ich\s+fu(?:e)?r\s+mich\s+nicht\b(?!\s+(?:in|im|bei|an|als|mit)\b)"
    r"|\bich\s+seh(?:e)?\s+fu(?:e)?r\s+mich\s+kein(?=\s+na(?:e)?chstes\s+jahr\b)",
    # (not a place: "no me veo en Madrid", "non mi vedo a Milano")
    # (a feast or a season after the preposition is a time, not a place: "no me imagino en la
    # Semana Santa del año que viene", "je ne me vois pas à Noël prochain")
    "fr": r"\bje\s+(?:ne\s+)?me\s+vois\s+(?:nulle\s+part|pas|plus|dans\s+aucun\w*)\b"
    r"(?!\s+a\s+(?!noel|paques|la\s+rentree|l'ete)\w"
    # (a place, unless nowhere else either: "pas à Bruxelles, ni nulle part ailleurs")
    r"(?![^.!?\n]*\bni\s+(?:nulle\s+part|ailleurs)\b))",
    "es": r"\bno\s+me\s+(?:veo|imagino)\b(?!\s+en\s+(?!ningun|(?:(?:la|el|las|los)\s+)?"
    r"(?:semana\s+santa"
    r"|navidad|nochevieja|verano|invierno|primavera|otono|ano|pascua|feria|proxim\w*)\b)\w"
    r"(?![^.!?\n]*\bni\s+en\s+(?:ningun\w*\s+)?(?:otro\s+)?(?:lado|sitio|parte|lugar)\b))",
    "pt": r"\b(?:nao|num)\s+me\s+(?:vejo|enxergo|imagino)\b"
    r"(?!\s+(?:em|no|na)\s+(?!lugar|nenhum|natal|verao|inverno|ano|pascoa|carnaval|proxim)\w"
    r"(?![^.!?\n]*\bnem\s+(?:em\s+)?(?:lado|lugar|sitio)\s+nenhum\b))",
    "it": r"\bnon\s+mi\s+(?:vedo|immagino)\b(?!\s+(?:a|in)\s+(?!nessun|natale|estate|pasqua"
    r"|ferragosto)\w(?![^.!?\n]*\bne\s+(?:altrove|da\s+nessun\w*\s*altra\s+parte)\b))"
    rf"|\bnon\s+riesco\s+(?:piu\s+)?a\s+(?:vedermi|immaginarmi)\b(?!\s+(?:a|in)\s+(?!nessun|{_MESI})\w)",
}
# --- a time ahead ---------------------------------------------------------------------------------
_AHEAD = {
    "en": r"\b(?:next\s+\w+|in\s+(?:a|one|two|three|five|ten)\s+(?:\w+\s+)?(?:year|years|months)"
    r"|at\s+\d\d|at\s+(?:thirty|forty|fifty|twenty)\w*|anywhere|the\s+future|older"
    r"|years\s+from\s+now|someday|by\s+then"
    # every coming one refused: "not this one, not any after it"
    r"|not\s+any\s+(?:\w+\s+)?after)\b",
    "de": r"\b(?:mit\s+(?:\d\d|drei(?:ss|ß)ig|vierzig|fu(?:e)?nfzig|zwanzig)|na(?:e)?chst\w*"
    r"|in\s+(?:einem|zwei|fu(?:e)?nf|zehn)\s+jahr\w*|zukunft"
    # a coming holiday or feast the writer is no longer seen at: "den Sommerurlaub …, ich seh
    # mich da nicht mehr"
    r"|(?:sommer|winter|oster|weihnachts)?urlaub|sommerferien|weihnachten|silvester|ostern)\b",
    "fr": r"\b(?:dans\s+(?:un|deux|cinq|dix)\s+ans|prochain\w*|l'\s*avenir|aucun\s+avenir"
    r"|a\s+\d\d\s+ans"
    r"|nulle\s+part)\b",
    "es": r"\b(?:dentro\s+de|en\s+(?:un|dos|cinco|diez)\s+anos|proxim\w*|que\s+viene|el\s+futuro"
    r"|ningun\s+lado|ninguna\s+parte)\b",
    "pt": r"\b(?:daqui\s+a|proxim\w*|que\s+vem|no\s+futuro|lugar\s+nenhum|nele|nela)\b",
    "it": r"\b(?:tra\s+(?:un|due|cinque|dieci)\s+anni|prossim\w*|nel\s+futuro"
    rf"|da\s+nessuna\s+parte|per\s+allora|a\s+(?:{_MESI}))\b",
}
# --- a life choice weighed: a role, a family, a place to live, a doing ----------------------------
_CHOICE = {
    "en": r"with|without|as\s+an?|married|kids|children|job|career|house|living|working|doing|being"
    r"|becoming|moving|staying|there(?!'?s\b|\s+is\b)",
    "de": r"ohne|mit\s+(?:kind\w*|frau|mann|familie|haus)|als|verheiratet|beruf|job|wohnen"
    r"|leben\s+in|arbeiten",
    "fr": r"avec|sans|comme|marie\w*|enfants|metier|boulot|travaill\w*|habiter|vivre\s+a",
    "es": r"con|sin|como|casad\w+|hijos|trabajo|trabajando|viviendo|vivir\s+en",
    "pt": r"com|sem|como|casad\w+|filhos|emprego|trabalhando|morando|morar\s+em",
    "it": r"con|senza|come|sposat\w+|figli|lavoro|lavorare|vivere\s+a|abitare",
}


def _not_ahead(lang: str) -> str:
    seen, ahead = _NOT_SEEN[lang], _AHEAD[lang]
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:{_CHOICE[lang]})\b)[^.!?\n]*?"
        rf"(?:(?:{seen})[^.!?\n]{{0,60}}?(?:{ahead})|(?:{ahead})[^.!?\n]{{0,60}}?(?:{seen}))"
    )


RULES: tuple[Rule, ...] = core_family(
    "self_not_seen_ahead",
    Category.NO_FUTURE,
    Severity.CONCERN,
    {lang: _not_ahead(lang) for lang in LANGS},
    {
        "en": "myself|picture|imagine",
        "de": "mich|nichts",
        "fr": "me vois",
        "es": "me veo|me imagino",
        "pt": "me vejo|me enxergo|me imagino",
        "it": "mi vedo|mi immagino|vedermi|immaginarmi",
    },
)

__all__ = ["RULES"]
