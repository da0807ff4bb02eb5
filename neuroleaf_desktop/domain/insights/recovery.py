"""Low mood: low periods, the recovery after each, and what preceded it.

The evidence is found here, deterministically; a language model may later *phrase* it, but
never finds it. Everything is pure (no I/O, no clock) and cites its sources (entry and
check-in ids with the local dates they belong to), so every sentence shown to the person can
be traced back to their own words and numbers.

Low periods
    * a decline: a run of 3+ observed days, each lower than the one before
      (``trend_detector.detect_declines``);
    * low days: days whose mean mood is at or below the person's own 15th percentile of daily
      means (nearest rank; only with at least ``MIN_DAYS_FOR_PERCENTILE`` observed days).
      Consecutive low days (one missing day may sit between them) form one period. Low days
      inside a decline or its recovery window belong to that decline.

Recovery
    The first observed day after the low point (within ``RECOVERY_HORIZON_DAYS``) on which the
    mean mood is back at the level before the slide, *or* some check-in is at least
    ``RECOVERY_RISE`` points above the period's lowest daily mean (people often log a low
    morning and a better evening on the day things turn). Periods without one are reported as
    unresolved and do not count as recoveries.

What preceded a recovery (the window: the recovery day and the day before)
    * activities logged in check-ins;
    * "slept more than usual": the night before the recovery day (that day's ``sleep_hours``)
      at least ``SLEEP_MARGIN_H`` above the person's median;
    * strategies named in entries written in the window (``facts.STRATEGIES``).
    Check-in emotions on the recovery day are kept as description ("how it felt"), never as
    a cause.

Ranking
    For each factor: ``k`` of ``n`` recoveries had it in their window, against its *base rate*
    (share of all observed days whose own window had it) and its *low rate* (the same share
    over the days inside low periods). The lift is ``(k/n) / base``; the ranking uses a
    Laplace-smoothed lift ``((k+1)/(n+2)) / base`` so a factor seen once in one recovery does
    not outrank one seen in six of eight. A factor at least as common during the low days as
    before recoveries (e.g. late screens, which belong to the slide) is not offered as a
    helper. With fewer than ``SMALL_N`` recoveries the report says the pattern is tentative.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final, Literal

from neuroleaf_desktop.domain.insights.facts import (
    Citation,
    DayFacts,
    day_facts,
    first_sentence_with_strategy,
    median,
    percentile,
)
from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.trend_detector import DailyMood, daily_means, detect_declines
from neuroleaf_desktop.domain.wording import plural

LOW_PERCENTILE: Final = 0.15
MIN_DAYS_FOR_PERCENTILE: Final = 28
RECOVERY_RISE: Final = 2.0
RECOVERY_HORIZON_DAYS: Final = 14
SLEEP_MARGIN_H: Final = 0.5
SMALL_N: Final = 5
MAX_LOW_GAP_DAYS: Final = 1
MIN_LOW_DAYS: Final = 2
LOW_DAYS_HORIZON: Final = 7

SLEEP_FACTOR: Final = "sleep:more than usual"
# Never offered as "what helped", whatever the numbers say: a mental-health app must not
# suggest drinking more. They still count in the statistics (and are listed as factors).
NOT_HELPERS: Final = frozenset(
    {"activity:alcohol", "activity:drinking", "activity:smoking", "activity:drugs",
     "activity:screen late", "activity:caffeine late"}
)  # fmt: skip

FactorKind = Literal["activity", "strategy", "sleep"]
PeriodKind = Literal["decline", "low-days"]


# ---- results ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LowPeriod:
    kind: PeriodKind
    start: date
    end: date
    values: tuple[float, ...]  # daily means of the observed days in the period
    pre_level: float  # the level before the slide

    @property
    def low(self) -> float:
        return min(self.values)


@dataclass(frozen=True)
class Recovery:
    period: LowPeriod
    day: date
    mean: float  # the recovery day's mean mood
    best: int  # its best check-in
    factors: tuple[str, ...]  # factor keys present in the window, e.g. "activity:walk"
    emotions: tuple[str, ...]  # check-in emotions on the recovery day
    quote: str  # the sentence of a window entry that names a strategy ("" when none)
    citations: tuple[Citation, ...]  # window check-ins and entries, oldest first

    @property
    def window(self) -> tuple[date, date]:
        return (self.day - timedelta(days=1), self.day)


@dataclass(frozen=True)
class FactorStat:
    key: str  # "activity:walk", "strategy:therapy", "sleep:more than usual"
    kind: FactorKind
    label: str  # "walk", "slept more than usual"
    count: int  # recoveries with it in their window
    recoveries: int  # n
    base_rate: float  # share of observed days with it in their window
    low_rate: float  # the same share over low-period days
    lift: float  # (count / recoveries) / base_rate
    score: float  # smoothed lift used for ranking
    helper: bool  # offered as "what helped" (more common before recoveries than in lows)
    days: tuple[date, ...]  # recovery days it preceded, newest first

    @property
    def share(self) -> float:
        return self.count / self.recoveries if self.recoveries else 0.0


@dataclass(frozen=True)
class InsightReport:
    periods: tuple[LowPeriod, ...]
    recoveries: tuple[Recovery, ...]  # oldest first
    unresolved: tuple[LowPeriod, ...]
    factors: tuple[FactorStat, ...]  # ranked, helpers first
    low_threshold: float | None  # the person's 15th percentile, when computed
    median_sleep: float | None
    observed_days: int
    notes: tuple[str, ...] = field(default=())
    usual_mood: float | None = None  # the median of the person's daily means

    @property
    def helpers(self) -> tuple[FactorStat, ...]:
        return tuple(f for f in self.factors if f.helper)

    @property
    def tentative(self) -> bool:
        return len(self.recoveries) < SMALL_N


# ---- low periods and recoveries -----------------------------------------------------------------
def _decline_periods(days: Sequence[DailyMood]) -> list[LowPeriod]:
    return [
        LowPeriod("decline", d.start, d.end, d.values, pre_level=d.values[0])
        for d in detect_declines(days)
    ]


def _find_recovery_day(
    days: Sequence[DailyMood], best: dict[date, int], period: LowPeriod
) -> DailyMood | None:
    low = period.low
    reach = RECOVERY_HORIZON_DAYS if period.kind == "decline" else LOW_DAYS_HORIZON
    horizon = period.end + timedelta(days=reach)
    for d in days:
        if d.day <= period.end:
            continue
        if d.day > horizon:
            return None
        if d.mean >= period.pre_level or best[d.day] >= low + RECOVERY_RISE:
            return d
        low = min(low, d.mean)
    return None


def _low_day_periods(
    days: Sequence[DailyMood], threshold: float, taken: set[date], median_mood: float
) -> list[LowPeriod]:
    periods: list[LowPeriod] = []
    run: list[DailyMood] = []
    previous: dict[date, DailyMood] = {}
    last: DailyMood | None = None
    for d in days:
        if last is not None:
            previous[d.day] = last
        last = d

    def close() -> None:
        if len(run) < MIN_LOW_DAYS:
            run.clear()
            return
        before = previous.get(run[0].day)
        pre = before.mean if before is not None and (run[0].day - before.day).days <= 3 else None
        periods.append(
            LowPeriod(
                "low-days",
                run[0].day,
                run[-1].day,
                tuple(x.mean for x in run),
                pre_level=min(pre if pre is not None else median_mood, median_mood),
            )
        )
        run.clear()

    for d in days:
        if d.day in taken:
            close()
        elif d.mean <= threshold:
            if run and (d.day - run[-1].day).days - 1 > MAX_LOW_GAP_DAYS:
                close()
            run.append(d)
        else:
            close()
    close()
    return periods


# ---- factors ------------------------------------------------------------------------------------
def _window_factors(
    facts: dict[date, DayFacts], day: date, median_sleep: float | None, activity_lag: bool = False
) -> set[str]:
    out: set[str] = set()
    for d in (day - timedelta(days=1), day):
        f = facts.get(d)
        if f is None:
            continue
        if d == day or activity_lag:
            out.update(f"activity:{a}" for a in f.activities)
        out.update(f"strategy:{s}" for s in f.strategies())
    today = facts.get(day)
    if median_sleep is not None and today is not None:
        sleep = today.sleep
        if sleep is not None and sleep >= median_sleep + SLEEP_MARGIN_H:
            out.add(SLEEP_FACTOR)
    return out


def _factor_label(key: str) -> tuple[FactorKind, str]:
    kind, _, name = key.partition(":")
    if kind == "sleep":
        return "sleep", "slept more than usual"
    if kind == "strategy":
        return "strategy", f"{name} (in your writing)"
    return "activity", name


def _recovery(
    facts: dict[date, DayFacts], period: LowPeriod, day: DailyMood, best: int,
    median_sleep: float | None,
) -> Recovery:  # fmt: skip
    citations: list[Citation] = []
    window_entries: list[JournalEntry] = []
    for d in (day.day - timedelta(days=1), day.day):
        f = facts.get(d)
        if f is None:
            continue
        for c in sorted(f.checkins, key=lambda c: c.logged_at):
            citations.append(Citation("checkin", c.id, d))
        for e in f.entries:
            citations.append(Citation("entry", e.id, d))
            window_entries.append(e)
    today = facts.get(day.day)
    return Recovery(
        period=period,
        day=day.day,
        mean=day.mean,
        best=best,
        factors=tuple(sorted(_window_factors(facts, day.day, median_sleep))),
        emotions=tuple(today.emotions[:4]) if today is not None else (),
        quote=first_sentence_with_strategy(window_entries),
        citations=tuple(citations),
    )


def analyse(checkins: Iterable[MoodCheckIn], entries: Iterable[JournalEntry] = ()) -> InsightReport:
    """Find low periods, their recoveries and the factors that preceded them."""
    checkin_list = list(checkins)
    facts = day_facts(checkin_list, entries)
    days = daily_means(checkin_list)
    best: dict[date, int] = {}
    for day, f in facts.items():
        if f.checkins:
            best[day] = max(c.mood for c in f.checkins)
    notes: list[str] = []
    if not days:
        return InsightReport((), (), (), (), None, None, 0, ("No check-ins yet.",))

    sleeps = [s for f in facts.values() if (s := f.sleep) is not None]
    median_sleep = median(sleeps) if sleeps else None
    median_mood = median([d.mean for d in days])

    periods = _decline_periods(days)
    recoveries: list[Recovery] = []
    unresolved: list[LowPeriod] = []
    taken: set[date] = set()
    by_day = {d.day: d for d in days}
    for period in periods:
        found = _find_recovery_day(days, best, period)
        end = found.day if found is not None else period.end
        taken.update(d for d in by_day if period.start <= d <= end)
        if found is None:
            unresolved.append(period)
        else:
            recoveries.append(_recovery(facts, period, found, best[found.day], median_sleep))

    threshold: float | None = None
    if len(days) >= MIN_DAYS_FOR_PERCENTILE:
        threshold = percentile([d.mean for d in days], LOW_PERCENTILE)
        for period in _low_day_periods(days, threshold, taken, median_mood):
            periods.append(period)
            found = _find_recovery_day(days, best, period)
            if found is None or found.day in taken:
                unresolved.append(period)
                continue
            recoveries.append(_recovery(facts, period, found, best[found.day], median_sleep))
    else:
        notes.append(
            f"Only {plural(len(days), 'day')} with check-ins: low days are judged from "
            f"declines alone until there are {MIN_DAYS_FOR_PERCENTILE}."
        )
    periods.sort(key=lambda p: p.start)
    recoveries.sort(key=lambda r: r.day)

    factors = _rank_factors(facts, days, periods, recoveries, median_sleep)
    if not recoveries:
        notes.append("No recovery after a low period was found yet.")
    elif len(recoveries) < SMALL_N:
        notes.append(
            f"Based on only {len(recoveries)} recoveries: treat these patterns as tentative."
        )
    return InsightReport(
        periods=tuple(periods),
        recoveries=tuple(recoveries),
        unresolved=tuple(sorted(unresolved, key=lambda p: p.start)),
        factors=factors,
        low_threshold=threshold,
        median_sleep=median_sleep,
        observed_days=len(days),
        notes=tuple(notes),
        usual_mood=median_mood,
    )


def _rank_factors(
    facts: dict[date, DayFacts],
    days: Sequence[DailyMood],
    periods: Sequence[LowPeriod],
    recoveries: Sequence[Recovery],
    median_sleep: float | None,
) -> tuple[FactorStat, ...]:
    n = len(recoveries)
    if n == 0:
        return ()
    seen_before: dict[str, list[date]] = defaultdict(list)
    for r in recoveries:
        for key in r.factors:
            seen_before[key].append(r.day)
    base: dict[str, int] = defaultdict(int)
    for d in days:
        for key in _window_factors(facts, d.day, median_sleep):
            base[key] += 1
    low_days = [d.day for d in days if any(p.start <= d.day <= p.end for p in periods)]
    in_low: dict[str, int] = defaultdict(int)
    for day in low_days:
        for key in _window_factors(facts, day, median_sleep):
            in_low[key] += 1
    stats: list[FactorStat] = []
    total = len(days)
    for key, seen in seen_before.items():
        k = len(seen)
        base_rate = max(base[key], 1) / total
        low_rate = in_low[key] / len(low_days) if low_days else 0.0
        share = k / n
        kind, label = _factor_label(key)
        helper = (
            share > base_rate
            and low_rate < share * 0.6
            and (k >= 2 or n < 3)
            and key not in NOT_HELPERS
        )
        stats.append(
            FactorStat(
                key=key,
                kind=kind,
                label=label,
                count=k,
                recoveries=n,
                base_rate=base_rate,
                low_rate=low_rate,
                lift=share / base_rate,
                score=((k + 1) / (n + 2)) / base_rate,
                helper=helper,
                days=tuple(sorted(seen, reverse=True)),
            )
        )
    stats.sort(key=lambda s: (not s.helper, -s.score, -s.count, s.key))
    return tuple(stats)
