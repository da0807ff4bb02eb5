"""The desktop app's memory after unlocking the 2-year demo: at rest, and while it works.

A whole ``run_app`` process (offscreen Qt) unlocks a fresh 2-year demo profile and is left
alone for ``--seconds`` (default 150: the background catch-up starts 30 s after unlock and the
embedding child stops after an idle minute). Every second the RSS of the app process and of
its child processes (the embedding child, started on demand) is read from ``/proc``. Reported:

* the app's RSS 10 s after start (unlocked, nothing heavy loaded yet);
* the app's peak RSS, and its RSS **at rest** (median of the last 10 samples): the model must
  never live in the app process, so this stays near the first figure;
* the children's peak RSS and whether a child was still running at the end.

Target: ≤ 250 MB at rest. Linux only (``/proc``). The machine may be shared.

Usage: ``python benchmarks/bench_memory.py [--seconds 150] [--quick]``
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MB = 250.0
RUN_APP = (
    "import sys\n"
    "from neuroleaf_desktop.ui.app import run_app\n"
    "sys.exit(run_app(profile=sys.argv[1], passphrase=sys.argv[2]))\n"
)
CREATE = (
    "import json, sys\n"
    "from neuroleaf_desktop.demo.generator import DEMO_PASSPHRASE, create_demo_profile\n"
    "from neuroleaf_desktop.paths import app_paths\n"
    "from neuroleaf_desktop.services.profiles import ProfileStore\n"
    "with create_demo_profile(ProfileStore(app_paths()), float(sys.argv[1])) as s:\n"
    "    print(json.dumps([s.profile_slug, DEMO_PASSPHRASE, s.journal.count()]))\n"
)


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEUROLEAF_")}
    env.update(NEUROLEAF_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return env


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(c) for c in task.read_text().split()]
        except OSError:
            continue
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="App memory after unlocking the demo.")
    parser.add_argument("--seconds", type=int, default=150)
    parser.add_argument("--years", type=float, default=2.0)
    parser.add_argument("--quick", action="store_true", help="45 s")
    args = parser.parse_args(argv)
    seconds = 45 if args.quick else args.seconds

    with tempfile.TemporaryDirectory(prefix="neuroleaf-bench-memory-") as tmp:
        home = Path(tmp)
        out = subprocess.run(
            [sys.executable, "-c", CREATE, str(args.years)],
            env=_env(home),
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        ).stdout
        slug, passphrase, count = json.loads(out.strip().splitlines()[-1])
        proc = subprocess.Popen(
            [sys.executable, "-c", RUN_APP, slug, passphrase],
            env=_env(home),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        app: list[float] = []
        child_peak = 0.0
        child_seen = False
        try:
            for _ in range(seconds):
                time.sleep(1.0)
                if proc.poll() is not None:
                    break
                app.append(rss_mb(proc.pid))
                kids = children(proc.pid)
                child_seen |= bool(kids)
                child_peak = max(child_peak, sum(rss_mb(k) for k in kids))
            child_at_end = bool(children(proc.pid))
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    if len(app) < 12:
        print(f"The app ended after {len(app)} s (exit {proc.returncode}).", file=sys.stderr)
        return 1
    resting = statistics.median(app[-10:])
    load = os.getloadavg()
    print(
        f"{args.years:g}-year demo ({count} entries) unlocked in a whole app process (offscreen), "
        f"watched for {len(app)} s; load average {load[0]:.1f}.\n"
    )
    print("| Measurement | Value | Target | Result |")
    print("|---|---|---|---|")
    print(f"| App RSS 10 s after start (unlocked) | {app[9]:.0f} MB | | |")
    print(f"| App RSS peak | {max(app):.0f} MB | | |")
    ok = "✅" if resting <= TARGET_MB else "❌ over target"
    print(f"| **App RSS at rest** (median of the last 10 s) | {resting:.0f} MB | "
          f"≤ {TARGET_MB:.0f} MB | {ok} |")  # fmt: skip
    seen = f"{child_peak:.0f} MB" if child_seen else "no child started"
    print(f"| Child processes (embedding) peak RSS | {seen} | | |")
    print(f"| A child still running at the end | {'yes' if child_at_end else 'no'} | | |")
    summary = {
        "key": "resting_rss_mb",
        "what": f"App memory at rest after unlocking the {args.years:g}-year demo",
        "value": round(resting, 1),
        "unit": "MB",
        "target": TARGET_MB,
    }
    print("SUMMARY " + json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
