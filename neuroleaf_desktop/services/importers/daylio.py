"""Daylio's CSV export ("Export entries (CSV)").

Columns: ``full_date,date,weekday,time,mood,activities,note_title,note`` (newer versions add
more, which are ignored). Each row becomes a mood check-in (mood and activities) and, when it
has a note, a journal entry written at the same moment.

Moods: Daylio's five default moods (rad, good, meh, bad, awful) map to 10, 8, 5, 3 and 1 on
our 1–10 scale. People rename them, so custom names are given in order, best first
(``moods=["ecstatic", "fine", …]``), and map by position. Activities are separated by
``" | "``. Daylio stores no time zone: the times are local, and get this computer's offset at
that date unless ``tz_offset_min`` says otherwise.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.models import EntrySource, JournalEntry, MoodCheckIn
from neuroleaf_desktop.services.importers.base import (
    ImportBundle,
    RecordContext,
    decode_text,
    derived_id,
    fixed_offset,
    local_offset_for,
    read_limited,
)

REQUIRED = ("full_date", "time", "mood", "activities", "note_title", "note")
DEFAULT_MOODS = ("rad", "good", "meh", "bad", "awful")
FIVE_POINT = (10, 8, 5, 3, 1)
_TAG = re.compile(r"</?(?:b|i|u|p|div|span|strong|em|font)(?:\s[^<>]*)?>", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def mood_scale(moods: Sequence[str] | None) -> dict[str, int]:
    """Mood name → 1..10, by position (best first)."""
    names = [" ".join(m.split()).casefold() for m in (moods or DEFAULT_MOODS)]
    if len(names) < 2 or len(set(names)) != len(names) or not all(names):
        raise ValueError("custom Daylio moods need at least two different names, best first")
    if len(names) == len(FIVE_POINT):
        return dict(zip(names, FIVE_POINT, strict=True))
    top = len(names) - 1
    return {name: round(10 - 9 * i / top) for i, name in enumerate(names)}


def _note_text(raw: str) -> str:
    text = _BREAK.sub("\n", raw)
    text = _TAG.sub("", text)
    return html.unescape(text).replace("\r\n", "\n").strip()


def _parse_time(text: str) -> time:
    raw = text.strip().upper().replace(".", "")
    for fmt in ("%H:%M", "%I:%M %p", "%I:%M%p", "%H:%M:%S"):
        try:
            return datetime.strptime(raw, fmt).time()
        except ValueError:
            continue
    raise ValueError(f"the time {text!r} is not like 20:30 or 8:30 PM")


def parse(
    text: str,
    file: str,
    *,
    moods: Sequence[str] | None = None,
    tz_offset_min: int | None = None,
) -> ImportBundle:
    ctx = RecordContext(file)
    try:
        scale = mood_scale(moods)
    except ValueError as exc:
        raise ctx.fail(None, str(exc) + ".") from None
    bundle = ImportBundle(source_format="daylio", file=file, foreign=True)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            raise ctx.fail(None, "the file is empty.")
        columns = {name.strip().lstrip("\ufeff"): i for i, name in enumerate(header)}
        missing = [c for c in REQUIRED if c not in columns]
        if missing:
            raise ctx.fail(
                "line 1",
                f"this does not look like a Daylio CSV export (missing columns: "
                f"{', '.join(missing)}).",
            )
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            label = f"line {reader.line_num}"
            checkin, entry = ctx.call(label, lambda r: _row(r, columns, scale, tz_offset_min), row)
            bundle.checkins.append(checkin)
            if entry is not None:
                bundle.entries.append(entry)
    except csv.Error as exc:
        raise ctx.fail(f"line {reader.line_num}", f"broken CSV ({exc}).") from None
    if not bundle.checkins:
        raise ctx.fail(None, "the file has no Daylio entries.")
    return bundle


def _row(
    row: list[str], columns: dict[str, int], scale: dict[str, int], tz_offset_min: int | None
) -> tuple[MoodCheckIn, JournalEntry | None]:
    if len(row) < len(columns):
        raise ValueError(f"the row has {len(row)} fields; the header has {len(columns)}")

    def cell(name: str) -> str:
        return row[columns[name]]

    mood_name = " ".join(cell("mood").split()).casefold()
    if mood_name not in scale:
        known = ", ".join(scale)
        raise ValueError(
            f"unknown mood {cell('mood')!r} (known: {known}); for renamed moods, give your "
            "mood names in order, best first"
        )
    day = date.fromisoformat(cell("full_date").strip())
    naive = datetime.combine(day, _parse_time(cell("time")))
    offset = local_offset_for(naive, tz_offset_min)
    moment = naive.replace(tzinfo=fixed_offset(offset)).astimezone(UTC)
    activities = v.clean_labels(
        [a for a in cell("activities").split("|") if a.strip()], what="activity"
    )
    title = v.clean_title(_note_text(cell("note_title")).replace("\n", " "))
    body = v.clean_body(_note_text(cell("note")))
    key = (day.isoformat(), cell("time").strip(), mood_name, "|".join(activities), title, body)
    checkin = MoodCheckIn(
        id=derived_id("daylio-checkin", *key),
        logged_at=moment,
        tz_offset_min=offset,
        mood=scale[mood_name],
        activities=activities,
        created_at=moment,
    )
    entry = None
    if title.strip() or body.strip():
        entry = JournalEntry(
            id=derived_id("daylio-entry", *key),
            created_at=moment,
            updated_at=moment,
            tz_offset_min=offset,
            title=title,
            body=body,
            source=EntrySource.TEXT,
        )
    return checkin, entry


def load(
    path: Path, *, moods: Sequence[str] | None = None, tz_offset_min: int | None = None
) -> ImportBundle:
    ctx = RecordContext(str(path))
    return parse(
        decode_text(read_limited(path, ctx), ctx), str(path), moods=moods,
        tz_offset_min=tz_offset_min,
    )  # fmt: skip
