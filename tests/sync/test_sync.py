"""End-to-end-encrypted sync against the real server and a real PostgreSQL cluster.

Two clients are two profiles with their own SQLCipher vaults, each with its own SyncService,
talking HTTP to `neuroleaf-server run` on 127.0.0.1, which stores into PostgreSQL.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest

from neuroleaf_desktop.domain.models import EntryPatch, NewCheckIn, NewEntry
from neuroleaf_desktop.services.sync import records
from neuroleaf_desktop.services.sync.errors import TamperError
from neuroleaf_desktop.services.sync.service import SyncService
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter
from neuroleaf_server.testing import PostgresCluster, ServerProcess
from tests.conftest import PASSPHRASE
from tests.sync.conftest import ACCOUNT_PASSWORD, Device, join


def test_create_edit_trash_restore_purge_travel(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    first = a.session.journal.add(
        NewEntry(title="Morning", body="Walked by the river.", tags=("walk",))
    )
    for n in range(9):  # more than a page (4) and a push batch (5)
        a.session.journal.add(NewEntry(title=f"Day {n}", body=f"Entry number {n}."))
    a.session.mood.log(NewCheckIn(mood=7, energy=5, emotions=("calm",), activities=("walk",)))
    a.session.settings.set("theme", "dark")
    plan = a.session.care.safety_plan()
    first_section = next(iter(plan))
    a.session.care.set_safety_plan({first_section: ["Call Sam"]})
    join(a, b, server, identifier)
    assert b.records() == a.records()
    assert b.session.journal.get(first.id).tags == ("walk",)
    assert b.session.settings.get("theme") == "dark"
    assert b.session.care.safety_plan()[first_section] == ["Call Sam"]

    a.session.journal.edit(first.id, EntryPatch(body="Walked by the river, then tea."))
    gone = a.session.journal.list(EntryFilter(limit=1))[0]
    a.session.journal.delete(gone.id)
    a.sync.sync_now()
    b.sync.sync_now()
    assert b.session.journal.get(first.id).body == "Walked by the river, then tea."
    assert b.entries()[gone.id][2] is True  # in B's trash too

    b.session.journal.restore(gone.id)  # restore on the other device
    b.sync.sync_now()
    a.sync.sync_now()
    assert a.entries()[gone.id][2] is False

    a.session.journal.purge(gone.id)
    a.sync.sync_now()
    b.sync.sync_now()
    assert gone.id not in b.entries()
    assert b.records() == a.records()
    status = b.sync.status()
    assert status.signed_in and status.pending == 0 and status.error == ""


def test_offline_edits_on_both_make_one_conflicted_copy(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    entry = a.session.journal.add(NewEntry(title="Plans", body="Draft of the week."))
    join(a, b, server, identifier)
    a.session.journal.edit(entry.id, EntryPatch(body="Written on the laptop."))
    a.session.settings.set("theme", "light")
    b.session.journal.edit(entry.id, EntryPatch(body="Written on the desktop."))
    a.sync.status()  # the laptop notices its change first ...
    b.session.settings.set("theme", "dark")  # ... the desktop's setting is the later write
    a.sync.sync_now()
    report = b.sync.sync_now()
    a.sync.sync_now()
    assert report.conflicts == 1
    for device in (a, b):
        bodies = sorted(body for _t, body, _d in device.entries().values())
        assert bodies == ["Written on the desktop.", "Written on the laptop."]
        assert device.session.settings.get("theme") == "dark"
    conflicts = b.sync.conflicts()
    assert len(conflicts) == 1 and conflicts[0][1] == entry.id
    assert b.session.journal.get(conflicts[0][0]).title.endswith(records.CONFLICT_MARK)
    assert a.records() == b.records()
    # Syncing again changes nothing and makes no further copies.
    assert a.sync.sync_now().conflicts == 0 and b.sync.sync_now().conflicts == 0
    assert len(a.entries()) == 2


def _scan(folder: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            hits += [f"{path}: {n!r}" for n in needles if n in data]
    return hits


def test_canary_reaches_no_byte_of_the_server(
    devices: tuple[Device, Device, str], server: ServerProcess, postgres: PostgresCluster
) -> None:
    a, b, identifier = devices
    canary = f"canary{uuid.uuid4().hex[:12]}"
    entry = a.session.journal.add(
        NewEntry(title=f"{canary} title", body=f"My {canary} secret.", tags=(f"{canary}tag",))
    )
    a.session.mood.log(NewCheckIn(mood=3, note=f"note {canary}", emotions=("sad",)))
    join(a, b, server, identifier)
    assert canary in b.session.journal.get(entry.id).body  # it did travel, encrypted
    postgres.execute("CHECKPOINT")
    needles = [canary.encode(), canary.encode("utf-16-le"), entry.id.encode(), b"sad"]
    assert _scan(postgres.data, needles) == []
    account = a.sync.account()
    assert account is not None
    secrets_ = [identifier.encode(), account.access_token.encode(), account.refresh_token.encode()]
    assert _scan(server.folder, needles + secrets_) == []  # server log and its TMPDIR
    client_logs = Path(os.environ["NEUROLEAF_HOME"]) / "logs"  # may name entry ids, no more
    assert _scan(client_logs, [canary.encode(), *secrets_]) == []


def _item(device: Device, kind: str, local_id: str) -> str:
    from neuroleaf_desktop.services.sync.items import item_id

    account = device.sync.account()
    assert account is not None
    return item_id(account.sync_key, kind, local_id)


def _serve(postgres: PostgresCluster, server: ServerProcess, item: str, sql_set: str) -> None:
    """Change one stored item behind the clients' backs and make it the newest change."""
    db = server.db_url.rsplit("/", 1)[1]
    postgres.execute(
        f"UPDATE accounts SET last_seq = last_seq + 1 WHERE id = "
        f"(SELECT account_id FROM items WHERE id = '{item}');"
        f"UPDATE items SET {sql_set}, change_seq = (SELECT last_seq FROM accounts "
        f"WHERE accounts.id = items.account_id) WHERE id = '{item}'",
        db,
    )


