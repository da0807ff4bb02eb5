"""The five dashboard figures. Each takes plain data and a ``ChartTheme`` and returns a Figure.

Empty or tiny data never gives broken axes: a builder draws a calm message that says what is
missing and what would fill it. Statistics are only claimed where ``domain/dashboard.py``
computed them (e.g. no r below 14 paired days).

What a chart selects to draw and the words it draws with are functions of their own
(``cloud_words``, ``shown_effects``, ``sleep_panel_words``, the ``*_absence`` messages …), so
the dashboard's text alternative (``services/dashboard_text``) reads the very numbers and
wording the picture shows instead of working them out again.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from neuroleaf_desktop.charts.theme import ChartTheme
from neuroleaf_desktop.charts.titles import (
    DPI,
    LEGEND_FONT_PT,
    LegendRow,
    chart_title,
    subtitle_as_title,
)
from neuroleaf_desktop.charts.titles import narrowest_px as narrowest_px
from neuroleaf_desktop.domain.dashboard import (
    NEGATIVE_AFFECT,
    TIME_BINS,
    WEEKDAYS,
    ActivityEffect,
    HeatmapData,
    KeywordWeight,
    SleepMoodData,
    SleepSeries,
    TimelineData,
    Verdict,
)
from neuroleaf_desktop.domain.wording import plural

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

TIMELINE_SIZE = (9.0, 3.4)
HEATMAP_SIZE = (6.4, 3.6)
SLEEP_SIZE = (9.0, 3.6)
CLOUD_SIZE = (6.4, 3.6)
ACTIVITY_SIZE = (6.4, 4.2)
CLOUD_SEED = 7


# ---- shared ----------------------------------------------------------------------------------
def new_figure(theme: ChartTheme, size: tuple[float, float]) -> Figure:
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=DPI, facecolor=theme["background"], layout="constrained")
    return fig


def style_axes(ax: Axes, theme: ChartTheme, *, grid_axis: str = "y") -> None:
    ax.set_facecolor(theme["background"])
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(theme["grid"])
    ax.tick_params(colors=theme["muted"], labelsize=8.5, length=0, pad=4)
    ax.xaxis.label.set_color(theme["muted"])
    ax.yaxis.label.set_color(theme["muted"])
    ax.title.set_color(theme["text"])
    if grid_axis:
        ax.grid(True, axis=grid_axis, color=theme["grid"], linewidth=0.8)  # type: ignore[arg-type]
        ax.set_axisbelow(True)


def _title(ax: Axes, theme: ChartTheme, text: str, subtitle: str = "") -> None:
    chart_title(ax, (theme["text"], theme["muted"]), text, subtitle)


def message_figure(
    theme: ChartTheme,
    title: str,
    message: str,
    hint: str = "",
    size: tuple[float, float] = (6.4, 3.6),
) -> Figure:
    """An empty state drawn as a figure: a title, what is missing, what would fill it.

    The message stands on a line just over the middle and the hint hangs from one just under
    it, so when larger text or a narrow card wraps either over more lines they grow apart
    (up and down), never into each other."""
    fig = new_figure(theme, size)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_facecolor(theme["background"])
    _title(ax, theme, title)
    ax.text(0.5, 0.53, message, ha="center", va="bottom", fontsize=11.5, color=theme["text"],
            transform=ax.transAxes, wrap=True)  # fmt: skip
    if hint:
        ax.text(0.5, 0.47, hint, ha="center", va="top", fontsize=9, color=theme["muted"],
                transform=ax.transAxes, wrap=True)  # fmt: skip
    return fig


def save_png(fig: Figure, path: str | Path, dpi: int = 144) -> Path:
    """Write ``fig`` to a PNG at ``path`` (with the figure's own background)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(target, format="png", dpi=dpi, facecolor=fig.get_facecolor())
    return target


def _date_numbers(moments: Sequence[datetime]) -> list[float]:
    """matplotlib's date numbers (days since its epoch) for naive local wall times."""
    import matplotlib.dates as mdates

    return [float(x) for x in mdates.date2num(list(moments))]  # type: ignore[no-untyped-call]


def _nan(values: Sequence[float | None]) -> list[float]:
    return [math.nan if v is None else v for v in values]


# ---- (a) mood timeline -----------------------------------------------------------------------
TIMELINE_TITLE = "Mood over time"


def timeline_absence(data: TimelineData) -> tuple[str, str]:
    """(message, hint) of a timeline without check-ins."""
    hint = (
        f"{plural(len(data.entry_days), 'day')} with journal entries, but no mood check-ins."
        if data.entry_days
        else "Log how you feel (Ctrl+M); each check-in becomes a point here."
    )
    return "No mood check-ins in this range yet", hint


def mood_timeline_figure(data: TimelineData, theme: ChartTheme) -> Figure:
    title = TIMELINE_TITLE
    if not data.checkins:
        return message_figure(theme, title, *timeline_absence(data), TIMELINE_SIZE)
    import matplotlib.dates as mdates

    fig = new_figure(theme, TIMELINE_SIZE)
    ax = fig.add_subplot()
    style_axes(ax, theme)
    days = _date_numbers([datetime(d.year, d.month, d.day, 12) for d in data.days])
    times = _date_numbers([t for t, _m in data.checkins])
    moods = [m for _t, m in data.checkins]
    ax.scatter(times, moods, s=9, color=theme["points"], alpha=0.35, linewidths=0,
               label="Check-in", zorder=2)  # fmt: skip
    ax.plot(days, _nan(data.daily_mean), color=theme["accent_soft"], linewidth=1.0,
            marker="o", markersize=2.5 if len(days) <= 120 else 0, label="Daily mean",
            zorder=3)  # fmt: skip
    if any(v is not None for v in data.rolling_mean):
        ax.plot(days, _nan(data.rolling_mean), color=theme["accent"], linewidth=2.4,
                label="7-day mean", zorder=4)  # fmt: skip
    if data.entry_days:
        entry_x = _date_numbers([datetime(d.year, d.month, d.day, 12) for d in data.entry_days])
        ax.scatter(entry_x, [0.55] * len(entry_x), marker="|", s=60, color=theme["entries"],
                   linewidths=1.2, label="Journal entry", zorder=2)  # fmt: skip
    ax.set_ylim(0.2, 10.6)
    ax.set_yticks([1, 4, 7, 10])
    ax.set_ylabel("Mood (1–10)", fontsize=9)
    first, last = days[0], days[-1]
    pad = max(0.75, (last - first) * 0.01)  # in days
    ax.set_xlim(first - pad, last + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    # The corner names the year only: matplotlib's default adds the last tick's month
    # ("2026-Dec"), which reads as if the whole chart were that month.
    formatter = mdates.ConciseDateFormatter(  # type: ignore[no-untyped-call]
        locator, offset_formats=["", "%Y", "%Y", "%Y", "%d %b %Y", "%d %b %Y %H:%M"]
    )
    ax.xaxis.set_major_formatter(formatter)
    ax.xaxis.get_offset_text().set_color(theme["muted"])
    _, labels = ax.get_legend_handles_labels()
    legend = LegendRow(tuple(labels), partial(_timeline_legend, ax, theme["muted"]))
    chart_title(ax, (theme["text"], theme["muted"]), title, legend=legend)
    return fig


def _timeline_legend(ax: Axes, colour: str, columns: int) -> None:
    """The timeline's legend at the plot's top left, under the title (``charts/titles``)."""
    legend = ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=columns,
                       fontsize=LEGEND_FONT_PT, frameon=False, handlelength=1.6,
                       columnspacing=1.2, borderaxespad=0.2)  # fmt: skip
    for text in legend.get_texts():
        text.set_color(colour)


# ---- (b) emotion heatmap ---------------------------------------------------------------------
def _choice_label(choice: str) -> str:
    return "Negative affect" if choice == NEGATIVE_AFFECT else choice.capitalize()


def hour_edge_labels() -> list[str]:
    """The hours where the heatmap's time bins start and end: 0, 4, 8, …, 24."""
    step = 24 // len(TIME_BINS)
    return [str(h) for h in range(0, 25, step)]


def heatmap_absence(data: HeatmapData, choice: str) -> tuple[str, str]:
    """(message, hint) of an empty heatmap: what was not picked in a check-in and what the app
    did not read clearly in an entry, never that the person did not feel it.

    Why this wording: an entry counts only for the emotions the analysis shows, and the
    analysis withdraws a label it is not sure of, so an entry that does not count may still
    hold the feeling, said in words the app could not read with confidence.
    """
    label = _choice_label(choice).lower()
    observed = sum(sum(row) for row in data.totals)
    hint = (
        "Emotions come from the words you pick in check-ins and from what the app reads "
        "clearly in analysed entries."
        if observed == 0
        else f"No check-in here names it, and none of the entries here reads clearly as it "
        f"({observed} check-ins and analysed entries)."
    )
    return f"No {label} picked or read clearly in this range", hint


def heatmap_title(choice: str) -> str:
    return f"When {_choice_label(choice).lower()} shows up"


def heatmap_subtitle(data: HeatmapData, choice: str, total: int) -> str:
    """How many times the grid counts and what counts as one."""
    source = (
        "unpleasant check-in words; negative, mixed or stressed entries"
        if choice == NEGATIVE_AFFECT
        else f"check-ins and entries scoring ≥ {data.threshold:g}"
    )
    return f"{total} times over weekday × time ({source})"


def emotion_heatmap_figure(data: HeatmapData, choice: str, theme: ChartTheme) -> Figure:
    title = heatmap_title(choice)
    grid = data.grid(choice)
    total = sum(sum(row) for row in grid)
    if total == 0:
        return message_figure(theme, title, *heatmap_absence(data, choice), HEATMAP_SIZE)
    from matplotlib.colors import LinearSegmentedColormap, to_rgb

    fig = new_figure(theme, HEATMAP_SIZE)
    ax = fig.add_subplot()
    style_axes(ax, theme, grid_axis="")
    for spine in ax.spines.values():
        spine.set_visible(False)
    cmap = LinearSegmentedColormap.from_list("nl_heat", list(theme["heat"]))
    peak = max(max(row) for row in grid)
    ax.imshow(grid, cmap=cmap, vmin=0, vmax=max(peak, 1), aspect="auto")
    # hour marks on the bin edges ("0 4 8 … 24"), not a "00–04" label per bin: those run
    # together on a half-width card
    ax.set_xticks([x - 0.5 for x in range(len(TIME_BINS) + 1)], hour_edge_labels())
    ax.set_yticks(range(len(WEEKDAYS)), WEEKDAYS)
    ax.set_xticks([x - 0.5 for x in range(1, len(TIME_BINS))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(WEEKDAYS))], minor=True)
    ax.grid(which="minor", color=theme["background"], linewidth=2)
    ax.tick_params(which="minor", length=0)
    for row, values in enumerate(grid):
        for col, count in enumerate(values):
            if count == 0:
                continue
            r, g, b = to_rgb(cmap(count / max(peak, 1)))
            light_cell = 0.299 * r + 0.587 * g + 0.114 * b > 0.55
            ax.text(col, row, str(count), ha="center", va="center", fontsize=8,
                    color="#1E2823" if light_cell else "#F5F6F2")  # fmt: skip
    ax.set_xlabel("Local time of day (hour)", fontsize=9)
    _title(ax, theme, title, heatmap_subtitle(data, choice, total))
    return fig


