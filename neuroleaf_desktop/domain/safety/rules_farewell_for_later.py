"""Goodbyes left to be found later, and farewells the others did not understand, in six
languages.

Why: these writers tell a goodbye by what it is for, not by the word "goodbye":

* **a letter of the writer's hidden in someone's own thing, or to be found there later**: "I
  slipped a note for my son inside his football album", "j'ai glissé une lettre pour mon fils
  dans sa boîte à chaussures", "escondí una carta para mi hermana en su guitarra", "c'è una
  busta per mio figlio nel cassetto, la troverà a maggio" (an occasion, money, a game or a
  surprise named in the sentence makes it a present or a treasure hunt:
  ``rules_farewell_hidden``'s guard);
* **the occasions the writer will miss**: "one for every birthday I'll miss", "para todos los
  cumpleaños que me voy a perder", "pour chaque anniversaire que je vais rater", "für jeden
  Geburtstag, den ich verpassen werde" (not while the writer is away: abroad, on tour, deployed);
* **a letter with everything the writer still wanted to say**: "mit allem, was ich ihr noch
  sagen wollte", "with everything I still wanted to tell him", "tout ce que je voulais encore
  lui dire" (not to an ex, not a letter then burnt: the unsent breakup letter);
* **thanks or sorry "for everything" that puzzled the one who heard it**, or sent to arrive
  later: "rang my old coach to say thanks for everything, he sounded confused", "le dije gracias
  por todo y se quedó extrañado", "posted a card timed to arrive next week, said sorry for
  everything". The same puzzled recipient marks a giving away: "gave all my records to the lad
  next door, he asked why".
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_farewell_hidden import NO_OCCASION

_IN = r"[^.!?\n]"
_KIN = (
    r"(?:daughter|son|sister|brother|mum|mom|mam|dad|niece|nephew|goddaughter|godson|nan|gran"
    r"|grandma|grandad|wife|husband|partner|kids?|children|boy|girl|best\s+(?:mate|friend)|\w+)"
)
# a surprise, an ex, a letter burnt: not a farewell
_NO_SURPRISE = (
    r"(?![^.!?\n]*\b(?:surprise|sorpresa|surpresa|u(?:e)?berraschung|ex|burn\w*|burnt"
    r"|verbrannt|brule\w*|queme|quemad\w*|queimei|queimad\w*|bruciat\w*)\b)"
)

# --- a letter of the writer's hidden in someone's thing, or to be found there later -------------
_FOUND_LATER = {
    "en": r"\b(?:hid|slipped|tucked|stashed|put|left)\s+(?:a|an|my)\s+(?:letter|note|envelope)\s+"
    rf"(?:for|to)\s+(?:my\s+)?{_KIN}\s+(?:in|inside|behind|under)\s+(?:her|his|their)\b",
    "fr": r"\bj'\s*ai\s+(?:glisse|cache|mis|laisse|range|planque)\s+une\s+(?:lettre|enveloppe)\s+"
    r"pour\s+(?:ma|mon|mes)\s+\w+\s+dans\s+(?:son|sa|ses)\b",
    "es": r"\b(?:escondi|meti|deje|guarde)\s+una\s+(?:carta|nota)\s+para\s+(?:mi|mis)\s+\w+\s+"
    r"(?:en|dentro\s+de)\s+(?:su|sus)\b",
    "pt": r"\b(?:escondi|meti|deixei|guardei)\s+uma\s+carta\s+(?:para|pra)\s+(?:a\s+|o\s+)?"
    r"minha?\s+"
    r"\w+\s+(?:dentro\s+d[oa]|n[oa])\s+(?:seu|sua)?\b",
    "it": r"\bho\s+(?:nascosto|infilato|messo|lasciato)\s+una\s+(?:lettera|busta)\s+per\s+"
    r"(?:mia|mio|i\s+miei|le\s+mie)\s+\w+\s+(?:nel|nella|dentro)\s+(?:suo|sua)\b"
    r"|\b(?:busta|lettera)\s+per\s+(?:mia|mio|i\s+miei|le\s+mie)\s+\w+[^.!?\n,]{0,40},\s*(?:la|le)\s+"
    r"(?:trovera|troveranno)\s+(?:a|in|tra|fra)\s+\w+",
    "de": r"\b(?:hab|habe)\s+(?:meiner|meinem|meinen)\s+\w+\s+einen\s+brief\s+"
    r"(?:in\s+(?:sein|ihr)\w*"
    r"|ins)\s+\w+\s+(?:gelegt|gesteckt|versteckt)\b",
}
_FOUND_GATE = {
    "en": "letter|note|envelope",
    "fr": "lettre|enveloppe",
    "es": "carta|nota",
    "pt": "carta",
    "it": "lettera|busta",
    "de": "brief",
}

# --- the occasions the writer will miss ---------------------------------------------------------
_TO_MISS = {
    "en": r"\b(?:every|each|all\s+the)\s+(?:birthday|christmas|anniversar\w+)s?\s+(?:that\s+)?"
    r"i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\s+miss\b"
    r"|\b(?:every|each|all\s+the)\s+(?:birthday|christmas)s?\s+i\s+won'?t\s+be\s+(?:there|here)"
    r"\s+for\b",
    "es": r"\b(?:cada|todos\s+los)\s+(?:cumpleanos|navidades)\s+que\s+(?:me\s+voy\s+a\s+perder"
    r"|me\s+perdere|no\s+voy\s+a\s+estar)\b",
    "fr": r"\b(?:chaque|tous\s+les)\s+(?:anniversaires?|noels?)\s+(?:que|ou)\s+je\s+(?:vais\s+"
    r"(?:rater|manquer)|raterai|manquerai|ne\s+serai\s+pas)\b",
    "pt": r"\b(?:cada|todos\s+os)\s+(?:aniversarios?|nata(?:l|is))\s+que\s+(?:vou\s+perder"
    r"|perderei|nao\s+vou\s+estar)\b",
    "it": r"\b(?:ogni|tutti\s+i)\s+(?:compleanni|compleanno|natali|natale)\s+che\s+(?:mi\s+perdero"
    r"|non\s+ci\s+saro)\b",
    "de": r"\b(?:jeden|alle)\s+(?:geburtstag|geburtstage|weihnachten)\s*,?\s+(?:den|die)\s+ich\s+"
    r"(?:verpassen\s+werde|verpasse|nicht\s+mehr\s+erlebe)\b",
}
_AWAY = (
    r"(?![^.!?\n]*\b(?:while|during|abroad|overseas|deploy\w*|tour|posting|contract|semester"
    r"|mientras|extranjero|gira|pendant|etranger|tournee|enquanto|estrangeiro|digressao"
    r"|mentre|estero|tournee|wa(?:e)?hrend|ausland|tournee|einsatz)\b)"
)
_MISS_GATE = {
    "en": "miss|won't be|wont be",
    "es": "perd|estar",
    "fr": "rater|manquer|serai",
    "pt": "perd|estar",
    "it": "perdero|saro",
    "de": "verpass|erlebe",
}

# --- a letter with everything the writer still wanted to say ------------------------------------
_STILL_TO_SAY = {
    "en": r"\b(?:letter|note|message)\b" + _IN + r"{0,60}?\beverything\s+i\s+still\s+(?:wanted"
    r"|needed|meant)\s+to\s+(?:tell|say\s+to)\s+(?:her|him|them)\b",
    "de": r"\bbrief\b" + _IN + r"{0,80}?\bmit\s+allem,?\s+was\s+ich\s+(?:ihr|ihm|ihnen)\s+noch\s+"
    r"sagen\s+wollte\b",
    "fr": r"\blettre\b"
    + _IN
    + r"{0,80}?\btout\s+ce\s+que\s+je\s+voulais\s+encore\s+(?:lui|leur)\s+"
    r"dire\b",
    "es": r"\bcarta\b"
    + _IN
    + r"{0,80}?\btodo\s+lo\s+que\s+(?:aun|todavia)\s+(?:le|les)\s+queria\s+"
    r"decir\b",
    "pt": r"\bcarta\b" + _IN + r"{0,80}?\btudo\s+o\s+que\s+ainda\s+(?:lhe|lhes)\s+queria\s+dizer\b",
    "it": r"\blettera\b" + _IN + r"{0,80}?\btutto\s+(?:quello\s+)?che\s+(?:le|gli)\s+volevo\s+"
    r"ancora\s+dire\b",
}
_STILL_GATE = {
    "en": "still",
    "de": "noch",
    "fr": "encore",
    "es": "aun|todavia",
    "pt": "ainda",
    "it": "ancora",
}

# --- thanks or sorry for everything that puzzled the one who heard it, or sent for later ---------
_PUZZLED = {
    "en": r"(?:he|she|they)\s+(?:sounded|seemed|looked|was|were|got)\s+(?:a\s+bit\s+|really\s+"
    r"|so\s+)?(?:confused|puzzled|surprised|worried|thrown)|(?:he|she|they)\s+asked\s+(?:me\s+)?"
    r"(?:why|what\s+was\s+wrong)",
    "es": r"se\s+(?:quedo|quedaron)\s+(?:extranad\w+|confundid\w+|sorprendid\w+)"
    r"|me\s+pregunto\s+(?:por\s+que|que\s+me\s+pasaba)",
    "fr": r"(?:il|elle)\s+(?:a\s+eu\s+l'air|semblait)\s+(?:surpris\w*|perdu\w*|inquiet\w*)"
    r"|m'\s*a\s+demande\s+pourquoi",
    "pt": r"fic(?:ou|aram)\s+(?:confus\w+|surpres\w+|estranhad\w+)"
    r"|perguntou\s+(?:porque|por\s+que)",
    "it": r"(?:e|sono)\s+rimast[oaie]\s+(?:confus\w+|stupit\w+|sorpres\w+)"
    r"|mi\s+ha\s+chiesto\s+perche",
    "de": r"(?:klang|wirkte|war)\s+(?:ganz\s+|total\s+)?(?:verwirrt|u(?:e)?berrascht|irritiert)"
    r"|(?:fragte|hat\s+gefragt),?\s+warum",
}
_FOR_EVERYTHING = {
    "en": r"\b(?:thanks|thank\s+you|sorry)\s+for\s+everything\b",
    "es": r"\b(?:gracias|perdon)\s+por\s+todo\b",
    "fr": r"\b(?:merci|pardon)\s+pour\s+tout\b",
    "pt": r"\b(?:obrigad[oa]|desculpa)\s+por\s+tudo\b",
    "it": r"\b(?:grazie|scusa)\s+(?:di|per)\s+tutto\b",
    "de": r"\b(?:danke|entschuldigung|sorry)\s+fu(?:e)?r\s+alles\b",
}
_SENT_FOR_LATER = {
    "en": r"\b(?:timed|scheduled|set)\s+to\s+(?:arrive|send|go\s+out)\b",
    "es": r"\bprogramad[oa]\s+para\s+(?:llegar|enviarse)\b",
    "fr": r"\bprogramme\w*\s+pour\s+(?:arriver|partir)\b",
    "pt": r"\bprogramad[oa]\s+para\s+(?:chegar|ser\s+enviad[oa])\b",
    "it": r"\bprogrammat[oa]\s+per\s+(?:arrivare|partire)\b",
    "de": r"\bso\s+(?:geplant|getimt),?\s+dass\s+(?:er|sie|es)\s+(?:\w+\s+){0,3}ankommt\b",
}


def _thanks_puzzled(lang: str) -> str:
    thanks, puzzled, later = _FOR_EVERYTHING[lang], _PUZZLED[lang], _SENT_FOR_LATER[lang]
    return (
        rf"(?:{thanks}){_IN}{{0,40}}?\b(?:{puzzled})\b|(?:{later}){_IN}{{0,60}}?(?:{thanks})"
        rf"|(?:{thanks}){_IN}{{0,60}}?(?:{later})"
    )


_GAVE = {
    "en": r"\bgave\s+(?:away\s+)?(?:all\s+(?:\w+\s+)?(?:of\s+)?)?my\s+",
    "es": r"\ble\s+(?:di|regale)\s+(?:todos\s+|todas\s+)?(?:mis|mi)\s+",
    "fr": r"\bj'\s*ai\s+(?:donne|offert)\s+(?:tous\s+|toutes\s+)?(?:mes|mon|ma)\s+",
    "pt": r"\b(?:dei|ofereci)\s+(?:todos\s+|todas\s+)?(?:os\s+|as\s+)?(?:meus|minhas|meu|minha)\s+",
    "it": r"\bho\s+(?:dato(?:\s+via)?|regalato)\s+(?:tutti\s+|tutte\s+)?(?:i\s+|le\s+|il\s+"
    r"|la\s+)?(?:miei"
    r"|mie|mio|mia)\s+",
    "de": r"\b(?:hab|habe)\s+(?:\w+\s+){0,2}?(?:alle\s+)?(?:meine|meinen|mein)\s+",
}


def _gave_puzzled(lang: str) -> str:
    return rf"{NO_OCCASION}(?:{_GAVE[lang]}){_IN}{{0,80}}?\b(?:{_PUZZLED[lang]})\b"


_THANKS_GATE = {
    "en": "everything",
    "es": "todo",
    "fr": "tout",
    "pt": "tudo",
    "it": "tutto",
    "de": "alles",
}
_GAVE_GATE = {
    "en": "gave",
    "es": "di|regale",
    "fr": "donne|offert",
    "pt": "dei|ofereci",
    "it": "dato|regalato",
    "de": "hab",
}

_NAME = "farewell_later"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "found_later",
        Category.GOODBYES,
        Severity.CONCERN,
        {lang: rf"{NO_OCCASION}{_NO_SURPRISE}(?:{p})" for lang, p in _FOUND_LATER.items()},
        _FOUND_GATE,
    )
    + family(
        _NAME,
        "occasions_missed",
        Category.GOODBYES,
        Severity.CONCERN,
        {lang: rf"{_AWAY}(?:{p})" for lang, p in _TO_MISS.items()},
        _MISS_GATE,
    )
    + family(
        _NAME,
        "still_to_say",
        Category.GOODBYES,
        Severity.CONCERN,
        {lang: rf"{_NO_SURPRISE}(?:{p})" for lang, p in _STILL_TO_SAY.items()},
        _STILL_GATE,
    )
    + family(
        _NAME,
        "thanks_puzzled",
        Category.GOODBYES,
        Severity.CONCERN,
        {lang: _thanks_puzzled(lang) for lang in _FOR_EVERYTHING},
        _THANKS_GATE,
    )
    + family(
        _NAME,
        "gave_puzzled",
        Category.GIVING_AWAY,
        Severity.CONCERN,
        {lang: _gave_puzzled(lang) for lang in _GAVE},
        _GAVE_GATE,
    )
)

__all__ = ["RULES"]
