"""The command line next to jrnl: the same 10-year journal, whole processes, medians.

What is compared: `--version`, adding a one-line entry, listing 20 entries, searching one word
(20 results) and exporting everything to JSON. NeuroLeaf runs twice: with the passphrase (each
command pays the deliberate Argon2id unlock, ≈0.4 s and 256 MiB) and with the unlock agent
(`neuroleaf unlock --for 15m`), which hands the key over a UNIX socket. jrnl reads a plain-text,
unencrypted file, so "with the agent" is the fair comparison for everyday speed.

jrnl is installed from PyPI into its own virtual environment under benchmarks/results/ on the
first run (the journal app is not a dependency of NeuroLeaf). Targets: start-up ≤ 1.5× jrnl;
with the agent, add, list and search ≤ 1.5× jrnl.

How it measures, so that a busy machine disturbs it least: the two tools' runs alternate (one
jrnl, one neuroleaf, …) after one untimed run of each, and each run's CPU time (user + system,
from ``wait4``) is reported beside its wall time; the verdict uses the CPU-time ratio, which a
loaded machine inflates far less than the wall clock. Byte code is cached (in a temporary
``PYTHONPYCACHEPREFIX``) as in an installed app, even when ``PYTHONDONTWRITEBYTECODE`` is set.

Usage: ``python benchmarks/bench_cli.py [--years 10] [--runs 5] [--quick]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
JRNL_VERSION = "4.2"
TARGET_RATIO = 1.5


def _cached_bytecode(env: dict[str, str], cache: Path) -> dict[str, str]:
    """``env`` with compiled byte code kept (in ``cache``), as an installed app has it."""
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def _neuroleaf_env(home: Path, passphrase: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEUROLEAF_")}
    env.update(NEUROLEAF_HOME=str(home), PYTHONPATH=str(ROOT))
    env = _cached_bytecode(env, home.parent / "pycache")
    if passphrase is not None:
        env["NEUROLEAF_PASSPHRASE"] = passphrase
    return env


def _jrnl_python() -> Path:
    """A venv with jrnl, created once (needs PyPI the first time)."""
    folder = RESULTS / "jrnl-venv"
    python = folder / "bin" / "python"
    if not (folder / ".ready").exists():
        venv.create(folder, with_pip=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", f"jrnl>={JRNL_VERSION}"], check=True
        )
        (folder / ".ready").touch()
    return python


@dataclass(frozen=True)
class Run:
    """One whole process: wall seconds, CPU seconds (user + system) and peak RSS in MB."""

    wall: float
    cpu: float
    mb: float


@dataclass(frozen=True)
class Row:
    command: str
    how: str  # "passphrase" or "agent"
    ours: Run  # medians (peak memory: the largest)
    theirs: Run


def _timed(cmd: list[str], env: dict[str, str]) -> Run:
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        error = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise RuntimeError(f"{' '.join(cmd)} failed: {error}")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(took, cpu, usage.ru_maxrss / 1024)  # Linux reports KiB


def _summary(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.mb for r in runs),
    )


def _alternating(
    ours: tuple[list[str], dict[str, str]], theirs: tuple[list[str], dict[str, str]], runs: int
) -> tuple[Run, Run]:
    """Medians of ``runs`` alternating runs of both commands, after one untimed run of each."""
    _timed(*theirs)
    _timed(*ours)
    mine: list[Run] = []
    other: list[Run] = []
    for _ in range(runs):
        other.append(_timed(*theirs))
        mine.append(_timed(*ours))
    return _summary(mine), _summary(other)


def _build(home: Path, years: float) -> tuple[str, int]:
    script = (
        "import json, sys\n"
        "from neuroleaf_desktop.demo.generator import DEMO_PASSPHRASE, create_demo_profile\n"
        "from neuroleaf_desktop.paths import app_paths\n"
        "from neuroleaf_desktop.services.profiles import ProfileStore\n"
        "with create_demo_profile(ProfileStore(app_paths()), float(sys.argv[1])) as s:\n"
        "    print(json.dumps([DEMO_PASSPHRASE, s.journal.count()]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(years)],
        env=_neuroleaf_env(home, None),
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    ).stdout
    passphrase, count = json.loads(out.strip().splitlines()[-1])
    return str(passphrase), int(count)


def _export_to_jrnl(home: Path, passphrase: str, journal: Path) -> None:
    """The same entries in jrnl's plain-text format: `[YYYY-MM-DD HH:MM] Title` + body."""
    out = subprocess.run(
        [sys.executable, "-m", "neuroleaf_desktop", "--json", "journal", "list", "-n", "100000"],
        env=_neuroleaf_env(home, passphrase),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = []
    for entry in reversed(json.loads(out)):
        when = entry["local_time"][:16].replace("T", " ")
        title = " ".join((entry["title"] or "Entry").split()).rstrip(".") + "."
        tags = " ".join("@" + t for t in entry["tags"])
        lines.append(f"[{when}] {title} {entry['body'].strip()} {tags}".rstrip() + "\n")
    journal.write_text("\n".join(lines), encoding="utf-8")


def _jrnl_config(config_home: Path, journal: Path) -> None:
    folder = config_home / "jrnl"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "jrnl.yaml").write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\n"
        "highlight: false\nindent_character: '|'\n"
        f"journals: {{default: {{journal: {journal}}}}}\n"
        "linewrap: 79\ntagsymbols: '@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\n"
        "version: v4.2\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="neuroleaf CLI vs jrnl")
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    years, runs = (1.0, 3) if args.quick else (args.years, args.runs)
    RESULTS.mkdir(parents=True, exist_ok=True)
    jrnl_python = _jrnl_python()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        passphrase, count = _build(home, years)
        journal = Path(tmp) / "journal.txt"
        _export_to_jrnl(home, passphrase, journal)
        jrnl_env = _cached_bytecode(
            dict(os.environ, XDG_CONFIG_HOME=str(Path(tmp) / "config"), NO_COLOR="1"),
            Path(tmp) / "pycache",
        )
        _jrnl_config(Path(tmp) / "config", journal)
        jrnl = [str(jrnl_python), "-m", "jrnl"]
        nl = [sys.executable, "-m", "neuroleaf_desktop"]
        out = str(Path(tmp) / "export.json")
        cases = {
            "--version": ([*nl, "--version"], [*jrnl, "--version"]),
            "add": (
                [*nl, "write", "Quick note. Felt fine @bench"],
                [*jrnl, "Quick note. Felt fine @bench"],
            ),
            "list 20": ([*nl, "journal", "list", "-n", "20"], [*jrnl, "-n", "20"]),
            "search 1 word, 20": (
                [*nl, "search", "walk", "-n", "20"],
                [*jrnl, "-contains", "walk", "-n", "20"],
            ),
            "export json": (
                [*nl, "export", "--format", "json", "--out", out, "--force"],
                [*jrnl, "--export", "json"],
            ),
        }
        rows: list[Row] = []
        for name, (ours, theirs) in cases.items():
            mine, other = _alternating(
                (ours, _neuroleaf_env(home, passphrase)), (theirs, jrnl_env), runs
            )
            rows.append(Row(name, "passphrase", mine, other))
        subprocess.run(
            [*nl, "unlock", "--for", "30m"], env=_neuroleaf_env(home, passphrase), check=True
        )
        try:
            for name, (ours, theirs) in cases.items():
                if name == "--version":
                    continue
                mine, other = _alternating(
                    (ours, _neuroleaf_env(home, None)), (theirs, jrnl_env), runs
                )
                rows.append(Row(name, "agent", mine, other))
        finally:
            subprocess.run([*nl, "lock"], env=_neuroleaf_env(home, None), check=False)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"Journal: {years:g} years, {count} entries; medians of {runs} alternating whole "
        f"processes; {os.cpu_count()} cores, load average {load} at the end. Target: CPU-time "
        f"ratio ≤ {TARGET_RATIO} (start-up; add, list and search with the agent).\n"
    )
    print(
        "| command | neuroleaf unlock | neuroleaf CPU | wall | peak MB | jrnl CPU | wall | "
        "jrnl MB | ratio CPU | ratio wall | target |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        ratio = row.ours.cpu / row.theirs.cpu
        judged = row.command == "--version" or (row.how == "agent" and row.command != "export json")
        verdict = ("met" if ratio <= TARGET_RATIO else "MISSED") if judged else "—"
        print(
            f"| {row.command} | {row.how} | {row.ours.cpu:.3f} s | {row.ours.wall:.3f} s | "
            f"{row.ours.mb:.0f} | {row.theirs.cpu:.3f} s | {row.theirs.wall:.3f} s | "
            f"{row.theirs.mb:.0f} | {ratio:.2f}× | {row.ours.wall / row.theirs.wall:.2f}× | "
            f"{verdict} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
