"""Search the journal: words, meaning, or both (issue #4)."""

from neuroleaf_desktop.ui.search.panel import SearchPanel

__all__ = ["SearchPanel"]
