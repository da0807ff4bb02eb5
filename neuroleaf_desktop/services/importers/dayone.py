"""Day One's JSON export: a ``.zip`` holding one ``<Journal name>.json`` per journal (at the
top or inside a folder) next to ``photos/``, ``audios/``, ``pdfs/`` folders; the same unzipped
as a folder; or a bare ``.json``. Each journal is ``{"metadata": …, "entries": [{"uuid",
"creationDate", "modifiedDate", "text", "tags", "timeZone", "starred", "isPinned",
"location", "weather", "photos", "audios", "pdfAttachments", "videos", …}]}``.

``text`` is Markdown with Day One's escapes (``\\.``, ``\\-`` …), which are undone. A leading
``# Heading`` line becomes the title. The IANA ``timeZone`` gives the offset the writer saw.

Attachments are not imported: photos, audio, PDFs and videos stay in the Day One export. Their
links in the text (``![](dayone-moment://ID)``) become a readable "[photo]", "[audio]",
"[PDF]" or "[video]", so a photo-only entry is not empty, and the report counts them. The
journal's name and "pinned" become tags, ``"starred": true`` stars the entry (NeuroLeaf's own
star, not a tag); place and weather become a last line of the entry ("Place: … · Weather: …").
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.models import EntrySource, JournalEntry
from neuroleaf_desktop.services.importers.base import (
    MAX_TEXT_BYTES,
    ImportBundle,
    RecordContext,
    derived_id,
    parse_json,
    read_capped,
    read_limited,
    refuse_device,
    starts_like_zip,
)

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_REF = r"dayone-(?:moment|external):/{1,2}(?:([A-Za-z]+)/)?([A-Za-z0-9_=-]+)"
# Markdown images (current exports), [[…]] (older exports) and bare references.
_MOMENT = re.compile(rf"!?\[[^\]\n]*\]\({_REF}\)|\[\[{_REF}\]\]|{_REF}")
_HEADING = re.compile(r"^#{1,3}\s+(\S.*)$")
_KIND_BY_PATH = {"audio": "audio", "pdfattachment": "PDF", "video": "video", "sketch": "photo"}
_KIND_BY_LIST = (("photos", "photo"), ("audios", "audio"), ("pdfAttachments", "PDF"),
                 ("videos", "video"))  # fmt: skip
_MEDIA_DIRS = ("photos", "audios", "pdfs", "videos", "sketches", "__macosx")
# A note exported as a TextBundle (Bear, iA Writer, Ulysses) holds its own info.json: a note's
# metadata, not a Day One journal.
_NOTE_BUNDLES = (".textbundle", ".textpack")
_MAX_JOURNALS = 500


def _when(text: Any, name: str) -> datetime:
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{name!r} must be a date-time like 2024-01-03T06:15:00Z")
    try:
        parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{name!r} is not a date-time like 2024-01-03T06:15:00Z") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    v.check_moment(parsed, "entry")
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
    """A first line styled as a heading (``#`` to ``###``, as Day One writes them) is the title."""
    first, _, rest = text.lstrip("\n").partition("\n")
    heading = _HEADING.match(first)
    if heading and len(heading.group(1)) <= v.MAX_TITLE_CHARS:
        return heading.group(1).strip(), rest.lstrip("\n")
    return "", text


def _attachment_kinds(raw: dict[str, Any]) -> dict[str, str]:
    """identifier -> "photo" / "audio" / "PDF" / "video" from the entry's media lists."""
    kinds: dict[str, str] = {}
    for key, kind in _KIND_BY_LIST:
        items = raw.get(key)
        if isinstance(items, list):
            for item in items:
                if isinstance(item, dict) and isinstance(item.get("identifier"), str):
                    kinds[item["identifier"].upper()] = kind
    return kinds


def _mark_attachments(text: str, raw: dict[str, Any], counts: Counter[str]) -> str:
    kinds = _attachment_kinds(raw)
    here: Counter[str] = Counter()

    def label(match: re.Match[str]) -> str:
        groups = match.groups()
        at = next(i for i in range(1, len(groups), 2) if groups[i] is not None)
        path, ident = (groups[at - 1] or "").lower(), groups[at]
        kind = kinds.get(ident.upper()) or _KIND_BY_PATH.get(path, "photo")
        here[kind] += 1
        return f"[{kind}]"

    marked = _MOMENT.sub(label, text)
    unlinked = []
    for kind, n in sorted(Counter(kinds.values()).items()):  # attached, not linked in the text
        unlinked += [f"[{kind}]"] * max(0, n - here[kind])
        here[kind] = max(here[kind], n)
    counts.update(here)
    if unlinked:
        marked = (
            f"{marked.rstrip()}\n\n{' '.join(unlinked)}" if marked.strip() else " ".join(unlinked)
        )
    return marked


def _place(raw: dict[str, Any]) -> str:
    location = raw.get("location")
    if not isinstance(location, dict):
        return ""
    keys = ("userLabel", "placeName", "localityName", "administrativeArea", "country")
    parts = [location.get(k) for k in keys]
    seen: list[str] = []
    for part in parts:
        if isinstance(part, str) and part.strip() and part.strip() not in seen:
            seen.append(part.strip())
    return ", ".join(seen)


def _weather(raw: dict[str, Any]) -> str:
    weather = raw.get("weather")
    if not isinstance(weather, dict):
        return ""
    words = []
    description = weather.get("conditionsDescription")
    if isinstance(description, str) and description.strip():
        words.append(description.strip())
    celsius = weather.get("temperatureCelsius")
    if isinstance(celsius, int | float) and not isinstance(celsius, bool):
        words.append(f"{round(celsius)} °C")
    return ", ".join(words)


def _metadata_line(raw: dict[str, Any]) -> str:
    parts = []
    if place := _place(raw):
        parts.append(f"Place: {place}")
    if weather := _weather(raw):
        parts.append(f"Weather: {weather}")
    return " · ".join(parts)


def _entry(raw: Any, journal: str, counts: Counter[str]) -> JournalEntry | None:
    if not isinstance(raw, dict):
        raise ValueError("an entry must be a JSON object")
    uuid = raw["uuid"]
    if not isinstance(uuid, str) or not uuid:
        raise ValueError("'uuid' must be text")
    text = raw.get("text") or ""
    if not isinstance(text, str):
        raise ValueError("'text' must be text")
    created = _when(raw["creationDate"], "creationDate")
    modified = _when(raw["modifiedDate"], "modifiedDate") if raw.get("modifiedDate") else created
    tags_raw = raw.get("tags") or []
    if not isinstance(tags_raw, list) or not all(isinstance(t, str) for t in tags_raw):
        raise ValueError("'tags' must be a list of text")
    tags = [t[: v.MAX_TAG_CHARS] for t in tags_raw if t.strip()]
    if journal.strip():
        tags.append(journal.strip()[: v.MAX_TAG_CHARS])
    if raw.get("isPinned") is True:
        tags.append("pinned")
    text = _mark_attachments(_ESCAPE.sub(r"\1", text).replace("\r\n", "\n"), raw, counts)
    title, body = _split_title(text)
    extra = _metadata_line(raw)
    if extra and (title.strip() or body.strip()):
        body = f"{body.rstrip()}\n\n{extra}" if body.strip() else extra
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
        starred=raw.get("starred") is True,
    )


