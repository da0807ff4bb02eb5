"""Search the journal: words, meaning, or both."""

from neuroleaf_desktop.ui.search.panel import SearchPanel

__all__ = ["SearchPanel"]
