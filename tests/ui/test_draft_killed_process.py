"""A crash loses at most a few seconds of typing: a real process is SIGKILLed after autosave."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from tests.conftest import PASSPHRASE, cli_env

pytestmark = [pytest.mark.gui, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]
ROOT = Path(__file__).resolve().parents[2]
TEXT = "Dear diary, the power went out mid-sentence"


def test_autosaved_draft_survives_sigkill(home: Path) -> None:
    session, _recovery = ProfileStore(app_paths()).create("Test", PASSPHRASE)
    session.close()

    env = cli_env(home, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.helpers.draft_writer", "Test", PASSPHRASE, TEXT],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:  # bounded by pytest-timeout if the writer hangs
            lines.append(line.strip())
            if line.strip() == "SAVED":
                break
        assert "SAVED" in lines, f"the writer exited early: {lines}, rc={proc.poll()}"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    reopened = ProfileStore(app_paths()).open("Test", PASSPHRASE)
    try:
        drafts = reopened.drafts.list()
        assert [d.body for d in drafts] == [TEXT]
        assert drafts[0].entry_id is None
        assert reopened.journal.count() == 0  # a draft, not an entry
    finally:
        reopened.close()
