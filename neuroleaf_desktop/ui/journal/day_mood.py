"""The mood of an entry's day, from that day's check-ins: shown beside the entry, so reading
an old entry also says how the day felt (each check-in counted on its own local day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from neuroleaf_desktop.domain.timeutil import local_date
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.services.mood_service import MoodService

# Local days can be up to 14 h away from UTC: read a little wider, then keep the day's own.
_SLACK = timedelta(hours=15)


@dataclass(frozen=True)
class DayMood:
    day: date
    moods: tuple[int, ...]

    @property
    def mean(self) -> float | None:
        return sum(self.moods) / len(self.moods) if self.moods else None

    def text(self) -> str:
        """ "Mood that day 6.5/10 (2 check-ins)", or that there was no check-in."""
        if self.mean is None:
            return "No check-in that day"
        return f"Mood that day {self.mean:.1f}/10 ({plural(len(self.moods), 'check-in')})"


def load_day_mood(mood: MoodService, day: date) -> DayMood:
    """Runs on a worker: the moods logged on the local calendar day ``day``."""
    since = datetime.combine(day, time.min, tzinfo=UTC) - _SLACK
    until = datetime.combine(day + timedelta(days=1), time.min, tzinfo=UTC) + _SLACK
    moods = tuple(
        c.mood
        for c in mood.list(since, until, newest_first=False)
        if local_date(c.logged_at, c.tz_offset_min) == day
    )
    return DayMood(day, moods)
