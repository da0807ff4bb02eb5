"""The system-tray icon, behind a tiny interface.

The OS tray is a true edge (some desktops have none; offscreen tests have none), so the app
only talks to :class:`Tray`. :class:`SystemTray` wraps QSystemTrayIcon; :class:`NullTray` does
nothing except remember what it was asked to show, which is what tests substitute.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from neuroleaf_desktop import APP_NAME
from neuroleaf_desktop.ui.theme import app_icon


class Tray(QObject):
    """What the app needs from a tray. Subclasses emit these signals from their menu."""

    show_requested = Signal()
    new_entry_requested = Signal()
    mood_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()  # the last notification was clicked (a Care nudge)

    @property
    def available(self) -> bool:
        return False

    def show(self) -> None:
        """Put the icon in the tray."""

    def hide(self) -> None:
        """Take the icon out of the tray."""

    def set_locked(self, locked: bool) -> None:
        """Grey out actions that need an unlocked journal."""

    def notify(self, title: str, message: str) -> None:
        """A short balloon/notification. Never put journal content in it."""


class NullTray(Tray):
    """No tray on this desktop (or in tests): records what it would have shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages: list[tuple[str, str]] = []
        self.visible = False
        self.locked = True

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def set_locked(self, locked: bool) -> None:
        self.locked = locked

    def notify(self, title: str, message: str) -> None:
        self.messages.append((title, message))


class SystemTray(Tray):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = QSystemTrayIcon(app_icon(), self)
        self._icon.setToolTip(APP_NAME)
        self._menu = QMenu()
        self._open = self._add("Open NeuroLeaf", self.show_requested.emit)
        self._menu.addSeparator()
        self._new = self._add("New entry", self.new_entry_requested.emit)
        self._mood = self._add("Log mood", self.mood_requested.emit)
        self._lock = self._add("Lock", self.lock_requested.emit)
        self._menu.addSeparator()
        self._add("Quit", self.quit_requested.emit)
        self._icon.setContextMenu(self._menu)
        self._icon.activated.connect(self._on_activated)
        self._icon.messageClicked.connect(self.message_clicked.emit)
        self.set_locked(True)

    def _add(self, text: str, slot: Callable[[], None]) -> QAction:
        action = self._menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()

    @property
    def available(self) -> bool:
        return True

    def show(self) -> None:
        self._icon.show()

    def hide(self) -> None:
        self._icon.hide()

    def set_locked(self, locked: bool) -> None:
        self._lock.setEnabled(not locked)
        self._open.setText("Unlock NeuroLeaf…" if locked else "Open NeuroLeaf")

    def notify(self, title: str, message: str) -> None:
        self._icon.showMessage(title, message, app_icon(), 6_000)


TrayFactory = Callable[[QObject], Tray]


def create_tray(parent: QObject) -> Tray:
    """The real tray when the desktop has one, otherwise a NullTray."""
    if QSystemTrayIcon.isSystemTrayAvailable():
        return SystemTray(parent)
    return NullTray(parent)
