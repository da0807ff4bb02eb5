"""Which keyring backend counts as this computer's keychain.

keyring answers with the highest-priority backend, or with a chainer that tries several in
turn; a chainer can include keyrings.alt's plain-file backend, so it is judged by its best
backend alone. Only a real keychain (Secret Service, macOS Keychain, Windows Credential
Locker: priority >= 1) counts, unless the person named a backend themselves in
``PYTHON_KEYRING_BACKEND`` (keyring's own setting) and the caller accepts that choice.
keyring is imported only when a keychain is actually needed, never at start-up.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Protocol

ENV_BACKEND = "PYTHON_KEYRING_BACKEND"


def trusted_backend(*, honour_named: bool) -> Any | None:
    """The keyring backend to use, or None when this computer has none worth trusting."""
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is the same as none
        return None
    chained = getattr(backend, "backends", None)
    if isinstance(chained, list):
        if not chained:
            return None
        backend = chained[0]
    if isinstance(backend, NoKeyring):
        return None
    named = honour_named and bool(os.environ.get(ENV_BACKEND))
    if not named and float(getattr(backend, "priority", 0)) < 1:
        return None
    return backend


class Keychain(Protocol):
    name: str

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


class KeyringKeychain:
    """One keyring backend under one service name (sync sign-in and vault unlock never share
    entries). ``unreadable`` turns keyring's many errors (locked, dismissed prompt, D-Bus
    gone) into the caller's own words; without it they propagate unchanged. Deleting what
    is already gone, or from a keychain that went away, is not an error: nothing is left."""

    def __init__(
        self,
        backend: Any,
        service: str,
        *,
        unreadable: Callable[[BaseException], Exception] | None = None,
    ) -> None:
        self.backend = backend
        self.service = service
        self.unreadable = unreadable
        self.name = str(getattr(backend, "name", "") or type(backend).__name__)

    def get(self, key: str) -> str | None:
        try:
            value = self.backend.get_password(self.service, key)
        except Exception as exc:
            raise self._translate(exc) from None
        return str(value) if value is not None else None

    def set(self, key: str, value: str) -> None:
        try:
            self.backend.set_password(self.service, key, value)
        except Exception as exc:
            raise self._translate(exc) from None

    def delete(self, key: str) -> None:
        try:
            self.backend.delete_password(self.service, key)
        except Exception:
            return

    def _translate(self, exc: Exception) -> Exception:
        return self.unreadable(exc) if self.unreadable is not None else exc
