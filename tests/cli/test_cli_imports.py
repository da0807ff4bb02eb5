"""With the unlock agent running, everyday commands load only what they use.

`neuroleaf write` and `neuroleaf search` are what a person types many times a day. With the
agent holding the key they need no key derivation, and a session builds each service on first
use, so neither the care, analysis and embedding code nor the libraries behind them load. Every
module listed here was once imported by every command; a regression puts its cost back on each
run. How fast the commands are is measured in benchmarks/bench_cli.py, not asserted here.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PYTHON, cli_env
from tests.support.cli_helpers import run_cli, run_json

# Runs one command in-process (as `neuroleaf …` would), then lists what was imported.
PROBE = (
    "import json, sys\n"
    "sys.argv = ['neuroleaf', *sys.argv[1:]]\n"
    "from neuroleaf_desktop import entry\n"
    "code = 0\n"
    "try:\n"
    "    entry.main()\n"
    "except SystemExit as exc:\n"
    "    code = exc.code or 0\n"
    "print(json.dumps({'code': code, 'modules': sorted(sys.modules)}))\n"
)

# Libraries no everyday command needs: models, plotting, PDF, Qt, the scheduler, and (with the
# key from the agent) the KDF and AES libraries; asyncio only ever came in with structlog.
LIBRARIES = {
    "numpy",
    "chromadb",
    "onnxruntime",
    "llama_cpp",
    "torch",
    "sentence_transformers",
    "faster_whisper",
    "reportlab",
    "matplotlib",
    "PySide6",
    "apscheduler",
    "rich",
    "asyncio",
    "argon2",
    "cryptography",
}
# Services and their domain code that a session used to build for every command.
_PKG = "neuroleaf_desktop."
SERVICES = {
    _PKG + "services.care_service",
    _PKG + "services.analysis_service",
    _PKG + "services.embedding_service",
    _PKG + "services.draft_service",
    _PKG + "services.jobs",
    _PKG + "domain.safety",
    _PKG + "domain.analysis",
    _PKG + "ai.embeddings",
}


@pytest.fixture
def unlocked(home: Path) -> Iterator[Path]:
    run_json(home, "init", "--name", "Ana")
    run_cli(home, "write", "A calm walk by the lake @outside")
    run_cli(home, "unlock", "--for", "10m")
    try:
        yield home
    finally:
        run_cli(home, "lock", passphrase=None, check=False)


def _imported_by(home: Path, *args: str) -> tuple[str, set[str]]:
    """Run ``neuroleaf ARGS`` without a passphrase (only the agent can open the journal)."""
    result = subprocess.run(
        [PYTHON, "-c", PROBE, *args],
        env=cli_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    *printed, last = result.stdout.strip().splitlines()
    report = json.loads(last)
    assert report["code"] == 0, result.stderr
    return "\n".join(printed), set(report["modules"])


def _loaded(modules: set[str], wanted: set[str]) -> list[str]:
    """Which of ``wanted`` (packages count with their submodules) are among ``modules``."""
    return sorted(w for w in wanted if any(m == w or m.startswith(w + ".") for m in modules))


def test_write_with_the_agent_loads_only_the_journal(unlocked: Path) -> None:
    out, modules = _imported_by(unlocked, "write", "Slept well. Tea in the garden @home")
    assert out.startswith("Saved entry ")
    assert _loaded(modules, LIBRARIES) == []
    assert _loaded(modules, SERVICES | {_PKG + "services.search_service"}) == []
    assert _PKG + "services.journal_service" in modules  # the check sees real imports
    listed = run_json(unlocked, "journal", "list", passphrase=None)
    assert listed[0]["title"] == "Slept well."


def test_search_by_words_with_the_agent_loads_no_embedding_code(unlocked: Path) -> None:
    out, modules = _imported_by(unlocked, "search", "lake")
    assert "A calm walk by the lake" in out
    assert _loaded(modules, LIBRARIES) == []
    assert _loaded(modules, SERVICES) == []
    assert _PKG + "services.search_service" in modules
