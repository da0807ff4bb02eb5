"""Run every ``bench_*.py`` in this folder, one after another, then print ONE summary table.

Why subprocesses: each benchmark gets a fresh interpreter, so one benchmark's process-wide
state (SQLCipher's memory-security setting, page caches, imported models) cannot skew the
next. ``--quick`` is passed on to every script; by convention each ``bench_*.py`` accepts it.

Each script prints its own Markdown tables as it goes, and may print summary lines
``SUMMARY {"key": …, "what": …, "value": …, "unit": …, "target": …}`` (lower is better). The
table at the end gathers them — cold start ratio, resting memory, index time, the encrypted
FTS/insert ratios, the LLM's first token — with the target and value / target, so a regression
is visible at a glance. A figure whose benchmark did not report it says so in its row.
Exit status is non-zero if any benchmark failed.

Usage: ``python benchmarks/run_all.py [--quick] [--only NAME ...]``
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SUMMARY_PREFIX = "SUMMARY "

# The rows every run shows, in this order (key, what, script that reports it).
EXPECTED: tuple[tuple[str, str, str], ...] = (
    ("startup_ratio", "Cold start → unlock window painted, × a bare Qt window", "bench_startup"),
    ("resting_rss_mb", "App memory at rest after unlocking the 2-year demo", "bench_memory"),
    ("index_2y_s", "Preparing the 2-year demo for search (embedding all)", "bench_indexing"),
    ("fts_ratio_10y", "FTS query, SQLCipher / plain SQLite (10 years)", "bench_vault"),
    ("insert_ratio_10y", "Small insert, SQLCipher / plain SQLite (10 years)", "bench_vault"),
    ("llm_first_token_s", "Insights first token, warm (default LLM)", "bench_insights"),
)


def parse_summaries(output: str) -> list[dict[str, Any]]:
    """The ``SUMMARY {json}`` lines of a benchmark's output."""
    found = []
    for line in output.splitlines():
        if line.startswith(SUMMARY_PREFIX):
            try:
                found.append(json.loads(line[len(SUMMARY_PREFIX) :]))
            except ValueError:
                continue
    return found


_INSIGHTS_ROW = re.compile(r"^\|\s*(?P<label>[^|]*warm[^|]*)\|\s*(?P<first>[0-9.]+)\s*\|", re.I)


def insights_fallback(output: str) -> dict[str, Any] | None:
    """bench_insights.py prints a table, not SUMMARY lines: read its first warm row."""
    for line in output.splitlines():
        match = _INSIGHTS_ROW.match(line)
        if match:
            return {
                "key": "llm_first_token_s",
                "what": f"Insights first token ({match['label'].strip()})",
                "value": float(match["first"]),
                "unit": "s",
                "target": 3.0,
            }
    return None


def _fmt(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "s":
        return f"{value:.2f} s" if value < 10 else f"{value:.0f} s"
    return f"{value:.0f} {unit}"


def summary_table(rows: dict[str, dict[str, Any]], ran: set[str]) -> list[str]:
    lines = [
        "| Figure | Value | Target | Value / target | Result |",
        "|---|---|---|---|---|",
    ]
    expected = [k for k, _w, _s in EXPECTED]
    keys = expected + [k for k in rows if k not in expected]
    whats = {k: w for k, w, _s in EXPECTED}
    scripts = {k: s for k, _w, s in EXPECTED}
    for key in keys:
        row = rows.get(key)
        if row is None:
            script = scripts.get(key, "?")
            why = "not run" if script not in ran else "not reported"
            lines.append(f"| {whats.get(key, key)} | – ({script}: {why}) | | | |")
            continue
        unit = str(row.get("unit", ""))
        value, target = float(row["value"]), row.get("target")
        if target is None:
            lines.append(f"| {row.get('what', key)} | {_fmt(value, unit)} | | | |")
            continue
        ratio = value / float(target)
        verdict = "✅" if ratio <= 1.0 else "❌ over target"
        lines.append(
            f"| {row.get('what', key)} | {_fmt(value, unit)} | ≤ {_fmt(float(target), unit)} | "
            f"{ratio:.2f} | {verdict} |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run all NeuroLeaf benchmarks.")
    parser.add_argument("--quick", action="store_true", help="smallest workloads only")
    parser.add_argument("--only", nargs="*", help="bench names (e.g. bench_vault) to run")
    args = parser.parse_args(argv)
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem in args.only]
    if not scripts:
        print("No bench_*.py scripts found.", file=sys.stderr)
        return 1
    failed: list[str] = []
    rows: dict[str, dict[str, Any]] = {}
    ran: set[str] = set()
    for script in scripts:
        print(f"\n## {script.stem}\n", flush=True)
        started = time.perf_counter()
        extra = ["--quick"] if args.quick else []
        result = subprocess.run(
            [sys.executable, str(script), *extra], check=False, stdout=subprocess.PIPE, text=True
        )
        took = time.perf_counter() - started
        shown = [ln for ln in result.stdout.splitlines() if not ln.startswith(SUMMARY_PREFIX)]
        print("\n".join(shown), flush=True)
        print(f"\n_{script.name}: {took:.1f} s, exit {result.returncode}_", flush=True)
        ran.add(script.stem)
        if result.returncode != 0:
            failed.append(script.name)
        for summary in parse_summaries(result.stdout):
            rows[str(summary["key"])] = summary
        if script.stem == "bench_insights" and "llm_first_token_s" not in rows:
            fallback = insights_fallback(result.stdout)
            if fallback is not None:
                rows["llm_first_token_s"] = fallback
    print("\n## Summary (lower is better; value / target > 1 means over target)\n")
    print("\n".join(summary_table(rows, ran)))
    if failed:
        print(f"\nFailed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
