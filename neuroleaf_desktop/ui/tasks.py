"""The one way UI code runs work off the UI thread.

``tasks.run(owner, fn, on_done, on_error)`` runs ``fn()`` on a worker thread;
``tasks.stream(owner, fn, on_item, on_done, on_error)`` runs ``fn(emit, cancelled)``, which
may ``emit`` items (tokens, segments) while it works and should stop when ``cancelled`` (a
``threading.Event``) is set. Both return a :class:`Task`.

Why one idiom: every callback lands on the UI thread (widgets are only touched there); a
result is dropped when its owner widget was deleted, when the task was discarded (a lock
discards everything the old window owns), or when a newer task with the same ``key``
superseded it; and every task is counted in flight until its
last callback ran, so locking waits for (and first cancels) running work before the vault
closes. Read widget values on the UI thread *before* starting a task and pass them in.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from neuroleaf_desktop.logging_setup import get_logger

log = get_logger("ui.tasks")
T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 (an item type)

Emit = Callable[[Any], None]

# Streams (a model answer, a transcription) may run for minutes; they get their own threads so
# short reads from the vault never queue behind them on a 2-core machine.
_STREAM_THREADS = 4


class Task:
    """One run of a function. ``cancel()`` asks it to stop; ``discard()`` also drops its results.

    Only the UI thread calls these methods; the worker only reads :attr:`cancelled_event`.
    """

    def __init__(self, task_id: int, owner: QObject, key: str | None) -> None:
        self.id = task_id
        self.owner = owner
        self.key = key
        self.cancelled_event = threading.Event()
        self.discarded = False
        self.finished = False

    def cancel(self) -> None:
        """Ask the function to stop; whatever it then returns is still delivered."""
        self.cancelled_event.set()

    def discard(self) -> None:
        """Cancel, and drop every item and result that has not been delivered yet."""
        self.discarded = True
        self.cancelled_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancelled_event.is_set()

    @property
    def running(self) -> bool:
        return not self.finished

    @property
    def deliverable(self) -> bool:
        """Results still have somewhere to go: not discarded, owner widget not deleted."""
        return not self.discarded and shiboken6.isValid(self.owner)


class _Runnable(QRunnable):
    def __init__(self, body: Callable[[], None]) -> None:
        super().__init__()
        self._body = body

    @Slot()
    def run(self) -> None:
        self._body()


class TaskRunner(QObject):
    """Runs tasks off the UI thread and delivers their results on it. One per app."""

    busy_changed = Signal(int)  # tasks in flight, for a status indicator
    _posted = Signal(object)  # emitted by workers; queued to the UI thread

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._stream_pool = QThreadPool(self)
        self._stream_pool.setMaxThreadCount(_STREAM_THREADS)
        self._ids = itertools.count(1)
        self._tasks: dict[int, Task] = {}
        self._latest: dict[tuple[int, str], Task] = {}
        self._posted.connect(self._deliver)

    # ---- starting -------------------------------------------------------------------------
    def run(
        self,
        owner: QObject,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        key: str | None = None,
        long_running: bool = False,
    ) -> Task:
        """Run ``fn()`` on a worker; ``on_done(result)`` or ``on_error(exc)`` on the UI thread.

        ``long_running`` (loading a model, say) runs it beside the streams, so it does not hold
        one of the few threads that short reads of the vault share.
        """
        task = self._begin(owner, key)

        def body() -> None:
            try:
                result = fn()
            except BaseException as exc:  # delivered to the UI, never lost
                self._post(task, on_error, exc, final=True)
            else:
                self._post(task, on_done, result, final=True)

        (self._stream_pool if long_running else self._pool).start(_Runnable(body))
        return task

    def stream(
        self,
        owner: QObject,
        fn: Callable[[Callable[[I], None], threading.Event], T],
        on_item: Callable[[I], None] | None = None,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        key: str | None = None,
    ) -> Task:
        """Run ``fn(emit, cancelled)``; each ``emit(item)`` reaches ``on_item`` on the UI thread."""
        task = self._begin(owner, key)

        def emit(item: I) -> None:
            if not task.discarded:
                self._post(task, on_item, item, final=False)

        def body() -> None:
            try:
                result = fn(emit, task.cancelled_event)
            except BaseException as exc:
                self._post(task, on_error, exc, final=True)
            else:
                self._post(task, on_done, result, final=True)

        self._stream_pool.start(_Runnable(body))
        return task

    def _begin(self, owner: QObject, key: str | None) -> Task:
        if not isinstance(owner, QObject):
            raise TypeError("a task needs the QObject that owns its results")
        task = Task(next(self._ids), owner, key)
        if key is not None:
            slot = (id(owner), key)
            older = self._latest.get(slot)
            if older is not None and older.owner is owner:
                older.discard()  # superseded: its late result must not overwrite ours
            self._latest[slot] = task
        self._tasks[task.id] = task
        self.busy_changed.emit(self.in_flight)
        return task

    # ---- delivering -----------------------------------------------------------------------
    def _post(
        self, task: Task, callback: Callable[[Any], None] | None, value: object, *, final: bool
    ) -> None:
        with contextlib.suppress(RuntimeError):  # the runner itself is gone (app teardown)
            self._posted.emit((task, callback, value, final))

    @Slot(object)
    def _deliver(self, message: tuple[Task, Callable[[Any], None] | None, object, bool]) -> None:
        task, callback, value, final = message
        if task.finished:
            return
        if final:
            task.finished = True
            self._tasks.pop(task.id, None)
            if task.key is not None and self._latest.get((id(task.owner), task.key)) is task:
                del self._latest[(id(task.owner), task.key)]
            self.busy_changed.emit(self.in_flight)
        if not task.deliverable:
            return
        if callback is not None:
            callback(value)
        elif final and isinstance(value, BaseException):
            log.warning("ui.task_failed", error=type(value).__name__)

    # ---- in flight ------------------------------------------------------------------------
    @property
    def in_flight(self) -> int:
        """Tasks started whose last callback has not run yet."""
        return len(self._tasks)

    def cancel_all(self) -> None:
        """Ask every running task to stop (lock, quit): streams end early, reads finish."""
        for task in list(self._tasks.values()):
            task.cancel()

    def discard_within(self, root: QObject) -> None:
        """Drop the results of every task owned by ``root`` or an object under it (a lock: the
        window is wiped and waits only to be deleted, so an answer or a day's rows arriving
        late must not put the journal's words back into it). The functions still run to their
        end and stay in flight until then, so the vault closes after them."""
        for task in list(self._tasks.values()):
            if _within(task.owner, root):
                task.discard()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until every worker function returned (quit, tests). Callbacks still queue."""
        ok = bool(self._pool.waitForDone(msecs))
        return bool(self._stream_pool.waitForDone(msecs)) and ok


def _within(obj: QObject, root: QObject) -> bool:
    """``obj`` is ``root`` or has it as a parent, grandparent, … (a deleted object is not)."""
    current: QObject | None = obj
    while current is not None and shiboken6.isValid(current):
        if current is root:
            return True
        current = current.parent()
    return False
