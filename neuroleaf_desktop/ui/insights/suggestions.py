"""A row of questions this journal can answer ("Try: What helps when I sleep badly?"), under
the question box; clicking one (or Enter / Space on it) asks it.

The questions come from ``services/insight_suggestions`` (built on the worker, each checked to
have evidence); this widget only shows them. They can name the person's own activities, so
:meth:`SuggestionChips.clear` drops them on lock. Hidden while there is nothing to offer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from neuroleaf_desktop.services.insight_suggestions import Suggestion
from neuroleaf_desktop.ui.widgets.flow_layout import FlowLayout


class SuggestionChips(QWidget):
    """``SuggestionChips(parent)``; :attr:`chosen` carries the question clicked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Questions you could ask")
        self._layout = FlowLayout(self, spacing=6)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel("Try:", self)
        self._label.setProperty("role", "muted")
        self._label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self._label)
        self.buttons: list[QPushButton] = []
        self.hide()

    def set_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        self._drop_buttons()
        for suggestion in suggestions:
            button = QPushButton(suggestion.question, self)
            button.setProperty("chip", True)
            button.setAutoDefault(False)
            button.setAccessibleName(f"Ask: {suggestion.question}")
            button.clicked.connect(
                lambda _checked=False, q=suggestion.question: self.chosen.emit(q)
            )
            self._layout.addWidget(button)
            self.buttons.append(button)
        if self.buttons:  # "Try:" sits level with the chips' text, not at their top edge
            self._label.setFixedHeight(self.buttons[0].sizeHint().height())
        self.setVisible(bool(self.buttons))

    def questions(self) -> list[str]:
        return [button.text() for button in self.buttons]

    def clear(self) -> None:
        self._drop_buttons()
        self.hide()

    def _drop_buttons(self) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