def test_tampering_is_detected_reported_and_never_applied(
    devices: tuple[Device, Device, str], server: ServerProcess, postgres: PostgresCluster
) -> None:
    a, b, identifier = devices
    one = a.session.journal.add(NewEntry(title="One", body="First version."))
    two = a.session.journal.add(NewEntry(title="Two", body="Other entry."))
    join(a, b, server, identifier)
    db = server.db_url.rsplit("/", 1)[1]
    id_one, id_two = _item(a, "entry", one.id), _item(a, "entry", two.id)
    old_blob = postgres.execute(f"SELECT encode(blob, 'hex') FROM items WHERE id = '{id_one}'", db)
    a.session.journal.edit(one.id, EntryPatch(body="Second version."))
    a.sync.sync_now()
    b.sync.sync_now()
    before = b.records()

    attacks = [
        # a flipped byte inside the ciphertext
        "blob = set_byte(blob, 90, get_byte(blob, 90) # 1)",
        # another item's ciphertext under this id
        f"blob = (SELECT blob FROM items i WHERE i.id = '{id_two}')",
        # the old version replayed as itself (older than what B has seen)
        f"blob = decode('{old_blob[0][0]}', 'hex'), version = 1",
        # the old ciphertext presented as a newer version
        f"blob = decode('{old_blob[0][0]}', 'hex'), version = 7",
    ]
    for attack in attacks:
        _serve(postgres, server, id_one, attack)
        with pytest.raises(TamperError, match="failed verification"):
            b.sync.sync_now()
        assert b.records() == before, attack
        assert "failed verification" in b.sync.status().error
    assert b.session.journal.get(one.id).body == "Second version."


