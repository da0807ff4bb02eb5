"""The dashboard's data, and the pure rules that build it from check-ins and analyses.

See ``services/dashboard_service.py`` for where the data comes from (and the caching), and
``neuroleaf_desktop/charts`` for the figures drawn from it. Definitions, as the charts claim
them:

* A *day* is the local calendar day the person lived (UTC instant + stored offset).
* Timeline: the mean mood of each day; the 7-day trailing mean needs ≥ 3 days with check-ins
  in its window, so a gap does not draw an "average" of one day.
* Heatmap: weekday × 4-hour bins of local time. A cell counts *observations* of the chosen
  emotion: a check-in naming a word of that emotion (``CHECKIN_EMOTIONS``) or an entry whose
  analysis scores it ≥ ``threshold``. "Negative affect" counts check-ins with any unpleasant
  word, and entries whose sentiment is negative or mixed, or with a negative emotion
  ≥ threshold, or with stress keywords (``analysis_choices``): an entry that puts a word in
  the stress cloud is always negative affect here too.
  ``totals`` counts all check-ins and analysed entries per cell, so a view can show a rate
  instead of a count.
* Stress keywords: the analyser's stressors (``domain/analysis/stress_keywords.py``), which
  only count in negative parts of an entry; summed over entries.
* Sleep: a check-in's ``sleep_hours`` is the night before that day. "Same day" pairs it with
  that day's mean mood, "next day" with the following day's. No r is claimed below
  ``MIN_SLEEP_PAIRS`` pairs.
* Activity effects: only days on which any activity was logged count (a day without a log is
  unknown, not "without"). For each activity: mean mood on days with vs without it, the same
  day or the next day (``lag_days``), with a Welch 95 % interval of the difference; only
  activities with ≥ ``MIN_ACTIVITY_DAYS`` days on both sides. Same-day differences mix cause
  and circumstance (alcohol goes with weekends, which are better days anyway); the next day
  is the fairer reading of "what this did to me", so the dashboard shows it by default.
  An effect is called "helps" or "hurts" (and coloured) only when its interval excludes
  zero (``ActivityEffect.verdict``); otherwise it is "not clear yet (n = with / without)".
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from neuroleaf_desktop.domain import stats
from neuroleaf_desktop.domain.analysis.emotions import EMOTIONS
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS, EntryAnalysis
from neuroleaf_desktop.domain.emotions import EMOTION_GRID, Quadrant
from neuroleaf_desktop.domain.models import MoodCheckIn
from neuroleaf_desktop.domain.timeutil import local_date, local_time
from neuroleaf_desktop.domain.trend_detector import calendar_series, daily_means, rolling_mean

ROLLING_WINDOW = 7
ROLLING_MIN_DAYS = 3
MIN_SLEEP_PAIRS = 14
MIN_ACTIVITY_DAYS = 5
EMOTION_THRESHOLD = 0.3  # one plain mention scores ≈ 0.33 (see domain/analysis/emotions.py)
HOURS_PER_BIN = 4
TIME_BINS = tuple(f"{h:02d}–{h + HOURS_PER_BIN:02d}" for h in range(0, 24, HOURS_PER_BIN))
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
NEGATIVE_AFFECT = "negative affect"
HEATMAP_CHOICES: tuple[str, ...] = (NEGATIVE_AFFECT, *EMOTIONS)
KEYWORD_LIMIT = 60

# The check-in words (circumplex grid) that stand for each analysed emotion.
CHECKIN_EMOTIONS: dict[str, frozenset[str]] = {
    "joy": frozenset({"joyful", "excited", "proud", "energised"}),
    "calm": frozenset({"calm", "relaxed", "peaceful", "content"}),
    "gratitude": frozenset({"grateful", "loved"}),
    "sadness": frozenset({"sad", "hopeless", "tired"}),
    "anxiety": frozenset({"anxious", "nervous", "stressed", "overwhelmed"}),
    "anger": frozenset({"angry", "irritated"}),
    "loneliness": frozenset({"lonely"}),
    "shame": frozenset({"ashamed"}),
    "hope": frozenset({"hopeful", "motivated"}),
}
UNPLEASANT_WORDS = frozenset(
    e.word
    for e in EMOTION_GRID
    if e.quadrant in (Quadrant.HIGH_ENERGY_UNPLEASANT, Quadrant.LOW_ENERGY_UNPLEASANT)
)


class RangePreset(StrEnum):
    LAST_30 = "30"
    LAST_90 = "90"
    LAST_365 = "365"
    ALL = "all"
    CUSTOM = "custom"


def range_for(preset: RangePreset, today: date) -> tuple[date | None, date]:
    """``(start, end)`` for a preset ending today; ``ALL`` (and ``CUSTOM``) start at None."""
    if preset in (RangePreset.ALL, RangePreset.CUSTOM):
        return None, today
    return today - timedelta(days=int(preset.value) - 1), today


# ---- the summary ----------------------------------------------------------------------------
@dataclass(frozen=True)
class TimelineData:
    days: tuple[date, ...]  # every calendar day of the range, oldest first
    daily_mean: tuple[float | None, ...]  # None: no check-in that day
    rolling_mean: tuple[float | None, ...]  # 7-day trailing mean (≥ 3 days present)
    checkins: tuple[tuple[datetime, int], ...]  # (local wall time, mood) per check-in
    entry_days: tuple[date, ...]  # days with at least one entry (sorted, unique)


@dataclass(frozen=True)
class HeatmapData:
    """Counts per weekday (rows, Mon..Sun) × 4-hour bin (columns, 00–04 … 20–24)."""

    counts: dict[str, tuple[tuple[int, ...], ...]]  # choice → 7 × 6
    totals: tuple[tuple[int, ...], ...]  # all check-ins + analysed entries per cell
    threshold: float

    def grid(self, choice: str) -> tuple[tuple[int, ...], ...]:
        return self.counts.get(choice, _zero_grid())

    def total(self, choice: str) -> int:
        return sum(sum(row) for row in self.grid(choice))


@dataclass(frozen=True)
class SleepSeries:
    sleep: tuple[float, ...]
    mood: tuple[float, ...]
    correlation: stats.Correlation | None  # None below MIN_SLEEP_PAIRS (or undefined)
    fit: tuple[float, float] | None  # (slope, intercept) when correlation is claimed

    @property
    def n(self) -> int:
        return len(self.sleep)

    @property
    def enough(self) -> bool:
        return self.n >= MIN_SLEEP_PAIRS


@dataclass(frozen=True)
class SleepMoodData:
    same_day: SleepSeries
    next_day: SleepSeries
    min_pairs: int = MIN_SLEEP_PAIRS


class Verdict(StrEnum):
    """What an activity effect may be called: only an interval that excludes zero is a
    direction. Anything else is "not clear yet", however large the point estimate."""

    HELPS = "helps"
    HURTS = "hurts"
    UNCLEAR = "not clear yet"


@dataclass(frozen=True)
class ActivityEffect:
    activity: str
    lag_days: int  # 0: same day, 1: next day
    effect: stats.DiffCI  # mean(with) - mean(without) and its interval

    @property
    def verdict(self) -> Verdict:
        if self.effect.low > 0:
            return Verdict.HELPS
        if self.effect.high < 0:
            return Verdict.HURTS
        return Verdict.UNCLEAR

    @property
    def verdict_text(self) -> str:
        """The words for the verdict: "not clear yet (n = 9 / 40)" gives days with / without."""
        if self.verdict is Verdict.UNCLEAR:
            return f"{Verdict.UNCLEAR.value} (n = {self.n_with} / {self.n_without})"
        return self.verdict.value

    @property
    def with_mean(self) -> float:
        return self.effect.mean_a

    @property
    def without_mean(self) -> float:
        return self.effect.mean_b

    @property
    def n_with(self) -> int:
        return self.effect.n_a

    @property
    def n_without(self) -> int:
        return self.effect.n_b


@dataclass(frozen=True)
class KeywordWeight:
    keyword: str
    entries: int
    weight: float


@dataclass(frozen=True)
class DashboardSummary:
    start: date | None  # as asked (None: from the first day with data)
    end: date
    first_day: date | None  # first day with data in range
    checkin_count: int
    entry_count: int
    analysed_count: int
    mean_mood: float | None
    timeline: TimelineData
    heatmap: HeatmapData
    sleep: SleepMoodData
    keywords: tuple[KeywordWeight, ...]
    activities_same_day: tuple[ActivityEffect, ...]
    activities_next_day: tuple[ActivityEffect, ...]
    min_activity_days: int = MIN_ACTIVITY_DAYS
    notes: tuple[str, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return self.checkin_count == 0 and self.entry_count == 0


# ---- pure builders (unit-tested directly) ----------------------------------------------------
def _zero_grid() -> tuple[tuple[int, ...], ...]:
    return tuple((0,) * len(TIME_BINS) for _ in WEEKDAYS)


def build_timeline(
    checkins: Sequence[MoodCheckIn], entry_days: Iterable[date], start: date | None, end: date
) -> TimelineData:
    days = daily_means(checkins)
    if start is None:
        return TimelineData((), (), (), (), ())
    span = tuple(start + timedelta(days=i) for i in range((end - start).days + 1))
    series = calendar_series(days, start, end)
    rolling = rolling_mean(series, ROLLING_WINDOW, min_periods=ROLLING_MIN_DAYS)
    points = tuple(
        (local_time(c.logged_at, c.tz_offset_min).replace(tzinfo=None), c.mood)
        for c in checkins
        if c.deleted_at is None
    )
    return TimelineData(
        days=span,
        daily_mean=tuple(series),
        rolling_mean=tuple(rolling),
        checkins=points,
        entry_days=tuple(sorted({d for d in entry_days if start <= d <= end})),
    )


def _cell(moment: datetime) -> tuple[int, int]:
    return moment.weekday(), moment.hour // HOURS_PER_BIN


def checkin_choices(words: Iterable[str]) -> set[str]:
    """Heatmap choices a check-in's words count for (an unknown word counts for itself)."""
    found: set[str] = set()
    for word in words:
        w = word.lower()
        for emotion, members in CHECKIN_EMOTIONS.items():
            if w in members:
                found.add(emotion)
        if w in UNPLEASANT_WORDS:
            found.add(NEGATIVE_AFFECT)
    return found


