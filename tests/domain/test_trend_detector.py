"""Daily mood aggregation and decline detection (domain/trend_detector.py)."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuroleaf_desktop.domain.models import MoodCheckIn
from neuroleaf_desktop.domain.trend_detector import (
    DailyMood,
    Decline,
    calendar_series,
    current_decline,
    daily_means,
    detect_declines,
    explain_decline,
    format_mood,
    rolling_mean,
)

MON = date(2026, 11, 23)  # a Monday


def checkin(logged_at: datetime, mood: int, offset: int = 0, **kw: object) -> MoodCheckIn:
    return MoodCheckIn(
        id=f"c-{logged_at.isoformat()}-{mood}",
        logged_at=logged_at,
        tz_offset_min=offset,
        mood=mood,
        **kw,  # type: ignore[arg-type]
    )


def days_from(values: list[float | None], start: date = MON) -> list[DailyMood]:
    """One DailyMood per non-None value, on consecutive calendar days from ``start``."""
    return [
        DailyMood(start + timedelta(days=i), float(v), 1)
        for i, v in enumerate(values)
        if v is not None
    ]


# ------------------------------------------------------------------------------------------
# daily_means


def test_daily_mean_averages_each_local_day() -> None:
    rows = [
        checkin(datetime(2026, 11, 23, 8, tzinfo=UTC), 4),
        checkin(datetime(2026, 11, 23, 20, tzinfo=UTC), 7),
        checkin(datetime(2026, 11, 24, 9, tzinfo=UTC), 6),
    ]
    assert daily_means(rows) == [
        DailyMood(date(2026, 11, 23), 5.5, 2),
        DailyMood(date(2026, 11, 24), 6.0, 1),
    ]


def test_late_evening_checkin_counts_for_the_local_day() -> None:
    # 23:30 local on day D at UTC+2 is stored as 21:30 UTC on day D.
    late = checkin(datetime(2026, 11, 25, 21, 30, tzinfo=UTC), 3, offset=120)
    # 00:30 local on D+1 at UTC+2 is 22:30 UTC on day D: belongs to D+1.
    after_midnight = checkin(datetime(2026, 11, 25, 22, 30, tzinfo=UTC), 9, offset=120)
    assert [d.day for d in daily_means([late])] == [date(2026, 11, 25)]
    assert [d.day for d in daily_means([after_midnight])] == [date(2026, 11, 26)]


def test_negative_offset_moves_early_utc_checkin_to_previous_local_day() -> None:
    # 02:00 UTC on the 26th is 21:00 on the 25th in New York (UTC-5).
    row = checkin(datetime(2026, 11, 26, 2, tzinfo=UTC), 5, offset=-300)
    assert daily_means([row])[0].day == date(2026, 11, 25)


def test_deleted_checkins_are_ignored() -> None:
    rows = [
        checkin(datetime(2026, 11, 23, 8, tzinfo=UTC), 2, deleted_at=datetime.now(UTC)),
        checkin(datetime(2026, 11, 23, 9, tzinfo=UTC), 8),
    ]
    assert daily_means(rows) == [DailyMood(date(2026, 11, 23), 8.0, 1)]


def test_daily_means_feeds_detection_end_to_end() -> None:
    rows = [
        checkin(datetime(2026, 11, 23, 21, 30, tzinfo=UTC), 7, offset=120),  # Mon 23:30
        checkin(datetime(2026, 11, 24, 10, tzinfo=UTC), 6, offset=120),  # Tue
        checkin(datetime(2026, 11, 25, 10, tzinfo=UTC), 4, offset=120),  # Wed
    ]
    (decline,) = detect_declines(daily_means(rows))
    assert decline.explanation == "Your mood went 7 → 6 → 4 over Mon–Wed"


# ------------------------------------------------------------------------------------------
# detect_declines: examples


def test_three_falling_days_are_one_decline() -> None:
    (decline,) = detect_declines(days_from([7, 6, 4]))
    assert decline.days == (MON, MON + timedelta(1), MON + timedelta(2))
    assert decline.values == (7.0, 6.0, 4.0)
    assert decline.length == 3
    assert decline.total_drop == 3.0


def test_equal_days_do_not_count_as_falling() -> None:
    assert detect_declines(days_from([7, 6, 6, 5])) == []


def test_runs_are_reported_maximal_not_overlapping() -> None:
    (decline,) = detect_declines(days_from([9, 8, 7, 6, 5]))
    assert decline.length == 5


def test_two_separate_declines() -> None:
    declines = detect_declines(days_from([7, 6, 5, 8, 7, 6]))
    assert [d.values for d in declines] == [(7, 6, 5), (8, 7, 6)]


def test_length_is_configurable() -> None:
    assert detect_declines(days_from([7, 6, 5]), length=4) == []
    assert len(detect_declines(days_from([7, 6]), length=2)) == 1


def test_min_drop() -> None:
    days = days_from([7, 6.5, 6])
    assert detect_declines(days, min_drop=1.0) == []
    assert len(detect_declines(days, min_drop=0.5)) == 1
    # Float noise must not break an exact step of min_drop.
    assert len(detect_declines(days_from([7.1, 6.1, 5.1]), min_drop=1.0)) == 1


def test_missing_day_breaks_streak_by_default() -> None:
    days = days_from([7, 6, None, 5])  # no check-in on Wednesday
    assert detect_declines(days) == []


def test_max_gap_days_bridges_and_compares_with_last_observed_day() -> None:
    days = days_from([7, 6, None, 5])
    (decline,) = detect_declines(days, max_gap_days=1)
    assert decline.values == (7, 6, 5)
    assert decline.missing_days == 1
    assert decline.explanation == "Your mood went 7 → 6 → 5 over Mon–Thu (1 day without a check-in)"
    # A gap longer than allowed still breaks the streak.
    assert detect_declines(days_from([7, 6, None, None, 5]), max_gap_days=1) == []
    # After the gap the comparison is with the last observed day (6), not an invented value.
    assert detect_declines(days_from([7, 6, None, 6.5]), max_gap_days=1) == []


def test_unsorted_input_is_sorted() -> None:
    assert len(detect_declines(list(reversed(days_from([7, 6, 4]))))) == 1


def test_duplicate_day_is_a_caller_bug() -> None:
    with pytest.raises(ValueError, match="same day"):
        detect_declines([DailyMood(MON, 5, 1), DailyMood(MON, 4, 1)])


@pytest.mark.parametrize(
    "kwargs", [{"length": 1}, {"min_drop": -0.5}, {"min_drop": math.nan}, {"max_gap_days": -1}]
)
def test_bad_parameters(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        detect_declines(days_from([7, 6, 5]), **kwargs)  # type: ignore[arg-type]


def test_empty_and_single_day() -> None:
    assert detect_declines([]) == []
    assert detect_declines(days_from([5])) == []


# ------------------------------------------------------------------------------------------
# detect_declines: properties

moods = st.floats(min_value=1, max_value=10, allow_nan=False).map(lambda x: round(x, 2))


@st.composite
def observed_days(draw: st.DrawFn, max_size: int = 40) -> list[DailyMood]:
    values = draw(st.lists(st.one_of(st.none(), moods), max_size=max_size))
    return days_from(values)


@settings(max_examples=200, deadline=None)
@given(
    days=observed_days(),
    length=st.integers(2, 6),
    min_drop=st.sampled_from([0.0, 0.5, 1.0]),
    gap=st.integers(0, 3),
)
def test_every_decline_really_falls(
    days: list[DailyMood], length: int, min_drop: float, gap: int
) -> None:
    by_day = {d.day: d.mean for d in days}
    for decline in detect_declines(days, length=length, min_drop=min_drop, max_gap_days=gap):
        assert decline.length >= length
        assert list(decline.days) == sorted(decline.days)
        for a, b, va, vb in zip(
            decline.days, decline.days[1:], decline.values, decline.values[1:], strict=False
        ):
            assert vb < va
            assert va - vb >= min_drop - 1e-9
            assert (b - a).days - 1 <= gap
            assert by_day[a] == va and by_day[b] == vb
        if gap == 0:
            assert (decline.end - decline.start).days == decline.length - 1


@settings(max_examples=200, deadline=None)
@given(days=observed_days(), length=st.integers(2, 5), gap=st.integers(0, 2))
def test_declines_are_maximal_and_disjoint(days: list[DailyMood], length: int, gap: int) -> None:
    declines = detect_declines(days, length=length, max_gap_days=gap)
    for before, after in pairwise(declines):
        assert before.end < after.start
    ordered = sorted(days, key=lambda d: d.day)
    index = {d.day: i for i, d in enumerate(ordered)}
    for decline in declines:
        i, j = index[decline.start], index[decline.end]
        if i > 0:  # the day before could not have extended the run
            prev, first = ordered[i - 1], ordered[i]
            assert not (prev.mean > first.mean and (first.day - prev.day).days - 1 <= gap)
        if j + 1 < len(ordered):
            last, nxt = ordered[j], ordered[j + 1]
            assert not (nxt.mean < last.mean and (nxt.day - last.day).days - 1 <= gap)


@settings(max_examples=200, deadline=None)
@given(
    background=st.lists(moods, min_size=0, max_size=30),
    run_length=st.integers(3, 8),
    position=st.integers(0, 30),
    steps=st.lists(st.floats(0.01, 2.0).map(lambda x: round(x, 2)), min_size=7, max_size=7),
    start_value=st.floats(6, 10).map(lambda x: round(x, 2)),
    length=st.integers(2, 3),
)
def test_inserted_falling_run_is_always_detected(
    background: list[float],
    run_length: int,
    position: int,
    steps: list[float],
    start_value: float,
    length: int,
) -> None:
    run = [start_value]
    for step in steps[: run_length - 1]:
        run.append(round(run[-1] - step, 2))
    pos = min(position, len(background))
    values: list[float | None] = [*background[:pos], *run, *background[pos:]]
    days = days_from(values)
    run_days = {MON + timedelta(days=pos + k) for k in range(run_length)}
    declines = detect_declines(days, length=length)
    assert any(run_days <= set(d.days) for d in declines)
    assert current_decline(days, MON + timedelta(days=pos + run_length - 1), length=length)


@settings(max_examples=100, deadline=None)
@given(values=st.lists(moods, min_size=3, max_size=12))
def test_a_missing_day_inside_a_falling_run_breaks_it(values: list[float]) -> None:
    falling = sorted(set(values), reverse=True)
    if len(falling) < 3:
        return
    cut = len(falling) // 2
    with_gap: list[float | None] = [*falling[:cut], None, *falling[cut:]]
    days = days_from(with_gap)
    for decline in detect_declines(days):
        assert (decline.end - decline.start).days == decline.length - 1
    bridged = detect_declines(days, max_gap_days=1)
    assert len(bridged) == 1 and bridged[0].length == len(falling)


@settings(max_examples=100, deadline=None)
@given(days=observed_days(), gap=st.integers(0, 2))
def test_explanation_names_the_values_in_order(days: list[DailyMood], gap: int) -> None:
    for decline in detect_declines(days, max_gap_days=gap):
        text = decline.explanation
        assert text.startswith("Your mood went ")
        shown = text.removeprefix("Your mood went ").split(" over ")[0].split(" → ")
        assert len(shown) == decline.length
        for label, value in zip(shown, decline.values, strict=True):
            assert abs(float(label) - value) <= 0.05 + 1e-9
        assert len(set(shown)) == len(shown)  # neighbours never look equal


# ------------------------------------------------------------------------------------------
# Explanations and formatting


@pytest.mark.parametrize(
    ("value", "text"),
    [(7.0, "7"), (6.5, "6.5"), (6.333333, "6.3"), (10.0, "10"), (6.96, "7"), (1.25, "1.2")],
)
def test_format_mood(value: float, text: str) -> None:
    assert format_mood(value) == text


def test_explanation_keeps_halves_and_drops_trailing_zero() -> None:
    (decline,) = detect_declines(days_from([7.0, 6.5, 4.0]))
    assert decline.explanation == "Your mood went 7 → 6.5 → 4 over Mon–Wed"


def test_explanation_uses_more_decimals_when_one_would_look_flat() -> None:
    decline = Decline(days=(MON, MON + timedelta(1)), values=(6.34, 6.26))
    assert explain_decline(decline) == "Your mood went 6.34 → 6.26 over Mon–Tue"


def test_explanation_of_a_long_run_names_dates() -> None:
    values: list[float | None] = [float(v) for v in range(10, 1, -1)]  # 9 days
    (decline,) = detect_declines(days_from(values))
    assert decline.explanation.endswith("over Mon 23 Nov–Tue 1 Dec")


def test_explanation_across_a_weekend() -> None:
    (decline,) = detect_declines(days_from([8, 7, 5], start=date(2026, 11, 28)))  # Sat
    assert decline.explanation == "Your mood went 8 → 7 → 5 over Sat–Mon"


# ------------------------------------------------------------------------------------------
# current_decline


def test_current_decline_ending_today_or_yesterday() -> None:
    days = days_from([7, 6, 4])
    wed = MON + timedelta(2)
    assert current_decline(days, wed) is not None
    assert current_decline(days, wed + timedelta(1)) is not None  # ended yesterday
    assert current_decline(days, wed + timedelta(2)) is None  # ended two days ago


def test_current_decline_ignores_days_after_today() -> None:
    days = days_from([7, 6, 4, 9])  # Thursday is "in the future"
    assert current_decline(days, MON + timedelta(2)) is not None


def test_current_decline_none_when_old_decline_only() -> None:
    assert current_decline(days_from([7, 6, 4, 5, 6, 7]), MON + timedelta(5)) is None


# ------------------------------------------------------------------------------------------
# rolling_mean and calendar_series


def test_rolling_mean_basic() -> None:
    assert rolling_mean([1, 2, 3, 4], 2) == [None, 1.5, 2.5, 3.5]
    assert rolling_mean([1, 2, 3], 1) == [1, 2, 3]
    assert rolling_mean([], 3) == []


def test_rolling_mean_skips_missing_values() -> None:
    assert rolling_mean([2, None, 4], 3) == [None, None, None]
    assert rolling_mean([2, None, 4], 3, min_periods=2) == [None, None, 3.0]
    assert rolling_mean([2, None, 4], 2, min_periods=1) == [2.0, 2.0, 4.0]


@pytest.mark.parametrize(("window", "min_periods"), [(0, None), (3, 0), (3, 4)])
def test_rolling_mean_rejects_bad_window(window: int, min_periods: int | None) -> None:
    with pytest.raises(ValueError):
        rolling_mean([1, 2, 3], window, min_periods=min_periods)


@settings(max_examples=200, deadline=None)
@given(
    series=st.lists(st.one_of(st.none(), moods), max_size=40),
    window=st.integers(1, 10),
    data=st.data(),
)
def test_rolling_mean_matches_naive(
    series: list[float | None], window: int, data: st.DataObject
) -> None:
    min_periods = data.draw(st.integers(1, window))
    out = rolling_mean(series, window, min_periods=min_periods)
    assert len(out) == len(series)
    for i, got in enumerate(out):
        present = [v for v in series[max(0, i - window + 1) : i + 1] if v is not None]
        if len(present) < min_periods:
            assert got is None
        else:
            assert got is not None
            assert got == pytest.approx(sum(present) / len(present))
            assert min(present) - 1e-9 <= got <= max(present) + 1e-9


def test_calendar_series_fills_missing_days_with_none() -> None:
    days = days_from([5, None, 7])
    assert calendar_series(days, MON, MON + timedelta(3)) == [5.0, None, 7.0, None]
    assert calendar_series(days, MON + timedelta(1), MON) == []
    assert rolling_mean(calendar_series(days, MON, MON + timedelta(2)), 3, min_periods=2)[-1] == 6
