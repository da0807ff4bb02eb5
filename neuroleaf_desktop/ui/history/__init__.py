"""The history screen: the year in pixels and the day view."""

from neuroleaf_desktop.ui.history.screen import HistoryScreen

__all__ = ["HistoryScreen"]
