"""The dashboard screen. Importing it does not import matplotlib."""

from neuroleaf_desktop.ui.dashboard.screen import DashboardScreen

__all__ = ["DashboardScreen"]
