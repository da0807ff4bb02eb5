"""The numbers behind the dashboard, prepared off the UI thread and cached.

``DashboardService(session).summary(start, end)`` reads check-ins, entries and entry analyses of
the local days ``start..end`` (inclusive; ``start=None`` means "from the first day with data")
and returns a plain, immutable ``DashboardSummary`` (``domain/dashboard.py``, which also
documents what each chart claims) for the pure figure builders in ``neuroleaf_desktop.charts``.
Summaries are cached 5 minutes per profile and range, the check-ins read 15 minutes
(``services.cache``); every write invalidates what it affects.
"""

from __future__ import annotations

import builtins
from datetime import UTC, date, datetime, time, timedelta

from neuroleaf_desktop.domain import stats
from neuroleaf_desktop.domain.analysis.analyzer import ANALYSER_NAME, ANALYSER_VERSION
from neuroleaf_desktop.domain.dashboard import (
    EMOTION_THRESHOLD,
    DashboardSummary,
    RangePreset,
    activity_effects,
    build_heatmap,
    build_keywords,
    build_sleep_mood,
    build_timeline,
    range_for,
)
from neuroleaf_desktop.domain.models import MoodCheckIn
from neuroleaf_desktop.domain.timeutil import local_date, local_time
from neuroleaf_desktop.domain.trend_detector import daily_means
from neuroleaf_desktop.services.cache import CacheRegistry, session_caches
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.analysis_repo import AnalysisRepository
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter, JournalRepository

_ALL_ENTRIES = 10_000_000
# local days can be up to 14 h away from UTC: read a little wider, then bucket by local day
_SLACK = timedelta(hours=15)


# ---- the service ----------------------------------------------------------------------------
class DashboardService:
    def __init__(
        self,
        session: Session,
        *,
        caches: CacheRegistry | None = None,
        threshold: float = EMOTION_THRESHOLD,
    ) -> None:
        self.session = session
        self.caches = caches if caches is not None else session_caches(session)
        self.threshold = threshold

    def today(self) -> date:
        return self.session.clock().astimezone().date()

    def summary(self, start: date | None = None, end: date | None = None) -> DashboardSummary:
        """The dashboard of local days ``start..end`` (cached 5 minutes)."""
        end = end or self.today()
        if start is not None and start > end:
            start, end = end, start
        key = ("summary", self.session.profile_slug, start, end, self.threshold)
        result = self.caches.dashboard.get_or_compute(key, lambda: self._build(start, end))
        assert isinstance(result, DashboardSummary)
        return result

    def has_any_data(self) -> bool:
        """Does the profile hold any check-in or entry at all (whatever the range)?"""
        if self.session.mood.list(limit=1):
            return True
        return bool(self.session.journal.list(EntryFilter(limit=1)))

    def summary_for(self, preset: RangePreset) -> DashboardSummary:
        start, end = range_for(preset, self.today())
        return self.summary(start, end)

    # ---- reads (check-ins through the 15-minute mood history cache) ------------------------
    def _window(self, start: date | None, end: date) -> tuple[datetime | None, datetime]:
        since = None if start is None else datetime.combine(start, time.min, UTC) - _SLACK
        until = datetime.combine(end + timedelta(days=1), time.min, UTC) + _SLACK
        return since, until

    def checkins(self, since: datetime | None, until: datetime) -> builtins.list[MoodCheckIn]:
        key = ("checkins", self.session.profile_slug, since, until)

        def read() -> builtins.list[MoodCheckIn]:
            return self.session.mood.list(since, until, newest_first=False)

        found = self.caches.mood_history.get_or_compute(key, read)
        assert isinstance(found, list)
        return found

    def _build(self, start: date | None, end: date) -> DashboardSummary:
        since, until = self._window(start, end)

        def in_range(day: date) -> bool:
            return (start is None or day >= start) and day <= end

        checkins = [
            c
            for c in self.checkins(since, until)
            if in_range(local_date(c.logged_at, c.tz_offset_min))
        ]
        with self.session.vault.reading() as conn:
            entries = JournalRepository(conn).list(
                EntryFilter(since=since, until=until, limit=_ALL_ENTRIES, newest_first=False)
            )
            dated = AnalysisRepository(conn).in_range(ANALYSER_NAME, since, until)
        entry_times = [
            local_time(e.created_at, e.tz_offset_min)
            for e in entries
            if in_range(local_date(e.created_at, e.tz_offset_min))
        ]
        # Only analyses by the current analyser: an outdated one (queued for re-analysis) may
        # follow older rules, and the panels must all follow the same ones.
        analyses = [
            (local_time(d.created_at, d.tz_offset_min), d.analysis)
            for d in dated
            if in_range(local_date(d.created_at, d.tz_offset_min))
            and d.analysis.analyser_version == ANALYSER_VERSION
        ]

        days = daily_means(checkins)
        data_days = [d.day for d in days] + [t.date() for t in entry_times]
        first_day = min(data_days) if data_days else None
        timeline = build_timeline(
            checkins, [t.date() for t in entry_times], start or first_day, end
        )
        moods = [c.mood for c in checkins]
        return DashboardSummary(
            start=start,
            end=end,
            first_day=first_day,
            checkin_count=len(checkins),
            entry_count=len(entry_times),
            analysed_count=len(analyses),
            mean_mood=stats.mean(moods) if moods else None,
            timeline=timeline,
            heatmap=build_heatmap(checkins, analyses, self.threshold),
            sleep=build_sleep_mood(checkins),
            keywords=build_keywords(a.stress_keywords for _t, a in analyses),
            activities_same_day=activity_effects(checkins, lag_days=0),
            activities_next_day=activity_effects(checkins, lag_days=1),
        )
