"""jrnl's JSON export (``jrnl --export json``)::

    {"tags": {"@work": 2, …},
     "entries": [{"date": "2024-03-05", "time": "08:30", "title": "…", "body": "…",
                  "tags": ["@work"], "starred": false}, …]}

Times are local and carry no zone: they get this computer's offset at that date unless
``tz_offset_min`` says otherwise. The tag symbol (``@`` by default) is dropped; ``starred``
becomes the tag "starred".
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.models import EntrySource, JournalEntry
from neuroleaf_desktop.services.importers.base import (
    ImportBundle,
    RecordContext,
    decode_text,
    derived_id,
    fixed_offset,
    local_offset_for,
    read_limited,
)


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be text")
    return value


def _entry(raw: Any, tz_offset_min: int | None) -> JournalEntry:
    if not isinstance(raw, dict):
        raise ValueError("an entry must be a JSON object")
    day = date.fromisoformat(_text(raw, "date").strip())
    clock = _text(raw, "time").strip() or "00:00"
    naive = datetime.combine(day, datetime.strptime(clock[:5], "%H:%M").time())
    offset = local_offset_for(naive, tz_offset_min)
    moment = naive.replace(tzinfo=fixed_offset(offset)).astimezone(UTC)
    tags_raw = raw.get("tags", [])
    if not isinstance(tags_raw, list) or not all(isinstance(t, str) for t in tags_raw):
        raise ValueError("'tags' must be a list of text")
    tags = [t.lstrip("@#") for t in tags_raw if t.lstrip("@#").strip()]
    if raw.get("starred") is True:
        tags.append("starred")
    title = v.clean_title(_text(raw, "title").replace("\n", " "))
    body = v.clean_body(_text(raw, "body").replace("\r\n", "\n").strip("\n"))
    v.require_content(title, body)
    return JournalEntry(
        id=derived_id("jrnl", day.isoformat(), clock, title, body),
        created_at=moment,
        updated_at=moment,
        tz_offset_min=offset,
        title=title,
        body=body,
        tags=v.clean_labels(tags, what="tag"),
        source=EntrySource.TEXT,
    )


def parse(text: str, file: str, *, tz_offset_min: int | None = None) -> ImportBundle:
    ctx = RecordContext(file)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ctx.fail(f"line {exc.lineno}", f"invalid JSON ({exc.msg}).") from None
    except RecursionError:
        raise ctx.fail(None, "the JSON is nested too deeply.") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ctx.fail(None, 'this is not a jrnl JSON export (no "entries" list).')
    bundle = ImportBundle(source_format="jrnl", file=file, foreign=True)
    bundle.entries = ctx.each(
        doc["entries"], lambda i: f"entries[{i}]", lambda r: _entry(r, tz_offset_min)
    )
    return bundle


def load(path: Path, *, tz_offset_min: int | None = None, **_options: Any) -> ImportBundle:
    ctx = RecordContext(str(path))
    return parse(decode_text(read_limited(path, ctx), ctx), str(path), tz_offset_min=tz_offset_min)