def analysis_choices(analysis: EntryAnalysis, threshold: float) -> set[str]:
    """Heatmap choices an analysed entry counts for: its emotions ≥ ``threshold``, and
    negative affect when its sentiment is negative or mixed, a negative emotion reaches the
    threshold, or it has stress keywords (which only come from negative parts): so an entry
    in the stress cloud is always negative affect here too."""
    found = {e for e, score in analysis.emotions.items() if score >= threshold}
    if (
        analysis.sentiment.label in ("negative", "mixed")
        or found & NEGATIVE_EMOTIONS
        or analysis.stress_keywords
    ):
        found.add(NEGATIVE_AFFECT)
    return found


def build_heatmap(
    checkins: Sequence[MoodCheckIn],
    analyses: Sequence[tuple[datetime, EntryAnalysis]],
    threshold: float = EMOTION_THRESHOLD,
) -> HeatmapData:
    """Counts per weekday × 4-hour bin; ``analyses`` carry local wall times."""
    grids: dict[str, list[list[int]]] = {
        c: [[0] * len(TIME_BINS) for _ in WEEKDAYS] for c in HEATMAP_CHOICES
    }
    totals = [[0] * len(TIME_BINS) for _ in WEEKDAYS]

    def add(moment: datetime, choices: set[str]) -> None:
        row, col = _cell(moment)
        totals[row][col] += 1
        for choice in choices:
            if choice in grids:
                grids[choice][row][col] += 1

    for c in checkins:
        if c.deleted_at is None:
            add(local_time(c.logged_at, c.tz_offset_min), checkin_choices(c.emotions))
    for moment, analysis in analyses:
        add(moment, analysis_choices(analysis, threshold))
    return HeatmapData(
        counts={k: tuple(tuple(r) for r in g) for k, g in grids.items()},
        totals=tuple(tuple(r) for r in totals),
        threshold=threshold,
    )


