"""Where the sync sign-in (refresh token, device session id) is kept: the OS keychain.

Only a real keychain counts (Secret Service, macOS Keychain, Windows Credential Locker:
keyring priority >= 1). keyring's file backends from keyrings.alt (plain or weakly protected
files) do not; with none, the secrets stay inside the encrypted vault, and the status says
so. Never a plain file of ours.
"""

from __future__ import annotations

from typing import Any

from neuroleaf_desktop.services.os_keychain import Keychain, trusted_backend
from neuroleaf_desktop.services.os_keychain import KeyringKeychain as BaseKeyringKeychain

SERVICE = "NeuroLeaf sync"
__all__ = ["IN_KEYCHAIN", "SERVICE", "Keychain", "KeyringKeychain", "system_keychain"]

IN_KEYCHAIN = "@keychain"  # stored in the vault in place of a secret kept in the keychain


class KeyringKeychain(BaseKeyringKeychain):
    """A keyring backend, keyed by vault-and-account so profiles never share an entry."""

    def __init__(self, backend: Any) -> None:
        super().__init__(backend, SERVICE)


def system_keychain() -> Keychain | None:
    """The OS keychain if there is a real one, else None (then: inside the vault)."""
    backend = trusted_backend(honour_named=False)
    return KeyringKeychain(backend) if backend is not None else None
