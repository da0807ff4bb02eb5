"""Settings → Sync, account security, with real Qt widgets against the real server and a real
PostgreSQL: the device list (last seen, sign one out), sign out everywhere, the activity
log, and turning two-factor sign-in off with a code."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from typing import Any

import pytest

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.sync.errors import SyncAuthError
from neuroleaf_desktop.services.sync.service import SyncService
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import ACCOUNT_PASSWORD, Device  # and its server fixtures

pytestmark = pytest.mark.gui


def _texts(tree: Any, column: int) -> list[str]:
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def test_devices_revoke_activity_two_factor_off_and_sign_out_everywhere(
    devices: tuple[Device, Device, str], server: ServerProcess, qtbot: Any
) -> None:
    import pyotp

    from neuroleaf_desktop.ui.settings.sync_page import SyncPage
    from tests.ui.helpers.ui_context import close_ctx, make_ctx

    a, b, identifier = devices
    entry = b.session.journal.add(NewEntry(title="On B", body="Stays on B whatever happens."))
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    ctx = make_ctx(a.session)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.sync = SyncService(a.session.vault, a.session.events, keychain=None)
    page.refresh()

    # The device list: both devices, this one marked, each with when it was last seen.
    qtbot.waitUntil(lambda: page.devices.topLevelItemCount() == 2, timeout=30_000)
    assert not page.devices_box.isHidden() and not page.activity_box.isHidden()
    names = _texts(page.devices, 0)
    assert sum("(this computer)" in n for n in names) == 1
    assert _texts(page.devices, 1) == ["active now", "active now"]
    activity = _texts(page.activity, 1)
    assert activity[0] == "Signed in on a new device" and activity[-1] == "Account created"
    assert page.totp_off_row.isHidden() and not page.totp_button.isHidden()  # 2FA is off
    assert page.totp_state.text().startswith("Off")

    # This computer cannot be "revoked" from the list (that is Sign out); the other can.
    this_row = names.index(next(n for n in names if "(this computer)" in n))
    page.devices.setCurrentItem(page.devices.topLevelItem(this_row))
    assert not page.revoke_button.isEnabled()
    page.devices.setCurrentItem(page.devices.topLevelItem(1 - this_row))
    assert page.revoke_button.isEnabled()
    page.revoke_button.click()
    qtbot.waitUntil(lambda: "was signed out" in page.result.text(), timeout=30_000)
    qtbot.waitUntil(lambda: page.devices.topLevelItemCount() == 1, timeout=30_000)
    with pytest.raises(SyncAuthError, match="signed out"):
        b.sync.sync_now()
    assert b.session.journal.get(entry.id).body == "Stays on B whatever happens."

    # Two-factor on (set up as in the CLI), then off from the page, which needs a code.
    secret, _uri = a.sync.totp_setup()
    recovery = a.sync.totp_enable(pyotp.TOTP(secret).now())
    page.refresh()
    qtbot.waitUntil(lambda: not page.totp_off_row.isHidden(), timeout=30_000)
    assert page.totp_button.isHidden() and page.totp_state.text().startswith("On")
    page.totp_off_code.setText("12345")
    page.totp_off_button.click()
    qtbot.waitUntil(lambda: "not valid" in page.result.text(), timeout=30_000)
    qtbot.waitUntil(lambda: not page.totp_off_row.isHidden(), timeout=30_000)  # still on
    page.totp_off_code.setText(recovery[0])
    page.totp_off_button.click()
    qtbot.waitUntil(lambda: page.result.text() == "Two-factor sign-in is off.", timeout=30_000)
    qtbot.waitUntil(lambda: not page.totp_button.isHidden(), timeout=30_000)
    assert page.totp_off_row.isHidden() and page.totp_state.text().startswith("Off")
    # The activity list is re-read after the state above: wait for it before reading it.
    qtbot.waitUntil(
        lambda: _texts(page.activity, 1)[:1] == ["Two-factor sign-in turned off"], timeout=30_000
    )
    activity = _texts(page.activity, 1)
    assert activity[0] == "Two-factor sign-in turned off"
    assert "Two-factor sign-in turned on" in activity
    b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)  # no code needed any more

    # Sign out everywhere: asks once more on the page, then every device is out.
    assert page.everywhere_confirm.isHidden()
    page.everywhere_button.click()
    assert not page.everywhere_confirm.isHidden()
    assert "Each keeps its own journal" in page.everywhere_note.text()
    page.everywhere_confirm.click()
    qtbot.waitUntil(lambda: page.status_label.text() == "Sync is off", timeout=30_000)
    assert "Every device was signed out" in page.result.text()
    assert page.devices_box.isHidden() and page.activity_box.isHidden()
    with pytest.raises(SyncAuthError, match="signed out"):
        b.sync.sync_now()
    assert b.session.journal.get(entry.id).body == "Stays on B whatever happens."
    close_ctx(ctx)
