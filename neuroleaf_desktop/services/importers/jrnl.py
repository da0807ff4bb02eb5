"""jrnl: its plain-text journal file (see ``jrnl_text``) and its JSON export::

    {"tags": {"@work": 2, …},
     "entries": [{"date": "2024-03-05", "time": "08:30", "title": "…", "body": "…",
                  "tags": ["@work"], "starred": false}, …]}

jrnl 1.x JSON exports have no per-entry ``tags``: the tags live only in the top-level map, so
each entry gets those of them that appear in its text (which is how jrnl itself finds them).
Times are local and carry no zone: they get this computer's offset at that date unless
``tz_offset_min`` says otherwise. The tag symbol (``@``/``#``) is dropped; ``starred`` (and
the text file's ``*`` marker) stars the entry with NeuroLeaf's own star, not a tag.

Ids come from the local date and time (and the position among entries of the same minute):
the same entry gets the same id from the text file and from a JSON export, and an entry edited
since the last import is updated rather than imported twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
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
    parse_json,
    read_limited,
)
from neuroleaf_desktop.services.importers.daylio_dates import clock
from neuroleaf_desktop.services.importers.jrnl_text import (
    TextEntry,
    parse_text,
)


@dataclass(frozen=True)
class _Raw:
    label: str
    local: datetime
    title: str
    body: str
    tags: tuple[str, ...]
    starred: bool


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be text")
    return value


def _mentions(text: str, tag: str) -> bool:
    return re.search(re.escape(tag) + r"(?![\w-])", text) is not None


def _json_entry(raw: Any, label: str, known_tags: list[str]) -> _Raw:
    if not isinstance(raw, dict):
        raise ValueError("an entry must be a JSON object")
    stamp = _text(raw, "date").strip()
    if not stamp:
        raise ValueError("the entry has no date")
    try:
        day = date.fromisoformat(stamp[:10])
    except ValueError as exc:
        if "isoformat" in str(exc):
            raise ValueError(f"the date {stamp!r} is not like 2024-03-05") from None
        raise
    clock_text = _text(raw, "time").strip() or stamp[10:].strip() or "00:00"
    local = datetime.combine(day, clock(clock_text))
    title, body = _text(raw, "title"), _text(raw, "body")
    if "tags" in raw:
        tags_raw = raw["tags"]
        if not isinstance(tags_raw, list) or not all(isinstance(t, str) for t in tags_raw):
            raise ValueError("'tags' must be a list of text")
        tags = [t.lstrip("@#") for t in tags_raw]
    else:  # jrnl 1.x: only the top-level map; an entry has the ones its text mentions
        text = f"{title}\n{body}".casefold()
        tags = [t.lstrip("@#") for t in known_tags if _mentions(text, t.casefold())]
    return _Raw(label, local, title, body, tuple(tags), raw.get("starred") is True)


def _from_text(entry: TextEntry) -> _Raw:
    return _Raw(f"line {entry.line}", entry.local, entry.title, entry.body, entry.tags,
                entry.starred)  # fmt: skip


def _entry(raw: _Raw, ordinal: int, tz_offset_min: int | None) -> JournalEntry:
    offset = local_offset_for(raw.local, tz_offset_min)
    v.check_moment(raw.local, "entry")
    moment = raw.local.replace(tzinfo=fixed_offset(offset)).astimezone(UTC)
    tags = [t for t in raw.tags if t.strip()]
    title = raw.title.replace("\n", " ").strip()
    body = raw.body.replace("\r\n", "\n").strip("\n")
    if len(title) > v.MAX_TITLE_CHARS:  # jrnl has no title limit: keep a long one as text
        title, body = "", f"{title}\n{body}".strip()
    title, body = v.clean_title(title), v.clean_body(body)
    v.require_content(title, body)
    minute = raw.local.strftime("%Y-%m-%dT%H:%M:%S")
    return JournalEntry(
        id=derived_id("jrnl", minute, str(ordinal)),
        created_at=moment,
        updated_at=moment,
        tz_offset_min=offset,
        title=title,
        body=body,
        tags=v.clean_labels([t[: v.MAX_TAG_CHARS] for t in tags], what="tag"),
        source=EntrySource.TEXT,
        starred=raw.starred,
    )


def _bundle(raws: list[_Raw], file: str, ctx: RecordContext, tz: int | None) -> ImportBundle:
    bundle = ImportBundle(source_format="jrnl", file=file, foreign=True)
    seen: dict[datetime, int] = {}
    empty = 0
    for raw in raws:
        if not raw.title.strip() and not raw.body.strip():
            empty += 1
            continue
        ordinal = seen.get(raw.local, 0)
        seen[raw.local] = ordinal + 1
        bundle.entries.append(
            ctx.call(raw.label, partial(_entry, ordinal=ordinal, tz_offset_min=tz), raw)
        )
    if empty:
        bundle.notes.append(f"Skipped {empty} jrnl entries with a date but no text.")
    if not bundle.entries:
        raise ctx.fail(None, "the file has no jrnl entries with text.")
    return bundle


def parse(text: str, file: str, *, tz_offset_min: int | None = None) -> ImportBundle:
    ctx = RecordContext(file)
    if text.lstrip("\ufeff \t\r\n")[:1] != "{":  # jrnl's JSON is always an object
        try:
            entries = parse_text(text)
        except ValueError as exc:
            message = str(exc)
            record, _, reason = message.partition(": ") if message.startswith("line ") else (
                "", "", message)  # fmt: skip
            raise ctx.fail(record or None, reason.rstrip(".") + ".") from None
        return _bundle([_from_text(e) for e in entries], file, ctx, tz_offset_min)
    doc = parse_json(text, ctx)
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ctx.fail(None, 'this is not a jrnl JSON export (no "entries" list).')
    tag_map = doc.get("tags")
    known = [t for t in tag_map if isinstance(t, str)] if isinstance(tag_map, dict) else []
    raws = [
        ctx.call(f"entries[{i}]", partial(_json_entry, label=f"entries[{i}]", known_tags=known), r)
        for i, r in enumerate(doc["entries"])
    ]
    return _bundle(raws, file, ctx, tz_offset_min)


def load(path: Path, *, tz_offset_min: int | None = None, **_options: Any) -> ImportBundle:
    ctx = RecordContext(str(path))
    return parse(decode_text(read_limited(path, ctx), ctx), str(path), tz_offset_min=tz_offset_min)
