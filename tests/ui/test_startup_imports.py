"""Start-up stays light: no heavy ML/plotting module is imported before the first paint."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from neuroleaf_desktop.errors import ExitCode
from neuroleaf_desktop.ui.app import HEAVY_MODULES
from tests.conftest import PYTHON, cli_env

SCRIPT = (
    "import sys\n"
    "from neuroleaf_desktop.ui.app import run_app\n"
    "sys.exit(run_app(benchmark_startup=True))\n"
)


def test_first_paint_imports_nothing_heavy(ui_home: Path) -> None:
    result = subprocess.run(
        [PYTHON, "-c", SCRIPT],
        env=cli_env(ui_home, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["heavy_modules_loaded"] == []
    assert set(HEAVY_MODULES) == {"torch", "chromadb", "faster_whisper", "llama_cpp", "matplotlib"}
    assert isinstance(report["first_paint_s"], float)
    assert report["qt_platform"] == "offscreen"


# Loaded at unlock or by the first event logged, never before the unlock window's first paint:
# the services, the full command line (click), the vault with SQLCipher and its migrations, the
# KDF and AES libraries, and structlog with asyncio (nothing is logged before the paint).
WATCHED = (
    "neuroleaf_desktop.services.session",
    "neuroleaf_desktop.cli.main",
    "neuroleaf_desktop.cli.common",
    "neuroleaf_desktop.storage.vault",
    "neuroleaf_desktop.storage.migrator",
    "neuroleaf_desktop.storage.repositories.journal_repo",
    "click",
    "sqlcipher3",
    "argon2",
    "cryptography",
    "structlog",
    "asyncio",
    "numpy",
    "rich",
)

LAUNCH = (
    "import json, sys\n"
    "sys.argv = ['neuroleaf']\n"
    "from neuroleaf_desktop import entry\n"
    "try:\n"
    "    entry.main()\n"
    "except SystemExit:\n"
    "    pass\n"
    f"watched = {WATCHED!r}\n"
    "print(json.dumps([m for m in watched if m in sys.modules]))\n"
)


def test_bare_command_reaches_the_unlock_window_without_services_or_the_full_cli(
    ui_home: Path,
) -> None:
    """What `neuroleaf` (no arguments) loads before the unlock window's first paint: none of
    :data:`WATCHED` (the services and the vault load at unlock, the rest when used)."""
    result = subprocess.run(
        [PYTHON, "-c", LAUNCH],
        env=cli_env(ui_home, QT_QPA_PLATFORM="offscreen", NEUROLEAF_BENCHMARK="startup"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert json.loads(lines[-2])["heavy_modules_loaded"] == []  # the probe's report
    assert json.loads(lines[-1]) == []


def test_bare_command_without_a_display_says_so_in_words(ui_home: Path) -> None:
    env = {
        k: v
        for k, v in cli_env(ui_home).items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [PYTHON, "-m", "neuroleaf_desktop"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == ExitCode.UNAVAILABLE, result.stderr
    assert result.stderr.startswith("Error: ") and "graphical desktop" in result.stderr
    assert "Traceback" not in result.stderr
