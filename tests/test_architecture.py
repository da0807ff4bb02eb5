"""The layer rules, checked: only ui/ imports Qt, ui/ and cli/ go through services, no import
cycles, nothing heavy at import time."""

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
        if rel.parts[0] in ("ui", "tools"):  # tools/ drives the UI (the screenshot gallery)
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


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports (type-checking-only imports included: a cycle
    there is still a knot a reader has to untie)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            candidates: list[str] = []
            if isinstance(node, ast.Import):
                candidates = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = name.split(".")
                    anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                    base = ".".join([*anchor, base] if base else anchor)
                candidates = [f"{base}.{alias.name}" for alias in node.names] + [base]
            for candidate in candidates:
                while candidate and candidate not in modules:
                    candidate = candidate.rpartition(".")[0]
                if candidate and candidate != name:
                    targets.add(candidate)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (a package importing its own
    submodules to re-export them is not a cycle)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w.startswith(v + "."):
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles() -> None:
    assert _cycles(_import_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "p": {"p.x"}, "p.x": {"p"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_ui_and_cli_reach_storage_and_ai_only_through_services() -> None:
    offenders = sorted(
        f"{name} -> {target}"
        for name, targets in _import_graph().items()
        if name.split(".")[1:2] in (["ui"], ["cli"])
        for target in targets
        if target.split(".")[1:2] in (["storage"], ["ai"])
    )
    assert offenders == []


def test_benchmarks_import_no_tests() -> None:
    benchmarks = PACKAGE.parent / "benchmarks"
    offenders = sorted(
        path.name
        for path in benchmarks.glob("*.py")
        if any(m.split(".")[0] == "tests" for m in imported_modules(path))
    )
    assert offenders == []


def test_the_running_app_does_not_import_the_tools() -> None:
    offenders = sorted(
        f"{name} -> {target}"
        for name, targets in _import_graph().items()
        if name.split(".")[1:2] not in (["tools"], ["cli"])
        for target in targets
        if target.split(".")[1:2] == ["tools"]
    )
    assert offenders == []
