"""Where the sync sign-in (refresh token, device session id) is kept: the OS keychain.

Only a real keychain counts (Secret Service, macOS Keychain, Windows Credential Locker:
keyring priority >= 1). keyring's file backends from keyrings.alt (plain or weakly protected
files) do not; with none, the secrets stay inside the encrypted vault, and the status says
so. Never a plain file of ours.
"""

from __future__ import annotations

from typing import Any, Protocol

from neuroleaf_desktop.services.os_keychain import trusted_backend

SERVICE = "NeuroLeaf sync"
IN_KEYCHAIN = "@keychain"  # stored in the vault in place of a secret kept in the keychain


class Keychain(Protocol):
    name: str

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


class KeyringKeychain:
    """A keyring backend, keyed by vault-and-account so profiles never share an entry."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend
        self.name = type(backend).__name__

    def get(self, key: str) -> str | None:
        value = self.backend.get_password(SERVICE, key)
        return str(value) if value is not None else None

    def set(self, key: str, value: str) -> None:
        self.backend.set_password(SERVICE, key, value)

    def delete(self, key: str) -> None:
        try:
            self.backend.delete_password(SERVICE, key)
        except Exception:
            return


def system_keychain() -> Keychain | None:
    """The OS keychain if there is a real one, else None (then: inside the vault)."""
    backend = trusted_backend(honour_named=False)
    return KeyringKeychain(backend) if backend is not None else None
