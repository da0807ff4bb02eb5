"""The mood trend, explained: is there a decline right now, and what were the days?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from neuroleaf_desktop.domain.trend_detector import (
    DailyMood,
    Decline,
    current_decline,
    daily_means,
    detect_declines,
)
from neuroleaf_desktop.services.mood_service import MoodService


@dataclass(frozen=True)
class TrendReport:
    today: date
    days: tuple[DailyMood, ...]  # the window looked at, oldest first
    current: Decline | None
    recent: tuple[Decline, ...]  # all declines in the window

    @property
    def summary(self) -> str:
        if not self.days:
            return "No check-ins yet: log your mood for a few days to see your trend."
        if self.current is not None:
            return self.current.explanation + "."
        last = self.days[-1]
        return (
            f"No current decline. Your last check-in day ({last.day:%a %d %b}) averaged "
            f"{last.mean:.3g}."
        )


class TrendService:
    def __init__(self, mood: MoodService) -> None:
        self.mood = mood

    def report(
        self, today: date, *, window_days: int = 30, length: int = 3, min_drop: float = 0.0
    ) -> TrendReport:
        """Daily means of the last ``window_days`` (local days) and the declines in them."""
        start = datetime.combine(today - timedelta(days=window_days + 1), datetime.min.time())
        since = start.astimezone()  # a day of slack for time zones; filtered below
        days = [
            d for d in daily_means(self.mood.list(since, None, newest_first=False))
            if today - timedelta(days=window_days) < d.day <= today
        ]  # fmt: skip
        return TrendReport(
            today=today,
            days=tuple(days),
            current=current_decline(days, today, length=length, min_drop=min_drop),
            recent=tuple(detect_declines(days, length=length, min_drop=min_drop)),
        )