def _sleep_by_day(checkins: Sequence[MoodCheckIn]) -> dict[date, float]:
    values: dict[date, list[float]] = defaultdict(list)
    for c in checkins:
        if c.deleted_at is None and c.sleep_hours is not None:
            values[local_date(c.logged_at, c.tz_offset_min)].append(c.sleep_hours)
    return {d: stats.mean(v) for d, v in values.items()}


def _series(pairs: Sequence[tuple[float, float]]) -> SleepSeries:
    xs = tuple(p[0] for p in pairs)
    ys = tuple(p[1] for p in pairs)
    corr = stats.correlation(xs, ys) if len(pairs) >= MIN_SLEEP_PAIRS else None
    fit = stats.linear_fit(xs, ys) if corr is not None else None
    return SleepSeries(xs, ys, corr, fit)


def build_sleep_mood(checkins: Sequence[MoodCheckIn]) -> SleepMoodData:
    sleep = _sleep_by_day(checkins)
    moods = {d.day: d.mean for d in daily_means(checkins)}
    same = [(h, moods[d]) for d, h in sorted(sleep.items()) if d in moods]
    nxt = [
        (h, moods[d + timedelta(days=1)])
        for d, h in sorted(sleep.items())
        if d + timedelta(days=1) in moods
    ]
    return SleepMoodData(_series(same), _series(nxt))


