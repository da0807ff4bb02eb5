"""Keys pressed as a keyboard presses them, for the keyboard-access tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed and let go as a keyboard does it: the press goes to the widget in focus,
    the release to the one in focus by then (QTest's keyClick sends both to one widget)."""
    pressed = focused()
    assert pressed is not None
    QTest.keyPress(pressed, key, modifier)
    released = focused()
    if released is not None:
        QTest.keyRelease(released, key, modifier)
