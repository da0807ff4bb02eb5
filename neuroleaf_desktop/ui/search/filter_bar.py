"""The search panel's filters on one row: when, the day's mood (lowest to highest), a tag,
written or spoken, and "Starred only".

Combo boxes rather than spin boxes: the theme draws spin arrows poorly, and a list of ten
numbers is as quick with the keyboard. "Starred only" is a yes or no, so it is a toggle chip,
like the Journal's own Starred filter. The bar only holds the choices and says when one
changed (:attr:`SearchFilterBar.changed`); the panel decides when to search again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from neuroleaf_desktop.domain.filters import SearchFilters
from neuroleaf_desktop.domain.models import EntrySource
from neuroleaf_desktop.ui.widgets.chips import ToggleChip
from neuroleaf_desktop.ui.widgets.reflow_row import ReflowRow

DATE_RANGES: tuple[tuple[str, int | None], ...] = (
    ("Any time", None),
    ("Last 30 days", 30),
    ("Last year", 365),
)
SOURCES: tuple[tuple[str, EntrySource | None], ...] = (
    ("Text or voice", None),
    ("Written", EntrySource.TEXT),
    ("Voice", EntrySource.VOICE),
)


class SearchFilterBar(QWidget):
    """``SearchFilterBar(parent)``; :meth:`filters` reads the choices as a SearchFilters."""

    changed = Signal()  # a choice changed (not emitted when the tag list is merely refilled)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        first, second = QWidget(self), QWidget(self)
        row = QHBoxLayout(first)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        more = QHBoxLayout(second)
        more.setContentsMargins(0, 0, 0, 0)
        more.setSpacing(8)
        self.date_combo = QComboBox(self)
        self.date_combo.setAccessibleName("When")
        for label, days in DATE_RANGES:
            self.date_combo.addItem(label, days)
        self.mood_min = QComboBox(self)
        self.mood_max = QComboBox(self)
        for combo, value, name in ((self.mood_min, 1, "lowest"), (self.mood_max, 10, "highest")):
            for mood in range(1, 11):
                combo.addItem(str(mood), mood)
            combo.setCurrentIndex(value - 1)
            combo.setAccessibleName(f"Mood, {name}")
            combo.setToolTip("Mood that day (from your check-ins), 1–10")
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName("Tag")
        self.tag_combo.addItem("Any tag", "")
        self.tag_combo.setMinimumContentsLength(10)
        self.source_combo = QComboBox(self)
        self.source_combo.setAccessibleName("Written or spoken")
        for label, source in SOURCES:  # Qt keeps a StrEnum as a plain str: store the value
            self.source_combo.addItem(label, source.value if source else "")
        self.starred_chip = ToggleChip("☆ Starred only", self)
        self.starred_chip.setAccessibleName("Starred only")
        self.starred_chip.setToolTip("Search only the entries you starred (☆ or Ctrl+D)")
        self.starred_chip.toggled.connect(self._starred_toggled)
        mood_label = QLabel("Mood", self)
        mood_label.setProperty("role", "muted")
        dash = QLabel("–", self)
        dash.setProperty("role", "muted")
        row.addWidget(self.date_combo)
        row.addSpacing(6)
        row.addWidget(mood_label)
        row.addWidget(self.mood_min)
        row.addWidget(dash)
        row.addWidget(self.mood_max)
        more.addWidget(self.tag_combo)
        more.addWidget(self.source_combo)
        more.addWidget(self.starred_chip)
        # the second half goes under the first when the line is too narrow (large text)
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(ReflowRow(first, second, self, spacing=14, apart=False))
        for combo in (self.date_combo, self.tag_combo, self.source_combo):
            combo.currentIndexChanged.connect(self._emit_changed)
        self.mood_min.currentIndexChanged.connect(self._mood_changed)
        self.mood_max.currentIndexChanged.connect(self._mood_changed)

    def widgets(self) -> list[QWidget]:
        """The controls in Tab order."""
        return [
            self.date_combo,
            self.mood_min,
            self.mood_max,
            self.tag_combo,
            self.source_combo,
            self.starred_chip,
        ]

    def filters(self, now: datetime) -> SearchFilters:
        """The filters as chosen; "Last 30 days" counts back from ``now``."""
        days = self.date_combo.currentData()
        since = now - timedelta(days=int(days)) if days else None
        low, high = self.mood_value(self.mood_min), self.mood_value(self.mood_max)
        tag = str(self.tag_combo.currentData() or "")
        source = str(self.source_combo.currentData() or "")
        return SearchFilters(
            since=since,
            mood_min=float(low) if low > 1 else None,
            mood_max=float(high) if high < 10 else None,
            tags=(tag,) if tag else (),
            source=EntrySource(source) if source else None,
            starred=self.starred_chip.isChecked(),
        )

    @staticmethod
    def mood_value(combo: QComboBox) -> int:
        return int(combo.currentData() or 1)

    def set_mood_range(self, low: int, high: int) -> None:
        self.mood_min.setCurrentIndex(low - 1)
        self.mood_max.setCurrentIndex(high - 1)

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        """Refill the tag list (tag, count), keeping the chosen tag; when it is gone, "Any
        tag" is chosen and :attr:`changed` says so."""
        current = str(self.tag_combo.currentData() or "")
        self.tag_combo.blockSignals(True)
        try:
            self.tag_combo.clear()
            self.tag_combo.addItem("Any tag", "")
            for tag, _count in tags:
                self.tag_combo.addItem(f"#{tag}", tag)
            index = self.tag_combo.findData(current)
            self.tag_combo.setCurrentIndex(max(index, 0))
        finally:
            self.tag_combo.blockSignals(False)
        if current and self.tag_combo.findData(current) < 0:
            self.changed.emit()

    def _starred_toggled(self, on: bool) -> None:
        self.starred_chip.setText("★ Starred only" if on else "☆ Starred only")
        self.changed.emit()

    def _emit_changed(self, _index: int = 0) -> None:
        self.changed.emit()

    def _mood_changed(self, _index: int) -> None:
        sender = self.sender()
        low, high = self.mood_value(self.mood_min), self.mood_value(self.mood_max)
        if low > high:  # keep the range sensible: move the other end along
            other = self.mood_max if sender is self.mood_min else self.mood_min
            other.blockSignals(True)
            other.setCurrentIndex((low if other is self.mood_max else high) - 1)
            other.blockSignals(False)
        self.changed.emit()
