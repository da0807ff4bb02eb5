"""jrnl's own journal file: plain text, which is what jrnl users actually keep::

    [2013-04-09 15:39] Title up to the first sentence mark. The rest is the body
    and goes on over following lines, with @tags anywhere.

    [2013-04-10 09:00] A starred entry *

Older jrnl versions wrote the stamp without brackets (``2013-04-09 15:39 Title.``). The stamp
follows the person's ``timeformat`` setting, so other orders appear (``[09.06.2013 15:39]``,
``[04/09/2013 03:39 PM]``, ``[2020-01-01 09:00:00 AM]``); day-first vs. month-first is decided
for the whole file from the stamps that can only be read one way. A title line ending (or
starting) with ``*`` marks a starred entry (imported with NeuroLeaf's star).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from neuroleaf_desktop.services.importers.daylio_dates import clock, month_of

_BRACKETED = re.compile(r"^\[([^\]\n]{8,40})\] ?(.*)$")
_BARE = re.compile(
    r"^(\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?) (.*)$"
)
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})\b")
_WORDY_DATE = re.compile(r"([^\W\d_]+)\.? (\d{1,2}),? (\d{4})|(\d{1,2})\.? ([^\W\d_]+)\.? (\d{4})")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?")
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[ T]\d{1,2}:\d{2}")
_SENTENCE = re.compile(r"^(.*?[.!?])(?:\s+|$)(.*)$", re.DOTALL)
TAG = re.compile(r"(?<![\w@#&/.])[@#](?![\s\d])([^\s@#.,;:!?()\[\]{}\"'<>`*]+)")


@dataclass(frozen=True)
class TextEntry:
    line: int
    local: datetime
    title: str
    body: str
    starred: bool
    tags: tuple[str, ...]


@dataclass(frozen=True)
class _Stamp:
    line: int
    text: str
    rest: str


def _date_parts(stamp: str, day_first: bool | None) -> date:
    iso = _ISO_DATE.search(stamp)
    if iso:
        return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    numeric = _NUMERIC_DATE.search(stamp)
    if numeric:
        a, sep, b, year_text = numeric.groups()
        first, second = int(a), int(b)
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        if day_first is None:
            day_first = sep != "/"
        day, month = (first, second) if day_first else (second, first)
        return date(year, month, day)
    wordy = _WORDY_DATE.search(stamp)
    if wordy:
        word, day_text, year_text = wordy.group(1, 2, 3) if wordy.group(1) else wordy.group(5, 4, 6)
        named = month_of(word)
        if named is not None:
            return date(int(year_text), named, int(day_text))
    raise ValueError(f"{stamp!r} is not a date")


def _when(stamp: str, day_first: bool | None) -> datetime:
    day = _date_parts(stamp, day_first)
    found = _TIME.search(stamp)
    moment = clock(found.group()) if found else time(9, 0)  # jrnl's default hour
    return datetime.combine(day, moment)


def _is_stamp(text: str) -> bool:
    for day_first in (None, True, False):
        try:
            _when(text, day_first)
        except ValueError:
            continue
        return True
    return False


def _stamps(lines: list[str]) -> list[_Stamp]:
    stamps = []
    for number, line in enumerate(lines, start=1):
        match = _BRACKETED.match(line) or _BARE.match(line)
        if match is None:
            continue
        if _is_stamp(match.group(1)):
            stamps.append(_Stamp(number, match.group(1), match.group(2)))
        elif _DATE_LIKE.match(match.group(1)) and stamps:
            raise ValueError(f"line {number}: [{match.group(1)}] is not a real date and time")
    return stamps


def _day_first(stamps: list[_Stamp]) -> bool | None:
    """From stamps like 13/04/2013 (day first) or 04/13/2013 (month first); None: undecided."""
    votes = set()
    for stamp in stamps:
        numeric = _NUMERIC_DATE.search(stamp.text)
        if numeric and not _ISO_DATE.search(stamp.text):
            first, second = int(numeric.group(1)), int(numeric.group(3))
            if first > 12 >= second:
                votes.add(True)
            elif second > 12 >= first:
                votes.add(False)
    if len(votes) > 1:
        raise ValueError("the dates mix day-first and month-first order")
    return votes.pop() if votes else None


def split_title(first_line: str) -> tuple[str, str]:
    """jrnl's rule: the title runs to the first sentence mark; the rest of the line is body."""
    match = _SENTENCE.match(first_line)
    if match is None:
        return first_line.strip(), ""
    return match.group(1).strip(), match.group(2).strip()


def tags_in(text: str) -> list[str]:
    return [m.group(1) for m in TAG.finditer(text)]


def looks_like_jrnl(text: str) -> bool:
    head = text[:4000].splitlines()[:40]
    try:
        return bool(_stamps([line.rstrip("\r") for line in head]))
    except ValueError:  # a jrnl file with a broken date: the importer will say where
        return True


def parse_text(text: str) -> list[TextEntry]:
    """Entries in file order. ValueError (with the line) for text that is not a jrnl file."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    stamps = _stamps(lines)
    if not stamps:
        raise ValueError(
            "no jrnl entries found (a jrnl file has lines starting with a date such as "
            "[2013-04-09 15:39]). An encrypted jrnl journal must be decrypted first "
            "(jrnl --decrypt)"
        )
    before = [line for line in lines[: stamps[0].line - 1] if line.strip()]
    if before:
        raise ValueError(
            f"line 1: the file does not start with a jrnl date line such as [2013-04-09 15:39] "
            f"(the first one is on line {stamps[0].line})"
        )
    day_first = _day_first(stamps)
    entries = []
    for index, stamp in enumerate(stamps):
        end = stamps[index + 1].line - 1 if index + 1 < len(stamps) else len(lines)
        first = stamp.rest.strip()
        starred = first.endswith("*") or first.startswith("* ") or first == "*"
        first = first.strip("*").strip() if starred else first
        title, rest = split_title(first)
        more = "\n".join(lines[stamp.line : end]).strip("\n")
        body = "\n".join(part for part in (rest, more) if part).rstrip()
        try:
            local = _when(stamp.text, day_first)
        except ValueError as exc:
            raise ValueError(
                f"line {stamp.line}: the date [{stamp.text}] cannot be: {exc}"
            ) from None
        entries.append(
            TextEntry(
                line=stamp.line,
                local=local,
                title=title,
                body=body,
                starred=starred,
                tags=tuple(tags_in(f"{title}\n{body}")),
            )
        )
    return entries
