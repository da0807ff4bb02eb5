"""The account's key hierarchy, after Standard Notes' protocol 004.

    account password ──Argon2id(salt = SHA-256(identifier ‖ nonce))──► seed (32 bytes)
    seed ──HKDF "server password"──► server password   (sent; hashed again on the server)
    seed ──HKDF "root key"─────────► root key          (never leaves this device)
    root key ──AES-256-GCM──► wrapped sync key         (stored on the server)
    sync key ──wraps──► one random key per item

A second device with the account password re-derives the root key and unwraps the sync key.
Changing the account password derives a new root key and re-wraps the same sync key: no item
is re-encrypted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from neuroleaf_desktop.services.sync.errors import SyncAuthError

ENV_KDF_MEMORY_KIB = "NEUROLEAF_SYNC_KDF_MEMORY_KIB"
MIN_MEMORY_KIB = 19 * 1024  # refuse weaker parameters a hostile server might offer
MIN_PASSWORD = 8


@dataclass(frozen=True)
class AccountKeyParams:
    """Public parameters of the account KDF (the server keeps and returns them)."""

    nonce: str
    memory_kib: int = 64 * 1024
    time_cost: int = 3
    parallelism: int = 1
    version: int = 1

    @classmethod
    def new(cls) -> AccountKeyParams:
        memory = int(os.environ.get(ENV_KDF_MEMORY_KIB, str(64 * 1024)))
        return cls(nonce=secrets.token_hex(16), memory_kib=max(memory, MIN_MEMORY_KIB))

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> AccountKeyParams:
        try:
            raw = json.loads(text)
            params = cls(
                nonce=str(raw["nonce"]),
                memory_kib=int(raw["memory_kib"]),
                time_cost=int(raw["time_cost"]),
                parallelism=int(raw["parallelism"]),
                version=int(raw["version"]),
            )
        except (ValueError, KeyError, TypeError):
            raise SyncAuthError("The server sent account parameters this app cannot use.") from None
        if params.version != 1 or params.memory_kib < MIN_MEMORY_KIB or params.time_cost < 1:
            raise SyncAuthError("The server offered key parameters weaker than this app allows.")
        return params


@dataclass(frozen=True)
class AccountKeys:
    server_password: str  # hex; what the server checks
    root_key: bytes  # never sent


def derive(identifier: str, password: str, params: AccountKeyParams) -> AccountKeys:
    salt = hashlib.sha256(f"{identifier}:{params.nonce}".encode()).digest()[:16]
    seed = hash_secret_raw(
        password.encode(),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )
    return AccountKeys(
        server_password=_hkdf(seed, b"neuroleaf-sync server password").hex(),
        root_key=_hkdf(seed, b"neuroleaf-sync root key"),
    )


def _hkdf(seed: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(seed)


def new_sync_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def _sync_key_aad(identifier: str) -> bytes:
    return f"neuroleaf-sync-key-v1|{identifier}".encode()


def wrap_sync_key(root_key: bytes, sync_key: bytes, identifier: str) -> str:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(root_key).encrypt(nonce, sync_key, _sync_key_aad(identifier))
    return base64.b64encode(nonce + sealed).decode()


def unwrap_sync_key(root_key: bytes, wrapped: str, identifier: str) -> bytes:
    from cryptography.exceptions import InvalidTag

    try:
        raw = base64.b64decode(wrapped, validate=True)
        return AESGCM(root_key).decrypt(raw[:12], raw[12:], _sync_key_aad(identifier))
    except (InvalidTag, ValueError):
        raise SyncAuthError("The account password does not open this account's sync key.") from None


def normalise_identifier(identifier: str) -> str:
    return identifier.strip().lower()
