"""What every importer produces: an ``ImportBundle`` of validated records, nothing written yet.

An importer only parses and validates; ``export_service.import_bundle`` decides what is new and
writes everything in one vault transaction. So a bad record anywhere in a file means no change
at all, and ``--dry-run`` is the same code path minus the write.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import IO, Any, TypeVar

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.models import Activity, JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.timeutil import to_iso
from neuroleaf_desktop.errors import ImportValidationError, NeuroLeafError
from neuroleaf_desktop.storage.repositories.care_repo import NudgeRecord, QuestionnaireRecord

T = TypeVar("T")
# Foreign records get ids derived from their content and source, so the same file imported
# twice yields the same ids (and the second import is recognised as duplicates).
IMPORT_NAMESPACE = uuid.UUID("5b0f2a7e-63c4-4d0c-9a55-6e6575726f6c")
# Caps on what is read into memory. A journal export of decades is a few tens of MB of text;
# anything past these limits is refused before it can exhaust memory (``/dev/zero``, zip bombs,
# a 1 GB JSON). Zip archives themselves may be larger (Day One zips carry photos): only the
# members we read are capped.
MAX_IMPORT_BYTES = 160 * 1024 * 1024
MAX_TEXT_BYTES = 64 * 1024 * 1024
_MAX_INT_DIGITS = 30  # no field in any supported format needs more


@dataclass(frozen=True)
class BreathingRecord:
    id: str
    pattern: str
    started_at: datetime
    duration_s: int
    feeling_before: int | None
    feeling_after: int | None
    nudge_id: str | None


@dataclass(frozen=True)
class SafetyPlanRecord:
    plan: dict[str, list[str]]
    updated_at: datetime


@dataclass(frozen=True)
class MoodUse:
    """One mood name as found in a file: how often, and what it becomes (None: unknown)."""

    name: str
    count: int
    mood: int | None
    level: int | None  # Daylio's five levels, 5 = best (rad) … 1 = worst (awful)
    how: str  # "default name", "from the backup", "your mapping", or "unknown"


@dataclass
class ImportBundle:
    """Validated records from one file. ``foreign``: not NeuroLeaf's own format, so duplicates
    are also recognised by content + time (ids are ours, derived on import)."""

    source_format: str
    file: str
    foreign: bool
    entries: list[JournalEntry] = field(default_factory=list)
    checkins: list[MoodCheckIn] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    analyses: list[EntryAnalysis] = field(default_factory=list)
    questionnaires: list[QuestionnaireRecord] = field(default_factory=list)
    breathing: list[BreathingRecord] = field(default_factory=list)
    nudges: list[NudgeRecord] = field(default_factory=list)
    safety_plan: SafetyPlanRecord | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # e.g. "skipped 2 entries without text"
    # Daylio: every distinct mood name with its count and the 1–10 mood it maps to (None:
    # not known yet; the person has to give it a level before anything is imported).
    moods: list[MoodUse] = field(default_factory=list)

    @property
    def unmapped_moods(self) -> list[MoodUse]:
        return [m for m in self.moods if m.mood is None]


def entry_content_key(entry: JournalEntry) -> tuple[str, str]:
    digest = hashlib.sha256(f"{entry.title}\x1f{entry.body}".encode()).hexdigest()
    return digest, to_iso(entry.created_at)


def checkin_content_key(checkin: MoodCheckIn) -> tuple[str, str]:
    text = f"{checkin.mood}\x1f{checkin.note}\x1f{'|'.join(checkin.activities)}"
    return hashlib.sha256(text.encode()).hexdigest(), to_iso(checkin.logged_at)


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(IMPORT_NAMESPACE, "\x1f".join(parts)))


def fixed_offset(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


class RecordContext:
    """Turns any validation failure inside ``with ctx.record(label):`` into an
    ImportValidationError that names the file and the record."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, record: str | None, reason: str) -> ImportValidationError:
        return ImportValidationError(self.file, record, reason)

    def each(
        self, items: Iterable[T], label: Callable[[int], str], convert: Callable[[T], Any]
    ) -> list[Any]:
        out = []
        for index, item in enumerate(items):
            out.append(self.call(label(index), convert, item))
        return out

    def call(self, record: str, convert: Callable[[T], Any], item: T) -> Any:
        try:
            return convert(item)
        except ImportValidationError:
            raise
        except NeuroLeafError as exc:
            raise self.fail(record, exc.user_message) from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise self.fail(record, _describe(exc)) from None


