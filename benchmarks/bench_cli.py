"""The command line next to jrnl: the same 10-year journal, whole processes, medians.

What is compared: `--version`, adding a one-line entry, listing 20 entries, searching one word
(20 results) and exporting everything to JSON. NeuroLeaf runs twice: with the passphrase (each
command pays the deliberate Argon2id unlock, ≈0.4 s and 256 MiB) and with the unlock agent
(`neuroleaf unlock --for 15m`), which hands the key over a UNIX socket. jrnl reads a plain-text,
unencrypted file, so "with the agent" is the fair comparison for everyday speed.

jrnl is installed from PyPI into its own virtual environment under benchmarks/results/ on the
first run (the journal app is not a dependency of NeuroLeaf). Targets: start-up ≤ 1.5× jrnl;
with the agent, add, list and search ≤ 1.5× jrnl.

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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
JRNL_VERSION = "4.2"
TARGET_RATIO = 1.5


def _neuroleaf_env(home: Path, passphrase: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEUROLEAF_")}
    env.update(NEUROLEAF_HOME=str(home), PYTHONPATH=str(ROOT))
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


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one whole process."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.read() if proc.stderr else ''}")
    return took, usage.ru_maxrss / 1024  # Linux reports KiB


def _median(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    samples = [_timed(cmd, env) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


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
        jrnl_env = dict(os.environ, XDG_CONFIG_HOME=str(Path(tmp) / "config"), NO_COLOR="1")
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
        rows: list[tuple[str, str, float, float, float, float]] = []
        for name, (ours, theirs) in cases.items():
            j_time, j_mem = _median(theirs, jrnl_env, runs)
            p_time, p_mem = _median(ours, _neuroleaf_env(home, passphrase), runs)
            rows.append((name, "passphrase", p_time, p_mem, j_time, j_mem))
        subprocess.run(
            [*nl, "unlock", "--for", "30m"], env=_neuroleaf_env(home, passphrase), check=True
        )
        try:
            for name, (ours, theirs) in cases.items():
                if name == "--version":
                    continue
                j_time, j_mem = _median(theirs, jrnl_env, runs)
                a_time, a_mem = _median(ours, _neuroleaf_env(home, None), runs)
                rows.append((name, "agent", a_time, a_mem, j_time, j_mem))
        finally:
            subprocess.run([*nl, "lock"], env=_neuroleaf_env(home, None), check=False)
    print(
        f"Journal: {years:g} years, {count} entries; medians of {runs} whole processes; "
        f"{os.cpu_count()} cores. Target: ratio ≤ {TARGET_RATIO} "
        "(start-up; add, list and search with the agent).\n"
    )
    print("| command | neuroleaf unlock | neuroleaf | peak MB | jrnl | jrnl MB | ratio | target |")
    print("|---|---|---|---|---|---|---|---|")
    for name, how, ours_s, ours_mb, theirs_s, theirs_mb in rows:
        ratio = ours_s / theirs_s
        judged = name == "--version" or (how == "agent" and name != "export json")
        verdict = ("met" if ratio <= TARGET_RATIO else "MISSED") if judged else "—"
        print(
            f"| {name} | {how} | {ours_s:.3f} s | {ours_mb:.0f} | {theirs_s:.3f} s | "
            f"{theirs_mb:.0f} | {ratio:.2f}× | {verdict} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
