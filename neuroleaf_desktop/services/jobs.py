"""Durable background jobs: a job table inside the vault and a small pool of worker threads.

Why a table in the vault rather than an in-memory queue (what the seed did with Celery and
Redis): work that was asked for must not be lost when the app quits, crashes or is killed. A
job is a row (kind, payload *reference*, state, attempts, next run time); workers claim rows
atomically, so it survives restarts and even two processes sharing a vault (the app and the
CLI) never run the same job twice at once.

Life of a job::

    queued ──claim──► running ──ok──► done
      ▲                  │
      └──back-off────────┤ error, attempts < max  (5 s, 30 s, 2 min)
                         └─ error, attempts = max, or JobFailed(permanent=True) ──► failed
    queued/running ──cancel()──► cancelled        failed/cancelled ──retry()──► queued

A job that was ``running`` when its process died goes back to ``queued`` at the next start
(``recover``). Each claim counts as an attempt, so a job that kills the app every time it runs
ends in ``failed`` too instead of crashing it forever.

Privacy: payloads are ids; error texts are built from exception *types* and from reasons a
handler states explicitly with ``JobFailed`` (which must not quote user content); logs carry
job ids, kinds, counts and timings only. Heavy inference (LLM, Whisper) will run in
subprocesses; the analysis handlers are light and run in these threads.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import secrets
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from neuroleaf_desktop.errors import VaultError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.storage.repositories.job_repo import Job, JobRepository, JobState
from neuroleaf_desktop.storage.vault import Vault

__all__ = [
    "DEFAULT_BACKOFF",
    "DEFAULT_MAX_ATTEMPTS",
    "Job",
    "JobFailed",
    "JobRunner",
    "JobState",
    "JobStatus",
]

log = get_logger("jobs")

DEFAULT_BACKOFF: tuple[timedelta, ...] = (
    timedelta(seconds=5),
    timedelta(seconds=30),
    timedelta(minutes=2),
)
DEFAULT_MAX_ATTEMPTS = 4
DEFAULT_STALE_AFTER = timedelta(minutes=30)
DEFAULT_KEEP_FINISHED = timedelta(days=7)

Handler = Callable[[Job], None]
Label = Callable[[int], str]

# Runner tokens alive in this process: a job "running" under our pid but an unknown token was
# left by a runner of this process that is gone (e.g. before a lock and unlock in the app).
_LIVE_TOKENS: set[str] = set()
_LIVE_LOCK = threading.Lock()


class JobFailed(Exception):  # noqa: N818 - reads as "raise JobFailed(...)", like StopIteration
    """Raised by a handler to fail a job with a reason safe to store and show.

    ``reason`` is shown in the jobs list and stored in the vault: describe *what* failed in
    general terms ("The entry could not be read.") and never quote journal text. With
    ``permanent`` the job fails at once (retrying cannot help); otherwise it is retried.
    """

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


def _default_label(kind: str) -> Label:
    return lambda n: f"Working on {n} background task{'s' if n != 1 else ''} ({kind})…"


@dataclass(frozen=True)
class _Kind:
    name: str
    handler: Handler
    label: Label


@dataclass(frozen=True)
class JobStatus:
    """What a status indicator shows: pending work per kind, and failures to look at."""

    pending: dict[str, int] = field(default_factory=dict)  # queued + running, per kind
    running: int = 0
    failed: int = 0
    labels: tuple[str, ...] = ()  # e.g. ("Analysing 3 entries…",)

    @property
    def busy(self) -> bool:
        return any(self.pending.values())

    @property
    def text(self) -> str:
        """One line for the status bar; empty when there is nothing to say."""
        parts = list(self.labels)
        if self.failed:
            parts.append(f"{self.failed} task{'s' if self.failed != 1 else ''} failed")
        return " · ".join(parts)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        return True  # unknown: fall back to the stale_after lease
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _owner_alive(owner: str) -> bool:
    pid_text, _, token = owner.partition(":")
    try:
        pid = int(pid_text)
    except ValueError:
        return False
    if pid == os.getpid():
        with _LIVE_LOCK:
            return token in _LIVE_TOKENS
    return _pid_alive(pid)


def _safe_reason(exc: BaseException, kind: str) -> tuple[str, bool]:
    if isinstance(exc, JobFailed):
        return exc.reason, exc.permanent
    # Never str(exc): messages of arbitrary exceptions may quote the data being processed.
    return f"Unexpected {type(exc).__name__} in the {kind} task.", False


class JobRunner:
    """Runs registered job kinds from the vault's job table on ``workers`` threads.

    ``clock`` decides what "due" means (tests move it forward to test back-off); the workers
    themselves sleep on real time (``poll_interval``) unless woken by ``enqueue``/``wake``.
    """

    def __init__(
        self,
        vault: Vault,
        events: EventBus,
        *,
        clock: Clock = system_clock,
        workers: int = 1,
        backoff: Sequence[timedelta] = DEFAULT_BACKOFF,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        poll_interval: float = 1.0,
        stale_after: timedelta = DEFAULT_STALE_AFTER,
        keep_finished: timedelta = DEFAULT_KEEP_FINISHED,
    ) -> None:
        if workers < 1:
            raise ValueError("at least one worker")
        if max_attempts < 1 or not backoff:
            raise ValueError("max_attempts >= 1 and a non-empty back-off are needed")
        self.vault = vault
        self.events = events
        self.clock = clock
        self.workers = workers
        self.backoff = tuple(backoff)
        self.max_attempts = max_attempts
        self.poll_interval = poll_interval
        self.stale_after = stale_after
        self.keep_finished = keep_finished
        self.token = secrets.token_hex(6)
        self.owner = f"{os.getpid()}:{self.token}"
        self._kinds: dict[str, _Kind] = {}
        self._threads: list[threading.Thread] = []
        self._cond = threading.Condition()
        self._generation = 0
        self._busy = 0
        self._stopping = False

    # ---- set-up ---------------------------------------------------------------------------
    def register(self, kind: str, handler: Handler, *, label: Label | None = None) -> None:
        """Handle jobs of ``kind`` here. ``label(n)`` describes n pending ones for the UI."""
        self._kinds[kind] = _Kind(kind, handler, label or _default_label(kind))

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(self._kinds)

    @property
    def is_running(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def start(self) -> None:
        """Start the worker threads (daemon threads: a stuck handler never blocks exit)."""
        if self._threads:
            return
        with _LIVE_LOCK:
            _LIVE_TOKENS.add(self.token)
        self._stopping = False
        for n in range(self.workers):
            thread = threading.Thread(target=self._worker, name=f"neuroleaf-jobs-{n}", daemon=True)
            self._threads.append(thread)
            thread.start()
        log.info("jobs.started", workers=self.workers, kinds=sorted(self._kinds))

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop the workers after their current job. True if all stopped within ``timeout``.

        A job still running after the timeout (a stuck handler) is put back in the queue, so
        the next start runs it again; its late result, if any, is discarded.
        """
        with self._cond:
            self._stopping = True
            self._generation += 1
            self._cond.notify_all()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        stuck = [t for t in self._threads if t.is_alive()]
        self._threads = []
        with _LIVE_LOCK:
            _LIVE_TOKENS.discard(self.token)
        if stuck:
            with contextlib.suppress(VaultError), self.vault.transaction() as conn:
                repo = JobRepository(conn)
                mine = [j.id for j in repo.running() if j.owner == self.owner]
                repo.requeue(mine, self.clock())
            log.warning("jobs.stop_timeout", stuck_workers=len(stuck))
        log.info("jobs.stopped")
        return not stuck

    def recover(self) -> int:
        """At start-up: requeue jobs left ``running`` by a worker that is gone; returns how
        many. A job out of attempts fails instead. Also forgets old finished jobs."""
        now = self.clock()
        requeued = failed = 0
        with self.vault.transaction() as conn:
            repo = JobRepository(conn)
            for job in repo.running():
                if job.owner == self.owner:
                    continue
                lease_over = now - job.updated_at > self.stale_after
                if _owner_alive(job.owner) and not lease_over:
                    continue  # another live process (or runner) is working on it
                if job.attempts >= self.max_attempts:
                    reason = (
                        f"Interrupted {job.attempts} times (the app closed or stopped while it "
                        "ran). Gave up."
                    )
                    failed += repo.fail(job.id, reason, now, owner=None, retry_at=None)
                else:
                    requeued += repo.requeue([job.id], now)
            pruned = repo.prune(now - self.keep_finished)
        if requeued or failed or pruned:
            log.info("jobs.recovered", requeued=requeued, failed=failed, pruned=pruned)
        if requeued or failed:
            self.events.publish(Change(Topic.JOB, "recovered"))
            self.wake()
        return requeued

    # ---- queueing and control ---------------------------------------------------------------
    def enqueue(
        self,
        kind: str,
        payload_ref: str = "",
        *,
        delay: timedelta = timedelta(0),
        dedupe: bool = True,
    ) -> int:
        """Queue a job (an id-like ``payload_ref``, never content). Returns the job id."""
        return self.enqueue_many(kind, [payload_ref], delay=delay, dedupe=dedupe)[0]

    def enqueue_many(
        self,
        kind: str,
        payload_refs: Sequence[str],
        *,
        delay: timedelta = timedelta(0),
        dedupe: bool = True,
    ) -> builtins.list[int]:
        """Queue several jobs of one kind in one transaction (one disk sync, not N)."""
        now = self.clock()
        ids: builtins.list[int] = []
        created = 0
        with self.vault.transaction() as conn:
            repo = JobRepository(conn)
            for ref in payload_refs:
                job_id, new = repo.enqueue(kind, ref, now + delay, now=now, dedupe=dedupe)
                ids.append(job_id)
                created += new
        if created:
            log.info("jobs.queued", kind=kind, count=created)
            self.events.publish(Change(Topic.JOB, "queued", str(ids[0]) if len(ids) == 1 else ""))
            self.wake()
        return ids

    def cancel(self, job_id: int) -> bool:
        """Cancel a queued or running job. A running handler is not interrupted; its result
        is discarded. Returns False if the job had already finished."""
        with self.vault.transaction() as conn:
            done = JobRepository(conn).cancel(job_id, self.clock())
        if done:
            log.info("job.cancelled", job_id=job_id)
            self.events.publish(Change(Topic.JOB, "cancelled", str(job_id)))
            self.wake()
        return done

    def retry(self, job_id: int) -> bool:
        """Give a failed (or cancelled) job a fresh set of attempts."""
        with self.vault.transaction() as conn:
            done = JobRepository(conn).retry(job_id, self.clock())
        if done:
            self.events.publish(Change(Topic.JOB, "queued", str(job_id)))
            self.wake()
        return done

    def wake(self) -> None:
        """Make idle workers look for due jobs now (e.g. after a test moved the clock)."""
        with self._cond:
            self._generation += 1
            self._cond.notify_all()

    # ---- reading ------------------------------------------------------------------------------
    def get(self, job_id: int) -> Job | None:
        with self.vault.reading() as conn:
            return JobRepository(conn).get(job_id)

    def list(
        self, states: Sequence[JobState] | None = None, *, kind: str | None = None, limit: int = 100
    ) -> builtins.list[Job]:
        with self.vault.reading() as conn:
            return JobRepository(conn).list(states, kind=kind, limit=limit)

    def counts(self) -> dict[str, dict[JobState, int]]:
        with self.vault.reading() as conn:
            return JobRepository(conn).counts()

    def status(self) -> JobStatus:
        counts = self.counts()
        pending: dict[str, int] = {}
        labels: builtins.list[str] = []
        running = failed = 0
        for kind in sorted(counts):
            per = counts[kind]
            n = per.get(JobState.QUEUED, 0) + per.get(JobState.RUNNING, 0)
            running += per.get(JobState.RUNNING, 0)
            failed += per.get(JobState.FAILED, 0)
            if n:
                pending[kind] = n
                registered = self._kinds.get(kind)
                labels.append(registered.label(n) if registered else _default_label(kind)(n))
        return JobStatus(pending, running, failed, tuple(labels))

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until no worker is busy and no registered job is due (per ``clock``).

        Jobs scheduled for later (back-off) do not count: with a fake clock, move it and call
        ``wake``. Returns False on timeout. Needs started workers to make progress.
        """
        deadline = time.monotonic() + timeout
        while True:
            with self._cond:
                busy = self._busy
            if busy == 0 and not self._has_due():
                with self._cond:
                    if self._busy == 0:  # a worker may have claimed in between: look again
                        return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            with self._cond:
                self._cond.wait(min(remaining, 0.02))

    def _has_due(self) -> bool:
        with self.vault.reading() as conn:
            return JobRepository(conn).has_due(self.clock(), self.kinds)

    # ---- the workers --------------------------------------------------------------------------
    def _worker(self) -> None:
        while True:
            with self._cond:
                if self._stopping:
                    return
                seen = self._generation
                self._busy += 1
            job: Job | None = None
            try:
                job = self._claim()
                if job is not None:
                    self._run(job)
            except VaultError:
                log.info("jobs.worker_exit", reason="vault_unavailable")
                with self._cond:
                    self._busy -= 1
                    self._cond.notify_all()
                return
            except Exception as exc:  # never let a worker die silently
                log.error("jobs.worker_error", kind=type(exc).__name__, frames=_frames(exc))
            with self._cond:
                self._busy -= 1
                self._cond.notify_all()
                if job is None and not self._stopping and self._generation == seen:
                    self._cond.wait(self.poll_interval)

    def _claim(self) -> Job | None:
        if not self._kinds:
            return None
        with self.vault.transaction() as conn:
            return JobRepository(conn).claim_next(self.clock(), self.owner, self.kinds)

    def _run(self, job: Job) -> None:
        kind = self._kinds[job.kind]
        self.events.publish(Change(Topic.JOB, "started", str(job.id)))
        started = time.perf_counter()
        try:
            kind.handler(job)
        except VaultError:
            raise  # locked or damaged vault: stop this worker; recovery requeues the job
        except Exception as exc:
            self._failed(job, exc)
            return
        with self.vault.transaction() as conn:
            finished = JobRepository(conn).complete(job.id, self.clock(), self.owner)
        took_ms = round((time.perf_counter() - started) * 1000, 1)
        if finished:
            log.info("job.done", job_id=job.id, kind=job.kind, attempts=job.attempts, ms=took_ms)
            self.events.publish(Change(Topic.JOB, "done", str(job.id)))
        else:
            log.info("job.result_discarded", job_id=job.id, kind=job.kind)

    def _failed(self, job: Job, exc: Exception) -> None:
        reason, permanent = _safe_reason(exc, job.kind)
        now = self.clock()
        final = permanent or job.attempts >= self.max_attempts
        if final:
            tries = f"{job.attempts} attempt{'s' if job.attempts != 1 else ''}"
            text = reason if permanent else f"{reason} Gave up after {tries}."
            retry_at = None
        else:
            retry_at = now + next_retry_delay(job.attempts, self.backoff)
            text = f"{reason} Will try again (attempt {job.attempts} of {self.max_attempts})."
        with self.vault.transaction() as conn:
            JobRepository(conn).fail(job.id, text, now, owner=self.owner, retry_at=retry_at)
        log.warning(
            "job.failed" if final else "job.retrying",
            job_id=job.id,
            kind=job.kind,
            attempts=job.attempts,
            error_type=type(exc).__name__,
            frames=[] if isinstance(exc, JobFailed) else _frames(exc),
        )
        self.events.publish(Change(Topic.JOB, "failed" if final else "retrying", str(job.id)))


def _frames(exc: BaseException) -> builtins.list[str]:
    """Where it failed (file:line), never the message: messages may quote user content."""
    return [f"{f.filename}:{f.lineno}" for f in traceback.extract_tb(exc.__traceback__)][-6:]


def next_retry_delay(attempts: int, backoff: Sequence[timedelta] = DEFAULT_BACKOFF) -> timedelta:
    """The wait after failed attempt number ``attempts`` (1-based); the last step repeats."""
    return backoff[min(max(attempts, 1), len(backoff)) - 1]
