"""The journal screen."""

from neuroleaf_desktop.ui.journal.screen import JournalScreen

__all__ = ["JournalScreen"]
