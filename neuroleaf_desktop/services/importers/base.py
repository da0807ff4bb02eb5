"""What every importer produces: an ``ImportBundle`` of validated records, nothing written yet.

An importer only parses and validates; ``export_service.import_bundle`` decides what is new and
writes everything in one vault transaction. So a bad record anywhere in a file means no change
at all, and ``--dry-run`` is the same code path minus the write.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

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
MAX_IMPORT_BYTES = 512 * 1024 * 1024  # refuse absurd inputs (and zip bombs) early


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


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"the field {exc.args[0]!r} is missing."
    text = str(exc).strip() or type(exc).__name__
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


def read_limited(path: Path, ctx: RecordContext) -> bytes:
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ctx.fail(None, "the file is too large to import.")
        return path.read_bytes()
    except OSError as exc:
        raise ctx.fail(None, f"cannot read it ({exc.strerror}).") from None


def decode_text(data: bytes, ctx: RecordContext) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ctx.fail(f"byte {exc.start}", "the file is not UTF-8 text.") from None
