"""The real thing on a real X server: the app on the demo profile, screenshotted and checked.

Creates the demo profile with the demo generator (half a year: quick), then runs the app as
``neuroleaf demo`` does (``run_app(profile="Demo", passphrase=DEMO_PASSPHRASE)``) under Xvfb
with the xcb platform plugin (not offscreen). With ``NEUROLEAF_SMOKE_REPORT`` the app writes,
once the journal has loaded and painted, which screen it shows and how many days and entries it
lists; then the root window is grabbed with ImageMagick's ``import`` and checked to be a rendered
UI (many distinct colours), not a blank or black frame. The screenshot's path is printed; set
``NEUROLEAF_SMOKE_SHOT=path`` to keep a copy.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from neuroleaf_desktop.demo.generator import DEMO_PASSPHRASE, create_demo_profile
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.ui.journal.screen import FIRST_PAGE
from tests.conftest import PYTHON, cli_env

pytestmark = [pytest.mark.slow, pytest.mark.gui]

SCRIPT = (
    "import sys\n"
    "from neuroleaf_desktop.ui.app import run_app\n"
    "sys.exit(run_app(profile=sys.argv[1], passphrase=sys.argv[2]))\n"
)
DEMO_YEARS = 0.5


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
    # scripts/install-system-deps.sh installs these: a missing one is a set-up failure.
    for tool in ("Xvfb", "import", "xwininfo", "identify"):
        assert shutil.which(tool), f"{tool} is missing: run scripts/install-system-deps.sh"
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


def _report(path: Path) -> dict[str, Any] | None:
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def test_demo_profile_main_window_renders_under_xvfb(
    xvfb: str, ui_home: Path, tmp_path: Path
) -> None:
    with create_demo_profile(ProfileStore(app_paths()), DEMO_YEARS, name="Demo") as session:
        entries_in_vault = session.journal.count()
    assert entries_in_vault > 20

    report_path = tmp_path / "smoke-report.json"
    env = cli_env(
        ui_home, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb, NEUROLEAF_SMOKE_REPORT=str(report_path)
    )
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen(
        [PYTHON, "-c", SCRIPT, "Demo", DEMO_PASSPHRASE],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    shot = tmp_path / "demo-main-window.png"
    try:
        _poll(
            lambda: app.poll() is None and report_path.exists(),
            60,
            "the app to report the journal loaded and painted",
        )
        report = _report(report_path)
        assert report is not None
        assert _window_viewable(xvfb, "Demo"), "the main window is not on the X screen"

        def rendered() -> bool:
            subprocess.run(
                ["import", "-display", xvfb, "-window", "root", str(shot)],
                capture_output=True,
                check=False,
            )
            return shot.exists() and _colours(shot) >= 64

        _poll(rendered, 30, "a rendered (non-blank) screenshot")
        print(f"\nXvfb screenshot of the demo profile: {shot} ({_colours(shot)} colours)")
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
    # what the person sees: the journal of the demo profile, with its days listed
    assert report["qt_platform"] == "xcb"
    assert report["screen"] == "Journal"
    assert "Demo" in report["window_title"]
    assert report["entries_loaded"] > 0
    assert report["entries_loaded"] == min(entries_in_vault, FIRST_PAGE)  # the first page
    assert report["days"] > 20  # today plus the days with entries on the first page
    assert report["heavy_modules_loaded"] == []