# Python's own wording for a few parse errors, said the way a person would understand it (a
# safety net: the importers word their own checks already).
_PYTHON_WORDS = (
    ("Invalid isoformat string", "a date or time is not written like 2024-06-22 or 20:30"),
    ("invalid literal for int()", "a number is not written as a number"),
    ("could not convert string to float", "a number is not written as a number"),
)


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"the field {exc.args[0]!r} is missing."
    text = str(exc).strip() or type(exc).__name__
    for python, human in _PYTHON_WORDS:
        if python in text:
            text = human
    return text if text.endswith(".") else text + "."


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    return v.clean_labels(tags, what="tag")


def require_str(raw: Any, name: str, *, optional: bool = False) -> str:
    if raw is None and optional:
        return ""
    if not isinstance(raw, str):
        raise ValueError(f"{name} must be text")
    return raw


def local_offset_for(naive: datetime, tz_offset_min: int | None) -> int:
    """The offset to give a naive local time: the one asked for, else this machine's then."""
    if tz_offset_min is not None:
        return tz_offset_min
    moment = naive.astimezone()
    off = moment.utcoffset()
    return int(off.total_seconds() // 60) if off is not None else 0


def too_large(limit: int) -> str:
    return f"the file is too large to import (the limit is {limit // (1024 * 1024)} MB)."


def refuse_device(path: Path, ctx: RecordContext) -> os.stat_result:
    """Devices such as ``/dev/zero`` never end: refused before a single byte is read."""
    info = path.stat()
    if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
        raise ctx.fail(None, "the file is too large to import (it is a device, which never "
                       "ends, not an export file).")  # fmt: skip
    return info


def starts_like_zip(path: Path) -> bool:
    """A zip's first bytes, read without trusting the file to end (unlike is_zipfile)."""
    with path.open("rb") as handle:
        return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")


def read_limited(path: Path, ctx: RecordContext, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The file's bytes, read in a bounded way: a size the file system reports is checked
    first, and the read itself stops past ``limit`` (devices and pipes report no size)."""
    try:
        if path.is_dir():
            raise ctx.fail(None, "it is a folder, not a file.")
        info = refuse_device(path, ctx)
        if info.st_size > limit:
            raise ctx.fail(None, too_large(limit))
        with path.open("rb") as handle:
            return read_capped(handle, ctx, limit)
    except OSError as exc:
        raise ctx.fail(None, f"cannot read it ({exc.strerror or exc}).") from None


def read_capped(
    handle: IO[bytes], ctx: RecordContext, limit: int, where: str | None = None
) -> bytes:
    data = bytearray()
    while True:
        chunk = handle.read(min(1 << 20, limit + 1 - len(data)))
        if not chunk:
            return bytes(data)
        data += chunk
        if len(data) > limit:
            raise ctx.fail(where, too_large(limit))


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise ValueError(f"a number with {len(text.lstrip('-')):,} digits")
    return int(text)


def parse_json(data: bytes | str, ctx: RecordContext, where: str | None = None) -> Any:
    """JSON with human errors: bad encoding, syntax (with the line), absurd numbers, depth."""
    prefix = f"{where}, " if where else ""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise ctx.fail(f"{prefix}byte {exc.start}", "the file is not UTF-8 text.") from None
    try:
        return json.loads(text, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        raise ctx.fail(f"{prefix}line {exc.lineno}", f"invalid JSON ({exc.msg}).") from None
    except RecursionError:
        raise ctx.fail(where, "the JSON is nested too deeply.") from None
    except ValueError as exc:  # from _bounded_int (Python's own message is not for people)
        raise ctx.fail(where, f"the file holds {exc}, which no journal field can be.") from None


def decode_text(data: bytes, ctx: RecordContext) -> str:
    """UTF-8 (with or without a BOM); UTF-16 when a BOM says so (spreadsheet re-saves)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ctx.fail(None, "the file claims to be UTF-16 text but is not.") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ctx.fail(f"byte {exc.start}", "the file is not UTF-8 text.") from None
