"""Opt-in "unlock with this computer's keychain" against a real keyring backend.

The backend is keyrings.alt's file backend (installed with the project's dev dependencies):
real files written and read by keyring, in this test's own folder, never the keychain of the
person running the tests. GNOME Keyring under dbus-run-session would need a desktop session's
PAM/prompt set-up that a headless CI machine lacks; the code paths are the same keyring API.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.errors import KeychainUnlockError, WrongPassphraseError
from neuroleaf_desktop.services.keychain_unlock import (
    SERVICE,
    KeychainUnlock,
    KeyringKeychain,
    os_keychain,
)
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, PYTHON, cli_env
from tests.support.cli_helpers import run_cli
from tests.support.privacy import make_canary, scan

NEW_PASSPHRASE = "a different long passphrase"


def _file_backend(path: Path) -> Any:
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(path)
    return backend


@pytest.fixture
def keyring_file(tmp_path: Path) -> Path:
    return tmp_path / "keyring" / "keyring_pass.cfg"


@pytest.fixture
def keychain(keyring_file: Path) -> KeyringKeychain:
    keyring_file.parent.mkdir()
    return KeyringKeychain(_file_backend(keyring_file))


@pytest.fixture
def journal(store: ProfileStore) -> Iterator[tuple[Vault, str, str]]:
    """A profile with one entry holding a canary, locked; (vault, recovery key, canary)."""
    session, recovery = store.create("Ana", PASSPHRASE)
    canary = make_canary()
    session.journal.add(NewEntry(title="Private", body=f"Only mine {canary}"))
    vault = session.vault
    session.close()
    yield vault, recovery, canary


def _entry_titles(vault: Vault) -> list[str]:
    with vault.reading() as conn:
        return [r[0] for r in conn.execute("SELECT title FROM entries")]


def test_keychain_unlock_on_off_and_the_passphrase_always_works(
    journal: tuple[Vault, str, str], keychain: KeyringKeychain, keyring_file: Path, home: Path
) -> None:
    vault, _recovery, canary = journal
    unlocker = KeychainUnlock(vault, keychain)
    assert not unlocker.enabled  # off by default
    with pytest.raises(KeychainUnlockError, match="not turned on"):
        unlocker.unlock()
    with pytest.raises(WrongPassphraseError):
        unlocker.enable("not the passphrase")
    assert not unlocker.enabled and keychain.get(vault.keyfile.vault_id) is None

    unlocker.enable(PASSPHRASE)
    assert unlocker.enabled and "On:" in unlocker.status_text()
    stored = keychain.get(vault.keyfile.vault_id)
    assert stored is not None
    reader = _file_backend(keyring_file)  # another keyring instance reads the same file
    assert reader.get_password(SERVICE, vault.keyfile.vault_id) == stored
    key_json = json.loads(vault.key_path.read_text())
    assert set(key_json["keychain_slot"]) == {"nonce_b64", "ciphertext_b64"}

    unlocker.unlock()
    assert _entry_titles(vault) == ["Private"]
    vault.lock()
    vault.unlock(PASSPHRASE)  # the passphrase still opens it
    vault.lock()

    # Neither the data key nor the canary is on disk unencrypted: not in the key file, the
    # keychain's file, the vault folder or the logs.
    data_key, _vault_id = unlocker.data_key()
    assert len(data_key) == 32
    written = [p for p in (home, keyring_file.parent) for p in p.rglob("*") if p.is_file()]
    for needle in (data_key, data_key.hex().encode(), data_key.hex().upper().encode()):
        assert [p for p in written if needle in p.read_bytes()] == []
    assert scan([home, keyring_file.parent], canary) == []
    secret = base64.b64decode(stored)  # the keychain's own file holds it (its job); we don't
    home_files = [p for p in home.rglob("*") if p.is_file()]
    for needle in (secret, stored.encode(), secret.hex().encode()):
        assert [p for p in home_files if needle in p.read_bytes()] == []

    unlocker.disable()
    assert not unlocker.enabled and "keychain_slot" not in json.loads(vault.key_path.read_text())
    assert reader.get_password(SERVICE, vault.keyfile.vault_id) is None
    with pytest.raises(KeychainUnlockError, match="not turned on"):
        unlocker.unlock()
    vault.unlock(PASSPHRASE)
    vault.lock()


def test_a_missing_deleted_or_replaced_keychain_entry_falls_back_to_the_passphrase(
    journal: tuple[Vault, str, str], keychain: KeyringKeychain
) -> None:
    vault, _recovery, _canary = journal
    KeychainUnlock(vault, keychain).enable(PASSPHRASE)

    with pytest.raises(KeychainUnlockError, match="No system keychain"):
        KeychainUnlock(vault, None).unlock()

    vault_id = vault.keyfile.vault_id
    saved = keychain.get(vault_id)
    assert saved is not None
    keychain.set(vault_id, "AAAA" * 11)  # another secret of the right size: does not open it
    with pytest.raises(KeychainUnlockError, match="does not open this journal"):
        KeychainUnlock(vault, keychain).unlock()
    keychain.set(vault_id, "not base64 !")
    with pytest.raises(KeychainUnlockError, match="damaged"):
        KeychainUnlock(vault, keychain).unlock()
    keychain.delete(vault_id)
    with pytest.raises(KeychainUnlockError, match="deleted"):
        KeychainUnlock(vault, keychain).unlock()
    assert not vault.is_unlocked
    vault.unlock(PASSPHRASE)
    assert _entry_titles(vault) == ["Private"]
    vault.lock()


class LockedKeyring:
    """A keyring backend whose collection is locked (keyring raises KeyringLocked)."""

    priority = 5

    def get_password(self, service: str, key: str) -> str | None:
        from keyring.errors import KeyringLocked

        raise KeyringLocked("collection is locked")

    def set_password(self, service: str, key: str, value: str) -> None:
        from keyring.errors import KeyringLocked

        raise KeyringLocked("collection is locked")

    def delete_password(self, service: str, key: str) -> None:
        from keyring.errors import KeyringLocked

        raise KeyringLocked("collection is locked")


def test_a_locked_keychain_says_so_and_changes_nothing(
    journal: tuple[Vault, str, str], keychain: KeyringKeychain
) -> None:
    vault, _recovery, _canary = journal
    locked = KeyringKeychain(LockedKeyring())
    before = vault.key_path.read_bytes()
    with pytest.raises(KeychainUnlockError, match="locked or not running"):
        KeychainUnlock(vault, locked).enable(PASSPHRASE)
    assert vault.key_path.read_bytes() == before
    KeychainUnlock(vault, keychain).enable(PASSPHRASE)
    with pytest.raises(KeychainUnlockError, match="locked or not running"):
        KeychainUnlock(vault, locked).unlock()
    KeychainUnlock(vault, locked).disable()  # removing works even when the keychain is locked
    assert not vault.keychain_unlock_enabled


def test_passphrase_change_reset_and_rekey_keep_keychain_unlock(
    journal: tuple[Vault, str, str], keychain: KeyringKeychain
) -> None:
    vault, recovery, _canary = journal
    unlocker = KeychainUnlock(vault, keychain)
    unlocker.enable(PASSPHRASE)

    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    unlocker.unlock()
    vault.lock()
    vault.reset_passphrase(recovery, PASSPHRASE)  # recovery still works beside the keychain
    unlocker.unlock()
    vault.lock()

    old_key, _ = unlocker.data_key()
    new_recovery = unlocker.rekey(PASSPHRASE)
    new_key, _ = unlocker.data_key()
    assert new_key != old_key and unlocker.enabled
    unlocker.unlock()
    assert _entry_titles(vault) == ["Private"]
    vault.lock()
    vault.unlock_with_recovery(new_recovery)
    vault.lock()

    # A rekey while the keychain cannot be read turns keychain unlock off, cleanly.
    keychain.delete(vault.keyfile.vault_id)
    unlocker.rekey(PASSPHRASE)
    assert not unlocker.enabled
    vault.unlock(PASSPHRASE)
    vault.lock()


def test_cli_keychain_on_unlock_off(journal: tuple[Vault, str, str], home: Path) -> None:
    """`neuroleaf keychain on`, `unlock --keychain`, `keychain off`, with the file backend
    named in PYTHON_KEYRING_BACKEND (keyring's own setting) and its file in this test."""
    data = home.parent / "xdg-data"
    env = {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(data),
    }
    assert "Off" in run_cli(home, "keychain", "status", env_extra=env).stdout
    on = run_cli(home, "keychain", "on", env_extra=env)
    assert "anyone who can log in as you" in on.stdout.lower()
    assert list(data.rglob("keyring_pass.cfg"))  # the real backend wrote its file

    started = run_cli(home, "unlock", "--keychain", "--for", "5m", passphrase=None, env_extra=env)
    assert "stays unlocked" in started.stdout
    listed = run_cli(home, "journal", "list", passphrase=None, env_extra=env)
    assert "Private" in listed.stdout
    run_cli(home, "lock", passphrase=None, env_extra=env)

    run_cli(home, "keychain", "off", passphrase=None, env_extra=env)
    refused = run_cli(home, "unlock", "--keychain", passphrase=None, check=False, env_extra=env)
    assert refused.returncode == 3 and "not turned on" in refused.stderr

    none = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    missing = run_cli(home, "keychain", "on", check=False, env_extra=none)
    assert missing.returncode == 3 and "No system keychain" in missing.stderr


def test_os_keychain_accepts_only_a_real_or_explicitly_chosen_backend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    try:
        keyring.set_keyring(NoKeyring())
        assert os_keychain() is None
        keyring.set_keyring(PlaintextKeyring())  # a plain file: only when chosen explicitly
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
        assert os_keychain() is None
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
        chosen = os_keychain()
        assert chosen is not None and "PlaintextKeyring" in chosen.name
    finally:
        keyring.set_keyring(previous)


def test_gnome_keyring_secret_service_under_dbus_run_session(
    journal: tuple[Vault, str, str], home: Path, tmp_path: Path
) -> None:
    """The real Secret Service (gnome-keyring, scripts/install-system-deps.sh) in a private
    D-Bus session: on, unlock, a locked keychain refused in words, the passphrase still
    working, off. Nothing secret reaches the keyring's files or the journal folder in clear."""
    import shutil
    import subprocess

    if shutil.which("gnome-keyring-daemon") is None or shutil.which("dbus-run-session") is None:
        pytest.fail("gnome-keyring or dbus is missing: run scripts/install-system-deps.sh")
    _vault, _recovery, canary = journal
    user_home = tmp_path / "user"
    runtime = tmp_path / "run"
    for folder in (user_home, runtime):
        folder.mkdir(mode=0o700)
    env = cli_env(
        home,
        HOME=str(user_home),
        XDG_DATA_HOME=str(user_home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(runtime),
        NEUROLEAF_PASSPHRASE=PASSPHRASE,
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
    )
    env.pop("PYTHON_KEYRING_BACKEND", None)  # keyring's own choice: the Secret Service
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    proc = subprocess.run(
        ["dbus-run-session", "--", PYTHON, "-m", "tests.security.keychain_session_child"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    secret_b64 = report.pop("secret")
    for step in report.values():
        assert "Traceback" not in step["err"], step["err"]
    assert "Off" in report["status_before"]["out"]
    assert report["on"]["rc"] == 0, report["on"]["err"]
    assert "SecretService" in report["status_on"]["out"]
    assert report["unlock"]["rc"] == 0 and "stays unlocked" in report["unlock"]["out"]
    assert "Private" in report["list"]["out"]
    locked = report["unlock_locked"]
    assert locked["rc"] == 3 and "locked or not running" in locked["err"], locked
    assert "Private" in report["passphrase_still"]["out"]
    assert report["off"]["rc"] == 0

    keyrings = user_home / ".local" / "share" / "keyrings"
    assert list(keyrings.glob("*.keyring"))  # gnome-keyring wrote its (encrypted) file
    assert scan([home, user_home], canary) == []
    secret = base64.b64decode(secret_b64)
    assert len(secret) == 32
    files = [p for folder in (home, user_home) for p in folder.rglob("*") if p.is_file()]
    for needle in (secret, secret_b64.encode(), secret.hex().encode()):
        assert [p for p in files if needle in p.read_bytes()] == []
