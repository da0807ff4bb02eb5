"""`restore --new-profile` killed at random moments: the profile is complete or absent."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services import backup_service as bk
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.storage import crypto
from tests.cli_helpers import run_cli
from tests.conftest import PASSPHRASE, PYTHON, cli_env

FAST_KDF = crypto.KdfParams("argon2id", "AAAAAAAAAAAAAAAAAAAAAA==", 1, crypto.MIN_MEMORY_KIB, 1)
BACKUP_PASS = "backup passphrase for tests"
ENTRIES = 150
KILLS = 7


def _restore_process(home: Path, backup: Path) -> subprocess.Popen[bytes]:
    env = cli_env(home, NEUROLEAF_PASSPHRASE=PASSPHRASE, NEUROLEAF_BACKUP_PASSPHRASE=BACKUP_PASS)
    return subprocess.Popen(
        [PYTHON, "-m", "neuroleaf_desktop", "restore", str(backup), "--new-profile", "Restored"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_kill_9_during_restore_new_profile(store: ProfileStore, home: Path) -> None:
    session, _key = store.create("Source", PASSPHRASE)
    for i in range(ENTRIES):
        session.journal.add(NewEntry(f"day {i}", "what happened today " * 30))
    backup = home.parent / "all.nlbackup"
    bk.create_backup(session, backup, BACKUP_PASS, kdf=FAST_KDF)
    session.close()

    started = time.monotonic()
    full = _restore_process(home, backup)
    out, err = full.communicate(timeout=120)
    duration = time.monotonic() - started
    assert full.returncode == 0, err
    assert b"Recovery key" in out or b"recovery key" in out.lower()
    shutil.rmtree(home / "data" / "profiles" / "restored")

    rng = random.Random(20261130)
    outcomes = []
    for _ in range(KILLS):
        proc = _restore_process(home, backup)
        time.sleep(rng.uniform(0.2, duration))
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
        listed = json.loads(run_cli(home, "profiles", "--json").stdout)  # sweeps leftovers
        names = {p["profile"] for p in listed}
        profiles = home / "data" / "profiles"
        assert not list(profiles.glob(".creating-*")), "leftover staging folder"
        if "restored" in names:
            restored = store.open("restored", PASSPHRASE)
            assert restored.journal.count() == ENTRIES  # complete, never empty
            restored.close()
            outcomes.append("complete")
            shutil.rmtree(profiles / "restored")
        else:
            outcomes.append("absent")
    # Killed or not, a fresh attempt works (never "already exists").
    proc = _restore_process(home, backup)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "absent" in outcomes  # the kills did land mid-way
