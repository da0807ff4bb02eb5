"""The star on the open entry: the person's own mark for the entries they want to find again.

A checkable tool button drawn with the font's star glyphs: ``☆`` outlined when off, ``★`` in
the palette's accent when on (colours come from the theme, so light and dark follow). It only
shows and reports; writing the star is the screen's action (``EntryActions.set_star``), which
saves that one change at once and never the text typed since.

For assistive tech it is a checkable button named for what pressing it does ("Star this
entry" / "Unstar this entry"); Space presses it like any button, and the journal screen's
Ctrl+D (a bookmark's key) clicks it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from neuroleaf_desktop.ui.widgets.announce import name_changed
from neuroleaf_desktop.ui.widgets.style import accent, hex_of, is_dark, muted_text, scaled_font

STAR_ON, STAR_OFF = "★", "☆"
SHORTCUT = "Ctrl+D"


def star_name(starred: bool) -> str:
    """What pressing the button does, as assistive tech and the tooltip say it."""
    return "Unstar this entry" if starred else "Star this entry"


class StarButton(QToolButton):
    """``StarButton()``; ``set_starred(on)`` shows a state without emitting; a click by the
    person (mouse, Space, or ``click()`` from the shortcut) emits ``star_clicked(on)`` with
    the new state."""

    star_clicked = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, Space presses it
        self.setFont(scaled_font(self, 1.7))
        self.setObjectName("StarButton")
        self._dark: bool | None = None
        self.clicked.connect(self._clicked)
        self._show(False)

    @property
    def starred(self) -> bool:
        return self.isChecked()

    def set_starred(self, starred: bool) -> None:
        """Show ``starred`` (an entry opened, or a change read back) without emitting."""
        if starred != self.isChecked():
            self.blockSignals(True)
            self.setChecked(starred)
            self.blockSignals(False)
        self._show(starred)

    def _clicked(self, checked: bool) -> None:
        self._show(checked)
        self.star_clicked.emit(checked)

    def _show(self, starred: bool) -> None:
        self.setText(STAR_ON if starred else STAR_OFF)
        name = star_name(starred)
        if self.accessibleName() != name:
            self.setAccessibleName(name)
            name_changed(self)
        self.setToolTip(f"{name} ({SHORTCUT})")
        self._style()

    def _style(self) -> None:
        dark = is_dark(self)
        if dark == self._dark:
            return
        self._dark = dark
        on, off, ring = hex_of(accent(dark)), hex_of(muted_text(dark)), hex_of(accent(dark))
        self.setStyleSheet(
            f"QToolButton#StarButton {{ color: {off}; background: transparent; border: 1px solid"
            f" transparent; border-radius: 8px; padding: 0 6px; }}"
            f"QToolButton#StarButton:checked {{ color: {on}; }}"
            f"QToolButton#StarButton:hover {{ color: {on}; }}"
            f"QToolButton#StarButton:focus {{ border-color: {ring}; }}"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._style()  # light ↔ dark: the accent and the muted colour follow
        super().changeEvent(event)
