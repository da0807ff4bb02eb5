"""One way to ask before a change that touches stored data: Yes or Cancel, Cancel the default,
so Enter pressed out of habit never deletes or rewrites anything."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes(parent: QWidget, title: str, text: str) -> bool:
    """True only when the person chose Yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
