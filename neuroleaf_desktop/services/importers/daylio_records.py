"""One Daylio entry, however it was read (CSV of any generation, or a ``.daylio`` backup),
turned into a NeuroLeaf check-in and, when it has a note, a journal entry.

Ids come from the entry's local date and time (plus its position among entries of the same
minute), not from its content: the same Daylio entry gets the same ids from a CSV and from a
backup, and an entry whose note was edited since the last import is recognised and updated
instead of imported twice.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.models import EntrySource, JournalEntry, MoodCheckIn
from neuroleaf_desktop.services.importers.base import (
    ImportBundle,
    MoodUse,
    RecordContext,
    derived_id,
    fixed_offset,
    local_offset_for,
)
from neuroleaf_desktop.services.importers.daylio_moods import (
    MoodResolver,
    unknown_moods_message,
)

_TAG = re.compile(r"</?(?:b|i|u|p|div|span|strong|em|font|li|ul|ol|s|strike)(?:\s[^<>]*)?>", re.I)
_BREAK = re.compile(r"<br\s*/?>|</p>|</div>|</li>", re.IGNORECASE)


@dataclass(frozen=True)
class DaylioRow:
    """What one Daylio entry says, before it is checked against NeuroLeaf's rules."""

    label: str  # where it is in the file, for error messages ("line 12", "dayEntries[3]")
    local: datetime  # naive local time as the phone showed it
    offset_min: int | None  # known only from a backup
    mood: str
    activities: tuple[str, ...]
    title: str
    note: str
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    other_scales: tuple[str, ...] = ()  # scales NeuroLeaf has no place for (e.g. "Stress")


def note_text(raw: str) -> str:
    """Daylio notes are HTML in newer versions: line breaks kept, markup dropped."""
    text = _BREAK.sub("\n", raw)
    text = _TAG.sub("", text)
    text = html.unescape(text).replace("\r\n", "\n").replace("\xa0", " ")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def fit_label(name: str, shortened: list[int]) -> str | None:
    """An activity name the app accepts: control characters dropped, cut to the length
    limit (counted in ``shortened``); None when nothing is left."""
    cleaned = " ".join("".join(c for c in name if c.isprintable()).split()).lstrip("#")
    if not cleaned:
        return None
    if len(cleaned) > v.MAX_LABEL_CHARS:
        shortened[0] += 1
        cleaned = cleaned[: v.MAX_LABEL_CHARS].rstrip()
    return cleaned


def build(
    rows: list[DaylioRow],
    resolver: MoodResolver,
    ctx: RecordContext,
    bundle: ImportBundle,
    *,
    tz_offset_min: int | None,
    allow_unmapped: bool,
) -> None:
    """Add a check-in (and an entry, for a note) per row; refuse the whole file when moods
    have no level, naming every one of them with its count."""
    first_unknown: str | None = None
    minute_seen: dict[str, int] = {}
    shortened = [0, 0]  # activity names cut to length; activities beyond the per-item limit
    skipped_unmapped = 0
    other_scales: dict[str, int] = {}
    for row in rows:
        for name in row.other_scales:
            other_scales[name] = other_scales.get(name, 0) + 1
        mood = resolver.see(row.mood)
        if mood is None:
            first_unknown = first_unknown or row.label
            skipped_unmapped += 1
            continue
        minute = row.local.strftime("%Y-%m-%dT%H:%M")
        ordinal = minute_seen.get(minute, 0)
        minute_seen[minute] = ordinal + 1
        checkin, entry = ctx.call(
            row.label,
            partial(
                _records,
                mood=mood,
                minute=minute,
                ordinal=ordinal,
                tz_offset_min=tz_offset_min,
                shortened=shortened,
            ),
            row,
        )
        bundle.checkins.append(checkin)
        if entry is not None:
            bundle.entries.append(entry)
    bundle.moods = [
        MoodUse(name=n, count=c, mood=m, level=lv, how=how) for n, c, lv, m, how in resolver.uses()
    ]
    unknown = [(m.name, m.count) for m in bundle.unmapped_moods]
    if unknown and not allow_unmapped:
        raise ctx.fail(first_unknown, unknown_moods_message(unknown))
    if skipped_unmapped:
        bundle.notes.append(
            f"{skipped_unmapped} Daylio entries wait for their mood to get a level "
            f"({len(unknown)} unknown mood names)."
        )
    if other_scales:
        listed = ", ".join(f"{name} ({n}×)" for name, n in sorted(other_scales.items()))
        bundle.notes.append(
            f"Daylio scales other than sleep were not imported ({listed}): NeuroLeaf has no "
            "place for them."
        )
    if shortened[1]:
        bundle.notes.append(
            f"Left out {shortened[1]} activities of check-ins with more than {v.MAX_TAGS}."
        )
    if shortened[0]:
        bundle.notes.append(
            f"Shortened {shortened[0]} activity names to {v.MAX_LABEL_CHARS} characters."
        )


def _records(
    row: DaylioRow,
    mood: int,
    minute: str,
    ordinal: int,
    tz_offset_min: int | None,
    shortened: list[int],
) -> tuple[MoodCheckIn, JournalEntry | None]:
    offset = row.offset_min if row.offset_min is not None else None
    if offset is None:
        offset = local_offset_for(row.local, tz_offset_min)
    v.check_moment(row.local, "check-in")
    moment = row.local.replace(tzinfo=fixed_offset(offset)).astimezone(UTC)
    names = [fit_label(a, shortened) for a in row.activities]
    unique = list(dict.fromkeys(v.clean_label(a, what="activity") for a in names if a))
    if len(unique) > v.MAX_TAGS:
        shortened[1] += len(unique) - v.MAX_TAGS
        unique = unique[: v.MAX_TAGS]
    activities = v.clean_labels(unique, what="activity")
    v.check_sleep_hours(row.sleep_hours)
    v.check_scale(row.sleep_quality, "sleep quality", v.SLEEP_QUALITY_MIN, v.SLEEP_QUALITY_MAX)
    checkin = MoodCheckIn(
        id=derived_id("daylio-checkin", minute, str(ordinal)),
        logged_at=moment,
        tz_offset_min=offset,
        mood=mood,
        sleep_hours=row.sleep_hours,
        sleep_quality=row.sleep_quality,
        activities=activities,
        created_at=moment,
    )
    title = note_text(row.title).replace("\n", " ")
    body = note_text(row.note)
    if len(title) > v.MAX_TITLE_CHARS:  # a long title would be refused: keep it as text
        title, body = "", f"{title}\n\n{body}".strip()
    title, body = v.clean_title(title), v.clean_body(body)
    entry = None
    if title.strip() or body.strip():
        entry = JournalEntry(
            id=derived_id("daylio-entry", minute, str(ordinal)),
            created_at=moment,
            updated_at=moment,
            tz_offset_min=offset,
            title=title,
            body=body,
            source=EntrySource.TEXT,
        )
    return checkin, entry
