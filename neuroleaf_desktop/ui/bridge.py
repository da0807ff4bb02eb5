"""Bridges the plain-Python EventBus of the services to a Qt signal on the main thread.

Services publish from whatever thread did the write (often a worker); Qt queues the signal to
the main thread, so views can refresh safely. This is the app's reactive data layer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from neuroleaf_desktop.services.events import Change, EventBus


class ChangeBridge(QObject):
    changed = Signal(object)  # a services.events.Change

    def __init__(self, events: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = events.subscribe(self._forward)

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._unsubscribe()
