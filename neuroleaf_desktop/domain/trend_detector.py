"""Daily mood aggregates and the "your mood has been sliding" rule.

Why a day and not a check-in: people log at uneven rhythms (three times on a bad day, once on
a good one), so comparing raw check-ins would mostly measure how often someone logged. We
first reduce each *local* day (the calendar day the person lived, from the UTC instant plus
the offset stored with the check-in) to the mean of its moods, then look at day-to-day
movement.

The decline rule
    A decline is a run of at least ``length`` observed days (default 3) in which every day is
    lower than the one before it. ``min_drop`` (default 0.0) asks for a bigger step: each day
    must be at least ``min_drop`` points below the previous one (and always strictly lower).
    Runs are reported maximal: five falling days are one decline of five days, never three
    overlapping declines of three.

Missing days (no check-in that day)
    By default a missing day *breaks* a streak: "7 on Monday, 5 on Wednesday" says nothing
    about Tuesday, and we would rather miss a slide than invent one. ``max_gap_days=k`` lets a
    streak bridge up to ``k`` consecutive missing days; the day after the gap is compared with
    the last day that *was* observed. The returned ``Decline`` lists only observed days, and
    its explanation says how many days had no check-in.

All functions are pure: same input, same output, no clock (``current_decline`` takes
``today``), no I/O.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from neuroleaf_desktop.domain.models import MoodCheckIn
from neuroleaf_desktop.domain.timeutil import local_date

DEFAULT_LENGTH = 3
DEFAULT_MIN_DROP = 0.0
DEFAULT_MAX_GAP_DAYS = 0

# Means of small integers: two different means differ by far more than this, so the tolerance
# only absorbs float noise such as 7.1 - 6.1 == 0.9999999999999991 when min_drop is 1.0.
_EPS = 1e-9

# Spelled out rather than strftime("%a"), which follows the process locale.
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class DailyMood:
    """The mean mood of one local calendar day."""

    day: date
    mean: float
    count: int  # how many check-ins were averaged


@dataclass(frozen=True)
class Decline:
    """A run of observed days, each lower than the one before."""

    days: tuple[date, ...]
    values: tuple[float, ...]

    @property
    def start(self) -> date:
        return self.days[0]

    @property
    def end(self) -> date:
        return self.days[-1]

    @property
    def length(self) -> int:
        """Number of observed days in the run (not calendar days)."""
        return len(self.days)

    @property
    def total_drop(self) -> float:
        return self.values[0] - self.values[-1]

    @property
    def missing_days(self) -> int:
        """Calendar days inside the run without a check-in (only > 0 with ``max_gap_days``)."""
        return (self.end - self.start).days + 1 - len(self.days)

    @property
    def explanation(self) -> str:
        """One calm sentence, e.g. "Your mood went 7 → 6 → 4 over Mon–Wed"."""
        return explain_decline(self)


def daily_means(checkins: Iterable[MoodCheckIn]) -> list[DailyMood]:
    """Mean mood per local day, oldest first. Deleted check-ins are ignored.

    The day is taken from each check-in's own ``tz_offset_min``: a check-in at 23:30 in
    UTC+2 (21:30 UTC) belongs to that evening, even when read back on a machine in another
    zone, because that is the day the person lived.
    """
    buckets: dict[date, list[int]] = defaultdict(list)
    for checkin in checkins:
        if checkin.deleted_at is not None:
            continue
        buckets[local_date(checkin.logged_at, checkin.tz_offset_min)].append(checkin.mood)
    return [
        DailyMood(day=day, mean=sum(moods) / len(moods), count=len(moods))
        for day, moods in sorted(buckets.items())
    ]


def _check_params(length: int, min_drop: float, max_gap_days: int) -> None:
    if length < 2:
        raise ValueError("a decline needs at least 2 days")
    if not math.isfinite(min_drop) or min_drop < 0:
        raise ValueError("min_drop must be a finite number >= 0")
    if max_gap_days < 0:
        raise ValueError("max_gap_days must be >= 0")


def _sorted_days(days: Iterable[DailyMood]) -> list[DailyMood]:
    ordered = sorted(days, key=lambda d: d.day)
    for before, after in pairwise(ordered):
        if before.day == after.day:
            raise ValueError(f"two aggregates for the same day {after.day.isoformat()}")
    return ordered


def _is_step_down(prev: DailyMood, cur: DailyMood, min_drop: float, max_gap_days: int) -> bool:
    missing = (cur.day - prev.day).days - 1
    if missing > max_gap_days:
        return False
    drop = prev.mean - cur.mean
    return drop > _EPS and drop >= min_drop - _EPS


def detect_declines(
    days: Iterable[DailyMood],
    *,
    length: int = DEFAULT_LENGTH,
    min_drop: float = DEFAULT_MIN_DROP,
    max_gap_days: int = DEFAULT_MAX_GAP_DAYS,
) -> list[Decline]:
    """All maximal declines of at least ``length`` observed days, oldest first.

    ``days`` may come in any order (it is sorted); two aggregates for one day are a caller
    bug and raise ``ValueError``. See the module docstring for the missing-day policy.
    """
    _check_params(length, min_drop, max_gap_days)
    ordered = _sorted_days(days)
    declines: list[Decline] = []
    run: list[DailyMood] = ordered[:1]
    for cur in ordered[1:]:
        if _is_step_down(run[-1], cur, min_drop, max_gap_days):
            run.append(cur)
            continue
        if len(run) >= length:
            declines.append(_to_decline(run))
        run = [cur]
    if len(run) >= length:
        declines.append(_to_decline(run))
    return declines


def current_decline(
    days: Iterable[DailyMood],
    today: date,
    *,
    length: int = DEFAULT_LENGTH,
    min_drop: float = DEFAULT_MIN_DROP,
    max_gap_days: int = DEFAULT_MAX_GAP_DAYS,
) -> Decline | None:
    """The decline ending today or yesterday, if there is one.

    Yesterday counts because the daily check usually runs before today's check-in exists.
    Days after ``today`` (a skewed clock, a check-in typed in a zone ahead of ours) are
    ignored so they cannot hide or invent a current slide.
    """
    recent = [d for d in days if d.day <= today]
    declines = detect_declines(recent, length=length, min_drop=min_drop, max_gap_days=max_gap_days)
    if declines and declines[-1].end >= today - timedelta(days=1):
        return declines[-1]
    return None


def rolling_mean(
    series: Sequence[float | None], window: int, *, min_periods: int | None = None
) -> list[float | None]:
    """Trailing mean over ``window`` positions, aligned with ``series`` (same length).

    ``None`` marks a missing value (e.g. a day without a check-in, see ``calendar_series``)
    and is skipped rather than counted as zero. A position whose window holds fewer than
    ``min_periods`` values (default: the whole window) is ``None``, so a chart never draws a
    "7-day average" made of two days unless asked to.
    """
    if window < 1:
        raise ValueError("window must be >= 1")
    needed = window if min_periods is None else min_periods
    if not 1 <= needed <= window:
        raise ValueError("min_periods must be between 1 and window")
    out: list[float | None] = []
    for i in range(len(series)):
        # Re-summing each window (instead of a running total) keeps results exact-as-fsum
        # and free of drift; windows are days or weeks long, so the cost is negligible.
        present = [v for v in series[max(0, i - window + 1) : i + 1] if v is not None]
        out.append(math.fsum(present) / len(present) if len(present) >= needed else None)
    return out


def calendar_series(days: Iterable[DailyMood], start: date, end: date) -> list[float | None]:
    """One value per calendar day from ``start`` to ``end`` inclusive, ``None`` when missing."""
    if end < start:
        return []
    by_day = {d.day: d.mean for d in days}
    span = (end - start).days + 1
    return [by_day.get(start + timedelta(days=i)) for i in range(span)]


def format_mood(value: float) -> str:
    """A mood for people: 7.0 → "7", 6.5 → "6.5", 6.333… → "6.3"."""
    return _format(value, 1)


def _format(value: float, decimals: int) -> str:
    rounded = round(value, decimals)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.{decimals}f}".rstrip("0")


def _format_values(values: Sequence[float]) -> list[str]:
    """Format with one decimal, or two if one would make neighbouring days look equal."""
    for decimals in (1, 2):
        shown = [_format(v, decimals) for v in values]
        if all(a != b for a, b in pairwise(shown)):
            return shown
    return shown


def _long_day(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def _day_range(start: date, end: date) -> str:
    if (end - start).days < 7:
        return f"{_WEEKDAYS[start.weekday()]}–{_WEEKDAYS[end.weekday()]}"
    return f"{_long_day(start)}–{_long_day(end)}"


def explain_decline(decline: Decline) -> str:
    """ "Your mood went 7 → 6 → 4 over Mon–Wed" (weekday names while within a week).

    Longer runs name the dates ("over Mon 3 Nov–Thu 13 Nov"); bridged gaps are mentioned so
    the sentence never implies a check-in that did not happen.
    """
    values = " → ".join(_format_values(decline.values))
    text = f"Your mood went {values} over {_day_range(decline.start, decline.end)}"
    missing = decline.missing_days
    if missing:
        plural = "day" if missing == 1 else "days"
        text += f" ({missing} {plural} without a check-in)"
    return text


def _to_decline(run: Sequence[DailyMood]) -> Decline:
    return Decline(days=tuple(d.day for d in run), values=tuple(d.mean for d in run))
