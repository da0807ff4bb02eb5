"""Chart titles and subtitles, wrapped to the width a chart is shown at.

A figure is built at its designed size on a worker, before anyone knows how wide its card
will be, so its title and subtitle are first wrapped for the narrowest card it can be shown in:
they never run off the card's right edge. When a canvas learns its real width it calls
``fit_titles``, which wraps the same words again for that width, so a half-width card in the
default window does not break a short title over two lines with half the card empty beside it.
Only the line breaks change, never the words.

A chart's legend (the timeline's) has a row of its own under the title, never beside it: beside
a title it met the title as soon as the text was larger or the card narrower. Its entries go
on as many rows as the width needs, and the title is raised by the rows' height, so the title,
the legend and the plot each keep their room at every text size.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text

DPI = 100  # the figures' design resolution: one inch is 100 logical pixels on screen

# A chart is never drawn narrower than this many pixels per inch of its designed width (the
# dashboard's smallest canvas, at 1024 px wide); a subtitle wraps to fit that, so it is never
# cut off at the right edge however the window is sized.
NARROWEST_PX_PER_INCH = 48
SUBTITLE_PT = 8.5
SUBTITLE_CHAR_PX = 6.6  # mean advance of a character at 8.5 pt on a 100-dpi canvas
TITLE_CHAR_PX = 8.4  # the same for the 11-pt bold title
AXIS_LABELS_PX = 64  # titles start at the plot's left edge, right of the axis labels
TITLE_PAD_PT = 14.0  # from the plot's top edge to the title (one subtitle line between)
SUBTITLE_LINE_PT = 12.0  # each further subtitle line raises the title by this much

# A legend of 8-pt words (lengths on a 100-dpi canvas, heights in points, so they hold at
# every text size: the figure's dots per inch grow with it and its inches shrink)
LEGEND_FONT_PT = 8.0
LEGEND_CHAR_PX = 6.2  # mean advance of a character
LEGEND_KEY_PX = 27.0  # an entry's line or marker and the gap to its words (2.4 em)
LEGEND_COLUMN_GAP_PX = 13.0  # between two entries side by side (1.2 em)
LEGEND_ROW_PT = 17.0  # one row: the words and the room the legend keeps around them
LEGEND_NEXT_ROW_PT = 13.5  # each further row with the spacing between rows
LEGEND_TITLE_GAP_PT = 6.0  # between the legend's top and the title


def legend_columns(labels: Sequence[str], width_px: float) -> int:
    """How many entries go side by side in a legend that has ``width_px`` (all of them when
    they fit in one row, never fewer than one). matplotlib fills a legend's columns top to
    bottom, so a column is as wide as its longest entry."""
    room = width_px - AXIS_LABELS_PX
    for columns in range(len(labels), 1, -1):
        widths = [
            max(len(label) * LEGEND_CHAR_PX + LEGEND_KEY_PX for label in column)
            for column in _legend_columns(labels, columns)
        ]
        if sum(widths) + LEGEND_COLUMN_GAP_PX * (len(widths) - 1) <= room:
            return columns
    return 1


def _legend_columns(labels: Sequence[str], columns: int) -> list[Sequence[str]]:
    """The entries of each column as matplotlib lays them out: the first columns one entry
    longer when they do not share out evenly."""
    rows, longer = divmod(len(labels), columns)
    split, start = [], 0
    for index in range(columns):
        end = start + rows + (1 if index < longer else 0)
        split.append(labels[start:end])
        start = end
    return split


def legend_height_pt(entries: int, columns: int) -> float:
    """The height a legend of ``entries`` in ``columns`` takes over the plot, in points."""
    rows = math.ceil(entries / max(1, columns)) if entries else 0
    return LEGEND_ROW_PT + LEGEND_NEXT_ROW_PT * (rows - 1) if rows else 0.0


@dataclass(frozen=True)
class LegendRow:
    """A legend drawn in its own row between a chart's title and its plot: its entries'
    words, and ``draw(columns)``, which draws it (again) with that many entries side by side,
    anchored at the plot's top left edge."""

    labels: tuple[str, ...]
    draw: Callable[[int], None]


def narrowest_px(figure_width_in: float) -> int:
    """The least width (pixels) a chart designed ``figure_width_in`` wide is shown at: two
    half-width charts side by side still fit a 1024-px window."""
    return int(min(figure_width_in, 6.0) * NARROWEST_PX_PER_INCH)


def wrap_for_width(text: str, width_px: float, char_px: float) -> list[str]:
    """``text`` broken into lines that fit a chart ``width_px`` wide."""
    chars = max(18, int((width_px - AXIS_LABELS_PX) / char_px))
    return textwrap.wrap(text, width=chars) or [text]