def _journal_name(member: str) -> str:
    return PurePosixPath(member).stem if member else ""


def parse_journal(
    data: bytes,
    name: str,
    ctx: RecordContext,
    bundle: ImportBundle,
    counts: Counter[str],
    journal: str | None = None,
) -> bool:
    """One journal's JSON (``name``: its path in the export, "" for a bare file; the journal
    is named after the file). False when it is some other JSON (only an error when no
    journal at all is found)."""
    where = name or None
    doc = parse_json(data, ctx, where)
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        return False
    skipped = 0
    journal = journal if journal is not None else _journal_name(name)
    for index, raw in enumerate(doc["entries"]):
        label = f"{name}, entries[{index}]" if name else f"entries[{index}]"
        entry = ctx.call(label, lambda r: _entry(r, journal, counts), raw)
        if entry is None:
            skipped += 1
        else:
            bundle.entries.append(entry)
    if skipped:
        place = f" in {name}" if name else ""
        bundle.notes.append(f"Skipped {skipped} Day One entries without text or attachments"
                            f"{place}.")  # fmt: skip
    return True


def is_journal_path(member: str) -> bool:
    parts = PurePosixPath(member).parts
    return (
        member.lower().endswith(".json")
        and not any(p.lower() in _MEDIA_DIRS or p.startswith(".") for p in parts)
        and not any(p.lower().endswith(_NOTE_BUNDLES) for p in parts)
        and len(parts) <= 3
    )