# ---- (c) sleep and mood ----------------------------------------------------------------------
def sleep_panel_words(series: SleepSeries, label: str, need: int) -> tuple[str, str]:
    """(heading, message) of one sleep panel: the heading claims r with its interval only where
    one was computed; otherwise it is the bare label and the message says why there is none."""
    corr, fit = series.correlation, series.fit
    if not series.enough or corr is None or fit is None:
        message = (
            f"Not enough data yet (n = {series.n}, need {need})"
            if not series.enough
            else f"No correlation to show (n = {series.n})"
        )
        return label, message
    return (
        f"{label}: r = {corr.r:.2f} (95 % CI {corr.low:.2f} to {corr.high:.2f}), n = {corr.n}",
        "",
    )


def _sleep_panel(ax: Axes, series: SleepSeries, theme: ChartTheme, label: str, need: int) -> None:
    style_axes(ax, theme, grid_axis="both")
    ax.set_xlabel("Sleep the night before (hours)", fontsize=9)
    ax.set_ylabel(f"Mood ({label.lower()}, daily mean)", fontsize=9)
    ax.set_ylim(0.5, 10.5)
    ax.set_xlim(3, 11)
    if series.n:
        ax.scatter(series.sleep, series.mood, s=14, alpha=0.55 if series.enough else 0.8,
                   color=theme["points"] if not series.enough else theme["accent_soft"],
                   linewidths=0, zorder=2)  # fmt: skip
        low, high = min(series.sleep), max(series.sleep)
        ax.set_xlim(min(3.0, low - 0.5), max(11.0, high + 0.5))
    heading, text = sleep_panel_words(series, label, need)
    if text or series.fit is None:
        ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center",
                fontsize=10, color=theme["text"],
                bbox={"boxstyle": "round,pad=0.6", "facecolor": theme["background"],
                      "edgecolor": theme["grid"]})  # fmt: skip
        _panel_heading(ax, theme, heading)
        return
    slope, intercept = series.fit
    x0, x1 = min(series.sleep), max(series.sleep)
    ax.plot([x0, x1], [intercept + slope * x0, intercept + slope * x1], color=theme["accent"],
            linewidth=2.2, zorder=3)  # fmt: skip
    _panel_heading(ax, theme, heading)


