"""Rotating the data key (`passwd --rekey`) and the recovery key, crash-safe under SIGKILL."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.errors import WrongRecoveryKeyError
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.storage.vault import Vault
from tests.cli_helpers import run_cli
from tests.conftest import PASSPHRASE, PYTHON, cli_env

ENTRIES = 40  # of ~100 KB each: a 4+ MB vault takes a while to re-encrypt
KILLS = 8


def _raw_key_slot(folder: Path) -> str:
    return str(json.loads((folder / "vault.key.json").read_text())["passphrase_slot"])


def test_rekey_changes_the_database_key_and_the_recovery_key(store: ProfileStore) -> None:
    session, old_recovery = store.create("Test", PASSPHRASE)
    session.journal.add(NewEntry("t", "kept across the rotation"))
    session.close()
    folder = session.vault.folder
    before_db, before_slot = (folder / "vault.db").read_bytes()[:4096], _raw_key_slot(folder)
    new_recovery = Vault(folder).rekey(PASSPHRASE)
    assert new_recovery != old_recovery
    assert (folder / "vault.db").read_bytes()[:4096] != before_db  # re-encrypted
    assert _raw_key_slot(folder) != before_slot
    assert "pending" not in json.loads((folder / "vault.key.json").read_text())
    with pytest.raises(WrongRecoveryKeyError):
        Vault(folder).unlock_with_recovery(old_recovery)
    reopened = store.open_with_recovery("Test", new_recovery)
    assert reopened.journal.search("rotation")
    reopened.close()
    rotated = Vault(folder).rotate_recovery_key(PASSPHRASE)
    with pytest.raises(WrongRecoveryKeyError):
        Vault(folder).unlock_with_recovery(new_recovery)
    vault = Vault(folder)
    vault.unlock_with_recovery(rotated)
    vault.lock()


def test_cli_new_recovery_key(home: Path) -> None:
    first = json.loads(run_cli(home, "init", "--name", "Me", "--json").stdout)["recovery_key"]
    out = json.loads(run_cli(home, "passwd", "--new-recovery-key", "--json").stdout)
    assert out["recovery_key"] != first and not out["rekeyed"]


def test_kill_9_during_rekey_never_loses_the_journal(store: ProfileStore, home: Path) -> None:
    session, _recovery = store.create("Test", PASSPHRASE)
    for i in range(ENTRIES):
        session.journal.add(NewEntry(f"day {i}", f"words of day {i} " * 7000))
    session.close()
    env = cli_env(home, NEUROLEAF_PASSPHRASE=PASSPHRASE)
    command = [PYTHON, "-m", "neuroleaf_desktop", "passwd", "--rekey", "--json"]
    started = time.monotonic()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    duration = time.monotonic() - started
    key_path = session.vault.folder / "vault.key.json"
    rng = random.Random(4242)
    interrupted = 0
    for attempt in range(KILLS):
        proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if attempt % 2:  # anywhere in the run
            time.sleep(rng.uniform(0.3, duration))
        else:  # inside the rotation: once the pending key is on disk, a few ms later
            while proc.poll() is None and b"pending" not in key_path.read_bytes():
                time.sleep(0.001)
            time.sleep(rng.uniform(0, 0.01))
        proc.send_signal(signal.SIGKILL)  # no-op if it already finished
        proc.communicate(timeout=30)
        interrupted += b"pending" in key_path.read_bytes()
        reopened = store.open("Test", PASSPHRASE)  # always opens with the passphrase
        assert reopened.journal.count() == ENTRIES
        assert reopened.vault.integrity_check() == []
        reopened.close()
        assert "pending" not in json.loads(
            (session.vault.folder / "vault.key.json").read_text()
        )  # the interrupted rotation was settled at unlock
    assert interrupted >= 1  # some kills did land between the key file's two writes


def test_crash_after_re_encryption_before_the_key_file_commit(
    store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import neuroleaf_desktop.storage.vault as vault_module

    session, _recovery = store.create("Test", PASSPHRASE)
    session.journal.add(NewEntry("t", "still here"))
    session.close()
    folder = session.vault.folder
    real_write = vault_module.write_keyfile
    writes: list[bool] = []

    def crash_on_promote(path: Path, keyfile: object) -> None:
        writes.append(getattr(keyfile, "pending", None) is not None)
        if len(writes) == 2:  # (3): the database is already re-encrypted
            raise KeyboardInterrupt("power cut")
        real_write(path, keyfile)  # type: ignore[arg-type]

    monkeypatch.setattr(vault_module, "write_keyfile", crash_on_promote)
    with pytest.raises(KeyboardInterrupt):
        Vault(folder).rekey(PASSPHRASE)
    monkeypatch.setattr(vault_module, "write_keyfile", real_write)
    assert writes == [True, False]
    assert "pending" in json.loads((folder / "vault.key.json").read_text())
    reopened = store.open("Test", PASSPHRASE)  # the old slot no longer opens: the pending one does
    assert reopened.journal.count() == 1
    reopened.close()
    assert "pending" not in json.loads((folder / "vault.key.json").read_text())
