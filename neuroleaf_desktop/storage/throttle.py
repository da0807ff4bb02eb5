"""Back-off after wrong unlock attempts, remembered across restarts.

Argon2id already makes each guess cost half a second; the back-off stops a script from simply
restarting the app to guess faster. The state file holds counts and times only. It is a speed
bump for casual guessing, not a security boundary: the real protection is the KDF cost.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from neuroleaf_desktop.errors import UnlockThrottledError
from neuroleaf_desktop.storage.keyfile import write_atomic

FREE_ATTEMPTS = 3
MAX_DELAY_S = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive wrong attempts: 0,0,0,2,4,8… ≤ 5 min."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_S, 2 ** (failures - FREE_ATTEMPTS + 1)))


@dataclass
class UnlockThrottle:
    path: Path
    clock: Callable[[], float] = time.time

    def _load(self) -> tuple[int, float]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return int(raw["failures"]), float(raw["last_failure_at"])
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def retry_after(self) -> float:
        """Seconds still to wait, never more than the back-off itself allows: a time stamp in
        the future (clock change, edited file) counts as "just now", not as a long lock-out."""
        failures, last = self._load()
        now = self.clock()
        delay = delay_after(max(0, failures))
        wait = delay - (now - min(last, now))
        return min(delay, max(0.0, wait))

    def check(self) -> None:
        wait = self.retry_after()
        if wait > 0:
            raise UnlockThrottledError(wait)

    def record_failure(self) -> None:
        failures, _ = self._load()
        payload = {"failures": failures + 1, "last_failure_at": self.clock()}
        write_atomic(self.path, json.dumps(payload).encode())

    def record_success(self) -> None:
        if self.path.exists():
            self.path.unlink()

    @property
    def failures(self) -> int:
        return self._load()[0]
