"""Pure helpers for the journal screen: grouping by the local day, labels, previews."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from datetime import date, datetime, timedelta

from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.domain.timeutil import local_date, local_time


def entry_day(entry: JournalEntry) -> date:
    return local_date(entry.created_at, entry.tz_offset_min)


def group_by_day(entries: list[JournalEntry]) -> dict[date, list[JournalEntry]]:
    """Entries per local day, newest day first and newest entry first within a day."""
    days: dict[date, list[JournalEntry]] = defaultdict(list)
    for entry in entries:
        days[entry_day(entry)].append(entry)
    return {
        day: sorted(days[day], key=lambda e: e.created_at, reverse=True)
        for day in sorted(days, reverse=True)
    }


def day_label(day: date, today: date) -> str:
    if day == today:
        return "Today"
    if day == today - timedelta(days=1):
        return "Yesterday"
    if day.year == today.year:
        return f"{day:%A} {day.day} {day:%B}"
    return f"{day:%a} {day.day} {day:%b %Y}"


def count_label(count: int) -> str:
    return "—" if count == 0 else f"{count}"


def first_line(body: str, limit: int = 140) -> str:
    for line in body.splitlines():
        text = line.strip().lstrip("#>-* ").strip()
        if text:
            return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return ""


def display_title(entry: JournalEntry) -> str:
    return entry.title.strip() or first_line(entry.body, 80) or "Untitled"


def preview_line(entry: JournalEntry, limit: int = 140) -> str:
    """The words under an entry's name in a list: the start of its text, or, for an untitled
    entry (named by its own first line), the line after that one, so a row never says the same
    words twice (an entry begun from a writing prompt is named by the question and previewed
    by the answer)."""
    if entry.title.strip():
        return first_line(entry.body, limit)
    return first_line(_after_first_line(entry.body), limit)


def _after_first_line(body: str) -> str:
    lines = body.splitlines()
    for index, line in enumerate(lines):
        if line.strip().lstrip("#>-* ").strip():
            return "\n".join(lines[index + 1 :])
    return ""


def starred_mark(entry: JournalEntry) -> str:
    """What goes before a starred entry's time in a row (nothing for the others)."""
    return "★  " if entry.starred else ""


def starred_newest_first(entries: list[JournalEntry]) -> list[JournalEntry]:
    """The Starred filter's list: only starred entries, the newest written first."""
    return sorted((e for e in entries if e.starred), key=lambda e: e.created_at, reverse=True)


def short_day(entry: JournalEntry, today: date) -> str:
    """A compact day for a row that spans days: 'Today', 'Yesterday', '4 Mar', '4 Mar 2024'."""
    day = entry_day(entry)
    if day == today:
        return "Today"
    if day == today - timedelta(days=1):
        return "Yesterday"
    return f"{day.day} {day:%b}" if day.year == today.year else f"{day.day} {day:%b %Y}"


def time_label(entry: JournalEntry) -> str:
    return f"{local_time(entry.created_at, entry.tz_offset_min):%H:%M}"


def when_label(moment: datetime, today: date) -> str:
    """'21:40' today, else '12 May, 21:40' (local time of this machine)."""
    local = moment.astimezone()
    if local.date() == today:
        return f"{local:%H:%M}"
    return f"{local.day} {local:%b}, {local:%H:%M}"


def word_count(text: str) -> int:
    """Words as a person counts them: the marks of plain-text formatting standing alone (a
    heading's ``#``, a list's ``-``, a dash between clauses) are not words; an emoji is."""
    return sum(1 for token in text.split() if not all(_is_mark(char) for char in token))


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("P") or char in _FORMATTING_SYMBOLS


_FORMATTING_SYMBOLS = frozenset("#*+=|~`^<>")
