"""The safety plan's two pages on the card, the plan as read and as edited, one shown at a time.

Not a QStackedWidget: a stack is as tall as its tallest page for a given width (its layout's
height-for-width asks every page, hidden or not), which left a short plan over an empty space
the size of the editors. Here the hidden page is out of the layout's sums. It keeps the stack's
names (``addWidget``, ``currentIndex``, ``setCurrentIndex``, ``currentChanged``) for its callers.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PlanPages(QWidget):
    """Pages in a column, only the current one shown (and so the only one measured)."""

    currentChanged = Signal(int)  # noqa: N815 (QStackedWidget's name, kept for callers)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 (QStackedWidget's name)
        self._pages.append(page)
        self._layout.addWidget(page)
        if self._current < 0:
            self._current = 0
        page.setVisible(len(self._pages) - 1 == self._current)
        return len(self._pages) - 1

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def currentIndex(self) -> int:  # noqa: N802 (QStackedWidget's name)
        return self._current

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (QStackedWidget's name)
        return self.widget(self._current)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 (QStackedWidget's name)
        if index == self._current or not 0 <= index < len(self._pages):
            return
        self._current = index
        for position, page in enumerate(self._pages):
            page.setVisible(position == index)
        self.currentChanged.emit(index)
