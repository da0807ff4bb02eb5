"""The mood check-in dialog."""

from neuroleaf_desktop.ui.mood.dialog import MoodCheckInDialog

__all__ = ["MoodCheckInDialog"]
