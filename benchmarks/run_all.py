"""Run every ``bench_*.py`` in this folder, one after another, each printing its own table.

Why subprocesses: each benchmark gets a fresh interpreter, so one benchmark's process-wide
state (SQLCipher's memory-security setting, page caches, imported models) cannot skew the
next. ``--quick`` is passed on to every script; by convention each ``bench_*.py`` accepts it.
Exit status is non-zero if any benchmark failed.

Usage: ``python benchmarks/run_all.py [--quick]``
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run all NeuroLeaf benchmarks.")
    parser.add_argument("--quick", action="store_true", help="smallest workloads only")
    args = parser.parse_args(argv)
    scripts = sorted(HERE.glob("bench_*.py"))
    if not scripts:
        print("No bench_*.py scripts found.", file=sys.stderr)
        return 1
    failed: list[str] = []
    for script in scripts:
        print(f"\n## {script.stem}\n", flush=True)
        started = time.perf_counter()
        extra = ["--quick"] if args.quick else []
        result = subprocess.run([sys.executable, str(script), *extra], check=False)
        took = time.perf_counter() - started
        print(f"\n_{script.name}: {took:.1f} s, exit {result.returncode}_", flush=True)
        if result.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"\nFailed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
