"""Smaller findings: back-off clamping, leftover temp files, huge numbers in files."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from neuroleaf_desktop.errors import UnlockThrottledError
from neuroleaf_desktop.paths import AppPaths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.throttle import MAX_DELAY_S, UnlockThrottle


def test_a_future_time_stamp_does_not_lock_anyone_out(tmp_path: Path) -> None:
    state = tmp_path / "unlock_state.json"
    now = 1_800_000_000.0
    state.write_text(json.dumps({"failures": 4, "last_failure_at": now + 86_400}))
    throttle = UnlockThrottle(state, clock=lambda: now)
    assert 0 < throttle.retry_after() <= 4.0  # 4 failures: 4 s, not a day
    state.write_text(json.dumps({"failures": 10**6, "last_failure_at": now}))
    assert throttle.retry_after() <= MAX_DELAY_S
    with pytest.raises(UnlockThrottledError):
        throttle.check()


def test_stale_temp_files_and_staging_folders_are_swept(session: Session, paths: AppPaths) -> None:
    folder = session.vault.folder
    session.close()
    old = time.time() - 7200
    stale = folder / ".vault.key.json.abc123"
    fresh = folder / ".vault.key.json.def456"
    for leftover in (stale, fresh):
        leftover.write_text("{}")
    os.utime(stale, (old, old))
    dead = paths.profiles / ".creating-999999999-deadbeef"  # no such process
    dead.mkdir()
    ProfileStore(paths)  # start-up
    assert not stale.exists() and fresh.exists()  # a fresh one may be another writer's
    assert not dead.exists()


def test_huge_integer_in_a_key_file_is_damage_not_a_crash(session: Session) -> None:
    from neuroleaf_desktop.errors import VaultCorruptedError
    from neuroleaf_desktop.storage.vault import Vault

    session.close()
    key = session.vault.key_path
    raw = key.read_text(encoding="utf-8")
    key.write_text(raw.replace('"format": 1', '"format": ' + "9" * 5000), encoding="utf-8")
    with pytest.raises(VaultCorruptedError, match="damaged"):
        Vault(session.vault.folder).unlock("irrelevant passphrase")
