"""A column of rows that is one Tab stop, walked with the arrow keys: a list for the keyboard.

Each row shows rich text (links work with the mouse) and carries an accessible name and
description given by the screen (built in ``services/``), so a screen reader says the row when
the keyboard reaches it. The row in focus holds the real keyboard focus and wears the theme's
2-px accent ring (a transparent ring of the same width when not in focus, so nothing moves).

Keys on a row: Up and Down move one row, Home and End to the ends, Page Up and Page Down by a
screenful, Enter (or a double click) activates it, Delete asks to delete it, Ctrl+C (the
platform's Copy) asks to copy what it holds; Tab goes on to the
widget after the list, Shift+Tab back to the widget before it. A row's own buttons are for the
mouse: the keys on the row do what they do.
``clear`` blanks every row's text, name and description at once (a lock), not when Qt deletes.
While the window is hidden (a lock hides it before it wipes and deletes it) the rows' names and
descriptions are blank too, and come back if the window is shown again (from the tray).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.ui.widgets.focus_chain import leave_group
from neuroleaf_desktop.ui.widgets.style import accent, hex_of, is_dark

ROW_NAME = "rowItem"


@dataclass(frozen=True)
class RowText:
    """What one row shows (``html``) and what assistive tech reads (name, description)."""

    html: str
    name: str
    description: str = ""


class RowItem(QFrame):
    """One row: its text, and room on the right for the screen's own buttons."""

    def __init__(self, text: RowText, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(ROW_NAME)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached through the list, or a click
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click focuses the row
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.set_text(text)

    def set_text(self, text: RowText) -> None:
        self.text = text
        self.label.setText(text.html)
        self.setAccessibleName(text.name)
        self.setAccessibleDescription(text.description)

    def add_widget(self, widget: QWidget) -> None:
        """A control of the row's own (Edit, Delete, Open), to the right of its text: for the
        mouse; the keyboard does the same from the row (Enter, Delete), so it takes no focus
        and Tab does not stop on it."""
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = self.layout()
        if layout is not None:
            layout.addWidget(widget)

    def blank(self) -> None:
        self.text = RowText("", "")
        self.label.clear()
        self.setAccessibleName("")
        self.setAccessibleDescription("")
        self.setToolTip("")


class RowList(QWidget):
    """``RowList(name, parent)``: rows from :meth:`set_rows`; one Tab stop."""

    activated = Signal(int)  # Enter or a double click on the row at this index
    delete_requested = Signal(int)  # the Delete key on the row at this index
    copy_requested = Signal(int)  # Copy (Ctrl+C) on the row at this index
    link_activated = Signal(str)  # a link in a row's text was clicked

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setProperty("role", "muted")
        self._layout.addWidget(self.placeholder)
        self._layout.addStretch(1)
        self.rows: list[RowItem] = []
        self.current = 0  # the row the keyboard is on (kept while focus is elsewhere)
        self._fallback: QWidget | None = None
        self._parked = False  # focus held by the list itself while its rows are replaced
        self._ring = ""
        self._styling = False  # inside our own setStyleSheet (which sends palette changes)
        self._watched: QWidget | None = None  # the window whose hiding blanks what is said
        self._style()

    # ---- public API -----------------------------------------------------------------------
    def set_placeholder(self, text: str) -> None:
        """What the empty list says it will hold."""
        self.placeholder.setText(text)
        self.placeholder.setVisible(not self.rows and bool(text))

    def set_focus_fallback(self, widget: QWidget) -> None:
        """Where the keyboard goes when the row it was on goes with nothing to replace it."""
        self._fallback = widget

    def set_rows(self, texts: Sequence[RowText]) -> list[RowItem]:
        """Replace every row; the keyboard, if it was on a row, stays on the nearest one."""
        had_focus = self.focused_row() is not None
        if had_focus:
            self._parked = True
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # parked while the rows change
        self._drop_rows()
        for text in texts:
            self._append(text)
        self.current = min(self.current, max(0, len(self.rows) - 1))
        self.placeholder.setVisible(not self.rows and bool(self.placeholder.text()))
        self._parked = False
        if had_focus:
            if self.rows:
                self.rows[self.current].setFocus(Qt.FocusReason.OtherFocusReason)
            elif self._fallback is not None:
                self._fallback.setFocus(Qt.FocusReason.OtherFocusReason)
        return list(self.rows)

    def append(self, text: RowText) -> RowItem:
        """One more row at the end (a sentence streamed in)."""
        row = self._append(text)
        self.placeholder.hide()
        return row

    def clear(self) -> None:
        """No rows; their words are blanked now, and the keyboard goes to the fallback."""
        had_focus = self.focused_row() is not None
        if had_focus and self._fallback is not None:
            self._fallback.setFocus(Qt.FocusReason.OtherFocusReason)
        self._drop_rows()
        self.current = 0
        self.placeholder.setVisible(bool(self.placeholder.text()))

    def names(self) -> list[str]:
        return [row.accessibleName() for row in self.rows]

    def descriptions(self) -> list[str]:
        return [row.accessibleDescription() for row in self.rows]

    def plain_text(self) -> str:
        """Every row's text as shown, one row a line (what a sighted reader sees)."""
        return "\n".join(_plain(row.label) for row in self.rows)

    def html(self) -> str:
        return "".join(row.label.text() for row in self.rows)

    def focused_row(self) -> RowItem | None:
        return next((row for row in self.rows if row.hasFocus()), None)

    def focus_row(
        self, index: int, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason
    ) -> None:
        if self.rows:
            self.rows[max(0, min(index, len(self.rows) - 1))].setFocus(reason)

    # ---- rows -----------------------------------------------------------------------------
    def _append(self, text: RowText) -> RowItem:
        self._watch_window()  # rows may come while the list is not shown
        row = RowItem(text, self)
        if self._watched is not None and not self._watched.isVisible():
            row.setAccessibleName("")  # said once the window is shown again
            row.setAccessibleDescription("")
        row.installEventFilter(self)
        row.label.linkActivated.connect(self.link_activated)
        self._layout.insertWidget(self._layout.count() - 1, row)  # before the stretch
        row.show()
        self.rows.append(row)
        return row

    def _drop_rows(self) -> None:
        for row in self.rows:
            row.removeEventFilter(self)
            row.blank()
            row.hide()
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []

    # ---- keyboard -------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        if self.rows and not self._parked:
            self.focus_row(self.current, event.reason())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._watch_window()

    def _watch_window(self) -> None:
        """Watch the window the list is in now (it may have moved into another since)."""
        window = self.window()
        if window is not self._watched and window is not self:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = window
            window.installEventFilter(self)

    def _window_shown(self, shown: bool) -> None:
        """A hidden window's rows say nothing; shown again, they say what they show."""
        for row in self.rows:
            row.setAccessibleName(row.text.name if shown else "")
            row.setAccessibleDescription(row.text.description if shown else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._watched and event.type() in (QEvent.Type.Hide, QEvent.Type.Show):
            self._window_shown(event.type() == QEvent.Type.Show)
            return False
        if not isinstance(watched, RowItem) or watched not in self.rows:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusIn:
            self.current = self.rows.index(watched)
            area = _scroll_area(self)
            if area is not None:
                area.ensureWidgetVisible(watched, 0, 8)
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        elif event.type() == QEvent.Type.MouseButtonDblClick and isinstance(event, QMouseEvent):
            self.activated.emit(self.rows.index(watched))
            return True
        return False

    def _key(self, row: RowItem, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        index = self.rows.index(row)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit(index)
            return True
        last = len(self.rows) - 1
        if key == Qt.Key.Key_Up:
            target = max(0, index - 1)
        elif key == Qt.Key.Key_Down:
            target = min(last, index + 1)
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = last
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            target = self._page(index, forward=key == Qt.Key.Key_PageDown)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(index)
            return True
        elif key == Qt.Key.Key_Delete:
            self.delete_requested.emit(index)
            return True
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            leave_group(self, forward=key == Qt.Key.Key_Tab and not shift)
            return True
        else:
            return False
        if target != index:
            self.rows[target].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _page(self, index: int, *, forward: bool) -> int:
        """The row a screenful away: as far as still fits in the visible part of the list."""
        area = _scroll_area(self)
        span = area.viewport().height() if area is not None else self.height()
        step = 1 if forward else -1
        start = self.rows[index]
        target = index
        while 0 <= target + step < len(self.rows):
            after = self.rows[target + step]
            top = min(start.y(), after.y())
            bottom = max(start.y() + start.height(), after.y() + after.height())
            if bottom - top > span and target != index:
                break
            target += step
        return target

    # ---- look -----------------------------------------------------------------------------
    def _style(self) -> None:
        # The theme is the application's palette: the list's own palette is resolved through
        # the style sheet set below, which is itself a palette change, and mid-switch it can
        # read light and dark in turn (each call setting the other ring, recursing until
        # Python gave up). The flag stops our own change from re-entering.
        if self._styling:
            return
        ring = hex_of(accent(is_dark(palette=QApplication.palette())))
        if ring == self._ring:
            return
        self._ring = ring
        self._styling = True
        try:
            self.setStyleSheet(
                f"QFrame#{ROW_NAME} {{ border: 2px solid transparent; border-radius: 6px; }}"
                f" QFrame#{ROW_NAME}:focus {{ border: 2px solid {ring}; }}"
            )
        finally:
            self._styling = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.PaletteChange:
            self._style()
        super().changeEvent(event)


def _plain(label: QLabel) -> str:
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None
