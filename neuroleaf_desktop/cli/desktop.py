"""Starting the desktop app from the command line, without loading the command line.

A bare ``neuroleaf`` goes straight here (see ``entry.py``): the unlock window should paint as
soon as Qt can, so this module imports neither click nor the services; ``app_cmd`` (``demo``)
and ``cli.main`` use it too.
"""

from __future__ import annotations

import os
import sys

from neuroleaf_desktop.errors import FeatureUnavailableError

# Hidden hooks for benchmarks/bench_startup.py (whole-process timings of `python -m
# neuroleaf_desktop`): "startup" exits at the unlock window's first paint; "unlock" unlocks
# --profile with NEUROLEAF_BENCHMARK_PASSPHRASE and exits once the journal is usable.
BENCHMARK_ENV = "NEUROLEAF_BENCHMARK"
BENCHMARK_PASSPHRASE_ENV = "NEUROLEAF_BENCHMARK_PASSPHRASE"  # noqa: S105 (a variable name)


def has_display() -> bool:
    """Whether a window can open: an X11 or Wayland display, a chosen Qt platform, or not Linux."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def require_display(what: str) -> None:
    """Say in words, not with Qt's abort, that a window cannot open here and what to do."""
    if not has_display():
        raise FeatureUnavailableError(
            f"{what} needs a graphical desktop, and none was found (DISPLAY and WAYLAND_DISPLAY "
            "are not set; for example over SSH). Run it on the computer's desktop, or use the "
            "command line: `neuroleaf --help` lists every command."
        )


def start_desktop(profile: str | None = None, passphrase: str | None = None) -> int:
    """Start the Qt app (imported here so CLI commands never load Qt)."""
    require_display("The NeuroLeaf window")
    from neuroleaf_desktop.ui.app import run_app

    mode = os.environ.get(BENCHMARK_ENV, "")
    if mode == "startup":
        return run_app(profile=profile, benchmark_startup=True)
    if mode == "unlock":
        secret = passphrase or os.environ.get(BENCHMARK_PASSPHRASE_ENV)
        return run_app(profile=profile, passphrase=secret, benchmark_unlock=True)
    return run_app(profile=profile, passphrase=passphrase)
