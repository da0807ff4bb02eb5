""" "Unlock with this computer's keychain": the vault's optional third way in.

Off by default. Turning it on (with the passphrase) puts 32 random bytes into the OS keychain
and wraps the vault's data key under them in the key file (see ``Vault.add_keychain_slot``);
the passphrase and recovery key keep working. Unlocking with it happens only when the person
asks (a button in the unlock window, ``neuroleaf unlock --keychain``). Anyone who can log in
as this person on this computer can then open the journal, which is why it is opt-in and said
plainly wherever it is offered.

Which keychain: a real one (Secret Service, macOS Keychain, Windows Credential Locker: keyring
priority >= 1), or the backend a person names explicitly in ``PYTHON_KEYRING_BACKEND``
(keyring's own setting, e.g. keyrings.alt's file backend on a machine without a desktop). The
module imports keyring only when a keychain is actually needed, never at start-up.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from neuroleaf_desktop.errors import KeychainUnlockError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.os_keychain import Keychain, trusted_backend
from neuroleaf_desktop.services.os_keychain import KeyringKeychain as BaseKeyringKeychain
from neuroleaf_desktop.storage import crypto
from neuroleaf_desktop.storage.vault import Vault

log = get_logger("keychain_unlock")

SERVICE = "NeuroLeaf journal"
RISK = (
    "Anyone who can log in as you on this computer can then open the journal without the "
    "passphrase. Your passphrase and recovery key keep working, and you can turn this off "
    "at any time."
)
_AUTO = object()


class KeyringKeychain(BaseKeyringKeychain):
    """One keyring backend under the journal's service name; every failure becomes words."""

    def __init__(self, backend: Any) -> None:
        super().__init__(backend, SERVICE, unreadable=_unreadable)


def _unreadable(exc: BaseException) -> KeychainUnlockError:
    log.info("keychain.unavailable", error=type(exc).__name__)
    return KeychainUnlockError(
        "This computer's keychain could not be used (it may be locked or not running). "
        "Unlock with your passphrase instead."
    )


def os_keychain() -> Keychain | None:
    """The keychain to use, or None when this computer has none we trust."""
    backend = trusted_backend(honour_named=True)
    return KeyringKeychain(backend) if backend is not None else None


class KeychainUnlock:
    """Turn keychain unlock on or off for one vault, and use it."""

    def __init__(self, vault: Vault, keychain: Keychain | object | None = _AUTO) -> None:
        self.vault = vault
        self._keychain = keychain

    @property
    def keychain(self) -> Keychain | None:
        if self._keychain is _AUTO:
            self._keychain = os_keychain()
        return self._keychain  # type: ignore[return-value]

    @property
    def available(self) -> bool:
        return self.keychain is not None

    @property
    def enabled(self) -> bool:
        return self.vault.keychain_unlock_enabled

    def status_text(self) -> str:
        """One sentence for Settings and ``neuroleaf keychain status``."""
        if self.enabled:
            where = f" ({self.keychain.name})" if self.keychain is not None else ""
            return f"On: this journal can be unlocked with this computer's keychain{where}."
        if not self.available:
            return (
                "Off. No system keychain is available on this computer, so only your "
                "passphrase (or recovery key) opens the journal."
            )
        return "Off: only your passphrase (or recovery key) opens the journal."

    def _entry(self) -> str:
        return self.vault.keyfile.vault_id

    def _require_keychain(self) -> Keychain:
        keychain = self.keychain
        if keychain is None:
            raise KeychainUnlockError(
                "No system keychain is available on this computer. Unlock with your passphrase."
            )
        return keychain

    def enable(self, passphrase: str) -> None:
        """Keychain first, key file second: if the key file cannot be written, the fresh
        keychain entry is removed again and nothing changed."""
        keychain = self._require_keychain()
        secret = crypto.new_keychain_secret()
        entry = self._entry()
        keychain.set(entry, base64.b64encode(secret).decode())
        try:
            self.vault.add_keychain_slot(passphrase, secret)
        except BaseException:
            keychain.delete(entry)
            raise
        log.info("keychain_unlock.enabled", backend=keychain.name)

    def disable(self) -> None:
        """Key file first: once its slot is gone the keychain entry opens nothing, so even a
        keychain that cannot be reached right now leaves the journal closed to it."""
        entry = self._entry()
        self.vault.remove_keychain_slot()
        if self.keychain is not None:
            self.keychain.delete(entry)
        log.info("keychain_unlock.disabled")

    def secret(self) -> bytes:
        """The secret from the keychain, or KeychainUnlockError in words."""
        if not self.enabled:
            raise KeychainUnlockError(
                "Unlocking with this computer's keychain is not turned on for this journal. "
                "Use your passphrase."
            )
        raw = self._require_keychain().get(self._entry())
        if raw is None:
            raise KeychainUnlockError(
                "This computer's keychain no longer holds the key for this journal (it was "
                "deleted). Unlock with your passphrase; you can turn keychain unlock on again "
                "in Settings."
            )
        try:
            return base64.b64decode(raw, validate=True)
        except (ValueError, binascii.Error):
            raise KeychainUnlockError(
                "The key in this computer's keychain is damaged. Unlock with your passphrase."
            ) from None

    def data_key(self) -> tuple[bytes, str]:
        """(data key, vault id) for the unlock agent, without opening the journal."""
        return self.vault.data_key_from_keychain(self.secret()), self._entry()

    def unlock(self) -> None:
        self.vault.unlock_with_keychain(self.secret())

    def rekey(self, passphrase: str) -> str:
        """``Vault.rekey`` that keeps keychain unlock on (re-wrapped for the new data key)
        when the keychain can be read; otherwise it is turned off and the entry forgotten."""
        secret: bytes | None = None
        if self.enabled:
            try:
                secret = self.secret()
            except KeychainUnlockError:
                secret = None
        recovery_key = self.vault.rekey(passphrase, keychain_secret=secret)
        if secret is None and self.keychain is not None:
            self.keychain.delete(self._entry())
        return recovery_key
