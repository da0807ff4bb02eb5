"""Chart titles and subtitles, wrapped to the width a chart is shown at.

A figure is built at its designed size on a worker, before anyone knows how wide its card
will be, so its title and subtitle are first wrapped for the narrowest card it can be shown in:
they never run off the card's right edge. When a canvas learns its real width it calls
``fit_titles``, which wraps the same words again for that width, so a half-width card in the
default window does not break a short title over two lines with half the card empty beside it.
Only the line breaks change, never the words.
"""

from __future__ import annotations

import textwrap
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
SUBTITLE_CHAR_PX = 6.6  # mean advance of a character at 8.5 pt on a 100-dpi canvas
TITLE_CHAR_PX = 8.4  # the same for the 11-pt bold title
AXIS_LABELS_PX = 64  # titles start at the plot's left edge, right of the axis labels


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


_HEADINGS: WeakKeyDictionary[Axes, _Heading] = WeakKeyDictionary()


def chart_title(ax: Axes, colours: tuple[str, str], text: str, subtitle: str = "") -> None:
    """A bold title over the plot with an optional muted subtitle under it, wrapped for the
    narrowest card; ``colours`` is (title, subtitle)."""
    width_in = _figure_width_in(ax)
    artist = None
    if subtitle:
        artist = ax.text(
            0.0, 1.01, "", transform=ax.transAxes, fontsize=8.5, color=colours[1],
            va="bottom", ha="left", linespacing=1.15,
        )  # fmt: skip
    heading = _Heading(text, subtitle, colours[0], artist, width_in)
    _HEADINGS[ax] = heading
    _apply(ax, heading, narrowest_px(width_in))


def subtitle_as_title(ax: Axes, colour: str, subtitle: str) -> None:
    """A muted subtitle shown as the plot's left title (under a figure-wide title)."""
    width_in = _figure_width_in(ax)
    heading = _Heading("", subtitle, colour, None, width_in)
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
    lines = wrap_for_width(heading.subtitle, width_px, SUBTITLE_CHAR_PX) if heading.subtitle else []
    if not heading.title:
        ax.set_title("\n".join(lines), loc="left", fontsize=8.5, color=heading.colour)
        return
    title = "\n".join(wrap_for_width(heading.title, width_px, TITLE_CHAR_PX))
    pad = 14 + 12 * max(0, len(lines) - 1)  # the title sits above every subtitle line
    ax.set_title(title, loc="left", fontsize=11, fontweight="bold", color=heading.colour, pad=pad)
    if heading.subtitle_text is not None:
        heading.subtitle_text.set_text("\n".join(lines))
