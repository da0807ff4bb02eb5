"""Daylio: its CSV export (all three generations) and its own backup (``.daylio``).

CSV generations, as the app wrote them over the years (extra columns are ignored):

* ``full_date,date,weekday,time,mood,activities,note_title,note`` (2021 on; some add
  ``scales``),
* ``full_date,date,weekday,time,mood,activities,note`` (2019–2020: no title),
* ``year,date,weekday,time,mood,activities,note`` (older: a localized day-and-month such as
  "June 22" or "7 września" next to the year).

Times are local in the phone's style (24-hour or "8:30 PM") without a zone: they get this
computer's offset at that date unless ``tz_offset_min`` says otherwise. Activities are
separated by ``|``. The ``scales`` column ("Sleep Quality: 8/10 points | Sleep Time: 8:00")
gives sleep quality (on our 1–5 scale) and sleep hours.

Moods are explained in ``daylio_moods``: default names in many languages are known; renamed
moods need a level (``mood_map={"grand": 5}``) unless the file is a backup, which states them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.services.importers.base import (
    ImportBundle,
    RecordContext,
    decode_text,
    read_limited,
)
from neuroleaf_desktop.services.importers.daylio_dates import (
    clock,
    full_date,
    old_style_date,
    visible,
)
from neuroleaf_desktop.services.importers.daylio_moods import (
    LEVEL_TO_MOOD,
    MoodResolver,
    normalize,
    spread,
)
from neuroleaf_desktop.services.importers.daylio_records import DaylioRow, build

DEFAULT_MOODS = ("rad", "good", "meh", "bad", "awful")
FIVE_POINT = tuple(LEVEL_TO_MOOD[level] for level in (5, 4, 3, 2, 1))
_MAX_FIELD_CHARS = 2 * v.MAX_BODY_CHARS
_HEADER_HINT = "full_date,date,weekday,time,mood,activities,note_title,note"
_SLEEP = ("sleep", "schlaf", "sueño", "sueno", "sommeil", "sonno", "sono", "sen", "сон",
          "slaap", "spánek", "spanek", "uyku", "睡眠", "수면", "שינה")  # fmt: skip
_QUALITY = ("quality", "qualität", "qualitat", "calidad", "qualité", "qualite", "qualità",
            "qualita", "qualidade", "jakość", "jakosc", "качество", "kwaliteit", "kvalita",
            "kalite", "质量", "品質", "質量", "질", "איכות")  # fmt: skip
_FRACTION = re.compile(r"(-?\d+(?:[.,]\d+)?)\s*/\s*(\d+(?:[.,]\d+)?)")
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")
_HOURS_MINUTES = re.compile(r"(\d{1,2})\s*[:h]\s*(\d{1,2})")


def mood_scale(moods: Sequence[str] | None) -> dict[str, int]:
    """Mood name → 1..10 by position, best first (the older ``--daylio-moods`` option)."""
    return spread(moods or DEFAULT_MOODS)


# ---- the CSV ---------------------------------------------------------------------------------
def _columns(header: list[str]) -> dict[str, int]:
    return {visible(name).strip().casefold(): i for i, name in enumerate(header)}


def _looks_like_data(header: list[str]) -> bool:
    first = header[0].strip().lstrip("\ufeff") if header else ""
    try:
        full_date(first)
        return True
    except ValueError:
        return first.isdigit() and len(first) == 4


def _check_header(header: list[str], ctx: RecordContext) -> dict[str, int]:
    columns = _columns(header)
    has_date = "full_date" in columns or {"year", "date"} <= set(columns)
    if has_date and {"time", "mood"} <= set(columns):
        return columns
    if _looks_like_data(header):
        raise ctx.fail(
            "line 1",
            "the first line is not a header. A Daylio CSV export starts with a line naming "
            f"its columns ({_HEADER_HINT}); export again from Daylio, or put that line first.",
        )
    missing = [c for c in ("full_date", "time", "mood") if c not in columns]
    raise ctx.fail(
        "line 1",
        f"this does not look like a Daylio CSV export (its first line has no "
        f"{', '.join(repr(m) for m in missing)} column).",
    )


def _sleep(scales: str) -> tuple[float | None, int | None, tuple[str, ...]]:
    """Sleep hours and quality (1–5) from Daylio's ``scales`` cell, where they are there,
    and the names of the other scales (which NeuroLeaf has no place for)."""
    hours: float | None = None
    quality: int | None = None
    others: list[str] = []
    for part in scales.split("|"):
        name, sep, value = part.partition(":")
        if not sep:
            continue
        key = normalize(name)
        if not any(word in key for word in _SLEEP):
            others.append(" ".join(name.split()))
            continue
        if any(word in key for word in _QUALITY):
            quality = _quality(value)
        else:
            hours = _hours(value)
    return hours, quality, tuple(others)


def _quality(value: str) -> int | None:
    fraction = _FRACTION.search(value)
    if fraction:
        got, top = (float(x.replace(",", ".")) for x in fraction.groups())
        if top <= 0:
            return None
        return max(1, min(5, int(got / top * 5 + 0.5)))
    number = _NUMBER.search(value)
    if number is None:
        return None
    got = float(number.group().replace(",", "."))
    return max(1, min(5, int((got if got <= 5 else got / 2) + 0.5)))


def _hours(value: str) -> float | None:
    hm = _HOURS_MINUTES.search(value)
    if hm:
        return round(int(hm.group(1)) + int(hm.group(2)) / 60, 2)
    number = _NUMBER.search(value)
    return float(number.group().replace(",", ".")) if number else None


def _row(row: list[str], columns: dict[str, int], label: str) -> DaylioRow:
    def cell(name: str) -> str:
        index = columns.get(name)
        return row[index] if index is not None and index < len(row) else ""

    if "full_date" in columns:
        day = full_date(cell("full_date"))
    else:
        day = old_style_date(cell("year"), cell("date"))
    mood = " ".join(visible(cell("mood")).split())
    if not mood:
        raise ValueError("the mood is empty")
    sleep_hours, sleep_quality, other_scales = _sleep(cell("scales"))
    return DaylioRow(
        label=label,
        local=datetime.combine(day, clock(cell("time"))),
        offset_min=None,
        mood=mood,
        activities=tuple(a.strip() for a in cell("activities").split("|") if a.strip()),
        title=cell("note_title"),
        note=cell("note"),
        sleep_hours=sleep_hours,
        sleep_quality=sleep_quality,
        other_scales=other_scales,
    )


def _delimiter(text: str) -> str:
    """Daylio writes commas; a spreadsheet re-save in many locales writes semicolons."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def read_csv_rows(text: str, ctx: RecordContext) -> list[DaylioRow]:
    # A long note is one CSV field: allow fields as long as an entry may be (the module's
    # default limit, 128 KB, would refuse a long diary note).
    csv.field_size_limit(max(csv.field_size_limit(), _MAX_FIELD_CHARS))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[DaylioRow] = []
    try:
        header = next(reader, None)
        while header is not None and not any(cell.strip() for cell in header):
            header = next(reader, None)
        if header is None:
            raise ctx.fail(None, "the file is empty.")
        columns = _check_header(header, ctx)
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            label = f"line {reader.line_num}"
            rows.append(ctx.call(label, partial(_row, columns=columns, label=label), row))
    except csv.Error as exc:
        raise ctx.fail(f"line {reader.line_num}", f"broken CSV ({exc}).") from None
    return rows


