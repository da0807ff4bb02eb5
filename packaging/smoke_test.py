"""Run the frozen bundle as a person would, in a fresh NEUROLEAF_HOME; fail on the first gap.

Why a separate smoke test: the unit tests run the source tree, where every module and data
file is always there. A bundle breaks in its own ways (a module imported by name that
PyInstaller did not see, a data file or model not collected, a Qt plugin missing), and only
running the frozen executable finds those. Each step checks its output, not only its exit code.

Usage: ``python packaging/smoke_test.py [dist/NeuroLeaf/neuroleaf]``
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPEECH = ROOT / "tests" / "data" / "audio" / "jfk.flac"
PASSPHRASE = "smoke test passphrase 42"  # noqa: S105 - a throw-away profile


class SmokeError(Exception):
    pass


def _env(home: Path) -> dict[str, str]:
    # Nothing from a developer's environment: no PYTHONPATH, no NEUROLEAF_* settings.
    keep = ("PATH", "LANG", "LC_ALL", "TZ")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        HOME=str(home / "user"),
        NEUROLEAF_HOME=str(home / "neuroleaf"),
        NEUROLEAF_PASSPHRASE=PASSPHRASE,
        TMPDIR=str(home / "tmp"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _run(exe: Path, env: dict[str, str], *args: str, timeout: float = 300) -> str:
    started = time.perf_counter()
    proc = subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    took = time.perf_counter() - started
    shown = " ".join(args)
    shown = shown if len(shown) <= 80 else shown[:77] + "…"
    print(f"  neuroleaf {shown} → exit {proc.returncode} in {took:.1f} s", flush=True)
    if proc.returncode != 0 or "Traceback" in proc.stderr:
        raise SmokeError(f"`neuroleaf {' '.join(args)}` failed:\n{proc.stderr}{proc.stdout}")
    return proc.stdout


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeError(message)


def source_data_files() -> list[Path]:
    """The package's data files (migrations, assets), relative to neuroleaf_desktop/."""
    package = ROOT / "neuroleaf_desktop"
    patterns = ("storage/migrations/*.sql", "assets/**/*")
    return sorted(
        p.relative_to(package) for pattern in patterns for p in package.glob(pattern) if p.is_file()
    )


def source_modules() -> list[str]:
    """Every module of the source tree that may be imported (not `__main__`)."""
    package = ROOT / "neuroleaf_desktop"
    names = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def check_safety_probe(report: dict[str, Any]) -> None:
    """The safety classifier's report from inside the bundle (``bundle_probe`` of
    ``neuroleaf_desktop.ai.safety_semantic``): its weights and their neighbour bank found and
    accepted, and the probe's warning sign scored at or over the English threshold through them.

    Why: a bank left out of the bundle, or not the one the weights name, makes the scorer
    refuse the pair and fall back to the crisis descriptions; the app still runs, so only
    this check sees that its safety classifier is not the one that was measured.
    """
    _check(bool(report.get("weights")), "the safety classifier's weights are not in the bundle")
    _check(bool(report.get("accepted")), f"the safety weights or their bank were refused: {report}")
    _check(int(report.get("bank_rows", 0)) > 0, "the safety classifier has no neighbour bank")
    _check("score" in report, f"MiniLM did not score the safety probe: {report}")
    score, threshold = float(report["score"]), float(report["threshold"])
    _check(score >= threshold, f"the safety probe scored {score:.3f} under {threshold:.3f}")


def steps(exe: Path, home: Path) -> list[tuple[str, Callable[[], None]]]:
    env = _env(home)
    for folder in ("user", "tmp"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    from neuroleaf_desktop import __version__

    def version() -> None:
        _check(__version__ in _run(exe, env, "--version"), "--version does not print the version")

    def init() -> None:
        data = json.loads(_run(exe, env, "init", "--name", "Smoke", "--json"))
        _check(data["profile"] == "smoke", f"init made {data}")

    def add() -> None:
        _run(exe, env, "journal", "add", "-t", "Lake", "-b", "Swam in the cold lake at dawn.")

    def search() -> None:
        hits = json.loads(_run(exe, env, "search", "--hybrid", "swimming outdoors", "--json"))
        _check(any(h["title"] == "Lake" for h in hits), f"hybrid search found {hits}")

    def voice() -> None:
        data = json.loads(_run(exe, env, "voice", "transcribe", str(SPEECH), "--json"))
        _check("ask not what your country" in data["text"].lower(), data["text"])

    def pdf() -> None:
        out = home / "report.pdf"
        _run(exe, env, "export", "--format", "pdf", "--out", str(out))
        _check(out.read_bytes().startswith(b"%PDF"), "the PDF export is not a PDF")

    def gui() -> None:
        gui_env = dict(env, NEUROLEAF_BENCHMARK="startup")
        first_paint = json.loads(_run(exe, gui_env, timeout=120).strip().splitlines()[-1])
        _check(first_paint.get("first_paint_s", 0) > 0, f"no first paint: {first_paint}")

    def complete() -> None:
        bundle_data = exe.parent / "_internal" / "neuroleaf_desktop"
        missing = [str(f) for f in source_data_files() if not (bundle_data / f).is_file()]
        _check(not missing, f"data files missing from the bundle: {missing}")
        report = json.loads(
            _run(
                exe,
                env,
                "--neuroleaf-run-module",
                "neuroleaf_desktop.bundle_check",
                *source_modules(),
            )
        )
        _check(not report["failed"], f"modules missing from the bundle: {report['failed']}")

    def safety() -> None:
        out = _run(exe, env, "--neuroleaf-run-module", "neuroleaf_desktop.ai.safety_semantic")
        check_safety_probe(json.loads(out.strip().splitlines()[-1]))

    return [
        ("every module and data file is in the bundle", complete),
        ("safety classifier with its neighbour bank", safety),
        ("--version", version),
        ("init", init),
        ("journal add", add),
        ("search --hybrid", search),
        ("voice transcribe", voice),
        ("export --format pdf", pdf),
        ("GUI first paint (offscreen)", gui),
    ]


def main(argv: list[str]) -> int:
    exe = Path(argv[0]) if argv else ROOT / "dist" / "NeuroLeaf" / "neuroleaf"
    if not exe.is_file():
        print(f"No frozen executable at {exe}: run `make package` first.", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="neuroleaf-smoke-") as tmp:
        for name, step in steps(exe, Path(tmp)):
            print(f"[smoke] {name}", flush=True)
            try:
                step()
            except (SmokeError, subprocess.TimeoutExpired, ValueError, KeyError) as exc:
                print(f"[smoke] FAILED at {name}: {exc}", file=sys.stderr)
                return 1
    print("[smoke] the frozen bundle passed every step")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
