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

from neuroleaf_desktop.domain.safety.spelling_en import substitute

_Fold = tuple[re.Pattern[str], dict[str, str] | str]


def _words(mapping: dict[str, str]) -> _Fold:
    """Whole words of ``mapping`` (apostrophes count as word characters on the left)."""
    alternatives = "|".join(re.escape(w) for w in sorted(mapping, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w])"), mapping


def _ctx(source: str, word: str) -> _Fold:
    """The group ``w`` of ``source`` respelt as ``word``."""
    return re.compile(source), word


# --- German city and regional speech ------------------------------------------------------------
# Markers: German words of no other language, standard or dialect.
_GERMAN = re.compile(
    r"\b(?:ick|icke|nich|nischt|uff|jetz|isch|bruchs|heude|eenmal|gesaacht"
    r"|domols|kommet|ooch|keen|meene|nochma|ik|jeht|wech|ich|nicht|mehr|hab|habe|und|mich|mir|wenn|dann"
    r"|jetzt|wieder|endlich|seit|aber|weg|sind|ist|auf|schon|immer|nur|noch)\b"
)
_GERMAN_WORDS = _words(
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
_GERMAN_CONTEXT: tuple[_Fold, ...] = (
    # Swabian "des isch" (das ist) after a subject; Saxon/Hessian "isch", "'sch" (ich) elsewhere
    _ctx(r"\b(?:des|das|es|er|sie|wo|was|alles|dann|jetzt|da|'s)\s+(?P<w>isch)\b", "ist"),
    _ctx(r"\b(?P<w>isch)\b", "ich"),
    _ctx(r"\bdass(?P<w>'sch)\b", " ich"),
    _ctx(r"(?<![\w'])(?P<w>des)\s+(?=ist\b)", "das"),
    # Swiss "Ha mini Sache" (hab meine Sachen) opening a clause
    _ctx(r"(?:^|(?<=[.!?,;]\s))(?P<w>ha)\s+(?=meine|mein|ich|mir|mich|es)\b", "hab"),
    # Ruhr "n Seil" (ein Seil), "se" (sie) after a verb or "dass"/"damit"
    _ctx(r"(?<![\w'])(?P<w>n)\s+(?=[a-z]{3})", "ein"),
    _ctx(r"\b(?:dass\s+ich|damit|hab|ich\s+hab|wenn|ob|weil|dass)\s+(?P<w>se)\b", "sie"),
    # Viennese "auf da Brücke" (auf der Brücke) after a preposition
    _ctx(r"\b(?:auf|von|an|bei|mit|in|zu|aus)\s+(?P<w>da)\s+(?=[a-z]{3})", "der"),
    # a participle without its "ge": "hab ich denkt" (gedacht)
    _ctx(r"\b(?:hab|habe|hat|hatte)\s+(?:ich\s+|i\s+)?(?P<w>denkt)\b", "gedacht"),
)

# --- Neapolitan, Sicilian, Tuscan -------------------------------------------------------------
_SOUTH_ITALIAN = re.compile(
    r"(?<![\w'])(?:'un|'o|'a|'e|vogghiu|unn'haiu|cchiu|penzanno|penziere|turnanno|lassai"
    r"|servinu|finiri|campari|tuttu|mo'|so'|pe'|dopp'|m'accidere|accidere|'nu|'na|murire|aggia"
    r"|m'aggia|nisciuno|chistu|vulesse|nenti)(?![\w])"
)
_SOUTH_WORDS = _words(
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
_SOUTH_CONTEXT: tuple[_Fold, ...] = (
    # "'o tentativo" (il tentativo), "'e penziere" (i pensieri), "'e m'accidere" (di uccidermi)
    _ctx(r"(?<![\w'])(?P<w>'o)\s+(?=[a-z])", "il"),
    _ctx(r"(?<![\w'])(?P<w>'e)\s+(?=pensieri|idee|cose)", "i"),
    _ctx(r"(?<![\w'])(?P<w>'e)\s+(?=[a-z])", "di"),
    _ctx(r"(?<![\w'])(?P<w>'a)\s+(?=[a-z])", "la"),
    _ctx(r"\b(?:a)\s+(?P<w>mia)\s+(?=non|mi)\b", "me"),
    _ctx(r"\b(?:dissi|detto|disse)\s+(?P<w>ca)\b", "che"),
)

# --- West African pidgin --------------------------------------------------------------------
_PIDGIN = re.compile(
    r"\b(?:dey|wahala|chale|abeg|wetin|comot|pikin|sef|herh|oga|abi|chai|omo|jare|taya)\b"
)
_PIDGIN_WORDS = _words({"wahala": "trouble", "pikin": "child", "comot": "leave", "taya": "tired"})
_PIDGIN_CONTEXT: tuple[_Fold, ...] = (
    # "if I no dey" (if I wasn't here), "I no go dey" (I won't be here)
    _ctx(r"\bif\s+(?P<w>i\s+no\s+dey)\b", "i wasn't here"),
    _ctx(r"\b(?P<w>i\s+no\s+go\s+dey)\b", "i won't be here"),
    # "I wan die" (I want to die), "I go kill myself" (I will), "I no fit" (I can't), "I don
    # tire" (I am tired)
    _ctx(r"\b(?P<w>wan)\s+(?=die|kill|end|leave|go|sleep|rest)\b", "want to"),
    _ctx(r"\bi\s+(?P<w>go)\s+(?=kill|end|take|die|jump|finish|do)\b", "will"),
    _ctx(r"\b(?P<w>no\s+fit)\b", "can't"),
    _ctx(r"\bi\s+(?P<w>don)\s+(?=tire|tired)\b", "am"),
    _ctx(r"\b(?:am|i'm)\s+(?P<w>tire)\b", "tired"),
    # "my family go rest" (would rest): "go" before a verb of relief
    _ctx(
        r"(?<=\w\s)(?P<w>go)\s+(?=(?:rest|be|breathe|suffer|free|happy|better|relax|cry)\b)",
        "would",
    ),
)


def _apply(norm: str, mapping: list[int], folds: tuple[_Fold, ...]) -> tuple[str, list[int]]:
    for pattern, word in folds:
        norm, mapping = substitute(norm, mapping, pattern, word)
    return norm, mapping


_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*|[.!?\n]+")


def _apply_where(
    norm: str, mapping: list[int], markers: re.Pattern[str], folds: tuple[_Fold, ...]
) -> tuple[str, list[int]]:
    """``folds`` applied only in the sentences holding one of ``markers``."""
    if markers.search(norm) is None:
        return norm, mapping
    out: list[str] = []
    new_map: list[int] = []
    for m in _SENTENCE.finditer(norm):
        piece, piece_map = m.group(0), mapping[m.start() : m.end() + 1]
        if markers.search(piece) is not None:
            piece, piece_map = _apply(piece, piece_map, folds)
        out.append(piece)
        new_map.extend(piece_map[:-1])
    new_map.append(mapping[len(norm)] if len(mapping) > len(norm) else mapping[-1])
    return "".join(out), new_map


def respell_more_dialects(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with the dialect words above respelt where their dialect is in the sentence,
    and the offset map kept in step."""
    norm, mapping = _apply_where(norm, mapping, _GERMAN, (_GERMAN_WORDS, *_GERMAN_CONTEXT))
    norm, mapping = _apply_where(norm, mapping, _SOUTH_ITALIAN, (_SOUTH_WORDS, *_SOUTH_CONTEXT))
    return _apply_where(norm, mapping, _PIDGIN, (_PIDGIN_WORDS, *_PIDGIN_CONTEXT))
