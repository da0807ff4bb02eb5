"""The things a person keeps in NeuroLeaf, as plain immutable dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class EntrySource(StrEnum):
    TEXT = "text"
    VOICE = "voice"


@dataclass(frozen=True)
class JournalEntry:
    id: str
    created_at: datetime  # UTC
    updated_at: datetime  # UTC
    tz_offset_min: int  # writer's local offset when written
    title: str
    body: str
    tags: tuple[str, ...] = ()
    source: EntrySource = EntrySource.TEXT
    voice_duration_s: float | None = None
    deleted_at: datetime | None = None
    # The person's own mark ("find this again"): never read by analysis, insights or safety.
    starred: bool = False

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class NewEntry:
    """What a person writes; the service adds id and timestamps."""

    title: str
    body: str
    tags: tuple[str, ...] = ()
    source: EntrySource = EntrySource.TEXT
    voice_duration_s: float | None = None
    created_at: datetime | None = None  # None: now
    tz_offset_min: int | None = None  # None: the machine's offset
    starred: bool = False  # starred before its first save: kept with it


@dataclass(frozen=True)
class EntryPatch:
    """A partial edit: fields left as None stay as they are."""

    title: str | None = None
    body: str | None = None
    tags: tuple[str, ...] | None = None


@dataclass(frozen=True)
class MoodCheckIn:
    id: str
    logged_at: datetime  # UTC
    tz_offset_min: int
    mood: int  # 1..10
    energy: int | None = None  # 1..10
    anxiety: int | None = None  # 1..10
    sleep_hours: float | None = None  # 0..24
    sleep_quality: int | None = None  # 1..5
    emotions: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    note: str = ""
    created_at: datetime | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class NewCheckIn:
    mood: int
    energy: int | None = None
    anxiety: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    emotions: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    note: str = ""
    logged_at: datetime | None = None
    tz_offset_min: int | None = None


@dataclass(frozen=True)
class Activity:
    id: int
    name: str
    category: str = "other"
    icon: str = ""
    archived: bool = False


@dataclass(frozen=True)
class TemplateLines:
    """The template text an entry was made with, as filled: its title and its body's lines
    (blank lines left out: a blank line says nothing). Kept with the entry in the vault."""

    title: str = ""
    lines: tuple[str, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not self.title.strip() and not self.lines


@dataclass(frozen=True)
class Draft:
    """Unsaved editor state, autosaved so a crash loses at most a few seconds of typing."""

    id: str
    entry_id: str | None
    title: str
    body: str
    tags: tuple[str, ...]
    updated_at: datetime
    starred: bool = False  # a new entry's star, which is saved with its first save
    template: TemplateLines | None = None  # a new entry's template lines, saved with it too


@dataclass(frozen=True)
class SearchHit:
    entry_id: str
    created_at: datetime
    tz_offset_min: int
    title: str
    snippet: str  # with [[ ]] around matched terms
    score: float
    tags: tuple[str, ...] = field(default=())
