"""Keychain unlock in the app: the unlock window's button, and the Settings box that turns it
on and off; the keychain is keyrings.alt's file backend in this test's folder (real files)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.keychain_unlock import SERVICE, KeychainUnlock
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.settings import SettingsDialog
from tests.ui.conftest import PASSPHRASE


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """keyrings.alt's file backend as this process's keychain, chosen explicitly (as a
    person would with PYTHON_KEYRING_BACKEND), its file inside this test's folder."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    yield backend
    keyring.set_keyring(previous)


def test_unlock_window_offers_the_keychain_only_when_on_and_falls_back_in_words(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
    file_keyring: Any,
) -> None:
    plain = profile_with_entries("Ana", "no keychain here")
    slug = profile_with_entries("Jo", "an entry")
    vault = ProfileStore(app_paths()).vault(slug)
    KeychainUnlock(vault).enable(PASSPHRASE)
    vault_id = vault.keyfile.vault_id

    controller = make_controller()
    window = controller.unlock_window
    page = window.unlock_page
    assert page.select(plain)
    qtbot.wait(200)
    assert page.keychain.isHidden()  # off by default: no button
    assert page.select(slug)
    qtbot.waitUntil(lambda: not page.keychain.isHidden(), timeout=30_000)
    assert "computer's keychain" in page.keychain.text()

    file_keyring.delete_password(SERVICE, vault_id)  # the entry was deleted from the keychain
    page.keychain.click()
    qtbot.waitUntil(lambda: "deleted" in page.error.text(), timeout=30_000)
    assert "passphrase" in page.error.text() and controller.main_window is None

    KeychainUnlock(vault).enable(PASSPHRASE)
    page.keychain.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    session = controller.session
    assert session is not None and session.profile_slug == slug
    assert [e.body for e in session.journal.list()] == ["an entry"]


def test_settings_turns_keychain_unlock_on_and_off(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
    file_keyring: Any,
) -> None:
    slug = profile_with_entries("Jo", "an entry")
    controller = make_controller(profile=slug, passphrase=PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    main = controller.main_window
    assert main is not None and controller.session is not None
    vault = controller.session.vault
    main.settings_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
    dialog.tabs.setCurrentIndex(1)  # Privacy & security
    box = dialog.keychain_box
    qtbot.waitUntil(lambda: box.status.text().startswith("Off"), timeout=30_000)
    assert "anyone who can log in as you on this computer" in box.explain.text().lower()
    assert not box.on_button.isEnabled() and box.off_button.isHidden()

    qtbot.keyClicks(box.passphrase, "not my passphrase")
    box.on_button.click()
    qtbot.waitUntil(lambda: "passphrase" in box.result.text(), timeout=30_000)
    assert not vault.keychain_unlock_enabled

    box.passphrase.clear()
    qtbot.keyClicks(box.passphrase, PASSPHRASE)
    box.on_button.click()
    qtbot.waitUntil(lambda: box.status.text().startswith("On"), timeout=30_000)
    assert vault.keychain_unlock_enabled and box.passphrase.text() == ""
    assert file_keyring.get_password(SERVICE, vault.keyfile.vault_id)
    assert not box.off_button.isHidden() and box.on_button.isHidden()

    box.off_button.click()
    qtbot.waitUntil(lambda: box.status.text().startswith("Off"), timeout=30_000)
    assert not vault.keychain_unlock_enabled
    assert file_keyring.get_password(SERVICE, vault.keyfile.vault_id) is None
    dialog.close()
