"""The layer rules of DESIGN.md, checked: only ui/ imports Qt; nothing heavy at import time."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

from tests.conftest import PYTHON

PACKAGE = Path(__file__).resolve().parents[1] / "neuroleaf_desktop"
HEAVY = ("torch", "chromadb", "faster_whisper", "llama_cpp", "matplotlib", "sentence_transformers")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui":
            continue
        if any(m.split(".")[0] in ("PySide6", "shiboken6") for m in imported_modules(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_domain_is_pure() -> None:
    forbidden = {"sqlcipher3", "sqlite3", "PySide6", "click", "structlog"}
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        bad = {m.split(".")[0] for m in imported_modules(path)} & forbidden
        bad |= {m for m in imported_modules(path) if m.startswith("neuroleaf_desktop.")
                and m.split(".")[1] in ("storage", "services", "ui", "cli", "ai")}  # fmt: skip
        if bad:
            offenders.append((str(path.relative_to(PACKAGE)), sorted(bad)))
    assert offenders == []


def test_cli_commands_do_not_load_qt_or_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "import neuroleaf_desktop.cli.main\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        f"{('PySide6', *HEAVY)!r}]\n"
        "print(bad)\n"
    )
    out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
