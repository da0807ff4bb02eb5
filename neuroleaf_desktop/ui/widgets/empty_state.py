"""An empty state that helps: a symbol, what is missing, what to do, and a button to do it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from neuroleaf_desktop.ui.widgets.style import scaled_font


class EmptyState(QWidget):
    def __init__(
        self,
        title: str,
        hint: str = "",
        *,
        icon: str = "✎",
        action_text: str = "",
        on_action: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 32, 24, 32)
        layout.setSpacing(8)
        layout.addStretch(1)
        self.icon_label = QLabel(icon, self)
        self.icon_label.setFont(scaled_font(self, 2.6))
        self.icon_label.setProperty("role", "muted")
        self.title_label = QLabel(title, self)
        self.title_label.setFont(scaled_font(self, 1.25, bold=True))
        self.hint_label = QLabel(hint, self)
        self.hint_label.setProperty("role", "muted")
        self.hint_label.setVisible(bool(hint))
        for label in (self.icon_label, self.title_label, self.hint_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.icon_label.setAccessibleName("")
        self.action_button = QPushButton(action_text, self)
        self.action_button.setProperty("role", "primary")
        self.action_button.setAccessibleName(action_text)
        self.action_button.setVisible(bool(action_text))
        if on_action is not None:
            self.action_button.clicked.connect(on_action)
        layout.addSpacing(8)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setAccessibleName(title)
        self.setAccessibleDescription(hint)