def build_keywords(
    keyword_lists: Iterable[Sequence[tuple[str, float]]], limit: int = KEYWORD_LIMIT
) -> tuple[KeywordWeight, ...]:
    """Stress keywords summed over entries, heaviest first (as ``stress_keyword_counts``)."""
    entries: dict[str, int] = defaultdict(int)
    weights: dict[str, float] = defaultdict(float)
    for keywords in keyword_lists:
        for keyword, weight in keywords:
            entries[keyword] += 1
            weights[keyword] += weight
    ranked = sorted(weights, key=lambda k: (-weights[k], -entries[k], k))[:limit]
    return tuple(KeywordWeight(k, entries[k], round(weights[k], 3)) for k in ranked)


def activity_effects(
    checkins: Sequence[MoodCheckIn],
    *,
    lag_days: int = 0,
    min_days: int = MIN_ACTIVITY_DAYS,
) -> tuple[ActivityEffect, ...]:
    """Mood on days with vs without each activity (``lag_days`` later), biggest effect first.

    Only days on which any activity was logged are compared; an activity is shown only with
    ≥ ``min_days`` days on both sides.
    """
    moods = {d.day: d.mean for d in daily_means(checkins)}
    logged: dict[date, set[str]] = defaultdict(set)
    for c in checkins:
        if c.deleted_at is None and c.activities:
            logged[local_date(c.logged_at, c.tz_offset_min)].update(a.lower() for a in c.activities)
    outcome: dict[date, float] = {}
    for day in logged:
        target = day + timedelta(days=lag_days)
        if target in moods:
            outcome[day] = moods[target]
    names = sorted({a for acts in logged.values() for a in acts})
    effects: list[ActivityEffect] = []
    for name in names:
        with_ = [m for d, m in outcome.items() if name in logged[d]]
        without = [m for d, m in outcome.items() if name not in logged[d]]
        if len(with_) < min_days or len(without) < min_days:
            continue
        diff = stats.welch_diff_ci(with_, without)
        if diff is not None and math.isfinite(diff.diff):
            effects.append(ActivityEffect(name, lag_days, diff))
    effects.sort(key=lambda e: (-e.effect.diff, e.activity))
    return tuple(effects)
