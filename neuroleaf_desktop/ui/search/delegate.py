"""How one search result looks: the title and the date, then the snippet with matches in bold.

Snippets come from the search service with ``[[ ]]`` around the matched words. The text is the
person's own writing, so it is HTML-escaped *before* the markers become ``<b>`` tags: a ``<b>``
typed in an entry is shown as the four characters it is.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from neuroleaf_desktop.domain.snippets import CLOSE, OPEN
from neuroleaf_desktop.ui.widgets.list_delegate import paint_row_background
from neuroleaf_desktop.ui.widgets.style import hex_of, is_dark, muted_text

SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 11  # the raw snippet, with [[ ]] marks
DATE_ROLE = Qt.ItemDataRole.UserRole + 12  # "Mon 02 Jun 2025" (and "· voice")
_MARKED = re.compile(re.escape(OPEN) + r"(.+?)" + re.escape(CLOSE), re.DOTALL)
SNIPPET_LINES = 2


def snippet_html(snippet: str, strong_colour: str | None = None) -> str:
    """Rich text for a snippet: the text escaped, each ``[[word]]`` as ``<b>word</b>``."""
    style = f' style="color:{strong_colour}"' if strong_colour else ""
    parts: list[str] = []
    last = 0
    for match in _MARKED.finditer(snippet):
        parts.append(html.escape(snippet[last : match.start()]))
        parts.append(f"<b{style}>{html.escape(match[1])}</b>")
        last = match.end()
    parts.append(html.escape(snippet[last:]))
    return "".join(parts).replace("\n", " ")


def snippet_plain(snippet: str) -> str:
    """The snippet without marks (tooltips, screen readers)."""
    return _MARKED.sub(lambda m: m[1], snippet).replace("\n", " ")


class ResultDelegate(QStyledItemDelegate):
    """Title (bold) and date on the first line, up to two lines of snippet below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(  # noqa: N802 (Qt API)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fm = option.fontMetrics
        height = fm.height() * 1.35 + fm.lineSpacing() * SNIPPET_LINES + 20
        return QSize(240, round(height))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        dark = is_dark(palette=palette)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = rect.adjusted(4, 3, -4, -3)
        paint_row_background(painter, box, dark=dark, selected=selected, hovered=hovered)

        inner = box.adjusted(12, 8, -12, -8)
        fm = option.fontMetrics
        line_h = fm.height()
        when = str(index.data(DATE_ROLE) or "")
        when_w = fm.horizontalAdvance(when) + 16 if when else 0
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bold = type(option.font)(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(QPen(text))
        first = QRect(inner.left(), inner.top(), inner.width() - when_w, line_h)
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, first.width()),
        )
        painter.setFont(option.font)
        muted = muted_text(dark)
        if when:
            painter.setPen(QPen(muted))
            painter.drawText(
                QRect(inner.right() - when_w, inner.top(), when_w, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                when,
            )

        snippet = str(index.data(SNIPPET_ROLE) or "")
        if snippet:
            top = inner.top() + round(line_h * 1.35)
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(option.font)
            doc.setTextWidth(inner.width())
            doc.setHtml(snippet_html(snippet, hex_of(text)))
            clip = QRectF(0, 0, inner.width(), fm.lineSpacing() * SNIPPET_LINES + 1)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, muted)
            context.clip = clip
            painter.translate(inner.left(), top)
            painter.setClipRect(clip)
            layout = doc.documentLayout()
            layout.draw(painter, context)
        painter.restore()
