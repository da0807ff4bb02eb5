"""A tiny publish/subscribe bus: services announce changes, views refresh what changed.

Plain Python on purpose (no Qt): the UI bridges it to Qt signals on the main thread, the CLI
ignores it, and tests subscribe directly. Subscribers must be quick; slow work belongs on a
worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from neuroleaf_desktop.logging_setup import get_logger

log = get_logger("events")


class Topic(StrEnum):
    ENTRY = "entry"
    CHECKIN = "checkin"
    ACTIVITY = "activity"
    SETTINGS = "settings"
    TEMPLATE = "template"  # the entry templates' catalogue changed (no id)
    DRAFT = "draft"
    VAULT = "vault"
    JOB = "job"  # background job queued/started/done/retrying/failed/cancelled (id: job id)
    SYNC = "sync"  # sync started/done/failed/signed_in/signed_out (no id)


@dataclass(frozen=True)
class Change:
    """Something was written. ``origin`` names who wrote it, when the writer said so.

    A view that saves passes its own token as ``origin`` and already holds what it saved, so
    it skips the re-read its own change would otherwise cause; everyone else refreshes.
    """

    topic: Topic
    op: str  # created | updated | deleted | restored | purged | locked | …
    id: str = ""
    origin: str = ""  # the writer's token ("" = not said)


Listener = Callable[[Change], None]


class EventBus:
    def __init__(self) -> None:
        self._listeners: dict[Topic | None, list[Listener]] = {}
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener, topic: Topic | None = None) -> Callable[[], None]:
        """Listen to one topic (or all with None). Returns a function that unsubscribes."""
        with self._lock:
            self._listeners.setdefault(topic, []).append(listener)

        def unsubscribe() -> None:
            with self._lock:
                listeners = self._listeners.get(topic, [])
                if listener in listeners:
                    listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        with self._lock:
            targets = list(self._listeners.get(change.topic, ())) + list(
                self._listeners.get(None, ())
            )
        for listener in targets:
            try:
                listener(change)
            except Exception:  # a broken view must not break a save
                log.exception("events.listener_failed", topic=change.topic.value, op=change.op)