def _attachment_note(bundle: ImportBundle, counts: Counter[str]) -> None:
    if not counts:
        return
    order = ("photo", "audio", "PDF", "video")
    words = {"photo": "photos", "audio": "audio recordings", "PDF": "PDFs", "video": "videos"}
    listed = ", ".join(f"{counts[k]} {words[k] if counts[k] != 1 else k}" for k in order
                       if counts[k])  # fmt: skip
    marks = ", ".join(f"[{k}]" for k in order if counts[k])
    bundle.notes.append(
        f"Day One attachments were not imported ({listed}); they stay in the Day One export, "
        f"and the entries mark where they were with {marks}."
    )


def _load_zip(path: Path, ctx: RecordContext, bundle: ImportBundle, counts: Counter[str]) -> int:
    found = 0
    try:
        with zipfile.ZipFile(path) as archive:
            members = sorted(
                (i for i in archive.infolist() if not i.is_dir() and is_journal_path(i.filename)),
                key=lambda i: i.filename,
            )
            total = 0
            for info in members[:_MAX_JOURNALS]:
                total += info.file_size
                if info.file_size > MAX_TEXT_BYTES or total > MAX_TEXT_BYTES * 2:
                    raise ctx.fail(info.filename, "it is too large to import.")
                with archive.open(info) as handle:
                    content = read_capped(handle, ctx, MAX_TEXT_BYTES, info.filename)
                found += parse_journal(content, info.filename, ctx, bundle, counts)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError,
            zlib.error, ValueError) as exc:  # fmt: skip
        raise ctx.fail(None, f"the zip file is damaged or unsupported ({exc}).") from None
    except (OSError, RuntimeError) as exc:  # e.g. a CRC error or an encrypted member
        raise ctx.fail(None, f"the zip file cannot be read ({exc}).") from None
    return found


def _load_folder(path: Path, ctx: RecordContext, bundle: ImportBundle, counts: Counter[str]) -> int:
    found = 0
    files = sorted(
        p for p in path.rglob("*.json")
        if is_journal_path(p.relative_to(path).as_posix()) and p.is_file()
    )  # fmt: skip
    for file in files[:_MAX_JOURNALS]:
        member = file.relative_to(path).as_posix()
        found += parse_journal(read_limited(file, ctx), member, ctx, bundle, counts)
    return found


def _is_zip(path: Path, ctx: RecordContext) -> bool:
    try:
        refuse_device(path, ctx)
        return starts_like_zip(path)
    except OSError as exc:
        raise ctx.fail(None, f"cannot read it ({exc.strerror or exc}).") from None


def load(path: Path, **_options: Any) -> ImportBundle:
    file = str(path)
    ctx = RecordContext(file)
    bundle = ImportBundle(source_format="dayone", file=file, foreign=True)
    counts: Counter[str] = Counter()
    if path.is_dir():
        if not _load_folder(path, ctx, bundle, counts):
            raise ctx.fail(None, "the folder holds no Day One journal (e.g. Journal.json).")
    elif _is_zip(path, ctx):
        if not _load_zip(path, ctx, bundle, counts):
            raise ctx.fail(None, "the zip holds no Day One journal (e.g. Journal.json).")
    elif not parse_journal(read_limited(path, ctx), "", ctx, bundle, counts, path.stem):
        raise ctx.fail(None, 'this is not a Day One journal (no "entries" list).')
    _attachment_note(bundle, counts)
    return bundle
