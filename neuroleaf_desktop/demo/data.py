"""What the demo generator makes: the generated journal and the ground truth behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry

HOME_OFFSET_MIN: Final = 60  # Central European standard time; no DST, to keep days simple


@dataclass(frozen=True)
class DeclineEpisode:
    """A streak written in on purpose: what a decline detector should find.

    ``daily_values`` are the daily mean moods from ``start`` to ``end`` (inclusive, local
    dates), strictly decreasing; ``recovery_date`` is the day after ``end``, on which the
    ``recovery_activities`` happen and the evening entry contains ``recovery_text``.
    """

    start: date
    end: date
    daily_values: tuple[float, ...]
    recovery_date: date
    recovery_activities: tuple[str, ...]
    recovery_text: str


@dataclass(frozen=True)
class TravelPeriod:
    """Days (inclusive) written from another time zone, so offsets are not all the same."""

    start: date
    end: date
    place: str
    tz_offset_min: int


@dataclass(frozen=True)
class DemoData:
    """Everything ``generate`` made. Days covered: ``start`` ≤ local date < ``end``."""

    start: date
    end: date
    entries: list[NewEntry]
    checkins: list[NewCheckIn]
    declines: list[DeclineEpisode]
    travels: list[TravelPeriod] = field(default_factory=list)
    home_offset_min: int = HOME_OFFSET_MIN
