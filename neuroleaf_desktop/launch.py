"""How NeuroLeaf starts its own helper processes, from a source checkout or a frozen bundle.

From source, a child is `python -m <module>`. A PyInstaller bundle has no `python` and no
`-m`: its one executable is the app. So the bundle's entry point first looks for
``--neuroleaf-run-module <module>`` and, when present, runs that module as `__main__` instead of
the command line. Every place that starts a child asks :func:`module_command` for its argv, so
the same code works both ways.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

RUN_MODULE_FLAG = "--neuroleaf-run-module"
_ALLOWED_PREFIX = "neuroleaf_desktop."


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def bundle_dir() -> Path | None:
    """The bundle's data folder (PyInstaller's ``sys._MEIPASS``), or None from source."""
    found = getattr(sys, "_MEIPASS", None)
    return Path(found) if found else None


def module_command(module: str, python: str | None = None) -> list[str]:
    """The argv that runs ``module`` as a program in a new process."""
    if is_frozen():
        return [sys.executable, RUN_MODULE_FLAG, module]
    return [python or sys.executable, "-m", module]


def run_module_if_asked(argv: list[str]) -> bool:
    """In the bundle's entry point: run a child module if argv asks for one (True when it did).

    Only NeuroLeaf's own modules can be started this way, so the flag cannot turn the
    executable into a general Python launcher.
    """
    if len(argv) < 3 or argv[1] != RUN_MODULE_FLAG:
        return False
    module = argv[2]
    if not module.startswith(_ALLOWED_PREFIX):
        raise SystemExit(f"not a NeuroLeaf module: {module}")
    sys.argv = [argv[0], *argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    return True
