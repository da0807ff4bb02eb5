"""The ``neuroleaf`` command's entry: with no arguments, straight to the desktop app.

Why a separate entry: the full command line (``cli.main``) imports every command module —
numpy for voice, the services of every feature — which would cost the unlock window a second
of start-up. A bare ``neuroleaf`` needs none of that, so it starts the app directly (as
``cli.main`` would, with ``NEUROLEAF_PROFILE`` honoured); anything else (a command, ``--help``,
``--profile``…) goes to the full command line, unchanged.
"""

from __future__ import annotations

import os
import sys


def _desktop() -> int:
    """What ``cli.main`` does for a bare ``neuroleaf``, with its calm errors (no display…)."""
    from neuroleaf_desktop.cli.desktop import start_desktop
    from neuroleaf_desktop.errors import NeuroLeafError

    try:
        return start_desktop(os.environ.get("NEUROLEAF_PROFILE") or None)
    except NeuroLeafError as exc:
        print(f"Error: {exc.user_message}", file=sys.stderr)
        return int(exc.exit_code)


def main() -> None:
    # Shell completion calls a bare `neuroleaf` with _NEUROLEAF_COMPLETE set: that is the CLI.
    if len(sys.argv) <= 1 and "_NEUROLEAF_COMPLETE" not in os.environ:
        raise SystemExit(_desktop())
    from neuroleaf_desktop.cli.main import entrypoint

    entrypoint()
