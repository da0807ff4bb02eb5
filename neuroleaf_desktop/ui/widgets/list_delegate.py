"""A roomy list row: a primary line, an optional muted second line, and a trailing label."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from neuroleaf_desktop.ui.widgets.style import accent, is_dark, muted_text

SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 1
TRAILING_ROLE = Qt.ItemDataRole.UserRole + 2
PENDING_ROLE = Qt.ItemDataRole.UserRole + 3


def paint_row_background(
    painter: QPainter, box: QRect, *, dark: bool, selected: bool, hovered: bool
) -> None:
    """The app's list-row look: a soft accent tint on hover/selection and a selection bar.

    Shared by every custom row delegate so lists look and behave the same everywhere.
    """
    if selected or hovered:
        tint = accent(dark)
        tint.setAlpha(60 if selected else 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(tint))
        painter.drawRoundedRect(box, 8, 8)
    if selected:
        painter.setBrush(QBrush(accent(dark)))
        painter.drawRoundedRect(box.left(), box.top() + 8, 3, box.height() - 16, 1.5, 1.5)


class TwoLineDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(  # noqa: N802 (Qt API)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = option.fontMetrics.height()
        lines = 2 if index.data(SECONDARY_ROLE) else 1
        return QSize(200, round(line * lines + line * (0.35 * lines) + 14))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        dark = is_dark(palette=palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        box = rect.adjusted(4, 2, -4, -2)
        paint_row_background(painter, box, dark=dark, selected=selected, hovered=hovered)
        text_rect = box.adjusted(12, 6, -12, -6)
        fm = option.fontMetrics
        font = option.font
        trailing = str(index.data(TRAILING_ROLE) or "")
        trailing_w = fm.horizontalAdvance(trailing) + 12 if trailing else 0
        primary = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        secondary = str(index.data(SECONDARY_ROLE) or "")
        bold = type(font)(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text)))
        line_h = fm.height()
        first = QRect(text_rect.left(), text_rect.top(), text_rect.width() - trailing_w, line_h)
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(primary, Qt.TextElideMode.ElideRight, first.width()),
        )
        painter.setFont(font)
        painter.setPen(QPen(muted_text(dark)))
        if trailing:
            painter.drawText(
                QRect(text_rect.right() - trailing_w, text_rect.top(), trailing_w, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                trailing,
            )
        if secondary:
            second = QRect(
                text_rect.left(), text_rect.top() + round(line_h * 1.3), text_rect.width(), line_h
            )
            painter.drawText(
                second,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(secondary, Qt.TextElideMode.ElideRight, second.width()),
            )
        painter.restore()
