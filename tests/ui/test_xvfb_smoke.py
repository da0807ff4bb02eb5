"""The real thing on a real X server: unlock a profile, screenshot the screen, check it.

Runs the app under Xvfb with the xcb platform plugin (not offscreen), auto-unlocking a profile
with a few entries, then grabs the root window with ImageMagick's ``import`` and checks that
the picture is a rendered UI (many distinct colours), not a blank or black frame.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, PYTHON, cli_env

pytestmark = [pytest.mark.slow, pytest.mark.gui]

SCRIPT = (
    "import sys\n"
    "from neuroleaf_desktop.ui.app import run_app\n"
    "sys.exit(run_app(profile=sys.argv[1], passphrase=sys.argv[2]))\n"
)


def _poll(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _free_display() -> int:
    for number in range(90 + os.getpid() % 50, 400):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise AssertionError("no free X display number")


@pytest.fixture
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    for tool in ("import", "xwininfo", "identify"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    number = _free_display()
    proc = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    display = f":{number}"
    try:
        _poll(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 15, "Xvfb to start")
        yield display
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _window_viewable(display: str, name: str) -> bool:
    out = subprocess.run(
        ["xwininfo", "-display", display, "-root", "-tree"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    if name not in out:
        return False
    for line in out.splitlines():
        if name in line:
            window_id = line.split()[0]
            info = subprocess.run(
                ["xwininfo", "-display", display, "-id", window_id],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            if "IsViewable" in info:
                return True
    return False


def _colours(path: Path) -> int:
    out = subprocess.run(
        ["identify", "-format", "%k", str(path)], capture_output=True, text=True, check=False
    ).stdout.strip()
    return int(out or 0)


def test_unlocked_main_window_renders_under_xvfb(
    xvfb: str, ui_home: Path, tmp_path: Path, profile_with_entries: Callable[..., str]
) -> None:
    slug = profile_with_entries(
        "Smoke",
        "Slept well and went for a long walk by the canal.",
        "A busy day at work; felt a bit tense in the afternoon.",
        "Called my sister. Talking helped more than I expected.",
    )
    env = cli_env(ui_home, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb)
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen(
        [PYTHON, "-c", SCRIPT, slug, PASSPHRASE],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    shot = tmp_path / "out.png"
    try:
        _poll(
            lambda: app.poll() is None and _window_viewable(xvfb, "Smoke"),
            60,
            "the unlocked main window to be shown",
        )

        def rendered() -> bool:
            subprocess.run(
                ["import", "-display", xvfb, "-window", "root", str(shot)],
                capture_output=True,
                check=False,
            )
            return shot.exists() and _colours(shot) >= 64

        _poll(rendered, 30, "a rendered (non-blank) screenshot")
        keep = os.environ.get("NEUROLEAF_SMOKE_SHOT")
        if keep:
            shutil.copy(shot, keep)
        assert app.poll() is None, "the app exited early"
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGTERM)  # the app closes its vault and exits cleanly
        try:
            _out, err = app.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            _out, err = app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
