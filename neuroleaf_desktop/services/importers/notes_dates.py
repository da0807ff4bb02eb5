"""When a note was written, as notes apps and people write it down.

A folder of notes carries its dates in several places, and each app has its habit: Obsidian
daily notes are named ``2024-03-05.md`` (or filed as ``2024/03/05.md``), Jekyll-style front
matter says ``date: 2024-03-05 21:40``, Notion writes ``Created: March 5, 2024 9:40 PM`` under
the title, and people head a page "# Tuesday, 5 March 2024". Each reader here returns a
:class:`Stamp` (a local date, and a time only when the text gives one) or None; guessing a day
from an ambiguous "03/05/2024" would misdate a whole journal by months, so all-number dates are
read only year first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from neuroleaf_desktop.services.importers.daylio_dates import clock, month_of

__all__ = ["Stamp", "from_heading", "from_path", "from_text", "local_datetime"]


@dataclass(frozen=True)
class Stamp:
    """A local date; ``at`` is None when the source named the day only. ``offset_min`` is set
    only when the source carried its own zone (``2024-03-05T21:40:00+01:00``)."""

    day: date
    at: time | None = None
    offset_min: int | None = None


_ISO = re.compile(
    r"(?<!\d)(\d{4})[-_./](\d{1,2})[-_./](\d{1,2})(?!\d)"
    r"(?:[T ,]+(\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?\s*[Mm]\.?)?))?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)
_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_WORDY = re.compile(  # "March 5, 2024", "5 March 2024", "5. März 2024", "Mar 5th 2024"
    r"(?:(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?([^\W\d_]{3,})\.?,?\s+(?:de\s+)?(\d{4})"
    r"|([^\W\d_]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))"
    r"(?:,?\s+(?:at\s+|um\s+|à\s+|a las\s+)?(\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s*[Mm]\.?)?))?"
)
_YEAR_MIN, _YEAR_MAX = 1900, 2999


def _valid(year: int, month: int, day: int) -> date | None:
    if not _YEAR_MIN <= year <= _YEAR_MAX:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _time(text: str | None) -> time | None:
    if not text:
        return None
    try:
        return clock(text)
    except ValueError:
        return None


def _offset(zone: str | None) -> int | None:
    if not zone:
        return None
    if zone == "Z":
        return 0
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return sign * (int(digits[:2]) * 60 + int(digits[2:]))


def from_text(text: str) -> Stamp | None:
    """The first date in ``text`` (a front-matter value, a property line, a heading)."""
    iso = _ISO.search(text)
    if iso:
        day = _valid(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if day is not None:
            return Stamp(day, _time(iso.group(4)), _offset(iso.group(5)))
    for match in _WORDY.finditer(text):
        if match.group(1):
            day_text, month_text, year_text = match.group(1), match.group(2), match.group(3)
        else:
            month_text, day_text, year_text = match.group(4), match.group(5), match.group(6)
        month = month_of(month_text)
        if month is None:
            continue
        day = _valid(int(year_text), month, int(day_text))
        if day is not None:
            return Stamp(day, _time(match.group(7)))
    return None


def from_heading(line: str) -> Stamp | None:
    """A date that a heading line is made of ("# Tuesday, 5 March 2024", "## 2024-03-05"):
    only when the heading is little more than the date, so "# Plans for May 5, 2025" (a
    heading about a date) does not date the note."""
    text = line.lstrip("#").strip()
    stamp = from_text(text)
    if stamp is None:
        return None
    leftover = _ISO.sub("", _WORDY.sub("", text))
    words = [w for w in re.findall(r"[^\W\d_]+", leftover) if month_of(w) is None]
    weekdays = ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "lun", "mar", "mer", "jeu",
                "ven", "sam", "dim", "mié", "jue", "vie", "sáb", "dom", "mit", "don", "fre",
                "son", "sab", "seg", "ter", "qua", "qui", "sex", "gio")  # fmt: skip
    rest = [w for w in words if not w.casefold().startswith(weekdays)]
    return stamp if len(rest) <= 1 else None


def from_path(parts: tuple[str, ...]) -> Stamp | None:
    """A date in a note's file name (``2024-03-05 Lake.md``, ``20240305.md``) or in its
    folders (``2024/03/05.md``)."""
    name = parts[-1].rsplit(".", 1)[0]
    stamp = from_text(name)
    if stamp is not None:
        return stamp
    compact = _COMPACT.search(name)
    if compact:
        day = _valid(int(compact.group(1)), int(compact.group(2)), int(compact.group(3)))
        if day is not None:
            return Stamp(day)
    numbers = [p for p in (*parts[:-1], name) if p.isdigit()]
    if len(numbers) >= 3 and len(numbers[-3]) == 4:
        day = _valid(int(numbers[-3]), int(numbers[-2]), int(numbers[-1]))
        if day is not None:
            return Stamp(day)
    return None


def local_datetime(stamp: Stamp) -> datetime:
    """The stamp as a naive local date-time: its own time, else noon (the middle of the day
    it names, so no zone shift moves it to the day before or after)."""
    return datetime.combine(stamp.day, stamp.at if stamp.at is not None else time(12, 0))
