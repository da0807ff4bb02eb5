"""The dashboard's charts in words: a text alternative for each card, for a screen reader and
for anyone who would rather read the numbers than the picture.

Every sentence is built from what the chart itself draws, through the selections and wording
the figure builders use (``charts.figures``: ``cloud_words`` and ``cloud_ranking``,
``shown_effects``, ``effect_label``, ``sleep_panel_words``, the ``*_absence`` messages …), never
from a second reckoning that could drift from the picture: the cloud's words in the order its
colours rank them, the activity rows the chart lists with the labels it gives them ("not clear
yet (n = …)" where the interval crosses zero), the sleep panels' own claims. An empty chart
says in words what its picture says. Pure functions of the dashboard data; no Qt, no
matplotlib.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from neuroleaf_desktop.charts.figures import (
    ACTIVITY_SUBTITLE,
    ACTIVITY_TITLE,
    CLOUD_ABSENCE,
    CLOUD_TITLE,
    SLEEP_PANELS,
    SLEEP_TITLE,
    TIMELINE_TITLE,
    activity_absence,
    activity_axis_label,
    cloud_ranking,
    cloud_subtitle,
    cloud_words,
    effect_label,
    heatmap_absence,
    heatmap_subtitle,
    heatmap_title,
    hour_edge_labels,
    shown_effects,
    sleep_absence,
    sleep_panel_words,
    timeline_absence,
)
from neuroleaf_desktop.domain import stats
from neuroleaf_desktop.domain.dashboard import (
    WEEKDAYS,
    ActivityEffect,
    DashboardSummary,
    HeatmapData,
    KeywordWeight,
    SleepMoodData,
    TimelineData,
)
from neuroleaf_desktop.domain.wording import plural

EMPTY_RANGE_TEXT = (
    "Nothing in this range: there are no check-ins or entries between these dates, so this "
    "chart has nothing to show."
)


def day_text(day: date) -> str:
    """'3 Mar 2025' (no zero padding, on every platform)."""
    return f"{day.day} {day:%b %Y}"


def _absent(title: str, words: tuple[str, str]) -> str:
    message, hint = words
    return f"{title}: {message}.\n{hint}"


def _spread(moods: Sequence[int]) -> str:
    low, high = min(moods), max(moods)
    return f"Check-ins from {low} to {high}" if low != high else f"Every check-in {low}"


def timeline_text(data: TimelineData) -> str:
    """The check-ins' span, mean and latest, the daily means' lowest and highest days, the
    latest 7-day mean and how many days have entries: the points and lines the chart draws."""
    if not data.checkins:
        return _absent(TIMELINE_TITLE, timeline_absence(data))
    moods = [mood for _when, mood in data.checkins]
    daily = [
        (day, value)
        for day, value in zip(data.days, data.daily_mean, strict=True)
        if value is not None
    ]
    low_day, low = min(daily, key=lambda pair: pair[1])
    high_day, high = max(daily, key=lambda pair: pair[1])
    latest_at, latest = max(data.checkins, key=lambda pair: pair[0])
    rolling = [(d, v) for d, v in zip(data.days, data.rolling_mean, strict=True) if v is not None]
    lines = [
        f"{TIMELINE_TITLE}, {day_text(data.days[0])} to {day_text(data.days[-1])}, on a scale "
        f"of 1 to 10: {plural(len(moods), 'check-in')} on {plural(len(daily), 'day')}.",
        f"{_spread(moods)}, average {stats.mean(moods):.1f}.",
        f"Daily mean lowest {low:.1f} on {day_text(low_day)}, highest {high:.1f} on "
        f"{day_text(high_day)}.",
        f"Latest check-in: {latest} on {day_text(latest_at.date())}.",
    ]
    if rolling:
        last_day, last = rolling[-1]
        lines.append(f"Latest 7-day mean: {last:.1f} on {day_text(last_day)}.")
    if data.entry_days:
        lines.append(f"Journal entries on {plural(len(data.entry_days), 'day')}.")
    return "\n".join(lines)


def heatmap_text(data: HeatmapData, choice: str) -> str:
    """Each weekday-and-hours cell the grid counts, the fullest first, under its subtitle."""
    grid = data.grid(choice)
    total = sum(sum(row) for row in grid)
    title = heatmap_title(choice)
    if total == 0:
        return _absent(title, heatmap_absence(data, choice))
    edges = hour_edge_labels()
    cells = sorted(
        (-count, row, col)
        for row, values in enumerate(grid)
        for col, count in enumerate(values)
        if count
    )
    listed = ", ".join(
        f"{WEEKDAYS[row]} {edges[col]}–{edges[col + 1]} h: {-count}" for count, row, col in cells
    )
    return f"{title}: {heatmap_subtitle(data, choice, total)}.\nMost first: {listed}."


def cloud_text(keywords: Sequence[KeywordWeight]) -> str:
    """The cloud's words biggest first (the order its size and colour rank them), each with the
    number of entries it was read in."""
    weights = cloud_words(keywords)
    if not weights:
        return _absent(CLOUD_TITLE, CLOUD_ABSENCE)
    entries = {k.keyword: k.entries for k in keywords}
    listed = ", ".join(
        f"{word} ({plural(entries[word], 'entry')})" for word in cloud_ranking(weights)
    )
    return f"{CLOUD_TITLE}: {cloud_subtitle(len(weights))}.\nBiggest first: {listed}."


def sleep_text(data: SleepMoodData) -> str:
    """Each panel's claim as the chart heads it, or why it makes none."""
    absence = sleep_absence(data)
    if absence is not None:
        return _absent(SLEEP_TITLE, absence)
    lines = [f"{SLEEP_TITLE}: sleep the night before against that day's and the next day's mood."]
    for label, series in zip(SLEEP_PANELS, (data.same_day, data.next_day), strict=True):
        heading, message = sleep_panel_words(series, label, data.min_pairs)
        lines.append(f"{label}: {message}." if message else f"{heading}.")
    return "\n".join(lines)


def activities_text(effects: Sequence[ActivityEffect], min_days: int) -> str:
    """The rows the chart lists, top to bottom, each with its label as the chart gives it and
    the difference with its interval."""
    if not effects:
        return _absent(ACTIVITY_TITLE, activity_absence(min_days))
    shown = shown_effects(effects)
    head = f"{ACTIVITY_TITLE}."
    if len(shown) < len(effects):
        head += f" Shown: {len(shown)} of {len(effects)} activities, the highest and lowest."
    how = f"{activity_axis_label(effects[0].lag_days)}. {ACTIVITY_SUBTITLE}, as helps or hurts."
    rows = [
        f"{effect_label(e)}: {e.effect.diff:+.2f} ({e.effect.low:+.2f} to {e.effect.high:+.2f})"
        for e in shown
    ]
    return "\n".join([head, how, *rows])


def chart_texts(
    summary: DashboardSummary, emotion: str, next_day: bool, keys: Sequence[str]
) -> dict[str, str]:
    """The text of each chart in ``keys``, from the data and choices its figure is drawn with."""
    if summary.is_empty:
        return dict.fromkeys(keys, EMPTY_RANGE_TEXT)
    effects = summary.activities_next_day if next_day else summary.activities_same_day
    builders = {
        "timeline": lambda: timeline_text(summary.timeline),
        "heatmap": lambda: heatmap_text(summary.heatmap, emotion),
        "cloud": lambda: cloud_text(summary.keywords),
        "sleep": lambda: sleep_text(summary.sleep),
        "activities": lambda: activities_text(effects, summary.min_activity_days),
    }
    return {key: builders[key]() for key in keys}
