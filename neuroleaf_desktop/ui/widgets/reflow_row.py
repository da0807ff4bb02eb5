"""A row of two parts that puts the second under the first when they do not fit side by side.

A screen's title with its buttons, an entry's date with the day's mood, a chart's choices with
its actions: at the usual window and text sizes they share one line. In a narrow window, or
with the person's text size at 130 % or 150 %, the line would need more width than there is,
and a box layout then squeezes its widgets until their words are cut off. :class:`ReflowRow`
asks for no more width than its wider part needs and, when the two do not fit beside each
other at their natural widths, stacks them (the second part to the left, under the first).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

_SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight
_STACKED = QBoxLayout.Direction.TopToBottom


def _min_width(widget: QWidget) -> int:
    if widget.isHidden():
        return 0
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


def _natural_width(widget: QWidget) -> int:
    if widget.isHidden():
        return 0
    return max(widget.sizeHint().width(), widget.minimumWidth())


class ReflowRow(QWidget):
    """``ReflowRow(lead, trail)``: ``lead`` at the left and ``trail`` at the right while both
    fit at their natural widths; otherwise ``trail`` goes under ``lead``.

    ``apart=False`` keeps ``trail`` right after ``lead`` (a row of filters) instead of at the
    right edge. ``share=True`` makes two equal columns instead (a screen's cards side by side),
    stacked only when either would be squeezed below its least width."""

    def __init__(
        self,
        lead: QWidget,
        trail: QWidget,
        parent: QWidget | None = None,
        *,
        spacing: int = -1,
        apart: bool = True,
        share: bool = False,
    ) -> None:
        super().__init__(parent)
        self.lead = lead
        self.trail = trail
        self._share = share
        self._box = QBoxLayout(_SIDE_BY_SIDE, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        if spacing >= 0:
            self._box.setSpacing(spacing)
        self._box.addWidget(lead, 1 if share else 0)
        if apart and not share:
            self._box.addStretch(1)
        self._box.addWidget(trail, 1 if share else 0)
        if not apart and not share:
            self._box.addStretch(1)

    @property
    def stacked(self) -> bool:
        return self._box.direction() == _STACKED

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As wide as both parts side by side, even while stacked: a splitter or a window
        that sizes itself from its contents still offers the row its one-line width."""
        margins = self._box.contentsMargins()
        spacing = max(self._box.spacing(), 0)
        width = _natural_width(self.lead) + spacing + _natural_width(self.trail)
        return QSize(width + margins.left() + margins.right(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Only as wide as the wider part: stacked, the row fits there without cutting."""
        margins = self._box.contentsMargins()
        width = max(_min_width(self.lead), _min_width(self.trail))
        height = super().minimumSizeHint().height()
        return QSize(width + margins.left() + margins.right(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._reflow(event.size().width())

    def event(self, event: QEvent) -> bool:
        # a part's natural width changed (new words, a new text size): decide again
        if event.type() == QEvent.Type.LayoutRequest:
            self._reflow(self.width())
        return super().event(event)

    def _reflow(self, width: int) -> None:
        margins = self._box.contentsMargins()
        spacing = max(self._box.spacing(), 0)
        width_of = _min_width if self._share else _natural_width
        need = width_of(self.lead) + spacing + width_of(self.trail)
        side_by_side = width >= need + margins.left() + margins.right()
        direction = _SIDE_BY_SIDE if side_by_side else _STACKED
        if direction == self._box.direction():
            return
        self._box.setDirection(direction)
        left = Qt.AlignmentFlag.AlignLeft
        align = Qt.AlignmentFlag(0) if side_by_side or self._share else left
        self._box.setAlignment(self.trail, align)
        self._box.setAlignment(self.lead, align)
        self.updateGeometry()
