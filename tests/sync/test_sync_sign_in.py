"""Signing in to sync, against the real server and PostgreSQL: refresh tokens used once (a reuse
signs the device out, its journal stays), devices signed out from another device, password
changes, a growing delay after wrong passwords, two-factor codes and recovery codes, and where
the sign-in is kept (the OS keychain, or inside the encrypted vault).
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.models import EntryPatch, NewEntry
from neuroleaf_desktop.services.sync.service import SyncService
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import ACCOUNT_PASSWORD, Device, join


def test_reused_refresh_token_revokes_the_device_and_keeps_its_journal(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    import httpx

    from neuroleaf_desktop.services.sync.errors import SyncAuthError

    a, _b, identifier = devices
    entry = a.session.journal.add(NewEntry(title="Mine", body="Stays here."))
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    account = a.sync.account()
    assert account is not None
    first = httpx.post(server.url + "/v1/refresh", json={"refresh_token": account.refresh_token})
    assert first.status_code == 200  # rotated: a new refresh token, the old one is spent
    second = first.json()["refresh_token"]
    again = httpx.post(server.url + "/v1/refresh", json={"refresh_token": account.refresh_token})
    assert again.status_code == 401 and "used twice" in again.json()["detail"]
    family = httpx.post(server.url + "/v1/refresh", json={"refresh_token": second})
    assert family.status_code == 401  # the whole family is revoked
    with pytest.raises(SyncAuthError, match="signed out"):
        a.sync.sync_now()
    assert a.session.journal.get(entry.id).body == "Stays here."


def test_revoked_device_and_password_change(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    from neuroleaf_desktop.services.sync.errors import SyncAuthError

    a, b, identifier = devices
    entry = a.session.journal.add(NewEntry(title="Shared", body="Both devices have this."))
    join(a, b, server, identifier)
    listed = a.sync.devices()
    assert len(listed) == 2 and sum(bool(d["current"]) for d in listed) == 1
    other = next(d for d in listed if not d["current"])
    a.sync.revoke_device(str(other["id"]))
    with pytest.raises(SyncAuthError, match="signed out"):
        b.sync.sync_now()
    seen = [what for _at, what, _device in a.sync.account_events()]
    assert seen[0] == "A device was signed out from another device"
    assert b.session.journal.get(entry.id).body == "Both devices have this."

    new_password = "another long password"
    a.sync.change_password(ACCOUNT_PASSWORD, new_password)
    with pytest.raises(SyncAuthError, match="do not match"):
        b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    b.sync.signin(server.url, identifier, new_password)  # same sync key, re-wrapped
    a.session.journal.edit(entry.id, EntryPatch(body="Edited after the change."))
    a.sync.sync_now()
    b.sync.sync_now()
    assert b.session.journal.get(entry.id).body == "Edited after the change."
    assert a.records() == b.records()
    a.sync.signout(everywhere=True)
    with pytest.raises(SyncAuthError, match="signed out"):
        b.sync.sync_now()
    assert b.session.journal.get(entry.id).body == "Edited after the change."


def test_repeated_wrong_passwords_hit_a_growing_delay(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    from neuroleaf_desktop.services.sync.errors import SyncAuthError

    a, b, identifier = devices
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    for _ in range(6):
        with pytest.raises(SyncAuthError, match="do not match"):
            b.sync.signin(server.url, identifier, "wrong password here")
    with pytest.raises(SyncAuthError, match="Too many failed attempts"):
        b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)  # even the right one waits
    other = f"other-{uuid.uuid4().hex[:6]}@example.org"
    b.sync.signup(server.url, other, ACCOUNT_PASSWORD)  # other accounts are not blocked

    # Asking for an unknown account's parameters answers like for a real one.
    import json

    import httpx

    def params(who: str) -> str:
        got = httpx.get(server.url + "/v1/key-params", params={"identifier": who})
        return str(got.json()["key_params"])

    nobody = f"nobody-{uuid.uuid4().hex}@example.org"
    real, fake = json.loads(params(identifier)), json.loads(params(nobody))
    assert list(real) == list(fake) and len(real["nonce"]) == len(fake["nonce"])
    assert params(nobody) == params(nobody)  # stable, like a real account's


def test_two_factor_sign_in(devices: tuple[Device, Device, str], server: ServerProcess) -> None:
    import time

    import pyotp

    from neuroleaf_desktop.services.sync.errors import SyncAuthError, SyncTotpRequiredError

    a, b, identifier = devices
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    secret, uri = a.sync.totp_setup()
    assert uri.startswith("otpauth://totp/") and secret in uri
    totp = pyotp.TOTP(secret)
    with pytest.raises(SyncAuthError, match="does not match"):
        a.sync.totp_enable("000000" if totp.now() != "000000" else "111111")
    assert not a.sync.security().two_factor
    recovery = a.sync.totp_enable(totp.now())
    assert len(recovery) == 10 and len(set(recovery)) == 10
    assert a.sync.security().two_factor  # the server's own state, not a guess from the log

    with pytest.raises(SyncTotpRequiredError, match="code is needed"):
        b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    with pytest.raises(SyncTotpRequiredError, match="not valid"):
        b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD, "123456x")
    expired = totp.at(time.time() - 120)  # four steps ago: outside the ±1 window
    if expired not in {totp.at(time.time() + d) for d in (-30, 0, 30)}:
        with pytest.raises(SyncTotpRequiredError, match="not valid"):
            b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD, expired)
    # The code used to enable is spent; the next step's code is within the ±1 window.
    code = totp.at(time.time() + 30)
    b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD, code)
    with pytest.raises(SyncTotpRequiredError, match="already used"):
        b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD, code)  # replayed
    b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD, recovery[0])
    with pytest.raises(SyncTotpRequiredError, match="not valid"):
        b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD, recovery[0])  # spent
    with pytest.raises(SyncAuthError, match="not valid"):
        a.sync.totp_disable("12345")
    a.sync.totp_disable(recovery[1])
    assert not a.sync.security().two_factor
    b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)  # no code needed any more
    seen = [what for _at, what, _device in a.sync.account_events()]
    assert seen[0] == "Signed in on a new device" and seen[-1] == "Account created"
    for expected in (
        "Two-factor sign-in turned on",
        "Two-factor sign-in turned off",
        "A sign-in failed (wrong password or code)",
        "A wrong code was given to turn off two-factor sign-in",
    ):
        assert expected in seen


def test_sign_in_lives_in_the_keychain_or_inside_the_vault(
    devices: tuple[Device, Device, str], server: ServerProcess, tmp_path: Path
) -> None:
    from keyrings.alt.file import PlaintextKeyring

    from neuroleaf_desktop.services.sync.keychain import KeyringKeychain, system_keychain

    a, b, identifier = devices
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # keyrings.alt's file backend, real I/O
    a.sync = SyncService(a.session.vault, a.session.events, keychain=KeyringKeychain(backend))
    a.session.journal.add(NewEntry(title="Kept", body="Synced with a keychain."))
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    a.sync.sync_now()
    with a.session.vault.reading() as conn:
        stored = conn.execute("SELECT refresh_token, session_id FROM sync_account").fetchone()
    assert stored == ("@keychain", "@keychain")
    account = a.sync.account()
    assert account is not None and len(account.refresh_token) > 20
    reader = PlaintextKeyring()  # a second instance reads what the first wrote to its file
    reader.file_path = backend.file_path
    key = f"{account.account_id}/refresh"
    assert reader.get_password("NeuroLeaf sync", key) == account.refresh_token
    assert "system keychain" in a.sync.secrets_location

    # No real keychain here (keyrings.alt's plain file does not count): inside the vault.
    assert system_keychain() is None or system_keychain().name != "PlaintextKeyring"
    b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    b.sync.sync_now()
    assert "inside the encrypted journal" in b.sync.secrets_location
    token = b.sync.account().refresh_token  # type: ignore[union-attr]
    vault_bytes = b"".join(p.read_bytes() for p in b.session.vault.folder.iterdir() if p.is_file())
    assert token.encode() not in vault_bytes  # encrypted at rest, never a plain file

    a.sync.signout()
    assert reader.get_password("NeuroLeaf sync", key) is None
