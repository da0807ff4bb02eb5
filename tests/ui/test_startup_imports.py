"""Start-up stays light: no heavy ML/plotting module is imported before the first paint."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

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
