"""The encrypted vault against real SQLCipher files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import sqlcipher3

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.errors import (
    UnlockThrottledError,
    ValidationError,
    VaultCorruptedError,
    VaultTooNewError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.storage import crypto
from neuroleaf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE


def digest_folder(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "unlock_state.json"
    }


@pytest.fixture
def closed_vault(store: ProfileStore) -> tuple[Vault, str]:
    session, recovery = store.create("Ana", PASSPHRASE)
    session.journal.add(NewEntry("Title", "Some private words"))
    session.close()
    return Vault(store.find("Ana").folder), recovery


def test_database_file_is_encrypted(closed_vault: tuple[Vault, str]) -> None:
    vault, _ = closed_vault
    head = vault.db_path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    # A plain SQLite reader cannot open it either.
    import sqlite3

    conn = sqlite3.connect(vault.db_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_key_file_holds_no_key_and_strong_kdf(
    store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(crypto.ENV_MEMORY_KIB)  # the users' floor, not the suite's
    store.create("Ana", PASSPHRASE)[0].close()
    vault = Vault(store.find("Ana").folder)
    raw = json.loads(vault.key_path.read_text())
    assert raw["kdf"]["algorithm"] == "argon2id"
    assert raw["kdf"]["memory_kib"] >= 64 * 1024
    assert set(raw) >= {"passphrase_slot", "recovery_slot", "vault_id"}
    assert oct(vault.key_path.stat().st_mode)[-3:] == "600"
    assert oct(vault.db_path.stat().st_mode)[-3:] == "600"


def test_unlock_reads_data(closed_vault: tuple[Vault, str]) -> None:
    vault, _ = closed_vault
    vault.unlock(PASSPHRASE)
    with vault.reading() as conn:
        assert conn.execute("SELECT body FROM entries").fetchone()[0] == "Some private words"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
        # Off by default (ENV_MEMORY_SECURITY in storage/connection.py: the measured trade-off).
        assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] in ("0", "1")
    vault.lock()


def test_wrong_passphrase_is_clear_and_touches_nothing(closed_vault: tuple[Vault, str]) -> None:
    vault, _ = closed_vault
    before = digest_folder(vault.folder)
    with pytest.raises(WrongPassphraseError) as info:
        vault.unlock("not my passphrase at all")
    assert "passphrase" in info.value.user_message
    assert not vault.is_unlocked
    assert digest_folder(vault.folder) == before


def test_recovery_key_unlocks_and_resets_passphrase(closed_vault: tuple[Vault, str]) -> None:
    vault, recovery = closed_vault
    # People type it in lower case, with spaces instead of dashes: still fine.
    vault.unlock_with_recovery(recovery.lower().replace("-", " "))
    vault.lock()
    vault.reset_passphrase(recovery, "a brand new passphrase")
    with pytest.raises(WrongPassphraseError):
        vault.unlock(PASSPHRASE)
    vault.unlock("a brand new passphrase")
    with vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    vault.lock()


def test_wrong_recovery_key_and_typo(closed_vault: tuple[Vault, str]) -> None:
    vault, recovery = closed_vault
    before = digest_folder(vault.folder)
    with pytest.raises(WrongRecoveryKeyError, match="different journal"):
        vault.unlock_with_recovery(crypto.new_recovery_key())
    typo = ("B" if recovery[0] != "B" else "C") + recovery[1:]
    with pytest.raises(WrongRecoveryKeyError, match="typo"):
        vault.unlock_with_recovery(typo)
    with pytest.raises(WrongRecoveryKeyError, match="length"):
        vault.unlock_with_recovery("ABCD-EFGH")
    assert digest_folder(vault.folder) == before


def test_change_passphrase_rewraps_only(closed_vault: tuple[Vault, str]) -> None:
    vault, recovery = closed_vault
    db_before = hashlib.sha256(vault.db_path.read_bytes()).hexdigest()
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase("wrong current one", "another good passphrase")
    with pytest.raises(ValidationError):
        vault.change_passphrase(PASSPHRASE, "short")
    vault.change_passphrase(PASSPHRASE, "another good passphrase")
    assert hashlib.sha256(vault.db_path.read_bytes()).hexdigest() == db_before
    vault.unlock("another good passphrase")
    vault.lock()
    vault.unlock_with_recovery(recovery)  # the recovery slot still works
    vault.lock()


def test_backoff_persists_across_restarts(closed_vault: tuple[Vault, str]) -> None:
    vault, _ = closed_vault
    now = [1000.0]
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            Vault(vault.folder, clock=lambda: now[0]).unlock("wrong wrong wrong")
    # A fresh Vault object (as after an app restart) still remembers the failures.
    restarted = Vault(vault.folder, clock=lambda: now[0])
    with pytest.raises(UnlockThrottledError) as info:
        restarted.unlock(PASSPHRASE)
    assert 0 < info.value.retry_after_s <= 2
    assert "wait" in info.value.user_message
    now[0] += 3
    restarted.unlock(PASSPHRASE)  # after the wait the right passphrase works
    restarted.lock()
    assert Vault(vault.folder).throttle.failures == 0


def test_truncated_vault_is_reported_and_unchanged(closed_vault: tuple[Vault, str]) -> None:
    vault, _ = closed_vault
    data = vault.db_path.read_bytes()
    vault.db_path.write_bytes(data[:1000])
    before = digest_folder(vault.folder)
    with pytest.raises(VaultCorruptedError) as info:
        vault.unlock(PASSPHRASE)
    assert "damaged" in info.value.user_message
    assert digest_folder(vault.folder) == before


def test_corrupted_vault_is_reported_and_unchanged(closed_vault: tuple[Vault, str]) -> None:
    vault, _ = closed_vault
    data = bytearray(vault.db_path.read_bytes())
    for i in range(0, 4096, 7):  # scribble over the first page
        data[i] ^= 0x5A
    vault.db_path.write_bytes(bytes(data))
    before = digest_folder(vault.folder)
    with pytest.raises(VaultCorruptedError):
        vault.unlock(PASSPHRASE)
    assert digest_folder(vault.folder) == before


def test_damaged_or_missing_key_file(closed_vault: tuple[Vault, str]) -> None:
    vault, _ = closed_vault
    vault.key_path.write_text("{ not json")
    with pytest.raises(VaultCorruptedError, match="damaged"):
        vault.unlock(PASSPHRASE)
    vault.key_path.unlink()
    with pytest.raises(VaultCorruptedError, match="missing"):
        vault.unlock(PASSPHRASE)


def test_vault_from_newer_app_is_refused_untouched(closed_vault: tuple[Vault, str]) -> None:
    vault, _ = closed_vault
    # Simulate a future app: bump the schema version with the real key.
    vault.unlock(PASSPHRASE)
    with vault.transaction() as conn:
        conn.execute("PRAGMA user_version = 99")
    vault.lock()
    before = digest_folder(vault.folder)
    with pytest.raises(VaultTooNewError, match="newer version"):
        vault.unlock(PASSPHRASE)
    assert digest_folder(vault.folder) == before


def test_key_file_from_newer_app(closed_vault: tuple[Vault, str]) -> None:
    vault, _ = closed_vault
    raw = json.loads(vault.key_path.read_text())
    raw["format"] = 7
    vault.key_path.write_text(json.dumps(raw))
    with pytest.raises(VaultTooNewError):
        vault.unlock(PASSPHRASE)


def test_weakened_kdf_parameters_are_refused(closed_vault: tuple[Vault, str]) -> None:
    vault, _ = closed_vault
    raw = json.loads(vault.key_path.read_text())
    raw["kdf"]["memory_kib"] = 1024
    vault.key_path.write_text(json.dumps(raw))
    with pytest.raises(VaultCorruptedError):
        vault.unlock(PASSPHRASE)


def test_calibration_respects_floor_and_target() -> None:
    quick = crypto.calibrate_kdf(0.001)
    assert quick.memory_kib >= crypto.MIN_MEMORY_KIB and quick.time_cost >= 1
    real = crypto.calibrate_kdf(0.5)
    assert real.memory_kib == crypto.DEFAULT_MEMORY_KIB


def test_swapped_key_slots_fail_authentication(closed_vault: tuple[Vault, str]) -> None:
    vault, _ = closed_vault
    raw = json.loads(vault.key_path.read_text())
    raw["passphrase_slot"], raw["recovery_slot"] = raw["recovery_slot"], raw["passphrase_slot"]
    vault.key_path.write_text(json.dumps(raw))
    with pytest.raises(WrongPassphraseError):
        vault.unlock(PASSPHRASE)


def test_plain_sqlite_file_is_not_opened_as_vault(store: ProfileStore) -> None:
    session, _ = store.create("Bo", PASSPHRASE)
    folder = session.vault.folder
    session.close()
    db = folder / "vault.db"
    db.unlink()
    plain = sqlcipher3.connect(str(db))
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    with pytest.raises(VaultCorruptedError):
        Vault(folder).unlock(PASSPHRASE)
