"""The durable job queue (``jobs`` table): enqueue, claim, finish, recover.

Payloads are *references* (an entry id), never content: the job table, its error texts and
the logs about jobs must be safe to show in a status panel or a bug report.

Atomicity: ``claim_next`` is a single ``UPDATE … WHERE id = (SELECT …) RETURNING`` statement, so
two workers (threads, or two processes on one vault) can never claim the same job. Completion
and failure only apply to a job still ``running`` under the same ``owner``, so a job cancelled
(or recovered by another process) while it ran is not silently marked done.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from neuroleaf_desktop.domain.timeutil import from_iso, to_iso


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Job:
    id: int
    kind: str
    payload_ref: str
    state: JobState
    attempts: int
    next_run_at: datetime
    last_error: str
    created_at: datetime
    updated_at: datetime
    owner: str = ""


_COLUMNS = (
    "id, kind, payload_ref, state, attempts, next_run_at, last_error, created_at, updated_at, owner"
)
MAX_ERROR_CHARS = 500


def _job(row: Any) -> Job:
    return Job(
        id=int(row[0]),
        kind=row[1],
        payload_ref=row[2],
        state=JobState(row[3]),
        attempts=int(row[4]),
        next_run_at=from_iso(row[5]),
        last_error=row[6],
        created_at=from_iso(row[7]),
        updated_at=from_iso(row[8]),
        owner=row[9],
    )


def _kind_filter(kinds: Sequence[str] | None) -> tuple[str, builtins.list[Any]]:
    if kinds is None:
        return "", []
    if not kinds:
        return " AND 0", []
    return f" AND kind IN ({','.join('?' * len(kinds))})", list(kinds)


class JobRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    # ---- writes ---------------------------------------------------------------------------
    def enqueue(
        self,
        kind: str,
        payload_ref: str,
        run_at: datetime,
        *,
        now: datetime | None = None,
        dedupe: bool = True,
    ) -> tuple[int, bool]:
        """Queue a job; returns (job id, created?).

        With ``dedupe`` an already *queued* job of the same kind and payload is reused (its run
        time moved earlier if needed) instead of adding a second one. A *running* one is not
        reused: the payload may have changed after it started, so it needs one more run.
        """
        now = now or run_at
        if dedupe:
            row = self.conn.execute(
                "SELECT id, next_run_at FROM jobs WHERE kind = ? AND payload_ref = ? "
                "AND state = 'queued' ORDER BY id LIMIT 1",
                (kind, payload_ref),
            ).fetchone()
            if row is not None:
                if to_iso(run_at) < row[1]:
                    self.conn.execute(
                        "UPDATE jobs SET next_run_at = ?, updated_at = ? WHERE id = ?",
                        (to_iso(run_at), to_iso(now), row[0]),
                    )
                return int(row[0]), False
        cur = self.conn.execute(
            "INSERT INTO jobs (kind, payload_ref, state, attempts, next_run_at, created_at, "
            "updated_at) VALUES (?, ?, 'queued', 0, ?, ?, ?)",
            (kind, payload_ref, to_iso(run_at), to_iso(now), to_iso(now)),
        )
        return int(cur.lastrowid), True

    def claim_next(
        self, now: datetime, owner: str, kinds: Sequence[str] | None = None
    ) -> Job | None:
        """Atomically move the oldest due queued job to ``running`` (attempts + 1)."""
        where, params = _kind_filter(kinds)
        row = self.conn.execute(
            "UPDATE jobs SET state = 'running', attempts = attempts + 1, owner = ?, "
            "updated_at = ? WHERE id = (SELECT id FROM jobs WHERE state = 'queued' "
            f"AND next_run_at <= ?{where} ORDER BY next_run_at, id LIMIT 1) "
            f"RETURNING {_COLUMNS}",
            (owner, to_iso(now), to_iso(now), *params),
        ).fetchone()
        return _job(row) if row else None

    def complete(self, job_id: int, now: datetime, owner: str) -> bool:
        cur = self.conn.execute(
            "UPDATE jobs SET state = 'done', last_error = '', updated_at = ? "
            "WHERE id = ? AND state = 'running' AND owner = ?",
            (to_iso(now), job_id, owner),
        )
        return bool(cur.rowcount)

    def fail(
        self,
        job_id: int,
        error: str,
        now: datetime,
        *,
        owner: str | None,
        retry_at: datetime | None,
    ) -> bool:
        """Record a failed attempt: back to ``queued`` at ``retry_at``, or ``failed`` for good
        when ``retry_at`` is None. ``owner`` None: whoever holds it (used by recovery)."""
        state, next_run = ("queued", to_iso(retry_at)) if retry_at else ("failed", None)
        sql = (
            "UPDATE jobs SET state = ?, last_error = ?, updated_at = ?, owner = '', "
            "next_run_at = coalesce(?, next_run_at) WHERE id = ? AND state = 'running'"
        )
        params: builtins.list[Any] = [state, error[:MAX_ERROR_CHARS], to_iso(now), next_run, job_id]
        if owner is not None:
            sql += " AND owner = ?"
            params.append(owner)
        return bool(self.conn.execute(sql, params).rowcount)

    def cancel(self, job_id: int, now: datetime) -> bool:
        cur = self.conn.execute(
            "UPDATE jobs SET state = 'cancelled', owner = '', updated_at = ? "
            "WHERE id = ? AND state IN ('queued', 'running')",
            (to_iso(now), job_id),
        )
        return bool(cur.rowcount)

    def retry(self, job_id: int, now: datetime) -> bool:
        """A failed or cancelled job gets a fresh set of attempts, due now."""
        cur = self.conn.execute(
            "UPDATE jobs SET state = 'queued', attempts = 0, last_error = '', owner = '', "
            "next_run_at = ?, updated_at = ? WHERE id = ? AND state IN ('failed', 'cancelled')",
            (to_iso(now), to_iso(now), job_id),
        )
        return bool(cur.rowcount)

    def requeue(self, job_ids: Iterable[int], now: datetime) -> int:
        """Running jobs whose worker is gone go back to the queue, due now."""
        count = 0
        for job_id in job_ids:
            cur = self.conn.execute(
                "UPDATE jobs SET state = 'queued', owner = '', next_run_at = ?, updated_at = ? "
                "WHERE id = ? AND state = 'running'",
                (to_iso(now), to_iso(now), job_id),
            )
            count += cur.rowcount
        return count

    def prune(self, before: datetime) -> int:
        """Forget finished (done/cancelled) jobs last touched before ``before``."""
        cur = self.conn.execute(
            "DELETE FROM jobs WHERE state IN ('done', 'cancelled') AND updated_at < ?",
            (to_iso(before),),
        )
        return int(cur.rowcount)

    # ---- reads ----------------------------------------------------------------------------
    def get(self, job_id: int) -> Job | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return _job(row) if row else None

    def list(
        self,
        states: Sequence[JobState] | None = None,
        *,
        kind: str | None = None,
        limit: int = 100,
    ) -> builtins.list[Job]:
        """Jobs, most recently touched first."""
        clauses = ["1"]
        params: builtins.list[Any] = []
        if states:
            clauses.append(f"state IN ({','.join('?' * len(states))})")
            params += [s.value for s in states]
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind)
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM jobs WHERE {' AND '.join(clauses)} "
            "ORDER BY updated_at DESC, id DESC LIMIT ?",
            (*params, limit),
        )
        return [_job(r) for r in rows]

    def active_payloads(self, kind: str) -> set[str]:
        """Payloads with a queued or running job of ``kind`` (already taken care of)."""
        rows = self.conn.execute(
            "SELECT payload_ref FROM jobs WHERE kind = ? AND state IN ('queued', 'running')",
            (kind,),
        )
        return {r[0] for r in rows}

    def running(self) -> builtins.list[Job]:
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM jobs WHERE state = 'running'")
        return [_job(r) for r in rows]

    def has_due(self, now: datetime, kinds: Sequence[str] | None = None) -> bool:
        where, params = _kind_filter(kinds)
        row = self.conn.execute(
            f"SELECT 1 FROM jobs WHERE state = 'queued' AND next_run_at <= ?{where} LIMIT 1",
            (to_iso(now), *params),
        ).fetchone()
        return row is not None

    def next_run_at(self, kinds: Sequence[str] | None = None) -> datetime | None:
        where, params = _kind_filter(kinds)
        row = self.conn.execute(
            f"SELECT min(next_run_at) FROM jobs WHERE state = 'queued'{where}", params
        ).fetchone()
        return from_iso(row[0]) if row and row[0] else None

    def counts(self) -> dict[str, dict[JobState, int]]:
        """``{kind: {state: n}}`` for every kind and state present."""
        out: dict[str, dict[JobState, int]] = {}
        for kind, state, n in self.conn.execute(
            "SELECT kind, state, count(*) FROM jobs GROUP BY kind, state"
        ):
            out.setdefault(kind, {})[JobState(state)] = int(n)
        return out
