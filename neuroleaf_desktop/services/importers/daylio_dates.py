"""Dates and times as Daylio writes them in its CSV exports, in the phone's language.

The oldest CSV generation has a ``year`` column and a localized day-and-month ("June 22",
"22. Juni", "7 września", "22 de junio", "6月22日", "22 ביוני"); every generation has a local
clock time in the phone's 24- or 12-hour style ("20:30", "8:30 PM", "8:30 p. m.", "下午8:30").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time

# Month names and their grammatical forms, matched by prefix after removing accents and
# case, so "września" (genitive) and "wrzesień" (nominative) both find September.
_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("jan", "jän", "ene", "gen", "janv", "stycz", "январ", "янв", "leden", "ledn", "ocak",
        "ιαν", "ינו", "jaan", "tammi", "sty"),
    2: ("feb", "fév", "fev", "lut", "феврал", "фев", "únor", "unor", "února", "şubat", "subat",
        "φεβ", "פבר", "helmi"),
    3: ("mar", "mär", "mrz", "marz", "mars", "март", "мар", "břez", "brez", "mart", "μαρ", "מרץ",
        "מרס", "maalis"),
    4: ("apr", "abr", "avr", "kwi", "april", "апрел", "апр", "dub", "nisan", "απρ", "אפר",
        "huhti"),
    5: ("may", "mai", "mei", "mag", "maj", "май", "мая", "květ", "kvet", "mayıs", "mayis", "μαΐ",
        "μαι", "מאי", "touko"),
    6: ("jun", "juin", "giu", "czerw", "июн", "červen", "cerven", "června", "haziran", "ιουν",
        "יונ", "kesä", "kesa"),
    7: ("jul", "juil", "lug", "lip", "июл", "červenec", "cervenec", "července", "cervence",
        "temmuz", "ιουλ", "יול", "heinä", "heina"),
    8: ("aug", "ago", "août", "aout", "sierp", "август", "авг", "srp", "ağustos", "agustos",
        "αυγ", "אוג", "elo"),
    9: ("sep", "set", "wrze", "сентяб", "сен", "září", "zari", "eylül", "eylul", "σεπ", "ספט",
        "syys"),
    10: ("oct", "okt", "out", "ott", "paź", "paz", "октяб", "окт", "říj", "rij", "ekim", "οκτ",
        "אוק", "loka"),
    11: ("nov", "lis", "ноябр", "ноя", "listopad", "kasım", "kasim", "νοε", "נוב", "marras"),
    12: ("dec", "dez", "dic", "déc", "dic", "gru", "декаб", "дек", "pros", "aralık", "aralik",
        "δεκ", "דצמ", "joulu"),
}  # fmt: skip

# Longest prefixes first, so "červenec" (July) wins over "červen" (June), "listopad"
# (Czech November) over "lis" (Polish November, the same month anyway), "marz" over "mar".
_PREFIXES = sorted(
    ((prefix, month) for month, prefixes in _MONTHS.items() for prefix in prefixes),
    key=lambda pm: -len(pm[0]),
)
_CJK = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日일]?|(\d{1,2})\s*월\s*(\d{1,2})\s*일?")
_NUMERIC = re.compile(r"^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]?\s*$")
_DAY = re.compile(r"\d{1,2}")
_WORD = re.compile(r"[^\W\d_]+")
# Morning/afternoon markers: Latin (am, a.m., a. m.), Chinese, Japanese, Korean, German,
# Hebrew, Greek, Turkish spellings.
_PM = ("pm", "p.m.", "p. m.", "下午", "晚上", "午後", "오후", "nachm.", "אחה״צ", 'אחה"צ', "μ.μ.",
       "ös")  # fmt: skip
_AM = ("am", "a.m.", "a. m.", "上午", "早上", "凌晨", "午前", "오전", "vorm.", "לפנה״צ", 'לפנה"צ',
       "π.μ.", "öö")  # fmt: skip
_CLOCK = re.compile(r"(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?")


_INVISIBLE = dict.fromkeys(
    [0x200E, 0x200F, 0x061C, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def visible(text: str) -> str:
    """Without the bidi marks phones put around dates and times in right-to-left languages."""
    return text.translate(_INVISIBLE)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FOLDED = sorted(((_fold(p), m) for p, m in _PREFIXES), key=lambda pm: -len(pm[0]))


def month_of(word: str) -> int | None:
    """The month a (possibly abbreviated, inflected, accented) month name means."""
    folded = _fold(word).strip(".")
    candidates = [folded]
    if folded.startswith(("ב", "ל")):  # Hebrew "in June" = "ביוני"
        candidates.append(folded[1:])
    for candidate in candidates:
        for prefix, month in _FOLDED:
            if len(candidate) >= min(3, len(prefix)) and candidate.startswith(prefix):
                return month
    return None


def day_and_month(text: str) -> tuple[int, int]:
    """(day, month) from Daylio's localized ``date`` column."""
    raw = visible(text).strip()
    cjk = _CJK.search(raw)
    if cjk:
        groups = [g for g in cjk.groups() if g is not None]
        return int(groups[1]), int(groups[0])
    numeric = _NUMERIC.match(raw)
    if numeric:  # "22.06." or "06/22": day first unless that cannot be
        first, second = int(numeric.group(1)), int(numeric.group(2))
        return (second, first) if second > 12 else (first, second)
    days = _DAY.findall(raw)
    months = [m for m in (month_of(w) for w in _WORD.findall(raw)) if m is not None]
    if len(days) != 1 or not months:
        raise ValueError(f"the date {text!r} is not a day and a month like 'June 22'")
    return int(days[0]), months[0]


def old_style_date(year_text: str, day_month_text: str) -> date:
    year_text = visible(year_text).strip()
    if not year_text.isdigit():
        raise ValueError(f"the year {year_text!r} is not a number like 2018")
    year = int(year_text)
    day, month = day_and_month(day_month_text)
    return date(year, month, day)


def full_date(text: str) -> date:
    """``full_date``: ISO in every export seen; day-first and US forms are accepted too."""
    raw = visible(text).strip()
    if not raw:
        raise ValueError("the date is empty")
    try:
        return date.fromisoformat(raw)
    except ValueError:
        pass
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%Y.%m.%d"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"the date {text!r} is not like 2024-06-22")


def clock(text: str) -> time:
    """A local time in 24- or 12-hour style, in the markers of many languages."""
    raw = " ".join(visible(text).replace("\u202f", " ").replace("\xa0", " ").split())
    match = _CLOCK.search(raw)
    if not raw or match is None:
        raise ValueError(f"the time {text!r} is not like 20:30 or 8:30 PM")
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    rest = (raw[: match.start()] + " " + raw[match.end() :]).casefold().strip()
    pm = any(marker in rest for marker in _PM)
    am = not pm and any(marker in rest for marker in _AM)
    if pm or am:
        if not 1 <= hour <= 12:
            raise ValueError(f"the time {text!r} has an hour {hour} with AM/PM")
        hour = hour % 12 + (12 if pm else 0)
    return time(hour, minute, second)  # raises for 25:99 with Python's range message