def test_client_killed_mid_push_loses_nothing_and_duplicates_nothing(
    devices: tuple[Device, Device, str], server: ServerProcess, postgres: PostgresCluster
) -> None:
    import subprocess
    import sys
    import time

    from tests.conftest import cli_env

    a, b, identifier = devices
    join(a, b, server, identifier)
    db = server.db_url.rsplit("/", 1)[1]
    account = a.sync.account()
    assert account is not None

    def stored() -> int:
        rows = postgres.execute(
            f"SELECT count(*) FROM items WHERE account_id = '{account.account_id}'", db
        )
        return int(rows[0][0])  # type: ignore[call-overload]

    home = Path(os.environ["NEUROLEAF_HOME"])
    for round_ in range(3):
        for n in range(12):
            a.session.journal.add(NewEntry(title=f"R{round_} #{n}", body=f"Round {round_}."))
        start = stored()
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.sync_child", "Laptop", "1"],
            env=cli_env(home, NEUROLEAF_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(Path.cwd())),
        )
        deadline = time.monotonic() + 60
        while stored() == start and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.02)
        child.kill()
        assert child.wait(10) == -9, "the child should die mid-push, not finish"
        assert stored() > start, "the kill should land after the first batch"
    a.sync.sync_now()
    b.sync.sync_now()
    assert a.records() == b.records()
    assert len(a.entries()) == 36 and a.sync.conflicts() == []
    assert stored() == len(a.records())  # one server item per record: no duplicate


def test_server_killed_mid_request_loses_nothing_and_duplicates_nothing(
    devices: tuple[Device, Device, str], server: ServerProcess, postgres: PostgresCluster
) -> None:
    import threading
    import time

    from neuroleaf_desktop.services.sync.errors import SyncError

    a, b, identifier = devices
    join(a, b, server, identifier)
    db = server.db_url.rsplit("/", 1)[1]
    account = a.sync.account()
    assert account is not None

    def stored() -> int:
        rows = postgres.execute(
            f"SELECT count(*) FROM items WHERE account_id = '{account.account_id}'", db
        )
        return int(rows[0][0])  # type: ignore[call-overload]

    # One item a request and forty a round, so the kill lands while pushes are still going
    # even when the machine is quick and polling the database is slow.
    a.sync.batch_size = 1
    per_round = 40
    for round_ in range(3):
        for n in range(per_round):
            a.session.journal.add(NewEntry(title=f"S{round_} #{n}", body=f"Server {round_}."))
        start = stored()
        errors: list[BaseException] = []

        def run(errors: list[BaseException] = errors) -> None:
            try:
                a.sync.sync_now()
            except SyncError as exc:
                errors.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        deadline = time.monotonic() + 60
        while stored() == start and time.monotonic() < deadline:
            time.sleep(0.01)
        server.kill()
        try:
            worker.join(60)
            assert errors, "the sync should have been cut off"
            assert "could not be reached" in errors[0].args[0]
        finally:
            server.start()  # the module's other tests share this server
    a.sync.sync_now()
    b.sync.sync_now()
    assert a.records() == b.records()
    assert len(a.entries()) == 3 * per_round and a.sync.conflicts() == []
    assert stored() == len(a.records())


