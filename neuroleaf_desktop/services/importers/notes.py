"""Markdown and plain-text notes: a folder, a zip of one, or a single ``.md``/``.txt`` file.

People keep journals as notes far more often than in a journal app: Obsidian daily notes,
Bear, Notion, Joplin, Standard Notes and iA Writer all export a folder of Markdown files. Each
note becomes one entry (``notes_text`` reads its title, date and tags). What a folder holds
besides notes is said, not hidden: images and PDFs stay where they are (the notes keep their
links), a ``templates`` folder is left out (a template is not a day of someone's life), and a
file that is not text is skipped by name.

A note's date is the one it names (front matter, Notion's properties, a date heading, the file
name). A note that names a day but no time gets the time its file was last saved when that
was on the same day, else noon; a note that names no day at all gets its file's save time.
Both are told in the import's notes, since those times may not be when the person wrote.

Ids come from the note's path inside the export (without the export's own top folder), so the
same notes imported again, from the folder or from its zip, are recognised and not doubled.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.models import EntrySource, JournalEntry
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.services.importers.base import (
    MAX_IMPORT_BYTES,
    MAX_TEXT_BYTES,
    ImportBundle,
    RecordContext,
    decode_text,
    derived_id,
    fixed_offset,
    local_offset_for,
    read_capped,
    read_limited,
    refuse_device,
    starts_like_zip,
)
from neuroleaf_desktop.services.importers.notes_dates import local_datetime
from neuroleaf_desktop.services.importers.notes_text import Note, read_note

__all__ = ["NOTE_SUFFIXES", "is_note_path", "load"]

NOTE_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text")
_MAX_NOTES = 50_000
_MAX_PATHS = 400_000  # a folder walk stops here (someone chose their home folder)
_SKIPPED_DIRS = ("__macosx", "node_modules")
_TEMPLATE_DIRS = ("templates", "template", "_templates")


@dataclass(frozen=True)
class _File:
    parts: tuple[str, ...]  # path inside the export
    saved: datetime | None  # the file's own last-change time, naive local
    data: bytes


@dataclass
class _Tally:
    other_files: int = 0
    templates: int = 0
    not_text: list[str] | None = None
    empty: int = 0
    undated: list[str] | None = None
    no_time: int = 0
    tags_cut: int = 0


_BUNDLE = ".textbundle"


def _named_parts(parts: tuple[str, ...]) -> tuple[str, ...]:
    """A TextBundle's text (``Lake swim.textbundle/text.md``, as Bear and iA Writer export a
    note) is named by its bundle: the note is "Lake swim", not "text"."""
    if len(parts) >= 2 and parts[-2].casefold().endswith(_BUNDLE):
        return (*parts[:-2], parts[-2][: -len(_BUNDLE)] + ".md")
    return parts


def _bundle_extra(parts: tuple[str, ...]) -> bool:
    """A TextBundle's own metadata file (``info.json``): not an attachment of the person's."""
    return len(parts) >= 2 and parts[-2].casefold().endswith(_BUNDLE) and parts[-1] == "info.json"


def _hidden(parts: tuple[str, ...]) -> bool:
    return any(p.startswith(".") or p.casefold() in _SKIPPED_DIRS for p in parts)


def _template(parts: tuple[str, ...]) -> bool:
    return any(p.casefold() in _TEMPLATE_DIRS for p in parts[:-1])


def is_note_path(member: str) -> bool:
    """A note file of an export (not hidden, not a template): what detection looks for."""
    parts = PurePosixPath(member).parts
    return (
        bool(parts)
        and member.casefold().endswith(NOTE_SUFFIXES)
        and not _hidden(parts)
        and not _template(parts)
    )


def _zip_files(path: Path, ctx: RecordContext, tally: _Tally) -> Iterator[_File]:
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for info in sorted(archive.infolist(), key=lambda i: i.filename):
                parts = PurePosixPath(info.filename).parts
                if info.is_dir() or not parts or _hidden(parts):
                    continue
                if not info.filename.casefold().endswith(NOTE_SUFFIXES):
                    tally.other_files += not _bundle_extra(parts)
                    continue
                if _template(parts):
                    tally.templates += 1
                    continue
                total += info.file_size
                if info.file_size > MAX_TEXT_BYTES or total > MAX_IMPORT_BYTES:
                    raise ctx.fail(info.filename, "it is too large to import.")
                with archive.open(info) as handle:
                    data = read_capped(handle, ctx, MAX_TEXT_BYTES, info.filename)
                saved = _zip_time(info.date_time)
                yield _File(parts, saved, data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError,
            zlib.error, ValueError) as exc:  # fmt: skip
        raise ctx.fail(None, f"the zip file is damaged or unsupported ({exc}).") from None
    except (OSError, RuntimeError) as exc:  # e.g. a CRC error or an encrypted member
        raise ctx.fail(None, f"the zip file cannot be read ({exc}).") from None


def _zip_time(stamp: tuple[int, int, int, int, int, int]) -> datetime | None:
    try:
        return datetime(*stamp) if stamp[0] > 1980 else None  # 1980: the zip's "no date"
    except ValueError:
        return None


def _folder_files(root: Path, ctx: RecordContext, tally: _Tally) -> Iterator[_File]:
    total = 0
    seen = 0
    for path in sorted(root.rglob("*")):
        seen += 1
        if seen > _MAX_PATHS:
            raise ctx.fail(None, f"the folder holds more than {_MAX_PATHS:,} files; choose the "
                           "folder of the notes themselves.")  # fmt: skip
        parts = path.relative_to(root).parts
        if _hidden(parts) or path.is_symlink() or not path.is_file():
            continue
        if not path.name.casefold().endswith(NOTE_SUFFIXES):
            tally.other_files += not _bundle_extra(parts)
            continue
        if _template(parts):
            tally.templates += 1
            continue
        member = "/".join(parts)
        try:
            info = refuse_device(path, ctx)
            total += info.st_size
            if info.st_size > MAX_TEXT_BYTES or total > MAX_IMPORT_BYTES:
                raise ctx.fail(member, "it is too large to import.")
            with path.open("rb") as handle:
                data = read_capped(handle, ctx, MAX_TEXT_BYTES, member)
        except OSError as exc:
            raise ctx.fail(member, f"cannot read it ({exc.strerror or exc}).") from None
        yield _File(parts, datetime.fromtimestamp(info.st_mtime), data)


def _single_file(path: Path, ctx: RecordContext) -> Iterator[_File]:
    data = read_limited(path, ctx)
    yield _File((path.name,), datetime.fromtimestamp(path.stat().st_mtime), data)


def _text(file: _File, tally: _Tally) -> str | None:
    try:
        return decode_text(file.data, RecordContext("/".join(file.parts)))
    except NeuroLeafError:
        tally.not_text = [*(tally.not_text or []), "/".join(file.parts)]
        return None


def _moment(note: Note, file: _File, tally: _Tally) -> datetime:
    """The naive local time the entry gets (see the module's docstring)."""
    if note.stamp is None:
        if file.saved is None:
            raise ValueError("the note names no date and its file has none")
        tally.undated = [*(tally.undated or []), "/".join(file.parts)]
        return file.saved.replace(microsecond=0)
    if note.stamp.at is None:
        if file.saved is not None and file.saved.date() == note.stamp.day:
            return file.saved.replace(microsecond=0)
        tally.no_time += 1
    return local_datetime(note.stamp)


def _entry(note: Note, file: _File, key: str, tally: _Tally, tz: int | None) -> JournalEntry:
    local = _moment(note, file, tally)
    v.check_moment(local, "entry")
    if note.stamp is not None and note.stamp.offset_min is not None:
        offset = note.stamp.offset_min
    else:
        offset = local_offset_for(local, tz)
    moment = local.replace(tzinfo=fixed_offset(offset)).astimezone(UTC)
    title, body = " ".join(note.title.split()), note.body
    if len(title) > v.MAX_TITLE_CHARS:  # a first line too long for a title stays text
        title, body = "", f"{note.title}\n{body}".strip()
    tags = [t[: v.MAX_TAG_CHARS] for t in note.tags]
    if len(tags) > v.MAX_TAGS:
        tally.tags_cut += 1
        tags = tags[: v.MAX_TAGS]
    title, body = v.clean_title(title), v.clean_body(body)
    v.require_content(title, body)
    return JournalEntry(
        id=derived_id("notes", key),
        created_at=moment,
        updated_at=moment,
        tz_offset_min=offset,
        title=title,
        body=body,
        tags=v.clean_labels(tags, what="tag"),
        source=EntrySource.TEXT,
    )


def _keys(files: list[_File]) -> list[str]:
    """Each note's path without the export's common top folder, case-folded."""
    parts = [f.parts for f in files]
    drop = 0
    if len(parts) > 1 or (parts and len(parts[0]) > 1):
        while all(len(p) > drop + 1 and p[drop] == parts[0][drop] for p in parts):
            drop += 1
    return ["/".join(p[drop:]).casefold() for p in parts]


def _named(names: list[str]) -> str:
    shown = ", ".join(f"'{n}'" for n in names[:3])
    return shown + (f" and {len(names) - 3:,} more" if len(names) > 3 else "")


def _notes(bundle: ImportBundle, tally: _Tally) -> None:
    say = bundle.notes.append
    if tally.undated:
        n = len(tally.undated)
        say(f"{_count(n, 'note names', 'notes name')} no date (in the file name, front matter "
            f"or first heading): {'it is' if n == 1 else 'they are'} dated by when the file was "
            f"last saved, which may not be when it was written "
            f"({_named(tally.undated)}).")  # fmt: skip
    if tally.no_time:
        n = tally.no_time
        say(f"{_count(n, 'note names', 'notes name')} a day but no time: "
            f"{'it is' if n == 1 else 'they are'} placed at noon.")  # fmt: skip
    if tally.empty:
        say(f"Skipped {plural(tally.empty, 'empty note')}.")
    if tally.not_text:
        say(f"Skipped {plural(len(tally.not_text), 'file')} that "
            f"{'is' if len(tally.not_text) == 1 else 'are'} not text "
            f"({_named(tally.not_text)}).")  # fmt: skip
    if tally.templates:
        say(f"Left out {plural(tally.templates, 'note')} in a templates folder (templates, not "
            "entries).")  # fmt: skip
    if tally.other_files:
        n = tally.other_files
        say(f"{_count(n, 'other file', 'other files')} (images, PDFs, attachments) "
            f"{'was' if n == 1 else 'were'} not imported; the notes keep their links to "
            "them.")  # fmt: skip
    if tally.tags_cut:
        say(f"{_count(tally.tags_cut, 'note', 'notes')} had more than {v.MAX_TAGS} tags: the "
            f"first {v.MAX_TAGS} were kept.")  # fmt: skip


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def load(path: Path, *, tz_offset_min: int | None = None, **_options: Any) -> ImportBundle:
    file = str(path)
    ctx = RecordContext(file)
    tally = _Tally()
    try:
        if path.is_dir():
            source = _folder_files(path, ctx, tally)
        elif refuse_device(path, ctx) and starts_like_zip(path):
            source = _zip_files(path, ctx, tally)
        else:
            source = _single_file(path, ctx)
        files = []
        for found in source:
            files.append(found)
            if len(files) > _MAX_NOTES:
                raise ctx.fail(None, f"it holds more than {_MAX_NOTES:,} notes.")
    except OSError as exc:
        raise ctx.fail(None, f"cannot read it ({exc.strerror or exc}).") from None
    bundle = ImportBundle(source_format="notes", file=file, foreign=True)
    for found, key in zip(files, _keys(files), strict=True):
        text = _text(found, tally)
        if text is None:
            continue
        label = "/".join(found.parts)
        note = ctx.call(label, partial(read_note, parts=_named_parts(found.parts)), text)
        if note.empty:
            tally.empty += 1
            continue
        make = partial(_entry, file=found, key=key, tally=tally, tz=tz_offset_min)
        bundle.entries.append(ctx.call(label, make, note))
    if not bundle.entries:
        raise ctx.fail(None, "it holds no notes with text (Markdown .md or text .txt files).")
    _notes(bundle, tally)
    return bundle
