"""Hashing and tokens. The server stores only hashes of anything that grants access.

* The server password (derived on the client from the account password, so already a
  high-entropy secret) is hashed again with Argon2id: a stolen database is not a list of
  login secrets.
* Tokens are 256-bit random strings; only their SHA-256 is stored (a fast hash is right for
  random secrets: there is nothing to guess).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ENV_HASH_MEMORY_KIB = "NEUROLEAF_SERVER_HASH_MEMORY_KIB"

# OWASP's Argon2id minimum (19 MiB, t=2): the input is already a 256-bit derived secret, so
# the cost only has to stop a database thief from testing candidates cheaply.
_hasher = PasswordHasher(
    time_cost=2,
    memory_cost=int(os.environ.get(ENV_HASH_MEMORY_KIB, str(19 * 1024))),
    parallelism=1,
)
# A real hash to verify against when the account does not exist: equal time either way.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(32))


def hash_password(server_password: str) -> str:
    return _hasher.hash(server_password)


def verify_password(stored_hash: str | None, server_password: str) -> bool:
    """True if it matches; an unknown account costs the same time as a wrong password."""
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, server_password) and bool(stored_hash)
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def fake_key_params(secret: str, identifier: str) -> str:
    """Stable, plausible key parameters for an identifier with no account, so that asking
    for them does not reveal whether the account exists."""
    nonce = hmac.new(secret.encode(), identifier.encode(), hashlib.sha256).hexdigest()[:32]
    # Same shape as the client's (sorted keys, 32 hex digits, default costs).
    return json.dumps(
        {"version": 1, "nonce": nonce, "memory_kib": 65536, "time_cost": 3, "parallelism": 1},
        sort_keys=True,
    )
