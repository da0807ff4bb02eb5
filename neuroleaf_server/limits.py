"""Growing delays after failed sign-ins, per account identifier and per client address.

The counters live in the database (table ``auth_failures``), so several API processes behind
a load balancer enforce one limit together: a brute force spread over them is slowed exactly
as one aimed at a single process. After ``free`` failures every further failure doubles the
wait, up to ``cap_s``; a success clears the key; a key without failures for a day is
forgotten. Keys are stored as HMACs under the server secret (the same in every process:
``NEUROLEAF_SERVER_SECRET``), never as the names or addresses themselves.

Each failure is one atomic upsert (``INSERT … ON CONFLICT DO UPDATE … RETURNING``, on SQLite
and PostgreSQL alike), so two processes counting the same key at once both count.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from neuroleaf_server.models import AuthFailure

FORGET_AFTER = timedelta(days=1)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class FailureLimiter:
    def __init__(
        self,
        scope: str,
        secret: str,
        *,
        free: int = 5,
        base_s: float = 1.0,
        cap_s: float = 900.0,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.scope = scope
        self.secret = secret.encode()
        self.free = free
        self.base_s = base_s
        self.cap_s = cap_s
        self.clock = clock

    def _key(self, key: str) -> str:
        message = f"{self.scope}\x00{key}".encode()
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def wait_for(self, failures: int) -> float:
        """Seconds to wait after this many failures in a row."""
        if failures <= self.free:
            return 0.0
        return float(min(self.cap_s, self.base_s * 2 ** (failures - self.free - 1)))

    def retry_after(self, session: Session, *keys: str) -> float:
        """Seconds to wait before the next attempt is allowed (0: go ahead)."""
        now = self.clock()
        until = session.scalars(
            select(AuthFailure.blocked_until).where(
                AuthFailure.key.in_([self._key(k) for k in keys])
            )
        )
        return max([0.0, *((_aware(u) - now).total_seconds() for u in until)])

    def failed(self, session: Session, *keys: str) -> None:
        """Count a failure (the caller commits, together with whatever else it records)."""
        now = self.clock()
        session.execute(delete(AuthFailure).where(AuthFailure.updated_at < now - FORGET_AFTER))
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        for key in keys:
            hashed = self._key(key)
            upsert = dialect.insert(AuthFailure).values(
                key=hashed, failures=1, blocked_until=now, updated_at=now
            )
            failures = session.scalar(
                upsert.on_conflict_do_update(
                    index_elements=[AuthFailure.key],
                    set_={"failures": AuthFailure.failures + 1, "updated_at": now},
                ).returning(AuthFailure.failures)
            )
            wait = self.wait_for(int(failures or 0))
            if wait:
                until = now + timedelta(seconds=wait)
                session.execute(
                    update(AuthFailure)
                    .where(AuthFailure.key == hashed, AuthFailure.blocked_until < until)
                    .values(blocked_until=until)
                )

    def succeeded(self, session: Session, *keys: str) -> None:
        session.execute(
            delete(AuthFailure).where(AuthFailure.key.in_([self._key(k) for k in keys]))
        )
