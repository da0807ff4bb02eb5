"""A loading state: soft skeleton lines with a gentle shimmer and a short caption.

With motion reduced (``ui/motion.py``) the lines stay plain and still; the caption says the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QHideEvent,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QWidget

from neuroleaf_desktop.ui.motion import policy
from neuroleaf_desktop.ui.widgets.style import card_border, is_dark, muted_text


class LoadingState(QWidget):
    """Placeholder while data loads; the shimmer runs only while visible."""

    def __init__(
        self, caption: str = "Loading…", parent: QWidget | None = None, *, lines: int = 4
    ) -> None:
        super().__init__(parent)
        self.caption = caption
        self.lines = lines
        self._phase = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._tick)
        self.still = not policy().moves()
        policy().changed.connect(self._follow_motion)
        self.setAccessibleName(caption)
        self.setAccessibleDescription("Please wait")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        line = self.fontMetrics().height()
        return QSize(320, round(line * (2 + self.lines * 1.8)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self.still = not policy().moves()
        if not self.still:
            self._timer.start()
        super().showEvent(event)

    def _follow_motion(self) -> None:
        self.still = not policy().moves()
        if self.still:
            self._timer.stop()
        elif self.isVisible():
            self._timer.start()
        self.update()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        self._timer.stop()
        super().hideEvent(event)

    def _tick(self) -> None:
        self._phase = (self._phase + 0.04) % 1.4
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        dark = is_dark(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = float(self.fontMetrics().height())
        margin = line
        width = self.width() - 2 * margin
        base = card_border(dark)
        shine = base.lighter(115) if dark else base.lighter(106)
        y = margin
        widths = [0.45, 0.92, 0.85, 0.6, 0.78, 0.5]
        for i in range(self.lines):
            w = width * widths[i % len(widths)]
            h = line * (1.1 if i == 0 else 0.8)
            rect = QRectF(margin, y, w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            if self.still:  # no shine sweeping across: plain lines
                painter.setBrush(QBrush(base))
            else:
                grad = QLinearGradient(rect.left(), 0, rect.left() + width, 0)
                p = self._phase - 0.2
                grad.setColorAt(0.0, base)
                grad.setColorAt(max(0.0, min(1.0, p)), base)
                grad.setColorAt(max(0.0, min(1.0, p + 0.1)), shine)
                grad.setColorAt(max(0.0, min(1.0, p + 0.2)), base)
                grad.setColorAt(1.0, base)
                painter.setBrush(QBrush(grad))
            painter.drawRoundedRect(rect, h / 2, h / 2)
            y += line * 1.8
        painter.setPen(QPen(muted_text(dark)))
        painter.drawText(
            QRectF(margin, y, width, line * 1.5),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.caption,
        )
        painter.end()