# ---- both kinds of file ---------------------------------------------------------------------
def _resolver(
    mood_map: Mapping[str, int] | None, moods: Sequence[str] | None, ctx: RecordContext
) -> MoodResolver:
    try:
        by_position = spread(moods) if moods else {}
    except ValueError as exc:
        raise ctx.fail(None, str(exc) + ".") from None
    mapping = {normalize(k): level for k, level in (mood_map or {}).items()}
    bad = [k for k, level in mapping.items() if level not in LEVEL_TO_MOOD]
    if bad:
        raise ctx.fail(None, "mood levels go from 1 (worst) to 5 (best).")
    return MoodResolver(mapping=mapping, by_position=by_position)


def parse(
    text: str,
    file: str,
    *,
    moods: Sequence[str] | None = None,
    mood_map: Mapping[str, int] | None = None,
    tz_offset_min: int | None = None,
    allow_unmapped: bool = False,
) -> ImportBundle:
    ctx = RecordContext(file)
    resolver = _resolver(mood_map, moods, ctx)
    rows = read_csv_rows(text, ctx)
    if not rows:
        raise ctx.fail(None, "the file has no Daylio entries.")
    bundle = ImportBundle(source_format="daylio", file=file, foreign=True)
    build(rows, resolver, ctx, bundle, tz_offset_min=tz_offset_min, allow_unmapped=allow_unmapped)
    return bundle


def load(
    path: Path,
    *,
    moods: Sequence[str] | None = None,
    mood_map: Mapping[str, int] | None = None,
    tz_offset_min: int | None = None,
    allow_unmapped: bool = False,
    **_options: Any,
) -> ImportBundle:
    """A Daylio CSV or ``.daylio`` backup (recognised by content, not by name)."""
    ctx = RecordContext(str(path))
    data = read_limited(path, ctx)
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        from neuroleaf_desktop.services.importers import daylio_backup

        resolver = _resolver(mood_map, moods, ctx)
        return daylio_backup.parse(
            data, str(path), resolver, tz_offset_min=tz_offset_min, allow_unmapped=allow_unmapped
        )
    return parse(
        decode_text(data, ctx), str(path), moods=moods, mood_map=mood_map,
        tz_offset_min=tz_offset_min, allow_unmapped=allow_unmapped,
    )  # fmt: skip
