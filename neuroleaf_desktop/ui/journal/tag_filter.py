"""The journal's tag filter: the entries with one tag, newest first, instead of the days.

Opened from the tag manager ("Show entries"); "All entries" goes back to the days, and
"# Tags" opens the manager again (a person looking at one tag often came to rename it). A view of
what the store shows (the screen fetches the tag's entries of pages not read yet first), so
an entry saved, retagged or deleted meanwhile is listed as it is.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.ui.widgets import Card, EmptyState


class TagFilterPage(Card):
    """``TagFilterPage(list_view, parent)``: ``show(tag, rows_filled)``; emits ``cleared``
    and ``manage_requested``."""

    cleared = Signal()
    manage_requested = Signal()  # "# Tags": the tag manager

    def __init__(self, entry_list: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__("Tag", parent, padding=10)
        self.tag = ""
        row = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)
        self.clear_button = QPushButton("All entries", self)
        self.clear_button.setProperty("chip", True)
        self.clear_button.setAccessibleName("Show all entries by day")
        self.clear_button.setToolTip("Leave the tag filter: every entry, by day")
        self.clear_button.clicked.connect(self.cleared)
        self.manage_button = QPushButton("# Tags", self)
        self.manage_button.setProperty("chip", True)
        self.manage_button.setAccessibleName("Manage tags")
        self.manage_button.setToolTip("Rename, merge or remove tags across the journal")
        self.manage_button.clicked.connect(self.manage_requested)
        row.addWidget(self.summary, 1)
        row.addWidget(self.manage_button)
        row.addWidget(self.clear_button)
        self.body.addLayout(row)
        self.stack = QStackedWidget(self)
        self.entry_list = entry_list
        entry_list.setParent(self.stack)
        self.empty = EmptyState(
            "No entries with this tag",
            "It may have been renamed or removed. Manage tags lists every tag.",
            icon="#",
            parent=self.stack,
        )
        self.stack.addWidget(entry_list)
        self.stack.addWidget(self.empty)
        self.body.addWidget(self.stack)

    def show_entries(self, tag: str, count: int) -> None:
        """Title and summary for ``tag`` with ``count`` entries listed."""
        self.tag = tag
        self.set_title(f"#{tag}")
        self.summary.setText(f"{plural(count, 'entry')} with this tag" if count else "")
        self.entry_list.setAccessibleName(f"Entries with the tag {tag}")
        self.stack.setCurrentWidget(self.entry_list if count else self.empty)


def tagged_newest_first(entries: list[JournalEntry], tag: str) -> list[JournalEntry]:
    """The entries holding ``tag``, newest first (as the days list them)."""
    held = [e for e in entries if tag in e.tags]
    return sorted(held, key=lambda e: e.created_at, reverse=True)