def test_sync_runs_as_a_background_job_and_backs_off_when_offline(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    from neuroleaf_desktop.services.background import attach_background
    from neuroleaf_desktop.services.jobs import JobState
    from neuroleaf_server.testing import free_port

    a, b, identifier = devices
    entry = a.session.journal.add(NewEntry(title="Job", body="Sent by the background job."))
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    background = attach_background(a.session, catch_up=False, poll_interval=0.1)
    try:
        assert background.jobs.wait_idle(60)  # unlocking queued a sync job; it ran
        b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
        b.sync.sync_now()
        assert b.session.journal.get(entry.id).body == "Sent by the background job."
        assert "synced just now" in a.sync.status().text(a.session.clock())

        with a.session.vault.transaction() as conn:  # the server moves away
            conn.execute(
                "UPDATE sync_account SET server_url = ?", (f"http://127.0.0.1:{free_port()}",)
            )
        background.jobs.enqueue("sync")
        assert background.jobs.wait_idle(60)
        job = background.jobs.list(kind="sync")[0]
        assert job.state == JobState.QUEUED and job.attempts == 1  # retried later
        assert "could not be reached" in job.last_error
        status = a.sync.status()
        assert status.error.startswith("The sync server could not be reached")
        assert status.text(a.session.clock()).startswith("Sync problem:")
        assert a.session.journal.get(entry.id).body == "Sent by the background job."
    finally:
        background.stop()


def test_cli_signup_sync_status_signout(home: Path, server: ServerProcess) -> None:
    from tests.support.cli_helpers import run_cli

    run_cli(home, "init", "--name", "Cli")
    off = run_cli(home, "sync", "status")
    assert "Sync is off" in off.stdout
    env = {
        "NEUROLEAF_SYNC_PASSWORD": ACCOUNT_PASSWORD,
        "NEUROLEAF_SYNC_KDF_MEMORY_KIB": "19456",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # no real keychain
    }
    run_cli(home, "write", "A line for the server")
    account = f"cli-{uuid.uuid4().hex[:8]}@example.org"
    made = run_cli(home, "sync", "signup", server.url, account, env_extra=env)
    assert "records uploaded" in made.stdout
    status = run_cli(home, "sync", "status", "--json")
    data = __import__("json").loads(status.stdout)
    assert data["signed_in"] and data["pending"] == 0 and data["error"] == ""
    listed = __import__("json").loads(run_cli(home, "sync", "devices", "--json").stdout)
    assert len(listed) == 1 and listed[0]["current"] is True
    assert "Account created" in run_cli(home, "sync", "activity").stdout
    bad = run_cli(
        home, "sync", "signin", server.url, account, check=False,
        env_extra={**env, "NEUROLEAF_SYNC_PASSWORD": "not the password"},
    )  # fmt: skip
    assert bad.returncode == 3 and "do not match" in bad.stderr
    out = run_cli(home, "sync", "signout")
    assert "stays complete" in out.stdout
    assert "Sync is off" in run_cli(home, "sync", "status").stdout


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


def test_items_are_padded_to_buckets_and_bound_to_their_id_and_version() -> None:
    """Pure crypto (no server): sizes leak only a bucket; id and version are authenticated."""
    from neuroleaf_desktop.services.sync import items

    key = bytes(range(32))
    item = items.item_id(key, "entry", "e1")
    assert item == items.item_id(key, "entry", "e1") != items.item_id(key, "checkin", "e1")

    def sealed(text: str, version: int = 1) -> bytes:
        payload = items.Payload("entry", "e1", {"body": text}, "t")
        return items.seal(key, "acct", item, version, payload)

    assert len(sealed("a")) == len(sealed("a" * 400))  # same 512-byte bucket
    assert len(sealed("a" * 3000)) == len(sealed("a" * 4000)) > len(sealed("a"))
    blob = sealed("hello", version=3)
    assert items.open_item(key, "acct", item, 3, blob).data == {"body": "hello"}
    for account, version in (("acct", 4), ("other", 3)):
        with pytest.raises(TamperError):
            items.open_item(key, account, item, version, blob)
    with pytest.raises(TamperError):
        items.open_item(key, "acct", items.item_id(key, "entry", "e2"), 3, blob)


@pytest.mark.gui
def test_settings_sync_page_creates_an_account_and_signs_out(
    devices: tuple[Device, Device, str], server: ServerProcess, qtbot: Any
) -> None:
    from neuroleaf_desktop.services.sync.errors import SyncTotpRequiredError
    from neuroleaf_desktop.ui.settings.sync_page import SyncPage
    from tests.ui.helpers.ui_context import close_ctx, make_ctx

    a, _b, identifier = devices
    a.session.journal.add(NewEntry(title="From the page", body="Synced from Settings."))
    ctx = make_ctx(a.session)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.sync = SyncService(a.session.vault, a.session.events, keychain=None)
    qtbot.waitUntil(lambda: page.status_label.text() == "Sync is off", timeout=10_000)
    page.server.setText(server.url)
    page.account.setText(identifier)
    page.password.setText(ACCOUNT_PASSWORD)
    page.signup_button.click()
    qtbot.waitUntil(lambda: "(this computer)" in page.devices_label.text(), timeout=30_000)
    assert page.result.text() == "Account created and synced."
    assert page.status_label.text().startswith("Sync: synced")
    assert page.password.text() == "" and not page.signup_button.isEnabled()

    import pyotp

    page.totp_button.click()  # two-factor set-up: QR code, key as text, first code
    qtbot.waitUntil(lambda: not page.totp_secret.isHidden(), timeout=30_000)
    assert page.totp_qr.pixmap() is not None and not page.totp_qr.pixmap().isNull()
    secret = page.totp_secret.text().rsplit(" ", 1)[1]
    page.totp_code.setText(pyotp.TOTP(secret).now())
    page.totp_confirm.click()
    qtbot.waitUntil(lambda: not page.recovery.isHidden(), timeout=30_000)
    codes = page.recovery.toPlainText().split("\n\n", 1)[1].splitlines()
    assert len(codes) == 10
    with pytest.raises(SyncTotpRequiredError):  # the account now asks for a code
        _b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    # The main window's privacy line no longer says "only on this computer" once synced.
    from neuroleaf_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "synced just now" in window.saved_label.text(), timeout=30_000)
    assert "only on this computer" not in window.saved_label.text()
    page.signout_button.click()
    qtbot.waitUntil(lambda: page.status_label.text() == "Sync is off", timeout=30_000)
    qtbot.waitUntil(
        lambda: window.saved_label.text() == "Encrypted · stored only on this computer",
        timeout=30_000,
    )
    assert a.session.journal.count() == 1  # the journal stays
    close_ctx(ctx)


