"""Tags as removable chips plus a line edit with completion over the tags already used.

Keyboard: type and press Enter (or comma) to add; Backspace in the empty field removes the last
chip; Tab moves on. Each chip's × button removes it (also reachable with Tab + Space).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QPushButton, QSizePolicy, QWidget

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.ui.widgets.flow_layout import FlowLayout
from neuroleaf_desktop.ui.widgets.style import fit_to_font


class TagChip(QPushButton):
    remove_requested = Signal(str)

    def __init__(self, tag: str, parent: QWidget | None = None) -> None:
        super().__init__(f"#{tag}  ✕", parent)
        self.tag = tag
        self.setProperty("chip", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"Tag {tag}")
        self.setAccessibleDescription("Press to remove this tag")
        self.setToolTip("Remove tag")
        self.clicked.connect(lambda: self.remove_requested.emit(self.tag))


class TagEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._chips: dict[str, TagChip] = {}
        self._layout = FlowLayout(self, spacing=6)
        self.input = QLineEdit(self)
        self.input.setPlaceholderText("Add a tag…")
        self.input.setAccessibleName("Add a tag")
        self.input.setAccessibleDescription(
            "Type a tag and press Enter. Backspace in an empty field removes the last tag."
        )
        field = self.input
        fit_to_font(
            field,
            lambda: field.setMinimumWidth(field.fontMetrics().horizontalAdvance("Add a tag…") + 40),
        )
        self.input.setFrame(False)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated.connect(self._completed)
        self.input.setCompleter(self.completer)
        self.input.returnPressed.connect(self.commit_input)
        self.input.installEventFilter(self)
        self._layout.addWidget(self.input)
        self.setFocusProxy(self.input)
        self.setAccessibleName("Tags")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # ---- API ------------------------------------------------------------------------------
    def tags(self) -> tuple[str, ...]:
        return tuple(self._tags)

    def set_tags(self, tags: Iterable[str]) -> None:
        for chip in self._chips.values():
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._chips.clear()
        self._tags = []
        for tag in tags:
            self._add(tag, emit=False)
        self.input.clear()

    def set_suggestions(self, tags: Iterable[str]) -> None:
        self._model.setStringList(sorted(set(tags)))

    def suggestions(self) -> list[str]:
        return list(self._model.stringList())

    def add_tag(self, text: str) -> bool:
        return self._add(text, emit=True)

    def remove_tag(self, tag: str) -> None:
        chip = self._chips.pop(tag, None)
        if chip is None:
            return
        self._tags.remove(tag)
        self._layout.removeWidget(chip)
        chip.deleteLater()
        self.updateGeometry()
        self.input.setFocus()
        self.changed.emit()

    def commit_input(self) -> None:
        """Turn whatever is typed into tags (Enter, comma, or leaving the field)."""
        text = self.input.text()
        if not text.strip():
            return
        for part in text.replace(",", " ").split():
            self._add(part, emit=True)
        self.input.clear()

    # ---- internals ------------------------------------------------------------------------
    def _add(self, text: str, *, emit: bool) -> bool:
        try:
            tag = v.clean_label(text, what="tag")
        except ValidationError:
            return False
        if tag in self._chips:
            return False
        chip = TagChip(tag, self)
        chip.remove_requested.connect(self.remove_tag)
        self._tags.append(tag)
        self._chips[tag] = chip
        # keep the line edit last
        self._layout.removeWidget(self.input)
        self._layout.addWidget(chip)
        self._layout.addWidget(self.input)
        self._fix_tab_order()
        self.updateGeometry()
        if emit:
            self.changed.emit()
        return True

    def _fix_tab_order(self) -> None:
        widgets: list[QWidget] = [*self._chips.values(), self.input]
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def _completed(self, text: str) -> None:
        self.input.setText(text)
        self.commit_input()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.input:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() == Qt.Key.Key_Backspace and not self.input.text() and self._tags:
                    self.remove_tag(self._tags[-1])
                    return True
                if event.text() == ",":
                    self.commit_input()
                    return True
            elif (
                event.type() == QEvent.Type.FocusOut
                and isinstance(event, QFocusEvent)
                and event.reason() != Qt.FocusReason.PopupFocusReason
            ):
                self.commit_input()
        return False

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._layout.heightForWidth(width)
