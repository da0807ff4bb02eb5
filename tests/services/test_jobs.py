"""The durable job queue on a real vault: retries, back-off, failure, cancel, crash recovery."""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.domain.timeutil import to_iso
from neuroleaf_desktop.logging_setup import LOG_FILE_NAME
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.background import attach_background
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.jobs import Job, JobFailed, JobRunner, JobState
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from tests.conftest import PASSPHRASE, PYTHON, cli_env

ROOT = Path(__file__).resolve().parents[2]


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def runner(session: Session, clock: FakeClock) -> Iterator[JobRunner]:
    jobs = JobRunner(session.vault, session.events, clock=clock, workers=2, poll_interval=0.05)
    yield jobs
    jobs.stop()


def test_enqueued_job_is_processed(runner: JobRunner) -> None:
    seen: list[str] = []
    runner.register("echo", lambda job: seen.append(job.payload_ref))
    changes: list[Change] = []
    runner.events.subscribe(changes.append, Topic.JOB)
    runner.start()
    job_id = runner.enqueue("echo", "ref-1")
    assert runner.wait_idle(5)
    job = runner.get(job_id)
    assert job is not None and job.state is JobState.DONE and job.attempts == 1
    assert seen == ["ref-1"]
    ops = [c.op for c in changes if c.id == str(job_id)]
    # "queued" is published by the enqueuing thread after its commit; a worker may already
    # have started the job by then, so only "started" before "done" is a fixed order.
    assert sorted(ops) == ["done", "queued", "started"]
    assert ops.index("started") < ops.index("done")


def test_queued_duplicates_are_merged(runner: JobRunner) -> None:
    runner.register("echo", lambda job: None)
    first = runner.enqueue("echo", "same")
    assert runner.enqueue("echo", "same") == first
    assert runner.enqueue("echo", "other") != first
    assert runner.enqueue("echo", "same", dedupe=False) != first


def test_retries_with_backoff_on_the_fake_clock(runner: JobRunner, clock: FakeClock) -> None:
    calls: list[datetime] = []

    def flaky(job: Job) -> None:
        calls.append(clock())
        if len(calls) <= 2:
            raise RuntimeError("temporary")

    runner.register("flaky", flaky)
    runner.start()
    t0 = clock()
    job_id = runner.enqueue("flaky", "x")
    assert runner.wait_idle(5)
    job = runner.get(job_id)
    assert job and job.state is JobState.QUEUED and job.attempts == 1
    assert job.next_run_at == t0 + timedelta(seconds=5)
    assert "RuntimeError" in job.last_error and "attempt 1 of 4" in job.last_error

    clock.advance(seconds=4)  # not due yet
    runner.wake()
    assert runner.wait_idle(5)
    assert len(calls) == 1

    clock.advance(seconds=1)
    runner.wake()
    assert runner.wait_idle(5)
    job = runner.get(job_id)
    assert job and job.attempts == 2 and job.state is JobState.QUEUED
    assert job.next_run_at == t0 + timedelta(seconds=35)  # second step: 30 s

    clock.advance(seconds=30)
    runner.wake()
    assert runner.wait_idle(5)
    job = runner.get(job_id)
    assert job and job.state is JobState.DONE and job.attempts == 3 and job.last_error == ""
    assert calls == [t0, t0 + timedelta(seconds=5), t0 + timedelta(seconds=35)]