def subtitle_lines(
    subtitle: str, figure_width_in: float, char_px: float = SUBTITLE_CHAR_PX
) -> list[str]:
    """``subtitle`` wrapped to the narrowest width its chart can be drawn at."""
    return wrap_for_width(subtitle, narrowest_px(figure_width_in), char_px)


@dataclass(frozen=True)
class _Heading:
    """The unwrapped words of one plot's heading and the artists that show them."""

    title: str
    subtitle: str
    colour: str
    subtitle_text: Text | None  # None: the subtitle is the plot's own (left) title
    designed_width_in: float
    legend: LegendRow | None = None  # drawn under the title (a chart with it has no subtitle)
    share: float = 1.0  # the part of the figure's width the plot has (panels side by side)
    size_pt: float = SUBTITLE_PT  # the subtitle's size


_HEADINGS: WeakKeyDictionary[Axes, _Heading] = WeakKeyDictionary()
_LEGEND_COLUMNS: WeakKeyDictionary[Axes, int] = WeakKeyDictionary()  # as last drawn


def chart_title(
    ax: Axes,
    colours: tuple[str, str],
    text: str,
    subtitle: str = "",
    *,
    legend: LegendRow | None = None,
) -> None:
    """A bold title over the plot with an optional muted subtitle, or a legend, under it,
    wrapped for the narrowest card; ``colours`` is (title, subtitle)."""
    if subtitle and legend is not None:
        raise ValueError("a chart's title has a subtitle or a legend under it, not both")
    width_in = _figure_width_in(ax)
    artist = None
    if subtitle:
        artist = ax.text(
            0.0, 1.01, "", transform=ax.transAxes, fontsize=8.5, color=colours[1],
            va="bottom", ha="left", linespacing=1.15,
        )  # fmt: skip
    heading = _Heading(text, subtitle, colours[0], artist, width_in, legend)
    _HEADINGS[ax] = heading
    _apply(ax, heading, narrowest_px(width_in))


def subtitle_as_title(
    ax: Axes, colour: str, subtitle: str, *, share: float = 1.0, size_pt: float = SUBTITLE_PT
) -> None:
    """A muted subtitle shown as the plot's left title (under a figure-wide title). A plot
    beside others has ``share`` of the figure's width, and its heading is wrapped for that,
    so two panels' headings never run into each other when the text is larger."""
    width_in = _figure_width_in(ax)
    heading = _Heading("", subtitle, colour, None, width_in, share=share, size_pt=size_pt)
    _HEADINGS[ax] = heading
    _apply(ax, heading, narrowest_px(width_in))


def fit_titles(figure: Figure) -> None:
    """Wrap every heading of ``figure`` again for the width it has now (a canvas sets the
    figure's size from its own), never tighter than its narrowest card allows."""
    width_px = float(figure.get_figwidth()) * DPI
    for ax in figure.axes:
        heading = _HEADINGS.get(ax)
        if heading is not None:
            _apply(ax, heading, max(width_px, narrowest_px(heading.designed_width_in)))


def _figure_width_in(ax: Axes) -> float:
    return float(ax.get_figure(root=True).get_figwidth())  # type: ignore[union-attr]


def _apply(ax: Axes, heading: _Heading, width_px: float) -> None:
    char_px = SUBTITLE_CHAR_PX * heading.size_pt / SUBTITLE_PT
    room = width_px * heading.share
    lines = wrap_for_width(heading.subtitle, room, char_px) if heading.subtitle else []
    if not heading.title:
        ax.set_title("\n".join(lines), loc="left", fontsize=heading.size_pt, color=heading.colour)
        return
    title = "\n".join(wrap_for_width(heading.title, width_px, TITLE_CHAR_PX))
    pad = TITLE_PAD_PT + SUBTITLE_LINE_PT * max(0, len(lines) - 1)  # over every subtitle line
    if heading.legend is not None:
        pad = _draw_legend(ax, heading.legend, width_px) + LEGEND_TITLE_GAP_PT
    ax.set_title(title, loc="left", fontsize=11, fontweight="bold", color=heading.colour, pad=pad)
    if heading.subtitle_text is not None:
        heading.subtitle_text.set_text("\n".join(lines))


def _draw_legend(ax: Axes, legend: LegendRow, width_px: float) -> float:
    """Draw ``legend`` with as many entries side by side as ``width_px`` holds (again only
    when that number changed); returns its height in points."""
    columns = legend_columns(legend.labels, width_px)
    if ax.get_legend() is None or _LEGEND_COLUMNS.get(ax) != columns:
        legend.draw(columns)
        _LEGEND_COLUMNS[ax] = columns
    return legend_height_pt(len(legend.labels), columns)
