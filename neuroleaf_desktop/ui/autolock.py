"""Idle auto-lock and lock-on-minimise.

An application-wide event filter notes the time of the last user input; a QTimer compares the
idle time with ``auto_lock_minutes``. The clock is injectable (monotonic seconds), so tests move
time forward instead of waiting. The lock itself (close the session, tear down every content
widget, show the unlock window) is done by the app controller when ``lock_requested`` fires;
:func:`scrub` is the part that wipes text out of widgets before they are destroyed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

MonotonicClock = Callable[[], float]

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class AutoLock(QObject):
    """Emits ``lock_requested("idle" | "minimized")``; the controller does the locking."""

    lock_requested = Signal(str)

    def __init__(
        self,
        app: QCoreApplication,
        *,
        clock: MonotonicClock = time.monotonic,
        check_interval_ms: int = 5_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._clock = clock
        self._minutes = 0
        self._lock_on_minimize = False
        self._active = False
        self._watched: QWidget | None = None
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        # The application-wide filter is installed by start(), not here: while locked it has
        # nothing to watch, and every event Python sees makes PySide set up the types involved,
        # which cost the unlock window's first paint about 25 ms.

    # ---- policy ----------------------------------------------------------------------------
    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def lock_on_minimize(self) -> bool:
        return self._lock_on_minimize

    @property
    def active(self) -> bool:
        return self._active

    def set_policy(self, minutes: int, lock_on_minimize: bool) -> None:
        """``minutes == 0`` means never lock for idleness."""
        self._minutes = max(0, int(minutes))
        self._lock_on_minimize = bool(lock_on_minimize)

    def start(self, window: QWidget | None = None) -> None:
        """Begin watching (call at unlock); ``window`` is watched for minimising."""
        self._active = True
        self._watched = window
        self._app.installEventFilter(self)  # Qt installs one filter object once
        self.poke()
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._watched = None
        self._timer.stop()
        self._app.removeEventFilter(self)

    def poke(self) -> None:
        """Count as user activity now."""
        self._last_input = self._clock()

    def idle_seconds(self) -> float:
        return max(0.0, self._clock() - self._last_input)

    def check(self) -> None:
        if self._active and self._minutes > 0 and self.idle_seconds() >= self._minutes * 60:
            self._fire("idle")

    def _fire(self, reason: str) -> None:
        self.stop()
        self.lock_requested.emit(reason)

    # ---- the filter ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._last_input = self._clock()
        elif (
            kind == QEvent.Type.WindowStateChange
            and self._active
            and self._lock_on_minimize
            and watched is self._watched
            and self._watched is not None
            and self._watched.windowState() & Qt.WindowState.WindowMinimized
        ):
            # Not from inside the window's own event: the lock destroys that window.
            self._active = False
            QTimer.singleShot(0, lambda: self._fire("minimized"))
        return False

    def detach(self) -> None:
        self.stop()
        self._app.removeEventFilter(self)


def scrub(root: QWidget) -> None:
    """Wipe journal text out of ``root`` and its children before they are destroyed.

    Signals are blocked first so that no view mistakes the wipe for an edit (and, say, saves
    an empty draft). Dialogs are closed. Item views lose their contents when the widgets are
    deleted, which the caller does right after.
    """
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        widget.blockSignals(True)
    for widget in widgets:
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.hide()
        if isinstance(widget, QLineEdit):
            widget.clear()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            widget.clear()  # also drops the undo/redo history
        elif isinstance(widget, QListWidget | QLabel):
            widget.clear()
        elif isinstance(widget, QAbstractButton) and widget.toolTip():
            widget.setToolTip("")
