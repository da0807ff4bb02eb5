"""More dialects folded into the standard words the rules read: Berlin, Ruhr, Saxon, Swabian,
Viennese and Swiss German; Neapolitan, Sicilian and Tuscan Italian; West African pidgin.

Why: as for ``spelling_dialect``, a rule written for "ich komme da nicht mehr raus" misses "ick
komm da nich mehr raus", and one for "se non ci fossi più" misses Tuscan "se 'un ci fossi più".
Each dialect's everyday words are respelt once, before any rule runs, so every rule of the
language reads them; the next batch brings new sentences in the same dialects.

Each table is applied only in a sentence holding its own markers (words of no other of the six
languages): "dit", "nich", "isch" for German, "'un", "vogghiu", "penzanno" for southern
Italian, "dey", "wahala", "chale" for pidgin. The map back to the writer's words is kept.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.dialect_folding import Fold, apply_where, ctx, words
from neuroleaf_desktop.domain.safety.spelling_dialect_regions import respell_regions

# --- German city and regional speech ------------------------------------------------------------
# Markers: German words of no other language, standard or dialect.
_GERMAN = re.compile(
    r"\b(?:ick|icke|nich|nischt|uff|jetz|isch|bruchs|heude|eenmal|gesaacht"
    r"|domols|kommet|ooch|keen|meene|nochma|ik|jeht|wech|ich|nicht|mehr|hab|habe|und|mich|mir|wenn|dann"
    r"|jetzt|wieder|endlich|seit|aber|weg|sind|ist|auf|schon|immer|nur|noch)\b"
)
_GERMAN_WORDS = words(
    {
        # Berlin: "ick" (ich), "nich" (nicht), "nischt" (nichts), "dit" (das), "uff" (auf),
        # "ooch" (auch), "keen" (kein), "meene" (meine)
        "ick": "ich",
        "icke": "ich",
        "nich": "nicht",
        "nischt": "nichts",
        "nix": "nichts",
        "dit": "das",
        "det": "das",
        "uff": "auf",
        "uffhoren": "aufhoren",
        "ooch": "auch",
        "keen": "kein",
        "keene": "keine",
        "meene": "meine",
        "jarnich": "gar nicht",
        # Ruhr: "dat" (das), "wat" (was), "jetz" (jetzt), "aussem" (aus dem)
        "dat": "das",
        "wat": "was",
        "jetz": "jetzt",
        "aussem": "aus dem",
        # Saxon: "heude" (heute), "nochma" (nochmal), "gesaacht" (gesagt), "eenmal" (einmal),
        # "ham" (haben)
        "heude": "heute",
        "nochma": "nochmal",
        "gesaacht": "gesagt",
        "eenmal": "einmal",
        "eema": "einmal",
        "ham": "haben",
        # Swabian: "domols" (damals), "kommet" (kommen), "nach'm" (nach dem), "ond" (und)
        "domols": "damals",
        "kommet": "kommen",
        "gedanke": "gedanken",
        "nach'm": "nach dem",
        "ond": "und",
        # Swiss: "mini/min" (meine/mein), "verschankt" (verschenkt), "bruchs" (brauch es),
        # "jo" (ja), "gha" (gehabt); "nümm" stays (the Swiss rules read it)
        "mini": "meine",
        "min": "mein",
        "verschankt": "verschenkt",
        "bruchs": "brauch es",
        "bruch": "brauch",
        "jo": "ja",
        "gha": "gehabt",
        "brueder": "bruder",
        # Low German and Rhenish: "ik" (ich), "nit" (nicht), "jeht" (geht), "jut" (gut),
        # "wech" (weg)
        "ik": "ich",
        "nit": "nicht",
        "jeht": "geht",
        "jut": "gut",
        "wech": "weg",
    }
)
_GERMAN_CONTEXT: tuple[Fold, ...] = (
    # Swabian "des isch" (das ist) after a subject; Saxon/Hessian "isch", "'sch" (ich) elsewhere
    ctx(r"\b(?:des|das|es|er|sie|wo|was|alles|dann|jetzt|da|'s)\s+(?P<w>isch)\b", "ist"),
    ctx(r"\b(?P<w>isch)\b", "ich"),
    ctx(r"\bdass(?P<w>'sch)\b", " ich"),
    ctx(r"(?<![\w'])(?P<w>des)\s+(?=ist\b)", "das"),
    # Swiss "Ha mini Sache" (hab meine Sachen) opening a clause
    ctx(r"(?:^|(?<=[.!?,;]\s))(?P<w>ha)\s+(?=meine|mein|ich|mir|mich|es)\b", "hab"),
    # Ruhr "n Seil" (ein Seil), "se" (sie) after a verb or "dass"/"damit"
    ctx(r"(?<![\w'])(?P<w>n)\s+(?=[a-z]{3})", "ein"),
    ctx(
        r"\b(?:dass\s+ich|damit|hab|ich\s+hab|wenn|ob|weil|dass|statt|anstatt)\s+(?P<w>se)\b",
        "sie",
    ),
    # the infinitive's "-en" dropped after "zu": "statt se zu nehm", "zu geb", "zu leb"
    (
        re.compile(r"\bzu\s+(?P<w>nehm|geb|leb|sterb|schluck)(?![\w'])"),
        {stem: stem + "en" for stem in ("nehm", "geb", "leb", "sterb", "schluck")},
    ),
    # Viennese "auf da Brücke" (auf der Brücke) after a preposition
    ctx(r"\b(?:auf|von|an|bei|mit|in|zu|aus)\s+(?P<w>da)\s+(?=[a-z]{3})", "der"),
    # a participle without its "ge": "hab ich denkt" (gedacht)
    ctx(r"\b(?:hab|habe|hat|hatte)\s+(?:ich\s+|i\s+)?(?P<w>denkt)\b", "gedacht"),
)

# --- Neapolitan, Sicilian, Tuscan -------------------------------------------------------------
_SOUTH_ITALIAN = re.compile(
    r"(?<![\w'])(?:'un|'o|'a|'e|vogghiu|unn'haiu|cchiu|penzanno|penziere|turnanno|lassai"
    r"|servinu|finiri|campari|tuttu|mo'|so'|pe'|dopp'|m'accidere|accidere|'nu|'na|murire|aggia"
    r"|m'aggia|nisciuno|chistu|vulesse|nenti)(?![\w])"
)
_SOUTH_WORDS = words(
    {
        # "'un", "nun" (non), "unn'haiu" (non ho), "vogghiu" (voglio), "fo" (faccio)
        "'un": "non",
        "nun": "non",
        "unn'haiu": "non ho",
        "unn'aiu": "non ho",
        "haiu": "ho",
        "aiu": "ho",
        "vogghiu": "voglio",
        "fo": "faccio",
        # "penzanno" (pensando), "penziere" (pensieri), "turnanno" (tornando), "accidere"
        # (uccidere), "campari/campare" (vivere)
        "penzanno": "pensando",
        "pensanno": "pensando",
        "penziere": "pensieri",
        "penzieri": "pensieri",
        "turnanno": "tornando",
        "m'accidere": "uccidermi",
        "accidermi": "uccidermi",
        "campari": "vivere",
        "campare": "vivere",
        "finiri": "finire",
        "tuttu": "tutto",
        "cchiu": "piu",
        # Sicilian past "lassai" (lasciai), "dissi" stays; "servinu" (servono), "ca" (che)
        "lassai": "lasciai",
        "lassau": "lascio",
        "servinu": "servono",
        "serbinu": "servono",
        "sugnu": "sono",
        "so'": "sono",
        "pe'": "per",
        "dopp'": "dopo",
        "mo'": "ora",
        "sta'": "stare",
        # Neapolitan "'nu/'na" (un/una), "murire" (morire), "m'aggia" (mi devo), "nisciuno"
        # (nessuno), "chistu/stu" (questo), "vulesse" (vorrei), "nenti" (niente)
        "'nu": "un",
        "'na": "una",
        "murire": "morire",
        "m'aggia": "mi devo",
        "aggia": "devo",
        "nisciuno": "nessuno",
        "chistu": "questo",
        "stu": "questo",
        "vulesse": "vorrei",
        "nenti": "niente",
    }
)
_SOUTH_CONTEXT: tuple[Fold, ...] = (
    # "'o tentativo" (il tentativo), "'e penziere" (i pensieri), "'e m'accidere" (di uccidermi)
    ctx(r"(?<![\w'])(?P<w>'o)\s+(?=[a-z])", "il"),
    ctx(r"(?<![\w'])(?P<w>'e)\s+(?=pensieri|idee|cose)", "i"),
    ctx(r"(?<![\w'])(?P<w>'e)\s+(?=[a-z])", "di"),
    ctx(r"(?<![\w'])(?P<w>'a)\s+(?=[a-z])", "la"),
    ctx(r"\b(?:a)\s+(?P<w>mia)\s+(?=non|mi)\b", "me"),
    ctx(r"\b(?:dissi|detto|disse)\s+(?P<w>ca)\b", "che"),
)

# --- West African pidgin --------------------------------------------------------------------
_PIDGIN = re.compile(
    r"\b(?:dey|wahala|chale|abeg|wetin|comot|pikin|sef|herh|oga|abi|chai|omo|jare|taya)\b"
)
_PIDGIN_WORDS = words({"wahala": "trouble", "pikin": "child", "comot": "leave", "taya": "tired"})
_PIDGIN_CONTEXT: tuple[Fold, ...] = (
    # "if I no dey" (if I wasn't here), "I no go dey" (I won't be here)
    ctx(r"\bif\s+(?P<w>i\s+no\s+dey)\b", "i wasn't here"),
    ctx(r"\b(?P<w>i\s+no\s+go\s+dey)\b", "i won't be here"),
    # "I wan die" (I want to die), "I go kill myself" (I will), "I no fit" (I can't), "I don
    # tire" (I am tired)
    ctx(r"\b(?P<w>wan)\s+(?=die|kill|end|leave|go|sleep|rest)\b", "want to"),
    ctx(r"\bi\s+(?P<w>go)\s+(?=kill|end|take|die|jump|finish|do)\b", "will"),
    ctx(r"\b(?P<w>no\s+fit)\b", "can't"),
    ctx(r"\bi\s+(?P<w>don)\s+(?=tire|tired)\b", "am"),
    ctx(r"\b(?:am|i'm)\s+(?P<w>tire)\b", "tired"),
    # "my family go rest" (would rest): "go" before a verb of relief
    ctx(
        r"(?<=\w\s)(?P<w>go)\s+(?=(?:rest|be|breathe|suffer|free|happy|better|relax|cry)\b)",
        "would",
    ),
)


def respell_more_dialects(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with the dialect words above respelt where their dialect is in the sentence,
    and the offset map kept in step."""
    norm, mapping = apply_where(norm, mapping, _GERMAN, (_GERMAN_WORDS, *_GERMAN_CONTEXT))
    norm, mapping = apply_where(norm, mapping, _SOUTH_ITALIAN, (_SOUTH_WORDS, *_SOUTH_CONTEXT))
    norm, mapping = apply_where(norm, mapping, _PIDGIN, (_PIDGIN_WORDS, *_PIDGIN_CONTEXT))
    return respell_regions(norm, mapping)
