"""The inline message strip ("toast"): info, success or error, with an optional Undo/Retry.

It sits inside the screen's layout (never a floating pop-up that steals focus), is announced to
assistive technology through its accessible name, and hides itself after a while unless it
reports an error the person has not yet seen.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.ui.widgets.style import is_dark

GENERIC_ERROR = "Something went wrong and the change was not saved. Please try again."


class BannerKind(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    ERROR = "error"


_COLOURS: dict[BannerKind, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    # (background, border, text) for light, then dark
    BannerKind.INFO: (("#e8f0fb", "#c4d5ef", "#1f3550"), ("#23303f", "#34465c", "#d6e4f5")),
    BannerKind.SUCCESS: (("#e3f3e8", "#bfe0c9", "#1d4430"), ("#20352a", "#2f5240", "#cdebd9")),
    BannerKind.ERROR: (("#fbe9e6", "#f0c7c0", "#6a2219"), ("#402523", "#63372f", "#f6d3cd")),
}
_ICONS = {BannerKind.INFO: "ℹ", BannerKind.SUCCESS: "✓", BannerKind.ERROR: "!"}


def user_message(exc: BaseException) -> str:
    """What to tell the person about an error: its calm message, or a generic one."""
    if isinstance(exc, NeuroLeafError):
        return exc.user_message
    return GENERIC_ERROR


class Banner(QFrame):
    """``show_message(text, kind, action_text="Undo", on_action=...)``; hides itself."""

    action_triggered = Signal()
    dismissed = Signal()

    DEFAULT_TIMEOUT_MS = 7000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.kind = BannerKind.INFO
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(10)
        self.icon_label = QLabel(self)
        self.icon_label.setAccessibleName("")
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.action_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.secondary_button = QPushButton(self)
        self.secondary_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.secondary_button.hide()
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName("Dismiss message")
        self.close_button.setToolTip("Dismiss")
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.secondary_button)
        layout.addWidget(self.close_button)
        self._on_action: Callable[[], None] | None = None
        self._on_secondary: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.action_button.clicked.connect(self._act)
        self.secondary_button.clicked.connect(self._act_secondary)
        self.close_button.clicked.connect(self.dismiss)
        self.setAccessibleName("Message")
        self.hide()

    # ---- API ------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.text_label.text()

    def show_message(
        self,
        text: str,
        kind: BannerKind | str = BannerKind.INFO,
        *,
        action_text: str = "",
        on_action: Callable[[], None] | None = None,
        secondary_text: str = "",
        on_secondary: Callable[[], None] | None = None,
        timeout_ms: int | None = None,
    ) -> None:
        """Show ``text``; ``timeout_ms`` 0 keeps it until dismissed (default: errors stay)."""
        self.kind = BannerKind(kind)
        self.text_label.setText(text)
        self.icon_label.setText(_ICONS[self.kind])
        self._on_action = on_action
        self.action_button.setText(action_text)
        self.action_button.setAccessibleName(action_text)
        self.action_button.setVisible(bool(action_text))
        self._on_secondary = on_secondary
        self.secondary_button.setText(secondary_text)
        self.secondary_button.setAccessibleName(secondary_text)
        self.secondary_button.setVisible(bool(secondary_text))
        self.setAccessibleName(f"{self.kind.value.capitalize()}: {text}")
        self._restyle()
        self.show()
        if timeout_ms is None:
            timeout_ms = (
                0
                if self.kind is BannerKind.ERROR and not action_text
                else (self.DEFAULT_TIMEOUT_MS)
            )
        self._timer.stop()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)

    def show_error(
        self,
        exc: BaseException | str,
        *,
        action_text: str = "",
        on_action: Callable[[], None] | None = None,
    ) -> None:
        text = exc if isinstance(exc, str) else user_message(exc)
        self.show_message(text, BannerKind.ERROR, action_text=action_text, on_action=on_action)

    def dismiss(self) -> None:
        self._timer.stop()
        if self.isVisible() or not self.isHidden():
            self.hide()
            self.dismissed.emit()

    @property
    def auto_hide_active(self) -> bool:
        return self._timer.isActive()

    # ---- internals ------------------------------------------------------------------------
    def _act(self) -> None:
        callback = self._on_action
        self.dismiss()
        self.action_triggered.emit()
        if callback is not None:
            callback()

    def _act_secondary(self) -> None:
        callback = self._on_secondary
        self.dismiss()
        if callback is not None:
            callback()

    def _restyle(self) -> None:
        light, dark = _COLOURS[self.kind]
        bg, border, fg = dark if is_dark(self) else light
        self.setStyleSheet(
            f"QFrame#Banner {{ background: {bg}; border: 1px solid {border};"
            f" border-radius: 10px; }}"
            f" QFrame#Banner QLabel {{ color: {fg}; background: transparent; }}"
            f" QFrame#Banner QToolButton {{ color: {fg}; }}"
            f" QFrame#Banner QPushButton {{ color: {fg}; background: transparent;"
            f" border: 1px solid {border}; border-radius: 7px; padding: 4px 12px;"
            f" font-weight: 600; }}"
        )
