"""The ways a person runs sync, against the real server and PostgreSQL: the durable background
job (and its back-off while the server cannot be reached), the `neuroleaf sync` commands, and
the Settings page that creates an account, turns on two-factor sign-in and signs out.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.sync.service import SyncService
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import ACCOUNT_PASSWORD, Device


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
