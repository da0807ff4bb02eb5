"""The one background-work idiom of the app.

A plain callable runs on a QThreadPool worker; its result or its exception comes back on the
main thread through a signal. Views never block the UI thread on the vault, a model or a file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the main thread; the worker emits, Qt queues the call to the main thread."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the UI, never lost
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class WorkerRunner(QObject):
    """Runs callables off the UI thread. Keep one per app (``UiContext.workers``)."""

    busy_changed = Signal(int)  # number of jobs in flight, for a status indicator

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    @property
    def in_flight(self) -> int:
        return len(self._relays)

    def run(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)
        self.busy_changed.emit(self.in_flight)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            self.busy_changed.emit(self.in_flight)

        def ok(result: object) -> None:
            finish()
            if on_result is not None:
                on_result(result)

        def bad(exc: object) -> None:
            finish()
            if on_error is not None and isinstance(exc, BaseException):
                on_error(exc)

        relay.succeeded.connect(ok)
        relay.failed.connect(bad)
        self.pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 10_000) -> bool:
        """Tests and shutdown: wait for all jobs to finish."""
        return bool(self.pool.waitForDone(msecs))
