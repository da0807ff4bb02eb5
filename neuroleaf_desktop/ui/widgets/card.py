"""A rounded card: the calm container every screen is built from."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from neuroleaf_desktop.ui.widgets.style import scaled_font


class Card(QFrame):
    """A rounded, softly bordered panel with an optional title; add content to ``body``."""

    def __init__(self, title: str = "", parent: QWidget | None = None, *, padding: int = 16):
        super().__init__(parent)
        self.setObjectName("Card")
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(padding, padding, padding, padding)
        self.body.setSpacing(10)
        self.title_label: QLabel | None = None
        if title:
            self.title_label = QLabel(title, self)
            self.title_label.setFont(scaled_font(self, 1.15, bold=True))
            self.title_label.setAccessibleName(title)
            self.body.addWidget(self.title_label)
        self.setAccessibleName(title or "Card")

    def set_title(self, title: str) -> None:
        if self.title_label is not None:
            self.title_label.setText(title)
            self.title_label.setAccessibleName(title)
        self.setAccessibleName(title)
