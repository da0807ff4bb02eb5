"""Day One's JSON export: a ``.zip`` holding one ``<Journal name>.json`` per journal (plus
photo folders, ignored), each ``{"metadata": …, "entries": [{"uuid", "creationDate",
"modifiedDate", "text", "tags", "timeZone", "starred", …}]}``. A bare ``.json`` also works.

``text`` is Markdown with Day One's escapes (``\\.``, ``\\-`` …), which are undone. A leading
``# Heading`` line becomes the title. The IANA ``timeZone`` gives the offset the writer saw;
``starred`` becomes the tag "starred". Entries with no text (photo-only) are skipped and
counted in the report.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.models import EntrySource, JournalEntry
from neuroleaf_desktop.services.importers.base import (
    MAX_IMPORT_BYTES,
    ImportBundle,
    RecordContext,
    derived_id,
    read_limited,
)

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")


def _when(text: Any, name: str) -> datetime:
    if not isinstance(text, str):
        raise ValueError(f"{name!r} must be a date-time text")
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _offset(moment: datetime, zone: Any) -> int:
    if isinstance(zone, dict):  # some versions write {"identifier": "Europe/Berlin", …}
        zone = zone.get("identifier")
    if not isinstance(zone, str) or not zone:
        return 0
    try:
        off = moment.astimezone(ZoneInfo(zone)).utcoffset()
    except (ValueError, KeyError, OSError):  # unknown or malformed zone name: keep UTC
        return 0
    return int(off.total_seconds() // 60) if off is not None else 0


def _split_title(text: str) -> tuple[str, str]:
    first, _, rest = text.partition("\n")
    if first.startswith("# ") and len(first) <= v.MAX_TITLE_CHARS:
        return first[2:].strip(), rest.lstrip("\n")
    return "", text


def _entry(raw: Any, journal: str) -> JournalEntry | None:
    if not isinstance(raw, dict):
        raise ValueError("an entry must be a JSON object")
    uuid = raw["uuid"]
    if not isinstance(uuid, str) or not uuid:
        raise ValueError("'uuid' must be text")
    text = raw.get("text", "")
    if not isinstance(text, str):
        raise ValueError("'text' must be text")
    created = _when(raw["creationDate"], "creationDate")
    modified = _when(raw["modifiedDate"], "modifiedDate") if raw.get("modifiedDate") else created
    tags_raw = raw.get("tags", [])
    if not isinstance(tags_raw, list) or not all(isinstance(t, str) for t in tags_raw):
        raise ValueError("'tags' must be a list of text")
    tags = list(tags_raw)
    if raw.get("starred") is True:
        tags.append("starred")
    title, body = _split_title(_ESCAPE.sub(r"\1", text).replace("\r\n", "\n"))
    title, body = v.clean_title(title), v.clean_body(body)
    if not title.strip() and not body.strip():
        return None
    return JournalEntry(
        id=derived_id("dayone", uuid),
        created_at=created,
        updated_at=max(modified, created),
        tz_offset_min=_offset(created, raw.get("timeZone")),
        title=title,
        body=body,
        tags=v.clean_labels(tags, what="tag"),
        source=EntrySource.TEXT,
    )


def parse_journal(data: bytes, name: str, ctx: RecordContext, bundle: ImportBundle) -> None:
    """One journal's JSON; ``name`` is its member name in the zip ("" for a bare file)."""
    where = f"{name}, " if name else ""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ctx.fail(name or None, "it is not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise ctx.fail(f"{where}line {exc.lineno}", f"invalid JSON ({exc.msg}).") from None
    except RecursionError:
        raise ctx.fail(name or None, "the JSON is nested too deeply.") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ctx.fail(name or None, 'this is not a Day One journal (no "entries" list).')
    skipped = 0
    for index, raw in enumerate(doc["entries"]):
        entry = ctx.call(f"{where}entries[{index}]", lambda r: _entry(r, name), raw)
        if entry is None:
            skipped += 1
        else:
            bundle.entries.append(entry)
    if skipped:
        place = f" in {name}" if name else ""
        bundle.notes.append(f"Skipped {skipped} Day One entries without text{place}.")


def load(path: Path, **_options: Any) -> ImportBundle:
    file = str(path)
    ctx = RecordContext(file)
    bundle = ImportBundle(source_format="dayone", file=file, foreign=True)
    data = read_limited(path, ctx)
    if not zipfile.is_zipfile(path):
        parse_journal(data, "", ctx, bundle)
        return bundle
    try:
        with zipfile.ZipFile(path) as archive:
            journals = [
                info for info in archive.infolist()
                if info.filename.lower().endswith(".json") and "/" not in info.filename.strip("/")
                and not info.filename.startswith("__MACOSX")
            ]  # fmt: skip
            if not journals:
                raise ctx.fail(None, "the zip holds no Day One journal (e.g. Journal.json).")
            for info in sorted(journals, key=lambda i: i.filename):
                if info.file_size > MAX_IMPORT_BYTES:
                    raise ctx.fail(info.filename, "it is too large to import.")
                with archive.open(info) as handle:
                    content = handle.read(MAX_IMPORT_BYTES + 1)
                if len(content) > MAX_IMPORT_BYTES:
                    raise ctx.fail(info.filename, "it is too large to import.")
                parse_journal(content, info.filename, ctx, bundle)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError,
            zlib.error, ValueError) as exc:  # fmt: skip
        raise ctx.fail(None, f"the zip file is damaged or unsupported ({exc}).") from None
    except (OSError, RuntimeError) as exc:  # e.g. a CRC error or an encrypted member
        raise ctx.fail(None, f"the zip file cannot be read ({exc}).") from None
    return bundle
