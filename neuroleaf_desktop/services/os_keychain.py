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
from typing import Any

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