def test_sqlite_server_handles_more_concurrent_requests_than_worker_threads(
    tmp_path: Path,
) -> None:
    """The embedded default (`neuroleaf-server run` with SQLite) queues requests instead of
    failing or deadlocking when more arrive at once than the server has worker threads."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    server = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}", tmp_path)
    server.start()
    try:
        made = httpx.post(
            server.url + "/v1/signup",
            json={"identifier": "many@example.org", "server_password": "p" * 64,
                  "key_params": "{}", "wrapped_sync_key": "w"},
        ).json()  # fmt: skip
        headers = {"Authorization": f"Bearer {made['access_token']}"}

        def call(n: int) -> int:
            if n % 2:
                body = {"items": [{"id": str(uuid.uuid4()), "base_version": 0, "blob": "AA=="}]}
                return httpx.post(
                    server.url + "/v1/items", json=body, headers=headers, timeout=120
                ).status_code
            return httpx.get(
                server.url + "/v1/items", params={"cursor": 0}, headers=headers, timeout=120
            ).status_code

        with ThreadPoolExecutor(100) as pool:
            codes = list(pool.map(call, range(100)))
        assert codes == [200] * 100
        page = httpx.get(server.url + "/v1/items", params={"cursor": 0}, headers=headers).json()
        assert len(page["items"]) == 50 and [i["seq"] for i in page["items"]] == list(range(1, 51))
    finally:
        server.stop()


def test_items_of_an_unknown_kind_are_kept_not_deleted(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """A record type from a newer app version is left alone, never taken for a deletion."""
    import base64

    import httpx

    from neuroleaf_desktop.services.sync import items

    a, b, identifier = devices
    join(a, b, server, identifier)
    account = a.sync.account()
    assert account is not None
    unknown = [("future_kind", "x1", {"anything": 1}), ("setting", "future_key", {"value": 2})]
    pushed_items = []
    for kind, local_id, data in unknown:
        item = items.item_id(account.sync_key, kind, local_id)
        payload = items.Payload(kind, local_id, data, "2030-01-01T00:00:00.000000Z")
        blob = items.seal(account.sync_key, account.account_id, item, 1, payload)
        pushed_items.append(
            {"id": item, "base_version": 0, "blob": base64.b64encode(blob).decode()}
        )
    pushed = httpx.post(
        server.url + "/v1/items",
        json={"items": pushed_items},
        headers={"Authorization": f"Bearer {account.access_token}"},
    )
    assert pushed.status_code == 200
    before = b.records()
    b.sync.sync_now()
    report = b.sync.sync_now()
    assert report.pushed == 0 and b.records() == before
    page = httpx.get(
        server.url + "/v1/items",
        params={"cursor": 0},
        headers={"Authorization": f"Bearer {account.access_token}"},
    ).json()
    ids = {p["id"] for p in pushed_items}
    kept = [i for i in page["items"] if i["id"] in ids]
    assert len(kept) == 2 and all(not i["deleted"] and i["version"] == 1 for i in kept)
