"""The settings dialog (Ctrl+,)."""

from neuroleaf_desktop.ui.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]
