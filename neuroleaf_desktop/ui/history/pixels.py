"""The "year in pixels" calendar: 12 months × 31 days, each day coloured by its mean mood.

Painted in one ``paintEvent`` (372 rounded squares), so it stays instant with ten years of
data: the screen hands it one year's ``{date: mean mood}`` at a time.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from neuroleaf_desktop.ui.widgets.style import accent, is_dark, mood_color, muted_text

MONTHS = [calendar.month_abbr[m] for m in range(1, 13)]
_CONTROL = Qt.KeyboardModifier.ControlModifier


def same_day_in_year(day: date, year: int) -> date:
    """``day``'s month and day in ``year``; 29 February becomes the 28th in a common year."""
    last = calendar.monthrange(year, day.month)[1]
    return date(year, day.month, min(day.day, last))


def _month_or_year_end(day: date, end: bool, whole_year: bool) -> date:
    """Home and End: the first or last day of the month, or with Control of the year."""
    if whole_year:
        return date(day.year, 12, 31) if end else date(day.year, 1, 1)
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=last if end else 1)


class YearPixels(QWidget):
    day_activated = Signal(object)  # datetime.date
    # A day the keyboard walked to outside the shown year (Page Up/Down, or Left/Right across
    # New Year): the screen decides whether that year exists and shows it.
    other_year_requested = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = date.today().year
        self.today = date.today()
        self._means: dict[date, float] = {}
        self._entry_days: set[date] = set()
        self._selected: date | None = None
        self._hover: date | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._describe()

    # ---- data -----------------------------------------------------------------------------
    def set_year(self, year: int, today: date | None = None) -> None:
        self.year = year
        if today is not None:
            self.today = today
        if self._selected is not None and self._selected.year != year:
            self._selected = None
        self._describe()
        self.update()

    def set_data(self, means: dict[date, float], entry_days: set[date] | None = None) -> None:
        self._means = dict(means)
        self._entry_days = set(entry_days or ())
        self._describe()
        self.update()

    def mean_for(self, day: date) -> float | None:
        return self._means.get(day)

    def color_for_day(self, day: date) -> QColor:
        return mood_color(self._means.get(day), is_dark(self))

    @property
    def selected(self) -> date | None:
        return self._selected

    def select(self, day: date | None, *, activate: bool = False) -> None:
        if day is not None and day.year != self.year:
            return
        self._selected = day
        self._describe()
        self.update()
        if activate and day is not None:
            self.day_activated.emit(day)

    # ---- geometry -------------------------------------------------------------------------
    def _margins(self) -> tuple[float, float]:
        fm = self.fontMetrics()
        left = max(fm.horizontalAdvance(m) for m in MONTHS) + 12.0
        top = fm.height() + 6.0
        return left, top

    def _cell(self) -> tuple[float, float]:
        """(pitch, size) of one day square."""
        left, top = self._margins()
        pitch = min((self.width() - left - 2) / 31, (self.height() - top - 2) / 12)
        pitch = max(8.0, pitch)
        return pitch, pitch * 0.84

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        left, top = self._margins()
        pitch = max(22.0, self.fontMetrics().height() * 1.45)
        return QSize(round(left + pitch * 31 + 4), round(top + pitch * 12 + 4))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        left, top = self._margins()
        return QSize(round(left + 12 * 31), round(top + 12 * 12))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        """Squares grow with the window (up to a comfortable size), rows follow."""
        left, top = self._margins()
        max_pitch = self.fontMetrics().height() * 2.1
        pitch = max(8.0, min(max_pitch, (width - left - 2) / 31))
        return round(top + pitch * 12 + 4)

    def cell_rect(self, day: date) -> QRectF:
        left, top = self._margins()
        pitch, size = self._cell()
        return QRectF(left + (day.day - 1) * pitch, top + (day.month - 1) * pitch, size, size)

    def day_at(self, pos: QPointF) -> date | None:
        left, top = self._margins()
        pitch, size = self._cell()
        col = int((pos.x() - left) // pitch)
        row = int((pos.y() - top) // pitch)
        if not (0 <= col < 31 and 0 <= row < 12):
            return None
        if (pos.x() - left) - col * pitch > size or (pos.y() - top) - row * pitch > size:
            return None
        month = row + 1
        if col + 1 > calendar.monthrange(self.year, month)[1]:
            return None
        return date(self.year, month, col + 1)

    # ---- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        dark = is_dark(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top = self._margins()
        pitch, size = self._cell()
        muted = muted_text(dark)
        painter.setPen(QPen(muted))
        small = self.font()
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        for day_no in (1, 5, 10, 15, 20, 25, 31):
            x = left + (day_no - 1) * pitch
            painter.drawText(
                QRectF(x - 6, 0, size + 12, top - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(day_no),
            )
        painter.setFont(self.font())
        radius = max(2.0, size * 0.22)
        no_data = mood_color(None, dark)
        dot = QColor("#ffffff" if not dark else "#10231a")
        dot.setAlpha(170)
        for month in range(1, 13):
            y = top + (month - 1) * pitch
            painter.setPen(QPen(muted))
            painter.drawText(
                QRectF(0, y, left - 8, size),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                MONTHS[month - 1],
            )
            painter.setPen(Qt.PenStyle.NoPen)
            days_in_month = calendar.monthrange(self.year, month)[1]
            for day_no in range(1, days_in_month + 1):
                day = date(self.year, month, day_no)
                mean = self._means.get(day)
                rect = QRectF(left + (day_no - 1) * pitch, y, size, size)
                colour = mood_color(mean, dark) if mean is not None else no_data
                if day > self.today:
                    colour = QColor(colour)
                    colour.setAlpha(90)
                painter.setBrush(QBrush(colour))
                painter.drawRoundedRect(rect, radius, radius)
                if day in self._entry_days:
                    painter.setBrush(QBrush(dot if mean is not None else muted))
                    r = max(1.5, size * 0.11)
                    painter.drawEllipse(rect.center(), r, r)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.today.year == self.year:
            painter.setPen(QPen(self.palette().windowText().color(), 1.4))
            rect = self.cell_rect(self.today).adjusted(-1.5, -1.5, 1.5, 1.5)
            painter.drawRoundedRect(rect, radius + 1, radius + 1)
        if self._hover is not None:
            painter.setPen(QPen(muted, 1.4))
            rect = self.cell_rect(self._hover).adjusted(-1.5, -1.5, 1.5, 1.5)
            painter.drawRoundedRect(rect, radius + 1, radius + 1)
        if self._selected is not None:
            width = 2.6 if self.hasFocus() else 2.0
            painter.setPen(QPen(accent(dark), width))
            rect = self.cell_rect(self._selected).adjusted(-2.5, -2.5, 2.5, 2.5)
            painter.drawRoundedRect(rect, radius + 2, radius + 2)
        painter.end()

    # ---- input ----------------------------------------------------------------------------
    def _label(self, day: date) -> str:
        mean = self._means.get(day)
        mood = "no check-in" if mean is None else f"mean mood {mean:.1f}"
        entries = ", journal entry" if day in self._entry_days else ""
        return f"{day:%A} {day.day} {day:%B %Y}: {mood}{entries}"

    def _describe(self) -> None:
        self.setAccessibleName(f"Year in pixels, {self.year}")
        chosen = self._label(self._selected) if self._selected else "no day selected"
        self.setAccessibleDescription(
            f"{chosen}. Arrow keys move between days (Up and Down by month, Home and End to the "
            "month's ends, Control with Home and End to the year's ends, Page Up and Page Down "
            "by year), Enter opens the day."
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        day = self.day_at(event.position())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select(day, activate=True)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        day = self.day_at(event.position())
        if day != self._hover:
            self._hover = day
            self.setCursor(Qt.CursorShape.PointingHandCursor if day else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(QPointF(event.pos()))
            if day is not None:
                QToolTip.showText(event.globalPos(), self._label(day), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        current = self._selected or (
            self.today if self.today.year == self.year else date(self.year, 1, 1)
        )
        target: date | None = None
        if key == Qt.Key.Key_Left:
            target = current - timedelta(days=1)
        elif key == Qt.Key.Key_Right:
            target = current + timedelta(days=1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            month = current.month + (-1 if key == Qt.Key.Key_Up else 1)
            if 1 <= month <= 12:
                last = calendar.monthrange(self.year, month)[1]
                target = date(self.year, month, min(current.day, last))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            target = _month_or_year_end(
                current, key == Qt.Key.Key_End, bool(event.modifiers() & _CONTROL)
            )
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            target = same_day_in_year(
                current, current.year + (1 if key == Qt.Key.Key_PageDown else -1)
            )
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.select(current, activate=True)
            event.accept()
            return
        else:
            super().keyPressEvent(event)
            return
        if target is not None and target.year == self.year:
            self.select(target, activate=True)
        elif target is not None:
            self.other_year_requested.emit(target)
        event.accept()


class MoodLegend(QWidget):
    """The colour key: 1 … 10 on the calm red → amber → green scale, plus "no data"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(
            "Legend: mood 1 (red) to 10 (green); grey means no check-in;"
            " a dot marks a day with a journal entry"
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        fm = self.fontMetrics()
        text = fm.horizontalAdvance("Low mood High mood No check-in Journal entry")
        return QSize(text + 10 * 18 + 120, fm.height() + 10)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        dark = is_dark(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        h = float(self.height())
        size = min(14.0, h - 4)
        y = (h - size) / 2
        x = 0.0
        painter.setPen(QPen(muted_text(dark)))
        label_w = fm.horizontalAdvance("Low mood")
        painter.drawText(QRectF(x, 0, label_w, h), Qt.AlignmentFlag.AlignVCenter, "Low mood")
        x += label_w + 8
        painter.setPen(Qt.PenStyle.NoPen)
        for mood in range(1, 11):
            painter.setBrush(QBrush(mood_color(mood, dark)))
            painter.drawRoundedRect(QRectF(x, y, size, size), 3, 3)
            x += size + 4
        painter.setPen(QPen(muted_text(dark)))
        x += 4
        hi_w = fm.horizontalAdvance("High mood")
        painter.drawText(QRectF(x, 0, hi_w, h), Qt.AlignmentFlag.AlignVCenter, "High mood")
        x += hi_w + 20
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(mood_color(None, dark)))
        painter.drawRoundedRect(QRectF(x, y, size, size), 3, 3)
        x += size + 6
        painter.setPen(QPen(muted_text(dark)))
        no_w = fm.horizontalAdvance("No check-in")
        painter.drawText(QRectF(x, 0, no_w, h), Qt.AlignmentFlag.AlignVCenter, "No check-in")
        x += no_w + 20
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(mood_color(7, dark)))
        painter.drawRoundedRect(QRectF(x, y, size, size), 3, 3)
        painter.setBrush(QBrush(QColor("#10231a" if dark else "#ffffff")))
        painter.drawEllipse(QRectF(x, y, size, size).center(), 2.0, 2.0)
        x += size + 6
        painter.setPen(QPen(muted_text(dark)))
        painter.drawText(
            QRectF(x, 0, self.width() - x, h), Qt.AlignmentFlag.AlignVCenter, "Journal entry"
        )
        painter.end()
