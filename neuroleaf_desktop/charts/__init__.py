"""Dashboard figures: pure functions from plain data + a theme dict to a matplotlib Figure.

No Qt, no pyplot (no global state): each builder makes its own ``matplotlib.figure.Figure``.
matplotlib is imported inside the builders, so importing this package costs nothing at app
start-up; the dashboard screen imports it when it is first shown.
"""

from neuroleaf_desktop.charts.theme import DARK, LIGHT, ChartTheme, chart_theme

__all__ = ["DARK", "LIGHT", "ChartTheme", "chart_theme"]
