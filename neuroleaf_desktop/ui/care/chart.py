"""A small line chart of questionnaire totals over time, on softly shaded severity bands.
Painted with QPainter (no matplotlib: start-up stays light)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from neuroleaf_desktop.domain.questionnaires import Instrument
from neuroleaf_desktop.services.questionnaire_text import history_text
from neuroleaf_desktop.ui.theme import palette_for
from neuroleaf_desktop.ui.widgets.style import is_dark, mood_color, scaled_font


class QuestionnaireChart(QWidget):
    """``set_points([(taken_at, total), ...])``; bands and scale come from the instrument."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.points: list[tuple[datetime, int]] = []
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"{instrument.name} scores over time")
        self._describe()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(360, 170)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(220, 150)

    def set_points(self, points: Sequence[tuple[datetime, int]], text: str = "") -> None:
        """The results to draw, and the same results in words (``services/questionnaire_text``
        ``history_text``, built on the worker with them; built here when not given)."""
        self.points = sorted(points)
        self._describe(text)
        self.update()

    def _describe(self, text: str = "") -> None:
        """What the chart draws, in words: its accessible description (every result, oldest
        first) and, shorter, its tooltip (the last line: the latest result)."""
        self.text = text or history_text(self.instrument, self.points)
        self.setAccessibleDescription(self.text)
        self.setToolTip(self.text.splitlines()[-1])

    # ---- painting -------------------------------------------------------------------------
    def _band_colour(self, index: int, dark: bool) -> QColor:
        count = len(self.instrument.bands)
        mood = 10 - 9 * index / max(1, count - 1)  # minimal = calm green, severe = soft red
        colour = mood_color(mood, dark)
        colour.setAlphaF(0.28 if dark else 0.22)
        return colour

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        dark = is_dark(self)
        pal = palette_for("dark" if dark else "light")
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = scaled_font(self, 0.85)
        painter.setFont(small)
        metrics = painter.fontMetrics()
        left = metrics.horizontalAdvance("27") + 10
        bottom = metrics.height() + 6
        plot = QRectF(left, 6, self.width() - left - 8, self.height() - bottom - 10)
        top_value = self.instrument.max_total

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / top_value

        # bands, lightest at the bottom
        for index, band in enumerate(self.instrument.bands):
            low = band.low if index == 0 else band.low - 0.5
            high = band.high if index == len(self.instrument.bands) - 1 else band.high + 0.5
            rect = QRectF(plot.left(), y_of(high), plot.width(), y_of(low) - y_of(high))
            painter.fillRect(rect, self._band_colour(index, dark))
        painter.setPen(QPen(QColor(pal.border), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(plot, 4, 4)

        # y labels at the band edges
        painter.setPen(QColor(pal.muted))
        for value in sorted({0, top_value, *(b.low for b in self.instrument.bands[1:])}):
            y = y_of(value)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )

        if not self.points:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "No results yet")
            painter.end()
            return

        first, last = self.points[0][0], self.points[-1][0]
        span = (last - first).total_seconds()

        def x_of(when: datetime, index: int) -> float:
            inner = plot.adjusted(14, 0, -14, 0)
            if len(self.points) == 1:
                return inner.center().x()
            if span <= 0:
                return inner.left() + inner.width() * index / (len(self.points) - 1)
            return inner.left() + inner.width() * (when - first).total_seconds() / span

        positions = [
            QPointF(x_of(when, i), y_of(total)) for i, (when, total) in enumerate(self.points)
        ]
        accent = QColor(pal.accent)
        if len(positions) > 1:
            path = QPainterPath(positions[0])
            for point in positions[1:]:
                path.lineTo(point)
            painter.setPen(QPen(accent, 2.2))
            painter.drawPath(path)
        painter.setPen(QPen(QColor(pal.surface), 2))
        painter.setBrush(accent)
        for point in positions:
            painter.drawEllipse(point, 4.5, 4.5)

        # x labels: first and last date
        painter.setPen(QColor(pal.muted))
        label_y = plot.bottom() + 4
        painter.drawText(
            QRectF(plot.left(), label_y, plot.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            f"{first:%d %b}",
        )
        if len(self.points) > 1:
            painter.drawText(
                QRectF(plot.left(), label_y, plot.width(), metrics.height()),
                Qt.AlignmentFlag.AlignRight,
                f"{last:%d %b}",
            )
        painter.end()
