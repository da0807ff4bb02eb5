"""A 1–10 (or 1–5) rating selector, painted as a row of rounded steps.

One focus stop. Keyboard: digits pick a value (1–9, and 0 for 10 on a ten-point scale),
Left/Right or Up/Down step, Home/End jump, Delete/Backspace clears (when the value is optional).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from neuroleaf_desktop.ui.widgets.style import accent, card_border, is_dark, muted_text, on_accent


class RatingSelector(QWidget):
    value_changed = Signal(object)  # int | None

    def __init__(
        self,
        minimum: int = 1,
        maximum: int = 10,
        parent: QWidget | None = None,
        *,
        value: int | None = None,
        accessible_name: str = "Rating",
        low_label: str = "",
        high_label: str = "",
        color_for: Callable[[int, bool], QColor] | None = None,
    ) -> None:
        super().__init__(parent)
        self.minimum, self.maximum = minimum, maximum
        self._value: int | None = None
        self.low_label, self.high_label = low_label, high_label
        self._color_for = color_for
        self._hover: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._name = accessible_name
        self.setAccessibleName(accessible_name)
        self.set_value(value)

    # ---- API ------------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None:
            value = max(self.minimum, min(self.maximum, int(value)))
        changed = value != self._value
        self._value = value
        shown = "not set" if value is None else f"{value} of {self.maximum}"
        self.setAccessibleDescription(f"{self._name}: {shown}. Type a number or use arrows.")
        self.setToolTip(f"{self._name}: {shown}")
        self.update()
        if changed:
            self.value_changed.emit(value)

    # ---- geometry -------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return self.maximum - self.minimum + 1

    def _cell(self) -> float:
        return max(26.0, self.fontMetrics().height() * 1.9)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        cell = self._cell()
        gap = cell * 0.18
        width = self.count * cell + (self.count - 1) * gap + 4
        return QSize(round(width), round(cell + self._label_height() + 4))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        cell = 24
        return QSize(self.count * (cell + 3), round(cell + self._label_height() + 4))

    def _label_height(self) -> float:
        return self.fontMetrics().height() + 2 if (self.low_label or self.high_label) else 0.0

    def _rects(self) -> list[QRectF]:
        gap = 6.0
        height = min(self._cell(), self.height() - self._label_height() - 4)
        width = (self.width() - 4 - gap * (self.count - 1)) / self.count
        width = min(width, height * 1.6)
        return [QRectF(2 + i * (width + gap), 2, width, height) for i in range(self.count)]

    def _value_at(self, pos: QPointF) -> int | None:
        for i, rect in enumerate(self._rects()):
            if rect.adjusted(-3, -3, 3, 3).contains(pos):
                return self.minimum + i
        return None

    # ---- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        dark = is_dark(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().windowText().color()
        rects = self._rects()
        for i, rect in enumerate(rects):
            number = self.minimum + i
            selected = self._value == number
            if selected:
                fill = self._color_for(number, dark) if self._color_for else accent(dark)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(fill))
                fg = on_accent(dark) if self._color_for is None else QColor("#1b1b1b")
            else:
                base = self.palette().base().color()
                painter.setBrush(QBrush(base))
                border = accent(dark) if self._hover == number else card_border(dark)
                painter.setPen(QPen(border, 1.2))
                fg = text_color
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
            painter.setPen(QPen(fg))
            font = self.font()
            font.setBold(selected)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))
        if self.hasFocus() and rects:
            focus = rects[(self._value or self.minimum) - self.minimum]
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(accent(dark), 2))
            painter.drawRoundedRect(focus.adjusted(-2, -2, 2, 2), 9, 9)
        if (self.low_label or self.high_label) and rects:
            painter.setPen(QPen(muted_text(dark)))
            painter.setFont(self.font())
            y = rects[0].bottom() + 2
            h = self._label_height()
            row = QRectF(rects[0].left(), y, rects[-1].right() - rects[0].left(), h)
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft, self.low_label)
            painter.drawText(row, Qt.AlignmentFlag.AlignRight, self.high_label)
        painter.end()

    # ---- input ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if text.isdigit() and len(text) == 1 and mods == Qt.KeyboardModifier.NoModifier:
            digit = int(text)
            if digit == 0 and self.maximum == 10:
                digit = 10
            if self.minimum <= digit <= self.maximum:
                self.set_value(digit)
                event.accept()
                return
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.set_value(self.minimum if current is None else current + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.set_value(self.minimum if current is None else current - 1)
        elif key == Qt.Key.Key_Home:
            self.set_value(self.minimum)
        elif key == Qt.Key.Key_End:
            self.set_value(self.maximum)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        number = self._value_at(event.position())
        if number is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_value(number)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        hover = self._value_at(event.position())
        if hover != self._hover:
            self._hover = hover
            self.update()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        self._hover = None
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self.update()
        super().focusOutEvent(event)