def test_final_failure_is_visible_and_has_no_content(
    session: Session, clock: FakeClock, home: Path
) -> None:
    canary = "CANARYJOBSECRET42"
    runner = JobRunner(
        session.vault,
        session.events,
        clock=clock,
        backoff=(timedelta(0),),
        max_attempts=3,
        poll_interval=0.05,
    )

    def broken(job: Job) -> None:
        raise ValueError(f"could not parse {canary}")

    runner.register("broken", broken)
    runner.start()
    try:
        job_id = runner.enqueue("broken", "entry-1")
        assert runner.wait_idle(5)
        job = runner.get(job_id)
        assert job and job.state is JobState.FAILED and job.attempts == 3
        assert job.last_error == (
            "Unexpected ValueError in the broken task. Gave up after 3 attempts."
        )
        assert runner.status().failed == 1 and "1 task failed" in runner.status().text
        # A failed job can be retried by hand.
        assert runner.retry(job_id)
        assert runner.wait_idle(5)
        assert (runner.get(job_id) or job).attempts == 3
    finally:
        runner.stop()
    with session.vault.reading() as conn:
        rows = [tuple(map(str, r)) for r in conn.execute("SELECT * FROM jobs")]
    assert not any(canary in cell for row in rows for cell in row)
    log_text = (app_paths().logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "job.failed" in log_text and canary not in log_text


def test_permanent_failure_states_its_reason_once(runner: JobRunner) -> None:
    def refuse(job: Job) -> None:
        raise JobFailed("The entry no longer exists.", permanent=True)

    runner.register("refuse", refuse)
    runner.start()
    job_id = runner.enqueue("refuse", "e")
    assert runner.wait_idle(5)
    job = runner.get(job_id)
    assert job and job.state is JobState.FAILED and job.attempts == 1
    assert job.last_error == "The entry no longer exists."


def test_cancel_queued_and_running_jobs(runner: JobRunner) -> None:
    release = threading.Event()
    started = threading.Event()
    ran: list[str] = []

    def slow(job: Job) -> None:
        started.set()
        release.wait(5)
        ran.append(job.payload_ref)

    runner.register("slow", slow)
    later = runner.enqueue("slow", "later", delay=timedelta(hours=1))
    assert runner.cancel(later)
    assert not runner.cancel(later)  # already finished
    runner.start()
    now = runner.enqueue("slow", "now")
    assert started.wait(5)
    assert runner.cancel(now)
    release.set()
    assert runner.wait_idle(5)
    assert ran == ["now"]  # the handler is not interrupted, its result is discarded
    assert [runner.get(j).state for j in (later, now)] == [  # type: ignore[union-attr]
        JobState.CANCELLED,
        JobState.CANCELLED,
    ]


def test_two_runners_never_run_a_job_twice(session: Session) -> None:
    handled: list[str] = []
    lock = threading.Lock()

    def record(job: Job) -> None:
        with lock:
            handled.append(job.payload_ref)

    runners = [
        JobRunner(session.vault, session.events, workers=2, poll_interval=0.02) for _ in range(2)
    ]
    for r in runners:
        r.register("count", record)
    runners[0].enqueue_many("count", [f"p{i}" for i in range(60)])
    for r in runners:
        r.start()
    try:
        assert all(r.wait_idle(10) for r in runners)
    finally:
        for r in runners:
            r.stop()
    assert sorted(handled) == sorted(f"p{i}" for i in range(60))
    assert runners[0].counts() == {"count": {JobState.DONE: 60}}


def _insert_running(session: Session, owner: str, attempts: int, at: datetime) -> int:
    with session.vault.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO jobs (kind, payload_ref, state, attempts, next_run_at, created_at, "
            "updated_at, owner) VALUES ('echo', 'r', 'running', ?, ?, ?, ?, ?)",
            (attempts, to_iso(at), to_iso(at), to_iso(at), owner),
        )
        return int(cur.lastrowid)


def test_recover_requeues_only_jobs_whose_worker_is_gone(
    runner: JobRunner, session: Session, clock: FakeClock
) -> None:
    runner.register("echo", lambda job: None)
    at = clock()
    gone_here = _insert_running(session, f"{os.getpid()}:deadbeef", 1, at)  # a stopped runner
    live_elsewhere = _insert_running(session, f"{os.getppid()}:abc", 1, at)  # parent: alive
    exhausted = _insert_running(session, "999999999:x", 4, at)  # no such pid, out of attempts
    assert runner.recover() == 1
    states = {j: runner.get(j).state for j in (gone_here, live_elsewhere, exhausted)}  # type: ignore[union-attr]
    assert states == {
        gone_here: JobState.QUEUED,
        live_elsewhere: JobState.RUNNING,
        exhausted: JobState.FAILED,
    }
    assert "Interrupted 4 times" in (runner.get(exhausted) or pytest.fail()).last_error
    clock.advance(hours=1)  # the live process's lease runs out: it is presumed stuck
    assert runner.recover() == 1
    assert (runner.get(live_elsewhere) or pytest.fail()).state is JobState.QUEUED


def test_status_text_for_the_indicator(runner: JobRunner) -> None:
    runner.register("analyse_entry", lambda job: None, label=lambda n: f"Analysing {n} entries…")
    runner.enqueue_many("analyse_entry", ["a", "b", "c"], delay=timedelta(minutes=5))
    status = runner.status()
    assert status.busy and status.pending == {"analyse_entry": 3}
    assert status.text == "Analysing 3 entries…"


# ---- crash recovery across processes ------------------------------------------------------
CHILD = """
import sys, time
from neuroleaf_desktop.logging_setup import configure_logging
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.jobs import JobRunner
from neuroleaf_desktop.services.profiles import ProfileStore

configure_logging(app_paths().logs)
session = ProfileStore(app_paths()).open("Test", sys.argv[1])
runner = JobRunner(session.vault, session.events, poll_interval=0.05)

def slow(job):
    print("RUNNING", job.id, flush=True)
    time.sleep(60)

runner.register("analyse_entry", slow)
runner.enqueue("analyse_entry", sys.argv[2])
runner.start()
time.sleep(60)
"""


def test_job_killed_mid_run_is_finished_after_restart(store: ProfileStore, home: Path) -> None:
    session, _ = store.create("Test", PASSPHRASE)
    entry = session.journal.add(NewEntry(title="Restart", body="A calm and happy evening."))
    session.close()

    child = subprocess.Popen(
        [PYTHON, "-c", CHILD, PASSPHRASE, entry.id],
        cwd=ROOT,
        env=cli_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("RUNNING"), child.stderr.read() if child.stderr else line
        job_id = int(line.split()[1])
    finally:
        child.kill()  # SIGKILL: no clean-up, the job stays "running" in the vault
        child.wait(10)

    reopened = store.open("Test", PASSPHRASE)
    with reopened.vault.reading() as conn:
        state = conn.execute("SELECT state FROM jobs WHERE id = ?", (job_id,)).fetchone()[0]
    assert state == "running"
    background = attach_background(reopened)
    try:
        assert background.jobs.wait_idle(10)
        job = background.jobs.get(job_id)
        assert job and job.state is JobState.DONE and job.attempts == 2
        analysis = background.analysis.get(entry.id)
        assert analysis is not None and analysis.emotions["calm"] > 0
    finally:
        background.stop()
        reopened.close()
