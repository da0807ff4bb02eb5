"""One record ↔ one item: padded, AEAD-encrypted, bound to its id and version.

Blob layout (version 1)::

    0x01 ‖ nonce_k(12) ‖ AES-GCM(sync key, item key)(48) ‖ nonce_c(12) ‖ AES-GCM(item key, pad(p))

Both seals use the associated data ``nl-item-v1|account|item id|version``. So a flipped byte
fails the tag, an item served under another id fails, and an old ciphertext served as a newer
version fails; an old version served *as itself* is caught by the engine (versions only grow).

The plaintext is JSON (record type, local id, content) framed with its length and padded with
zeros to a size bucket (powers of two from 512 B, then whole MiB), so the server learns only
a coarse size. The item id is an HMAC of type and local id under a key derived from the sync
key: stable across devices, meaningless to the server.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import secrets
import struct
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from neuroleaf_desktop.services.sync.errors import TamperError

FORMAT = 1
MIN_BUCKET = 512
MIB = 1024 * 1024
_HEADER = 1 + 12 + 48 + 12


@dataclass(frozen=True)
class Payload:
    kind: str  # entry | checkin | activity | setting | questionnaire | template | …
    local_id: str
    data: dict[str, Any] | None  # None: the record was deleted for good (a tombstone)
    changed_at: str  # when the writing device saw this content (last-writer-wins)


@functools.lru_cache(maxsize=4)
def _id_key(sync_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"neuroleaf-sync item ids"
    ).derive(sync_key)


def item_id(sync_key: bytes, kind: str, local_id: str) -> str:
    digest = hmac.new(_id_key(sync_key), f"{kind}\x00{local_id}".encode(), hashlib.sha256).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


def bucket(size: int) -> int:
    if size <= MIN_BUCKET:
        return MIN_BUCKET
    if size <= MIB:
        return 1 << (size - 1).bit_length()
    return -(-size // MIB) * MIB


def aad(account_id: str, item: str, version: int) -> bytes:
    return f"nl-item-v1|{account_id}|{item}|{version}".encode()


def content_hash(data: dict[str, Any] | None) -> str:
    """The comparison key of a record's content (canonical JSON, SHA-256)."""
    return hashlib.sha256(canonical(data).encode()).hexdigest()


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def seal(sync_key: bytes, account_id: str, item: str, version: int, payload: Payload) -> bytes:
    body = canonical(
        {"t": payload.kind, "k": payload.local_id, "d": payload.data, "at": payload.changed_at}
    ).encode()
    framed = struct.pack(">I", len(body)) + body
    padded = framed + bytes(bucket(len(framed)) - len(framed))
    associated = aad(account_id, item, version)
    item_key = AESGCM.generate_key(bit_length=256)
    nonce_k, nonce_c = secrets.token_bytes(12), secrets.token_bytes(12)
    wrapped = AESGCM(sync_key).encrypt(nonce_k, item_key, associated)
    sealed = AESGCM(item_key).encrypt(nonce_c, padded, associated)
    return bytes([FORMAT]) + nonce_k + wrapped + nonce_c + sealed


def open_item(sync_key: bytes, account_id: str, item: str, version: int, blob: bytes) -> Payload:
    """Decrypt and check an item; TamperError if anything about it is not as sealed."""
    if len(blob) < _HEADER + 16 or blob[0] != FORMAT:
        raise TamperError("An item from the server is malformed.")
    associated = aad(account_id, item, version)
    try:
        item_key = AESGCM(sync_key).decrypt(blob[1:13], blob[13:61], associated)
        padded = AESGCM(item_key).decrypt(blob[61:73], blob[73:], associated)
        (length,) = struct.unpack(">I", padded[:4])
        raw = json.loads(padded[4 : 4 + length])
        payload = Payload(
            kind=str(raw["t"]), local_id=str(raw["k"]), data=raw["d"], changed_at=str(raw["at"])
        )
    except (InvalidTag, ValueError, KeyError, TypeError, struct.error):
        raise TamperError(
            "An item from the server failed verification (altered, swapped or replayed)."
        ) from None
    if item_id(sync_key, payload.kind, payload.local_id) != item:
        raise TamperError("An item from the server does not belong where it was found.")
    return payload
