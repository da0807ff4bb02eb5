"""services/cache: TTL expiry with a fake clock, and exact invalidation by events."""

from __future__ import annotations

import gc

import pytest

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services import cache as cache_mod
from neuroleaf_desktop.services.cache import (
    DASHBOARD_TTL_S,
    EMBEDDING_TTL_S,
    MOOD_HISTORY_TTL_S,
    CacheRegistry,
    TTLCache,
    session_caches,
)
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.session import Session


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_items_expire_after_their_ttl() -> None:
    clock = Clock()
    c: TTLCache[str, int] = TTLCache(10, clock=clock)
    c.set("a", 1)
    clock.now += 9.99
    assert c.get("a") == 1 and "a" in c
    clock.now += 0.02
    assert c.get("a") is None and "a" not in c and len(c) == 0


def test_get_or_compute_caches_and_recomputes_after_expiry() -> None:
    clock = Clock()
    c: TTLCache[str, int] = TTLCache(5, clock=clock)
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert c.get_or_compute("k", compute) == 1
    assert c.get_or_compute("k", compute) == 1
    clock.now += 5
    assert c.get_or_compute("k", compute) == 2
    assert (c.hits, c.misses) == (1, 2)


def test_a_value_computed_across_an_invalidation_is_not_stored() -> None:
    c: TTLCache[str, str] = TTLCache(60, clock=Clock())

    def slow() -> str:
        c.invalidate("k")  # a write lands while we compute
        return "stale"

    assert c.get_or_compute("k", slow) == "stale"
    assert c.get("k") is None


def test_size_bound_drops_the_oldest() -> None:
    c: TTLCache[int, int] = TTLCache(60, clock=Clock(), max_items=2)
    for i in range(3):
        c.set(i, i)
    assert c.keys() == [1, 2]


def test_registry_lifetimes() -> None:
    clock = Clock()
    reg = CacheRegistry("p", clock=clock)
    assert (reg.dashboard.ttl_s, reg.mood_history.ttl_s, reg.embeddings.ttl_s) == (
        DASHBOARD_TTL_S, MOOD_HISTORY_TTL_S, EMBEDDING_TTL_S,
    ) == (300, 900, 3600)  # fmt: skip
    reg.dashboard.set("d", 1)
    reg.mood_history.set("m", 1)
    reg.embeddings.set(("e1", "model"), 1)
    clock.now += 301
    assert reg.dashboard.get("d") is None and reg.mood_history.get("m") == 1
    clock.now += 600
    assert reg.mood_history.get("m") is None and reg.embeddings.get(("e1", "model")) == 1
    clock.now += 2700
    assert reg.embeddings.get(("e1", "model")) is None


def filled(reg: CacheRegistry) -> None:
    reg.dashboard.set(("summary", 1), 1)
    reg.mood_history.set(("checkins", 1), 1)
    for key in (("e1", "m"), ("e1", "other"), ("e2", "m"), "e3"):
        reg.embeddings.set(key, 1)


def state(reg: CacheRegistry) -> tuple[int, int, list[str]]:
    return len(reg.dashboard), len(reg.mood_history), sorted(map(str, reg.embeddings.keys()))


ALL_EMB = sorted(map(str, [("e1", "m"), ("e1", "other"), ("e2", "m"), "e3"]))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (Change(Topic.CHECKIN, "created", "c1"), (0, 0, ALL_EMB)),
        (Change(Topic.CHECKIN, "deleted", "c1"), (0, 0, ALL_EMB)),
        (Change(Topic.ENTRY, "updated", "e1"), (0, 1, sorted(map(str, [("e2", "m"), "e3"])))),
        (
            Change(Topic.ENTRY, "purged", "e3"),
            (0, 1, sorted(map(str, [("e1", "m"), ("e1", "other"), ("e2", "m")]))),
        ),
        (Change(Topic.ENTRY, "analysed", "e1"), (0, 1, ALL_EMB)),
        (Change(Topic.ACTIVITY, "created", "7"), (0, 1, ALL_EMB)),
        (Change(Topic.SETTINGS, "updated", "theme"), (1, 1, ALL_EMB)),
        (Change(Topic.DRAFT, "updated", "d"), (1, 1, ALL_EMB)),
        (Change(Topic.JOB, "done", "3"), (1, 1, ALL_EMB)),
        (Change(Topic.VAULT, "locked", "p"), (0, 0, [])),
    ],
)
def test_each_write_invalidates_exactly_what_it_affects(
    change: Change, expected: tuple[int, int, list[str]]
) -> None:
    reg = CacheRegistry("p", clock=Clock())
    filled(reg)
    reg.on_change(change)
    assert state(reg) == expected


def test_session_caches_follow_the_session_events(session: Session) -> None:
    reg = session_caches(session)
    assert session_caches(session) is reg
    filled(reg)
    session.journal.add(NewEntry(title="t", body="b"))
    assert len(reg.dashboard) == 0 and len(reg.mood_history) == 1
    reg.dashboard.set("x", 1)
    session.mood.log(NewCheckIn(mood=5))
    assert len(reg.dashboard) == 0 and len(reg.mood_history) == 0


def test_a_dropped_session_takes_its_caches_along() -> None:
    class FakeEvents:
        def subscribe(self, listener: object, topic: object = None) -> object:
            return lambda: None

    class FakeSession:
        profile_slug = "x"
        events = FakeEvents()

    fake = FakeSession()
    reg = session_caches(fake)  # type: ignore[arg-type]
    reg.dashboard.set("k", 1)
    key = id(fake)
    del fake
    gc.collect()
    assert key not in cache_mod._REGISTRIES
    assert len(reg.dashboard) == 0
