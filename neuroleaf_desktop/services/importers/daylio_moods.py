"""Daylio's moods: the five levels, the default names in the languages Daylio ships, and the
person's own mapping for renamed moods.

Daylio groups every mood, renamed or added, into five levels: rad, good, meh, bad, awful. We
number them the way people say them, 5 = best (rad) … 1 = worst (awful), and put them on
NeuroLeaf's 1–10 mood scale as 10, 8, 5, 3, 1: the ends stay the ends, "meh" sits in the middle
and good/bad keep the small distance Daylio's faces show. These are the values imports have
always used, so re-importing an older file finds its earlier check-ins as duplicates.

Names match case- and space-insensitively ("Tak  Sobie" is "tak sobie" is "taksobie"), because
spreadsheets and app versions disagree about both.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

LEVEL_TO_MOOD = {5: 10, 4: 8, 3: 5, 2: 3, 1: 1}
LEVEL_NAMES = {5: "rad", 4: "good", 3: "meh", 2: "bad", 1: "awful"}
_MAX_MAP_FILE_BYTES = 1024 * 1024

# The default names Daylio shows for the five levels, best first, per language; several
# spellings where app versions differ. Every name here must mean one level only.
_DEFAULTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("rad",), ("good",), ("meh", "okay", "ok"), ("bad",), ("awful",)),
    "de": (
        ("super", "großartig", "klasse"),
        ("gut",),
        ("ok", "okay", "naja", "geht so", "mittel"),
        ("schlecht", "mies"),
        ("furchtbar", "schrecklich", "lausig", "miserabel", "übel"),
    ),
    "es": (
        ("genial", "radiante", "fantástico", "increíble", "excelente"),
        ("bien", "bueno"),
        ("normal", "regular", "más o menos", "meh", "así así"),
        ("mal",),
        ("fatal", "horrible", "terrible", "pésimo", "muy mal"),
    ),
    "fr": (
        ("génial", "super", "top", "radieux"),
        ("bien", "bon"),
        ("bof", "moyen", "couci-couça"),
        ("mauvais",),
        ("horrible", "affreux", "terrible", "nul"),
    ),
    "it": (
        ("fantastico", "alla grande", "ottimo", "benissimo"),
        ("bene", "buono"),
        ("così così", "cosi cosi", "insomma", "mah"),
        ("male",),
        ("malissimo", "orribile", "terribile", "pessimo"),
    ),
    "pt": (
        ("radiante", "ótimo", "incrível", "excelente", "maravilhoso"),
        ("bem", "bom"),
        ("mais ou menos", "meh", "razoável", "regular"),
        ("ruim",),
        ("horrível", "péssimo", "terrível", "muito mal"),
    ),
    "pl": (
        ("wspaniale", "super", "świetnie", "rewelacyjnie"),
        ("dobrze",),
        ("tak sobie", "meh", "przeciętnie", "w porządku"),
        ("źle", "słabo"),
        ("okropnie", "strasznie", "fatalnie", "beznadziejnie"),
    ),
    "ru": (
        ("супер", "отлично", "прекрасно", "великолепно"),
        ("хорошо",),
        ("так себе", "нормально", "средне"),
        ("плохо",),
        ("ужасно", "отвратительно"),
    ),
    "nl": (
        ("geweldig", "super", "fantastisch"),
        ("goed",),
        ("matig", "gaat wel", "oké", "mwah"),
        ("slecht",),
        ("vreselijk", "verschrikkelijk", "afschuwelijk"),
    ),
    "cs": (
        ("skvěle", "super", "báječně", "výborně"),
        ("dobře",),
        ("ujde to", "nic moc", "průměrně", "meh"),
        ("špatně",),
        ("hrozně", "příšerně", "strašně"),
    ),
    "tr": (
        ("harika", "süper", "mükemmel"),
        ("iyi",),
        ("idare eder", "eh işte", "fena değil", "meh"),
        ("kötü",),
        ("berbat", "korkunç", "çok kötü"),
    ),
    "ja": (
        ("最高", "すごくいい", "絶好調"),
        ("良い", "いい", "よい"),
        ("普通", "まあまあ", "ふつう"),
        ("悪い", "わるい"),
        ("最悪", "ひどい"),
    ),
    "zh": (
        ("超棒", "棒极了", "极好", "非常好", "超讚", "棒極了"),
        ("好", "不错", "很好", "不錯"),
        ("一般", "还行", "還行", "普通", "马马虎虎", "馬馬虎虎"),
        ("不好", "差", "糟", "很差"),
        ("糟透了", "很糟", "极差", "非常糟", "糟糕", "極差"),
    ),
    "ko": (
        ("최고", "최고예요", "아주 좋음"),
        ("좋음", "좋아요"),
        ("보통", "그저 그래요", "그럭저럭", "평범"),
        ("나쁨", "나빠요", "별로"),
        ("최악", "최악이에요", "끔찍함"),
    ),
    "he": (
        ("מעולה", "מצוין", "נהדר"),
        ("טוב",),
        ("בסדר", "ככה ככה", "סביר"),
        ("רע", "לא טוב"),
        ("נורא", "גרוע", "איום"),
    ),
}
LANGUAGES = tuple(_DEFAULTS)


def normalize(name: str) -> str:
    """The form names are compared in: NFC, case-folded, without white space or invisible
    format characters (right-to-left marks come with Hebrew and Arabic phone settings)."""
    visible = "".join(c for c in name if unicodedata.category(c) != "Cf")
    return "".join(unicodedata.normalize("NFC", visible).casefold().split())


def _default_levels() -> dict[str, int]:
    table: dict[str, int] = {}
    for levels in _DEFAULTS.values():
        for index, names in enumerate(levels):
            for name in names:
                table.setdefault(normalize(name), 5 - index)
    return table


DEFAULT_LEVELS = _default_levels()
_LEVEL_WORDS = {normalize(word): level for level, word in LEVEL_NAMES.items()}


def parse_level(text: str) -> int:
    """ "1"…"5" or one of Daylio's English level names (rad … awful)."""
    word = normalize(text)
    if word in _LEVEL_WORDS:
        return _LEVEL_WORDS[word]
    if word.isdigit() and 1 <= int(word) <= 5:
        return int(word)
    raise ValueError(
        f"the level {text.strip()!r} is not 1–5 (5 = best, like Daylio's rad; 1 = worst, awful)"
    )


