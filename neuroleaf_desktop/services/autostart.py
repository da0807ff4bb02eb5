"""Start NeuroLeaf when the person logs in (XDG autostart), off unless they switch it on.

Why: the daily check and reminders run inside the app, so they only happen while it runs.
Starting at login is a per-computer-account choice, not a journal setting, so its only record
is the autostart entry itself: the checkbox in Settings reads whether the file is there.
Freedesktop desktops (GNOME, KDE, Xfce, …) start every ``~/.config/autostart/*.desktop`` entry;
other platforms report "not supported" rather than pretend.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from neuroleaf_desktop.launch import is_frozen
from neuroleaf_desktop.paths import ENV_HOME

FILE_NAME = "neuroleaf.desktop"


def supported() -> bool:
    return sys.platform.startswith("linux") or "bsd" in sys.platform


def autostart_dir() -> Path:
    """``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart``); under NEUROLEAF_HOME in tests."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser().resolve() / "autostart"
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart"


def launch_command() -> str:
    """How this installation starts the app: the bundle's executable, or this Python."""
    argv = [sys.executable] if is_frozen() else [sys.executable, "-m", "neuroleaf_desktop"]
    return shlex.join(argv)


def entry_text() -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=NeuroLeaf\n"
        "Comment=Daily check-in reminders from your private journal\n"
        f"Exec={launch_command()}\n"
        "Icon=neuroleaf\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled() -> bool:
    return (autostart_dir() / FILE_NAME).is_file()


def set_enabled(enabled: bool) -> None:
    """Create or remove the autostart entry (written atomically; removing twice is fine)."""
    target = autostart_dir() / FILE_NAME
    if not enabled:
        target.unlink(missing_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(entry_text(), encoding="utf-8")
    tmp.replace(target)
