"""What to list or search for: the filters the UI and the CLI build and the services apply.

Plain values in the domain so that ``ui/`` and ``cli/`` can build them without importing the
storage layer that turns them into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from neuroleaf_desktop.domain.models import EntrySource


@dataclass(frozen=True)
class EntryFilter:
    """A page of journal entries: a time window, a tag or kind, the trash, the person's stars,
    paging and order."""

    since: datetime | None = None  # inclusive, UTC instant
    until: datetime | None = None  # exclusive
    tag: str | None = None
    source: EntrySource | None = None
    deleted: bool = False  # True: only the trash
    starred: bool = False  # True: only the entries the person starred
    limit: int = 50
    offset: int = 0
    newest_first: bool = True


@dataclass(frozen=True)
class SearchFilters:
    """Narrows a search: a time window, the day's mean mood, tags (all of them), entry kind,
    and only the starred entries."""

    since: datetime | None = None  # inclusive, aware
    until: datetime | None = None  # exclusive
    mood_min: float | None = None  # 1-10, inclusive
    mood_max: float | None = None
    tags: tuple[str, ...] = field(default=())
    source: EntrySource | None = None
    starred: bool = False  # True: only the entries the person starred

    @property
    def active(self) -> bool:
        return any(
            x is not None for x in (self.since, self.until, self.mood_min, self.mood_max)
        ) or bool(self.tags or self.source or self.starred)


class SearchOrder(StrEnum):
    """How search results are listed.

    ``BEST``: the closest match first. ``NEWEST`` / ``OLDEST``: by when they were written. A
    search by words then takes the newest (or earliest) of *all* its matches; a search by
    meaning has no such "all" (every entry is somewhat near), so it keeps its best matches and
    lists them by date.
    """

    BEST = "best"
    NEWEST = "newest"
    OLDEST = "oldest"