def parse_mapping_item(item: str) -> tuple[str, int]:
    """``name=level``; the last ``=`` separates, so names may hold commas, spaces and ``=``."""
    name, sep, level = item.rpartition("=")
    if not sep or not name.strip():
        raise ValueError(f"{item!r} is not like NAME=LEVEL (for example 'grand=5')")
    return name.strip(), parse_level(level)


def parse_mapping(items: Iterable[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for item in items:
        name, level = parse_mapping_item(item)
        mapping[normalize(name)] = level
    return mapping


def read_mapping_file(path: Path) -> dict[str, int]:
    """One ``name=level`` per line; blank lines and lines starting with ``#`` are ignored."""
    with path.open("rb") as handle:
        data = handle.read(_MAX_MAP_FILE_BYTES + 1)
    if len(data) > _MAX_MAP_FILE_BYTES:
        raise ValueError(f"the mood-map file {path} is too large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"the mood-map file {path} is not UTF-8 text") from None
    lines = [line.strip() for line in text.splitlines()]
    items = [line for line in lines if line and not line.startswith("#")]
    try:
        return parse_mapping(items)
    except ValueError as exc:
        raise ValueError(f"in {path}: {exc}") from None


def spread(names: Sequence[str]) -> dict[str, int]:
    """The older option: names best first, spread evenly over 1–10 by position."""
    keys = [normalize(m) for m in names]
    if len(keys) < 2 or len(set(keys)) != len(keys) or not all(keys):
        raise ValueError("custom Daylio moods need at least two different names, best first")
    if len(keys) == len(LEVEL_TO_MOOD):
        return {k: LEVEL_TO_MOOD[5 - i] for i, k in enumerate(keys)}
    top = len(keys) - 1
    return {k: round(10 - 9 * i / top) for i, k in enumerate(keys)}


@dataclass
class MoodResolver:
    """Decides what each mood name becomes and remembers how often each name was seen.

    Precedence: the person's mapping, then the levels a ``.daylio`` backup states, then the
    older by-position list, then Daylio's default names.
    """

    mapping: Mapping[str, int] = field(default_factory=dict)  # normalized name -> level
    from_backup: Mapping[str, int] = field(default_factory=dict)
    by_position: Mapping[str, int] = field(default_factory=dict)  # normalized name -> 1..10
    counts: dict[str, int] = field(default_factory=dict)  # display name -> count
    first_seen: dict[str, str] = field(default_factory=dict)  # normalized -> display name

    def resolve(self, name: str) -> tuple[int | None, int | None, str]:
        """(level, mood 1–10, how) for ``name``; (None, None, "unknown") when unknown."""
        key = normalize(name)
        for table, how in ((self.mapping, "your mapping"), (self.from_backup, "from the backup")):
            if key in table:
                level = table[key]
                return level, LEVEL_TO_MOOD[level], how
        if key in self.by_position:
            return None, self.by_position[key], "your list"
        if key in DEFAULT_LEVELS:
            level = DEFAULT_LEVELS[key]
            return level, LEVEL_TO_MOOD[level], "default name"
        return None, None, "unknown"

    def see(self, name: str) -> int | None:
        """Count one use of ``name``; its 1–10 mood, or None when it has no level yet."""
        key = normalize(name)
        display = self.first_seen.setdefault(key, " ".join(name.split()))
        self.counts[display] = self.counts.get(display, 0) + 1
        return self.resolve(name)[1]

    def uses(self) -> list[tuple[str, int, int | None, int | None, str]]:
        """(name, count, level, mood, how) for every name seen, most used first."""
        out = []
        for name, count in self.counts.items():
            level, mood, how = self.resolve(name)
            out.append((name, count, level, mood, how))
        return sorted(out, key=lambda u: (-u[1], normalize(u[0])))


def unknown_moods_message(unknown: Sequence[tuple[str, int]]) -> str:
    """The refusal that lists every unknown mood with its count, and how to map them."""
    listed = ", ".join(f"{name!r} ({count}×)" for name, count in unknown)
    example = " ".join(f"--mood-map {_quote(f'{name}=LEVEL')}" for name, _ in unknown[:2])
    return (
        f"{len(unknown)} mood name{'s are' if len(unknown) != 1 else ' is'} not Daylio's "
        f"defaults: {listed}. Give each a level from 5 (best, like rad) to 1 (worst, like "
        f"awful), e.g. {example}, or list NAME=LEVEL lines in a file for --mood-map-file. "
        "A .daylio backup carries the levels itself."
    )


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"