def _panel_heading(ax: Axes, theme: ChartTheme, heading: str) -> None:
    """A sleep panel's heading, wrapped for the half of the chart the panel has."""
    subtitle_as_title(ax, theme["muted"], heading, share=1 / len(SLEEP_PANELS), size_pt=9.5)


SLEEP_TITLE = "Sleep and mood"
SLEEP_PANELS = ("Same day", "Next day")


def sleep_absence(data: SleepMoodData) -> tuple[str, str] | None:
    """(message, hint) when no sleep was logged in the range; None when some was."""
    if data.same_day.n or data.next_day.n:
        return None
    return (
        "No sleep logged in this range yet",
        "Add hours slept to a morning check-in; after "
        f"{data.min_pairs} days you will see how sleep and mood move together.",
    )


def sleep_mood_figure(data: SleepMoodData, theme: ChartTheme) -> Figure:
    title = SLEEP_TITLE
    absence = sleep_absence(data)
    if absence is not None:
        return message_figure(theme, title, *absence, SLEEP_SIZE)
    fig = new_figure(theme, SLEEP_SIZE)
    left, right = fig.subplots(1, 2, sharey=True)
    _sleep_panel(left, data.same_day, theme, SLEEP_PANELS[0], data.min_pairs)
    _sleep_panel(right, data.next_day, theme, SLEEP_PANELS[1], data.min_pairs)
    right.set_ylabel("")
    fig.suptitle(title, x=0.01, ha="left", fontsize=11, fontweight="bold",
                 color=theme["text"])  # fmt: skip
    return fig


