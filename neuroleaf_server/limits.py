"""Growing delays after failed sign-ins, per account identifier and per client address.

In memory, per process: enough for one server; behind a load balancer each process limits
on its own (documented in docs/SYNC.md). After ``free`` failures every further failure
doubles the wait, up to ``cap_s``; a success clears the key.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class FailureLimiter:
    def __init__(
        self,
        *,
        free: int = 5,
        base_s: float = 1.0,
        cap_s: float = 900.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.free = free
        self.base_s = base_s
        self.cap_s = cap_s
        self.clock = clock
        self._failures: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, *keys: str) -> float:
        """Seconds to wait before the next attempt is allowed (0: go ahead)."""
        now = self.clock()
        with self._lock:
            waits = [until - now for _n, until in (self._failures.get(k, (0, 0.0)) for k in keys)]
        return max([0.0, *waits])

    def failed(self, *keys: str) -> None:
        now = self.clock()
        with self._lock:
            for key in keys:
                count, _until = self._failures.get(key, (0, 0.0))
                count += 1
                wait = 0.0
                if count > self.free:
                    wait = min(self.cap_s, self.base_s * 2 ** (count - self.free - 1))
                self._failures[key] = (count, now + wait)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)
