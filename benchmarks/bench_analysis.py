"""How long does analysing an entry take, and how many jobs/s does the durable queue run?

Prints Markdown tables:

1. ``analyse(title, body)`` per entry over 1,000 demo entries (``demo.generate(years=3)``;
   one 3-year journal has ~630 entries, so seeds 7 and 8 are used): p50 / p95 / max and the
   cold first call (VADER load);
2. throughput of the durable job queue on a real, encrypted vault holding those entries:
   * no-op jobs (the queue's own cost: claim + complete, two transactions per job),
   * ``analyse_entry`` jobs end to end (read entry, analyse, store, complete),
   each with 1 and 2 worker threads, plus the cost of queueing (one transaction for all).

Why per-job transactions dominate: every claim and completion is a committed write with
``synchronous=FULL`` (a WAL fsync), chosen so that a crash never loses a state change. The
analysis itself is pure Python and fast; the numbers show where the time goes.

Usage: ``python benchmarks/bench_analysis.py [--quick]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from neuroleaf_desktop.demo import generate
from neuroleaf_desktop.demo.generator import to_journal_entry
from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.logging_setup import configure_logging
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.analysis_service import ANALYSE_KIND, AnalysisService
from neuroleaf_desktop.services.jobs import JobRunner
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.journal_repo import JournalRepository

PASSPHRASE = "benchmark passphrase 42"  # noqa: S105 - throwaway vault in a temp dir
TARGET_P95_MS = 5.0  # analysis must be invisible next to a save
TARGET_JOBS_PER_S = 50.0  # a year of entries re-analysed in well under 10 s


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_analysis(entries: list[NewEntry]) -> list[tuple[str, str]]:
    started = time.perf_counter()
    analyse(entries[0].title, entries[0].body)  # cold: loads VADER's lexicon
    cold_ms = (time.perf_counter() - started) * 1000
    times: list[float] = []
    for entry in entries:
        t0 = time.perf_counter()
        analyse(entry.title, entry.body)
        times.append((time.perf_counter() - t0) * 1000)
    words = [len(f"{e.title} {e.body}".split()) for e in entries]
    p95 = pct(times, 0.95)
    return [
        ("entries", f"{len(entries):,}"),
        ("words per entry (median / max)", f"{statistics.median(words):.0f} / {max(words)}"),
        ("first call (loads VADER)", f"{cold_ms:.1f} ms"),
        ("p50 per entry", f"{pct(times, 0.5):.2f} ms"),
        ("p95 per entry", f"{p95:.2f} ms {'✅' if p95 <= TARGET_P95_MS else '❌'}"),
        ("max per entry", f"{max(times):.2f} ms"),
        ("total", f"{sum(times) / 1000:.2f} s"),
    ]


def _fill(session: Session, entries: list[NewEntry]) -> list[str]:
    rows = [to_journal_entry(e) for e in entries]
    with session.vault.transaction() as conn:
        repo = JournalRepository(conn)
        for row in rows:
            repo.insert(row)
    return [r.id for r in rows]


def _run(runner: JobRunner, kind: str, refs: list[str]) -> tuple[float, float]:
    """(seconds to queue, jobs per second to run) for ``refs``."""
    t0 = time.perf_counter()
    runner.enqueue_many(kind, refs, dedupe=False)
    queued_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    runner.start()
    if not runner.wait_idle(600):
        raise RuntimeError("jobs did not finish")
    rate = len(refs) / (time.perf_counter() - t1)
    runner.stop()
    return queued_s, rate


def bench_queue(session: Session, ids: list[str]) -> list[tuple[str, int, str, str, str]]:
    rows = []
    for workers in (1, 2):
        runner = JobRunner(session.vault, session.events, workers=workers, poll_interval=0.05)
        runner.register("noop", lambda job: None)
        queued_s, rate = _run(runner, "noop", ids)
        rows.append(("no-op jobs (queue overhead)", workers, f"{len(ids):,}", queued_s, rate))
    for workers in (1, 2):
        runner = JobRunner(session.vault, session.events, workers=workers, poll_interval=0.05)
        AnalysisService(session.vault, session.events, runner, session.clock).register_jobs()
        queued_s, rate = _run(runner, ANALYSE_KIND, ids)
        rows.append(("analyse_entry (end to end)", workers, f"{len(ids):,}", queued_s, rate))
    return [
        (
            name,
            workers,
            n,
            f"{queued_s * 1000:.0f} ms",
            f"{rate:,.0f} {'✅' if rate >= TARGET_JOBS_PER_S else '❌'}",
        )
        for name, workers, n, queued_s, rate in rows
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Entry analysis and job-queue benchmark.")
    parser.add_argument("--quick", action="store_true", help="200 entries instead of 1,000")
    args = parser.parse_args(argv)
    count = 200 if args.quick else 1000
    # One 3-year demo journal has ~630 entries; further seeds add distinct journals until
    # there are enough (same generator, so the same mix of topics and tones).
    entries: list[NewEntry] = []
    seed = 7
    while len(entries) < count:
        entries += generate(years=3, seed=seed).entries
        seed += 1
    entries = entries[:count]

    print(f"### Entry analysis: `analyse()` over {len(entries):,} demo entries (3-year profiles)\n")
    print("| Measurement | Value |")
    print("|---|---:|")
    for name, value in bench_analysis(entries):
        print(f"| {name} | {value} |")

    with tempfile.TemporaryDirectory(prefix="neuroleaf-bench-") as tmp:
        os.environ["NEUROLEAF_HOME"] = str(Path(tmp) / "home")
        os.environ["NEUROLEAF_KDF_TARGET_MS"] = "5"  # the KDF is not what is measured here
        configure_logging(app_paths().logs)
        session, _ = ProfileStore(app_paths()).create("Bench", PASSPHRASE)
        try:
            ids = _fill(session, entries)
            rows = bench_queue(session, ids)
        finally:
            session.close()
    print("\n### Durable job queue on an encrypted vault (synchronous=FULL, WAL)\n")
    print("| Jobs | Workers | Count | Queue all (1 tx) | Jobs/s |")
    print("|---|---:|---:|---:|---:|")
    for name, workers, n, queued, rate in rows:
        print(f"| {name} | {workers} | {n} | {queued} | {rate} |")
    print(
        f"\nTargets: analysis p95 ≤ {TARGET_P95_MS:.0f} ms per entry; "
        f"≥ {TARGET_JOBS_PER_S:.0f} jobs/s through the queue."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