# ---- (d) stress keyword cloud ------------------------------------------------------------------
def cloud_font_path() -> str:
    """DejaVu Sans as matplotlib ships it (no download); the system copy, or wordcloud's own."""
    import matplotlib

    candidates = [
        Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf",
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    ]
    for path in candidates:
        if path.is_file():
            return str(path)
    import wordcloud

    return str(Path(wordcloud.__file__).parent / "DroidSansMono.ttf")


# An empty cloud says what the app did not read, not that nothing was stressful: the analysis
# shows a stress keyword only where it reads the strain clearly and withdraws the ones it doubts.
CLOUD_ABSENCE = (
    "No entries in this range read clearly as stressful",
    "Stress keywords show here once the app reads an entry clearly as stressful; it leaves "
    "out what it is not sure of.",
)


def cloud_subtitle(count: int) -> str:
    """What the cloud shows: the keywords the app read clearly, not every stressor there was."""
    noun = "keyword" if count == 1 else "keywords"
    return (
        f"{count} stress {noun} from entries read clearly as stressful; bigger means more "
        "often and stronger"
    )


CLOUD_TITLE = "What stress is about"


def cloud_words(keywords: Sequence[KeywordWeight]) -> dict[str, float]:
    """The words the cloud draws and the weight that sizes each (a weightless one is left out)."""
    return {k.keyword: k.weight for k in keywords if k.weight > 0}


def cloud_ranking(weights: dict[str, float]) -> list[str]:
    """The cloud's words biggest first: the order its colours step through."""
    return sorted(weights, key=lambda k: -weights[k])


def keyword_cloud_figure(
    keywords: Sequence[KeywordWeight], theme: ChartTheme, *, pixels: tuple[int, int] = (900, 480)
) -> Figure:
    title = CLOUD_TITLE
    if not keywords:
        return message_figure(theme, title, *CLOUD_ABSENCE, CLOUD_SIZE)
    from wordcloud import WordCloud

    weights = cloud_words(keywords)
    ranked = cloud_ranking(weights)
    rank = {word: i for i, word in enumerate(ranked)}
    colours = theme["cloud"]

    def colour(word: str, **_kwargs: Any) -> str:
        share = rank.get(word, len(ranked)) / max(1, len(ranked))
        return colours[min(len(colours) - 1, int(share * len(colours)))]

    cloud = WordCloud(
        width=pixels[0],
        height=pixels[1],
        background_color=theme["background"],
        font_path=cloud_font_path(),
        random_state=CLOUD_SEED,
        prefer_horizontal=0.92,
        max_words=len(weights),
        min_font_size=9,
        relative_scaling=0.55,
        margin=4,
        color_func=colour,
        collocations=False,
    ).generate_from_frequencies(weights)
    fig = new_figure(theme, CLOUD_SIZE)
    ax = fig.add_subplot()
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    fig.suptitle(title, x=0.01, ha="left", fontsize=11, fontweight="bold", color=theme["text"])
    subtitle_as_title(ax, theme["muted"], cloud_subtitle(len(weights)))
    return fig


