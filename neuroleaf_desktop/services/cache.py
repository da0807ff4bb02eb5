"""In-memory TTL caches per unlocked profile.

Three caches, each with its own lifetime:

* ``dashboard``     5 min: built dashboard summaries, keyed by date range and options;
* ``mood_history`` 15 min: check-in lists read for charts, keyed by the UTC window read;
* ``embeddings``    1 h:  embedding look-ups, keyed ``(entry_id, …)`` (or the bare entry id).

They live in memory only — never on disk, never pickled — because they hold plaintext. A
``CacheRegistry`` belongs to one session (so one profile) and listens to its EventBus: every
write invalidates exactly the keys it affects, and locking the vault empties everything.

==========================  ==========  ==============  ===============================
change                      dashboard   mood history    embeddings
==========================  ==========  ==============  ===============================
check-in created/… (any)    cleared     cleared         —
entry created/updated/…     cleared     —               that entry's keys
entry analysed              cleared     —               — (the text did not change)
activity created/updated    cleared     —               —
vault locked                cleared     cleared         cleared
settings, drafts, jobs      —           —               —
==========================  ==========  ==============  ===============================
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.events import Change, EventBus, Topic


class CacheOwner(Protocol):
    """What a registry needs of a session: whose caches they are and its change events.

    (A protocol, not the session class: the session module imports this one.)
    """

    @property
    def profile_slug(self) -> str: ...

    @property
    def events(self) -> EventBus: ...


log = get_logger("cache")

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

DASHBOARD_TTL_S = 5 * 60.0
MOOD_HISTORY_TTL_S = 15 * 60.0
EMBEDDING_TTL_S = 60 * 60.0

MonotonicClock = Callable[[], float]


@dataclass
class _Slot(Generic[V]):
    value: V
    expires_at: float


class TTLCache(Generic[K, V]):
    """A small thread-safe map whose items expire ``ttl_s`` seconds after they were stored.

    ``clock`` returns monotonic seconds (injectable for tests). ``max_items`` bounds memory:
    the oldest item goes first when it is exceeded. ``get_or_compute`` computes outside the
    lock and does not store a value if the cache was invalidated meanwhile, so a write that
    lands during a slow computation can never be masked by a stale result.
    """

    def __init__(
        self,
        ttl_s: float,
        *,
        clock: MonotonicClock = time.monotonic,
        max_items: int = 256,
        name: str = "cache",
    ) -> None:
        if ttl_s <= 0:
            raise ValueError("ttl_s must be > 0")
        if max_items < 1:
            raise ValueError("max_items must be >= 1")
        self.ttl_s = ttl_s
        self.name = name
        self._clock = clock
        self._max_items = max_items
        self._items: dict[K, _Slot[V]] = {}
        self._lock = threading.Lock()
        self._generation = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        with self._lock:
            self._expire()
            return len(self._items)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            slot = self._items.get(key)  # type: ignore[arg-type]
            return slot is not None and slot.expires_at > self._clock()

    def keys(self) -> list[K]:
        with self._lock:
            self._expire()
            return list(self._items)

    def get(self, key: K) -> V | None:
        with self._lock:
            slot = self._items.get(key)
            if slot is None or slot.expires_at <= self._clock():
                if slot is not None:
                    del self._items[key]
                self.misses += 1
                return None
            self.hits += 1
            return slot.value

    def set(self, key: K, value: V) -> None:
        with self._lock:
            self._store(key, value)

    def get_or_compute(self, key: K, compute: Callable[[], V]) -> V:
        with self._lock:
            slot = self._items.get(key)
            if slot is not None and slot.expires_at > self._clock():
                self.hits += 1
                return slot.value
            self.misses += 1
            generation = self._generation
        value = compute()
        with self._lock:
            if generation == self._generation:
                self._store(key, value)
        return value

    def invalidate(self, key: K) -> bool:
        with self._lock:
            self._generation += 1
            return self._items.pop(key, None) is not None

    def invalidate_where(self, predicate: Callable[[K], bool]) -> int:
        with self._lock:
            self._generation += 1
            doomed = [k for k in self._items if predicate(k)]
            for k in doomed:
                del self._items[k]
            return len(doomed)

    def clear(self) -> int:
        with self._lock:
            self._generation += 1
            count = len(self._items)
            self._items.clear()
            return count

    # ---- internals (lock held) -------------------------------------------------------------
    def _store(self, key: K, value: V) -> None:
        self._items.pop(key, None)  # re-insert: dict order is age order
        self._items[key] = _Slot(value, self._clock() + self.ttl_s)
        while len(self._items) > self._max_items:
            del self._items[next(iter(self._items))]

    def _expire(self) -> None:
        now = self._clock()
        for k in [k for k, s in self._items.items() if s.expires_at <= now]:
            del self._items[k]


def _entry_of(key: Hashable) -> Hashable:
    """The entry id an embedding key belongs to: the key itself or its first element."""
    if isinstance(key, tuple) and key:
        first: Hashable = key[0]
        return first
    return key


class CacheRegistry:
    """The caches of one unlocked profile, invalidated by the profile's events."""

    def __init__(self, profile_slug: str, *, clock: MonotonicClock = time.monotonic) -> None:
        self.profile_slug = profile_slug
        self.dashboard: TTLCache[Hashable, object] = TTLCache(
            DASHBOARD_TTL_S, clock=clock, max_items=64, name="dashboard"
        )
        self.mood_history: TTLCache[Hashable, object] = TTLCache(
            MOOD_HISTORY_TTL_S, clock=clock, max_items=32, name="mood_history"
        )
        self.embeddings: TTLCache[Hashable, object] = TTLCache(
            EMBEDDING_TTL_S, clock=clock, max_items=4096, name="embeddings"
        )
        self._unsubscribe: Callable[[], None] | None = None

    @property
    def caches(self) -> tuple[TTLCache[Hashable, object], ...]:
        return (self.dashboard, self.mood_history, self.embeddings)

    def attach(self, session: CacheOwner) -> None:
        if self._unsubscribe is None:
            self._unsubscribe = session.events.subscribe(self.on_change)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def clear(self) -> None:
        for cache in self.caches:
            cache.clear()

    def on_change(self, change: Change) -> None:
        """Invalidate exactly what ``change`` makes stale (see the module table)."""
        if change.topic is Topic.CHECKIN:
            self.mood_history.clear()
            self.dashboard.clear()
        elif change.topic is Topic.ENTRY:
            self.dashboard.clear()
            if change.op != "analysed":
                entry_id = change.id
                if entry_id:
                    self.embeddings.invalidate_where(lambda k: _entry_of(k) == entry_id)
                else:  # an unnamed bulk change: safest is to forget every look-up
                    self.embeddings.clear()
        elif change.topic is Topic.ACTIVITY:
            self.dashboard.clear()
        elif change.topic is Topic.VAULT and change.op == "locked":
            self.clear()
            self.detach()
        else:
            return
        log.debug("cache.invalidated", topic=change.topic.value, op=change.op)


_REGISTRIES: dict[int, tuple[weakref.ref[CacheOwner], CacheRegistry]] = {}
# Re-entrant: a dead session's weakref callback (``forget``) may run from garbage collection on
# a thread that already holds the lock (an allocation inside ``session_caches``); a plain lock
# would deadlock there.
_REGISTRIES_LOCK = threading.RLock()


def session_caches(session: CacheOwner) -> CacheRegistry:
    """The CacheRegistry of ``session`` (made, and subscribed to its events, on first use).

    Kept in a module dict keyed by ``id(session)`` with a weak reference, so a dropped session
    takes its caches (and the plaintext in them) with it.
    """
    key = id(session)
    with _REGISTRIES_LOCK:
        found = _REGISTRIES.get(key)
        if found is not None and found[0]() is session:
            return found[1]
        registry = CacheRegistry(session.profile_slug)

        def forget(_ref: weakref.ref[CacheOwner], key: int = key) -> None:
            with _REGISTRIES_LOCK:
                current = _REGISTRIES.get(key)
                if current is not None and current[0] is _ref:
                    current[1].clear()
                    del _REGISTRIES[key]

        _REGISTRIES[key] = (weakref.ref(session, forget), registry)
    registry.attach(session)
    return registry
