"""Daylio's own backup (``.daylio``): a zip holding ``backup.daylio``, base64-encoded JSON
(photos, if any, sit beside it under ``assets/``; they are counted, not imported).

The JSON carries what the CSV lacks: every mood's group (``mood_group_id`` 1 = rad … 5 =
awful), so renamed moods map without asking; activity ("tag") names by id; and each entry's
own UTC offset. Entries: ``{"year", "month" (0-based), "day", "hour", "minute",
"timeZoneOffset" (ms), "mood" (a mood id), "note_title", "note", "tags": [ids], "assets"}``.
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
import zlib
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from neuroleaf_desktop.services.importers.base import (
    MAX_TEXT_BYTES,
    ImportBundle,
    RecordContext,
    parse_json,
    read_capped,
)
from neuroleaf_desktop.services.importers.daylio_moods import LEVEL_NAMES, MoodResolver, normalize
from neuroleaf_desktop.services.importers.daylio_records import DaylioRow, build

_PREDEFINED = {1: "rad", 2: "good", 3: "meh", 4: "bad", 5: "awful"}


def _member(archive: zipfile.ZipFile, ctx: RecordContext) -> zipfile.ZipInfo:
    candidates = [
        i for i in archive.infolist()
        if not i.is_dir() and not i.filename.startswith(("__MACOSX", "assets/"))
        and i.filename.rsplit("/", 1)[-1].lower().endswith((".daylio", ".json"))
    ]  # fmt: skip
    if not candidates:
        raise ctx.fail(None, "the zip holds no Daylio backup (backup.daylio).")
    candidates.sort(key=lambda i: (i.filename.rsplit("/", 1)[-1].lower() != "backup.daylio",
                                   i.filename))  # fmt: skip
    return candidates[0]


def _decode(raw: bytes, ctx: RecordContext, where: str) -> Any:
    """Base64 of UTF-8 JSON; tolerant of line breaks, missing padding, URL-safe letters and
    of a backup that is plain JSON already."""
    stripped = raw.strip().lstrip(b"\xef\xbb\xbf")
    if stripped[:1] in (b"{", b"["):
        return parse_json(stripped, ctx, where)
    compact = b"".join(stripped.split())
    compact += b"=" * (-len(compact) % 4)
    try:
        decoded = base64.b64decode(compact.replace(b"-", b"+").replace(b"_", b"/"), validate=True)
    except (binascii.Error, ValueError):
        raise ctx.fail(where, "the backup inside is neither base64 nor JSON.") from None
    if decoded[:2] == b"\x1f\x8b":  # gzip, seen in some exports
        try:
            decoded = zlib.decompress(decoded, 16 + zlib.MAX_WBITS, MAX_TEXT_BYTES)
        except zlib.error:
            raise ctx.fail(where, "the backup inside is damaged (bad gzip data).") from None
    return parse_json(decoded, ctx, where)


def _obj(raw: Any, what: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ValueError(f"{what} must be a JSON object")
    return raw


def _moods(doc: dict[str, Any], ctx: RecordContext) -> tuple[dict[Any, str], dict[str, int]]:
    """mood id -> its name, and name -> level (5 = best)."""
    # Older backups list only the renamed and added moods; entries then use ids 1–5 for the
    # five predefined ones.
    names: dict[Any, str] = dict(_PREDEFINED)
    levels: dict[str, int] = {name: 6 - group for group, name in _PREDEFINED.items()}
    raw = doc.get("customMoods", [])
    if not isinstance(raw, list):
        raise ctx.fail("customMoods", "'customMoods' must be a list.")
    for index, item in enumerate(raw):
        mood = ctx.call(f"customMoods[{index}]", lambda m: _obj(m, "a mood"), item)
        group = mood.get("mood_group_id")
        if isinstance(group, bool) or not isinstance(group, int) or not 1 <= group <= 5:
            raise ctx.fail(f"customMoods[{index}]", "its mood group is not 1–5.")
        custom = mood.get("custom_name")
        name = custom.strip() if isinstance(custom, str) and custom.strip() else ""
        if not name:
            predefined = mood.get("predefined_name_id")
            name = _PREDEFINED.get(predefined, "") if isinstance(predefined, int) else ""
            name = name or LEVEL_NAMES[6 - group]
        names[mood.get("id")] = name
        levels.setdefault(normalize(name), 6 - group)
    return names, levels


def _tags(doc: dict[str, Any], ctx: RecordContext) -> dict[Any, str]:
    raw = doc.get("tags", [])
    if not isinstance(raw, list):
        raise ctx.fail("tags", "'tags' must be a list.")
    out: dict[Any, str] = {}
    for index, item in enumerate(raw):
        tag = ctx.call(f"tags[{index}]", lambda t: _obj(t, "an activity"), item)
        name = tag.get("name")
        if isinstance(name, str) and name.strip():
            out[tag.get("id")] = name.strip()
    return out


def _int(raw: dict[str, Any], key: str) -> int:
    value = raw[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key!r} must be a whole number")
    return value


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw.get(key) or ""
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be text")
    return value


def _row(raw: Any, label: str, moods: dict[Any, str], tags: dict[Any, str]) -> DaylioRow:
    entry = _obj(raw, "an entry")
    offset_ms = entry.get("timeZoneOffset")
    offset = None
    if isinstance(offset_ms, int) and not isinstance(offset_ms, bool):
        if abs(offset_ms) > 18 * 3_600_000:
            raise ValueError("'timeZoneOffset' is more than 18 hours")
        offset = offset_ms // 60_000
    if "year" not in entry and "datetime" in entry:  # only the instant: local = UTC + offset
        moment = datetime(1970, 1, 1) + timedelta(milliseconds=_int(entry, "datetime"))
        local = (moment + timedelta(minutes=offset or 0)).replace(second=0, microsecond=0)
    else:
        local = datetime(
            _int(entry, "year"), _int(entry, "month") + 1, _int(entry, "day"),
            _int(entry, "hour"), _int(entry, "minute"),
        )  # fmt: skip
    mood_id = entry.get("mood")
    if mood_id not in moods:
        raise ValueError(f"its mood (id {mood_id!r}) is not among the backup's moods")
    tag_ids = entry.get("tags") or []
    if not isinstance(tag_ids, list):
        raise ValueError("'tags' must be a list")
    activities = tuple(tags[t] for t in tag_ids if isinstance(t, int | str) and t in tags)
    return DaylioRow(
        label=label,
        local=local,
        offset_min=offset,
        mood=moods[mood_id],
        activities=activities,
        title=_text(entry, "note_title"),
        note=_text(entry, "note"),
    )


def parse(
    data: bytes,
    file: str,
    resolver: MoodResolver,
    *,
    tz_offset_min: int | None,
    allow_unmapped: bool,
) -> ImportBundle:
    ctx = RecordContext(file)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = _member(archive, ctx)
            assets = sum(
                1 for i in archive.infolist() if i.filename.startswith("assets/") and not i.is_dir()
            )
            with archive.open(info) as handle:
                raw = read_capped(handle, ctx, MAX_TEXT_BYTES, info.filename)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError,
            zlib.error, ValueError, OSError, RuntimeError) as exc:  # fmt: skip
        raise ctx.fail(None, f"the backup zip is damaged or unsupported ({exc}).") from None
    doc = _decode(raw, ctx, info.filename)
    if not isinstance(doc, dict) or not isinstance(doc.get("dayEntries"), list):
        raise ctx.fail(info.filename, 'this is not a Daylio backup (no "dayEntries" list).')
    moods, levels = _moods(doc, ctx)
    resolver.from_backup = levels
    tags = _tags(doc, ctx)
    rows = [
        ctx.call(
            f"dayEntries[{i}]", partial(_row, label=f"dayEntries[{i}]", moods=moods, tags=tags), r
        )
        for i, r in enumerate(doc["dayEntries"])
    ]
    if not rows:
        raise ctx.fail(None, "the backup has no Daylio entries.")
    rows.sort(key=lambda r: r.local)
    bundle = ImportBundle(source_format="daylio", file=file, foreign=True)
    build(rows, resolver, ctx, bundle, tz_offset_min=tz_offset_min, allow_unmapped=allow_unmapped)
    if assets:
        bundle.notes.append(
            f"The backup holds {assets} attached {'file' if assets == 1 else 'files'} (photos); "
            "they were not imported (only the entries' text, moods and activities are)."
        )
    return bundle