# ---- (e) activity effects --------------------------------------------------------------------
ACTIVITY_TITLE = "What goes with better days"
ACTIVITY_SUBTITLE = "Coloured only where the 95 % interval excludes 0"
ACTIVITY_LIMIT = 16


def activity_absence(min_days: int) -> tuple[str, str]:
    """(message, hint) while no activity has enough days on both sides."""
    return (
        "Not enough activity data yet",
        f"An activity shows here once there are at least {min_days} days with it and "
        f"{min_days} without it.",
    )


def shown_effects(
    effects: Sequence[ActivityEffect], limit: int = ACTIVITY_LIMIT
) -> list[ActivityEffect]:
    """The rows the chart draws, top to bottom: the biggest positive and the biggest negative
    differences, in order."""
    shown = list(effects)
    if len(shown) > limit:
        half = limit // 2
        shown = shown[:half] + shown[-(limit - half) :]
    return shown


def activity_axis_label(lag_days: int) -> str:
    when = "the next day" if lag_days == 1 else "the same day"
    return f"Mood {when}: days with minus days without (95 % CI)"


def activity_effects_figure(
    effects: Sequence[ActivityEffect],
    theme: ChartTheme,
    *,
    min_days: int = 5,
    limit: int = ACTIVITY_LIMIT,
) -> Figure:
    lag = effects[0].lag_days if effects else 1
    title = ACTIVITY_TITLE
    if not effects:
        return message_figure(theme, title, *activity_absence(min_days), ACTIVITY_SIZE)
    shown = shown_effects(effects, limit)[::-1]  # barh draws bottom-up; the best goes on top
    fig = new_figure(theme, (ACTIVITY_SIZE[0], max(2.6, 1.1 + 0.3 * len(shown))))
    ax = fig.add_subplot()
    style_axes(ax, theme, grid_axis="x")
    ys = list(range(len(shown)))
    for y, e in zip(ys, shown, strict=True):
        colour = effect_colour(e, theme)
        ax.plot([e.effect.low, e.effect.high], [y, y], color=colour, linewidth=2.0, alpha=0.55,
                solid_capstyle="round")  # fmt: skip
        hollow = e.verdict is Verdict.UNCLEAR  # an open point: no direction is claimed
        ax.plot([e.effect.diff], [y], marker="o", markersize=6.5, color=colour,
                markerfacecolor=theme["background"] if hollow else colour)  # fmt: skip
    ax.axvline(0.0, color=theme["muted"], linewidth=1.0)
    ax.set_yticks(ys, [effect_label(e) for e in shown])
    ax.tick_params(axis="y", labelcolor=theme["text"], labelsize=9)
    for tick, e in zip(ax.get_yticklabels(), shown, strict=True):
        if e.verdict is Verdict.UNCLEAR:
            tick.set_color(theme["muted"])
    ax.set_xlabel(activity_axis_label(lag), fontsize=9, loc="right")
    span = max(max(abs(e.effect.low), abs(e.effect.high)) for e in shown)
    ax.set_xlim(-span * 1.1 - 0.05, span * 1.1 + 0.05)
    _title(ax, theme, title, ACTIVITY_SUBTITLE)
    return fig


def effect_colour(effect: ActivityEffect, theme: ChartTheme) -> str:
    """Green for "helps", red for "hurts", grey for "not clear yet": a colour is a claim."""
    if effect.verdict is Verdict.HELPS:
        return theme["accent"]
    if effect.verdict is Verdict.HURTS:
        return theme["negative"]
    return theme["points"]


def effect_label(effect: ActivityEffect) -> str:
    """The y-axis label: "walk — helps (12 / 40 d)" or "therapy — not clear yet (n = 6 / 46)"."""
    if effect.verdict is Verdict.UNCLEAR:
        return f"{effect.activity} — {effect.verdict_text}"
    return f"{effect.activity} — {effect.verdict_text} ({effect.n_with} / {effect.n_without} d)"


# ---- convenience -----------------------------------------------------------------------------
def range_label(start: date | None, end: date) -> str:
    if start is None:
        return f"All time to {end.isoformat()}"
    return f"{start.isoformat()} – {end.isoformat()}"
