"""History's day view as rows: what each check-in and entry row shows, and what it is called.

Each row of the day view is one keyboard stop in its list. Its accessible name is the short
summary the row itself shows (the time and mood of a check-in, the title of an entry) and its
description the lines shown under it (feelings and activities, the note, the entry's first
words), so a screen reader says what a sighted reader sees there and nothing more.

Pure and Qt-free: built on the worker with the day's data.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.timeutil import local_time
from neuroleaf_desktop.domain.wording import plural

RowKind = Literal["checkin", "entry"]


@dataclass(frozen=True)
class DayRow:
    """One check-in or entry of a day: ``heading`` and ``lines`` are shown (plain text),
    ``name`` and ``description`` are what assistive tech reads, ``mood`` tints the dot."""

    kind: RowKind
    id: str
    time: str  # "HH:MM", local to when it was written
    heading: str
    lines: tuple[str, ...]
    name: str
    description: str
    mood: int | None = None

    def html(self, swatch: str = "", muted: str = "") -> str:
        """The row as shown: a mood dot (a check-in), the time, the heading (an entry's title
        in bold), then its lines, in ``muted`` colour when one is given."""
        dot = f'<span style="color:{swatch}">●</span>&nbsp; ' if swatch else ""
        heading = html.escape(self.heading)
        if self.kind == "entry":
            heading = f"<b>{heading}</b>"
        head = f"{dot}<b>{html.escape(self.time)}</b> · {heading}"
        tone = f' style="color:{muted}"' if muted else ""
        rest = "".join(f"<br><span{tone}>{html.escape(line)}</span>" for line in self.lines)
        return head + rest


def checkin_summary(c: MoodCheckIn) -> str:
    """ "Mood 6/10 · energy 5 · anxiety 2 · slept 7.5 h": the numbers a check-in recorded."""
    parts = [f"Mood {c.mood}/10"]
    if c.energy is not None:
        parts.append(f"energy {c.energy}")
    if c.anxiety is not None:
        parts.append(f"anxiety {c.anxiety}")
    if c.sleep_hours is not None:
        parts.append(f"slept {c.sleep_hours:g}\u00a0h")  # the unit stays with its number
    return " · ".join(parts)


def checkin_row(c: MoodCheckIn) -> DayRow:
    when = f"{local_time(c.logged_at, c.tz_offset_min):%H:%M}"
    details = []
    if c.emotions:
        details.append("Felt " + ", ".join(c.emotions))
    if c.activities:
        details.append("Did " + ", ".join(c.activities))
    lines = [" · ".join(details)] if details else []
    if c.note:
        lines.append(f"“{c.note}”")
    summary = checkin_summary(c)
    return DayRow(
        "checkin",
        c.id,
        when,
        summary,
        tuple(lines),
        f"Check-in at {when}: {summary}",
        ". ".join(lines),
        c.mood,
    )


def entry_row(
    e: JournalEntry,
    title_of: Callable[[JournalEntry], str],
    preview_of: Callable[[JournalEntry], str],
) -> DayRow:
    """``title_of`` and ``preview_of`` are the journal's own wording for an entry's name and the
    words under it, so the row says what the journal list says."""
    when = f"{local_time(e.created_at, e.tz_offset_min):%H:%M}"
    title = title_of(e)
    line = preview_of(e)
    lines = (line,) if line and line != title else ()
    description = lines[0] if lines else ""
    return DayRow("entry", e.id, when, title, lines, f"Entry at {when}: {title}", description)


def day_rows(
    checkins: Sequence[MoodCheckIn],
    entries: Sequence[JournalEntry],
    title_of: Callable[[JournalEntry], str],
    preview_of: Callable[[JournalEntry], str],
) -> tuple[tuple[DayRow, ...], tuple[DayRow, ...]]:
    """(check-in rows, entry rows) of one day, in the order they were written."""
    return (
        tuple(checkin_row(c) for c in checkins),
        tuple(entry_row(e, title_of, preview_of) for e in entries),
    )


def day_summary(heading: str, checkins: int, entries: int) -> str:
    """What is said when a day opens: "Saturday 20 January 2025: 1 check-in, 2 journal
    entries", or that nothing was logged (as the day view then says)."""
    if not checkins and not entries:
        return f"{heading}: nothing logged on this day."
    parts = [plural(checkins, "check-in"), plural(entries, "journal entry", "journal entries")]
    return f"{heading}: {', '.join(parts)}."
