"""The Insights screen ("what helped last time?"). Importing it loads no model."""

from neuroleaf_desktop.ui.insights.screen import InsightsScreen

__all__ = ["InsightsScreen"]
