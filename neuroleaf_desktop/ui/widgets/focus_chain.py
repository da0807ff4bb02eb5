"""Leaving a one-Tab-stop group (a row of chips, a list of rows) by Tab or Shift+Tab.

A group that takes Tab once and moves inside with the arrow keys must hand Tab on to the next
widget of the window's Tab chain that is not its own, wherever Qt put its children in that
chain when they were made.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def leave_group(group: QWidget, *, forward: bool) -> None:
    """Focus the next (or previous) widget after ``group`` that takes Tab focus, skipping the
    group's own children, anything hidden, disabled, in another window or behind a proxy."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    widget = step(group)
    while widget is not None and widget is not group:
        takes_tab = bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
        if (
            takes_tab
            and not group.isAncestorOf(widget)
            and widget.window() is group.window()
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            widget.setFocus(reason)
            return
        widget = step(widget)
