"""Chart colours for the light and dark themes, as plain dicts (hex strings).

The values follow ``ui/theme.py``'s palettes (copied, because this package must not import
Qt); the dashboard screen may override any key from the live palette.
"""

from __future__ import annotations

from typing import TypedDict


class ChartTheme(TypedDict):
    name: str
    background: str  # figure and axes face (the card surface)
    text: str
    muted: str  # tick labels, secondary text
    grid: str
    accent: str  # the rolling mean, positive effects
    accent_soft: str  # daily means
    points: str  # individual check-ins
    entries: str  # journal-entry markers
    negative: str  # harmful effects
    heat: tuple[str, str, str]  # heatmap colour ramp: none → some → most
    cloud: tuple[str, ...]  # keyword-cloud colours, heaviest words first


LIGHT: ChartTheme = {
    "name": "light",
    "background": "#FFFFFF",
    "text": "#1E2823",
    "muted": "#56625B",
    "grid": "#E3E7E1",
    "accent": "#2E7D57",
    "accent_soft": "#8DBFA3",
    "points": "#7C8A82",
    "entries": "#9A6A00",
    "negative": "#A8312A",
    "heat": ("#F3F5F1", "#9CCDB0", "#1F5E40"),
    "cloud": ("#A8312A", "#9A6A00", "#2E7D57", "#3D6B8E", "#56625B"),
}

DARK: ChartTheme = {
    "name": "dark",
    "background": "#1D2320",
    "text": "#E4EAE5",
    "muted": "#A2ADA6",
    "grid": "#2E3732",
    "accent": "#6CC79A",
    "accent_soft": "#4F9A72",
    "points": "#7F8B84",
    "entries": "#E8C168",
    "negative": "#F2A7A0",
    "heat": ("#232A26", "#3F7A5C", "#9BE0BC"),
    "cloud": ("#F2A7A0", "#E8C168", "#6CC79A", "#8FB8DE", "#A2ADA6"),
}


def chart_theme(dark: bool, **overrides: str) -> ChartTheme:
    """The light or dark chart theme, with string keys replaced by ``overrides``."""
    theme: ChartTheme = dict(DARK if dark else LIGHT)  # type: ignore[assignment]
    for key, value in overrides.items():
        if key not in theme or key in ("heat", "cloud"):
            raise KeyError(f"unknown chart colour {key!r}")
        theme[key] = value  # type: ignore[literal-required]
    return theme
