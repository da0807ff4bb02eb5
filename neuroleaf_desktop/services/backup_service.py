"""Encrypted backups (``.nlbackup``): the JSON export, compressed and sealed with a passphrase.

File layout (all integers big-endian)::

    b"NLBACKUP" | version: u8 = 1 | header length: u32 | header (JSON, UTF-8)
    key check: 16 bytes            (AES-GCM tag over nothing: tells "wrong passphrase" apart
                                    from "damaged file")
    chunks: [length: u32 | AES-256-GCM ciphertext + tag] ...

The header holds the Argon2id parameters and salt (``storage.crypto.KdfParams``), the chunk
size, the compression, and a random 8-byte nonce prefix. The key is Argon2id(passphrase) with
that salt: the backup passphrase may differ from the vault's. Chunk ``i`` is sealed with nonce
``prefix || i`` and associated data ``prelude || i || is_last``, where the prelude is every
byte before the key check. So changing the header, reordering, dropping, truncating or
appending chunks all fail authentication, and a backup is one self-contained file.

Nothing plaintext ever touches the disk: the export is built, compressed and encrypted in
memory, and only ciphertext is written (atomically, beside the target).
"""

from __future__ import annotations

import base64
import json
import secrets
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from neuroleaf_desktop.domain.passphrase import check_passphrase
from neuroleaf_desktop.errors import (
    BackupDamagedError,
    ImportValidationError,
    WrongBackupPassphraseError,
)
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services import export_service
from neuroleaf_desktop.services.export_service import ImportReport
from neuroleaf_desktop.services.importers import neuroleaf
from neuroleaf_desktop.services.importers.base import ImportBundle
from neuroleaf_desktop.services.output_paths import check_output_path, write_output
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage import crypto

log = get_logger("backup")

MAGIC = b"NLBACKUP"
VERSION = 1
SUFFIX = ".nlbackup"
DEFAULT_CHUNK = 1 << 20  # 1 MiB of compressed data per sealed chunk
MAX_CHUNK = 64 << 20
MAX_HEADER = 64 * 1024
# A decompression bomb stops at whichever comes first: the absolute cap, or more than
# MAX_RATIO bytes out per byte in (journal JSON compresses about 4-8x; zlib's worst case
# is about 1000x). So a crafted 1 MB backup costs at most ~200 MB before it is refused.
MAX_PLAINTEXT = 1 << 30
MAX_RATIO = 200
MAX_BACKUP_FILE = 512 << 20
_RATIO_SLACK = 1 << 20
_TAG = 16
_KEYCHECK_COUNTER = 0xFFFFFFFF
_DAMAGED = (
    "This backup file is damaged or has been changed since it was made, so it cannot be "
    "trusted. Nothing was restored. Try another copy of the backup."
)


_TOO_LARGE = (
    "This backup unpacks to far more data than a journal holds, so it is damaged or was "
    "crafted to exhaust memory. Nothing was restored."
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size_bytes: int
    counts: dict[str, int]


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + struct.pack(">I", counter)


def _aad(prelude: bytes, counter: int, last: bool) -> bytes:
    return prelude + struct.pack(">IB", counter, int(last))


def encrypt(
    payload: bytes,
    passphrase: str,
    *,
    kdf: crypto.KdfParams | None = None,
    chunk_size: int = DEFAULT_CHUNK,
) -> bytes:
    """Compress and seal ``payload`` (all in memory); returns the whole backup file."""
    if not 1 <= chunk_size <= MAX_CHUNK:
        raise ValueError("chunk size out of range")
    params = kdf or crypto.calibrate_kdf(crypto.target_seconds())
    return seal_compressed(zlib.compress(payload, 6), passphrase, params, chunk_size)


def seal_compressed(
    compressed: bytes, passphrase: str, params: crypto.KdfParams, chunk_size: int = DEFAULT_CHUNK
) -> bytes:
    """Seal already-compressed bytes as a backup file (``encrypt`` without the zlib step)."""
    prefix = secrets.token_bytes(8)
    header = json.dumps(
        {
            "cipher": "AES-256-GCM",
            "compression": "zlib",
            "chunk_size": chunk_size,
            "content": "neuroleaf-export",
            "kdf": params.to_json(),
            "nonce_prefix": base64.b64encode(prefix).decode(),
        },
        sort_keys=True,
    ).encode()
    prelude = MAGIC + struct.pack(">BI", VERSION, len(header)) + header
    aead = AESGCM(crypto.derive_kek(passphrase, params))
    parts = [prelude, aead.encrypt(_nonce(prefix, _KEYCHECK_COUNTER), b"", prelude + b"key")]
    pieces = [compressed[i : i + chunk_size] for i in range(0, len(compressed), chunk_size)]
    for index, piece in enumerate(pieces or [b""]):
        last = index == max(len(pieces), 1) - 1
        sealed = aead.encrypt(_nonce(prefix, index), piece, _aad(prelude, index, last))
        parts.append(struct.pack(">I", len(sealed)))
        parts.append(sealed)
    return b"".join(parts)


def _parse_prelude(blob: bytes) -> tuple[bytes, dict[str, Any], int]:
    if not blob.startswith(MAGIC):
        raise BackupDamagedError("This is not a NeuroLeaf backup file (.nlbackup).")
    if len(blob) < len(MAGIC) + 5:
        raise BackupDamagedError(_DAMAGED)
    version, header_len = struct.unpack_from(">BI", blob, len(MAGIC))
    if version != VERSION:
        raise BackupDamagedError(
            f"This backup was made by a newer NeuroLeaf (backup format {version}); "
            "please update the app to restore it."
        )
    start = len(MAGIC) + 5
    if header_len > MAX_HEADER or len(blob) < start + header_len + _TAG:
        raise BackupDamagedError(_DAMAGED)
    try:
        header = json.loads(blob[start : start + header_len])
        if not isinstance(header, dict):
            raise ValueError
    except ValueError:
        raise BackupDamagedError(_DAMAGED) from None
    return blob[: start + header_len], header, start + header_len


def _chunks(blob: bytes, offset: int, chunk_size: int) -> Iterator[tuple[int, bytes, bool]]:
    index = 0
    while True:
        if offset + 4 > len(blob):
            raise BackupDamagedError(_DAMAGED)  # truncated: the last chunk never came
        (length,) = struct.unpack_from(">I", blob, offset)
        offset += 4
        if not _TAG <= length <= chunk_size + _TAG or offset + length > len(blob):
            raise BackupDamagedError(_DAMAGED)
        last = offset + length == len(blob)
        yield index, blob[offset : offset + length], last
        offset += length
        index += 1
        if last:
            return


def decrypt(blob: bytes, passphrase: str) -> bytes:
    """The export JSON inside a backup. Wrong passphrase and damage raise different errors."""
    prelude, header, offset = _parse_prelude(blob)
    try:
        params = crypto.KdfParams.from_json(header["kdf"])
        prefix = base64.b64decode(header["nonce_prefix"], validate=True)
        chunk_size = int(header["chunk_size"])
        if len(prefix) != 8 or header.get("compression") != "zlib" or chunk_size > MAX_CHUNK:
            raise ValueError
    except (KeyError, TypeError, ValueError):
        raise BackupDamagedError(_DAMAGED) from None
    aead = AESGCM(crypto.derive_kek(passphrase, params))
    try:
        aead.decrypt(
            _nonce(prefix, _KEYCHECK_COUNTER), blob[offset : offset + _TAG], prelude + b"key"
        )
    except InvalidTag:
        raise WrongBackupPassphraseError(
            "That passphrase does not open this backup. It is the passphrase you chose when "
            "the backup was made, which may differ from your journal's. Nothing was restored."
        ) from None
    inflater = zlib.decompressobj()
    out: list[bytes] = []
    size = consumed = 0
    for index, sealed, last in _chunks(blob, offset + _TAG, chunk_size):
        try:
            piece = aead.decrypt(_nonce(prefix, index), sealed, _aad(prelude, index, last))
        except InvalidTag:
            raise BackupDamagedError(_DAMAGED) from None
        consumed += len(piece)
        allowed = min(MAX_PLAINTEXT, consumed * MAX_RATIO + _RATIO_SLACK)
        try:
            data = inflater.decompress(piece, allowed - size + 1)
        except zlib.error:
            raise BackupDamagedError(_DAMAGED) from None
        size += len(data)
        if size > allowed or inflater.unconsumed_tail:
            raise BackupDamagedError(_TOO_LARGE)
        out.append(data)
    try:
        out.append(inflater.flush())
    except zlib.error:
        raise BackupDamagedError(_DAMAGED) from None
    if not inflater.eof:
        raise BackupDamagedError(_DAMAGED)
    return b"".join(out)


def create_backup(
    session: Session,
    out: Path,
    passphrase: str,
    *,
    since: date | None = None,
    until: date | None = None,
    kdf: crypto.KdfParams | None = None,
    force: bool = False,
) -> BackupInfo:
    """Write an encrypted backup of the profile (or of a date range) to ``out``."""
    check_passphrase(passphrase)
    check_output_path(out, force=force)
    document = export_service.build_export(session, since=since, until=until)
    blob = encrypt(export_service.dumps(document).encode("utf-8"), passphrase, kdf=kdf)
    write_output(out, blob, force=force)
    counts = {k: len(document[k]) for k in export_service.KINDS if isinstance(document[k], list)}
    log.info("backup.created", size=len(blob), **counts)
    return BackupInfo(out, len(blob), counts)


def read_backup(path: Path, passphrase: str) -> ImportBundle:
    """Decrypt and validate a backup file into an import bundle (nothing written)."""
    try:
        with path.open("rb") as handle:
            blob = handle.read(MAX_BACKUP_FILE + 1)  # bounded even for /dev/zero or a FIFO
    except OSError as exc:
        raise ImportValidationError(str(path), None, f"cannot read it ({exc.strerror}).") from None
    if len(blob) > MAX_BACKUP_FILE:
        raise BackupDamagedError(_TOO_LARGE)
    return neuroleaf.loads(decrypt(blob, passphrase), str(path))


def restore_into(
    session: Session, path: Path, passphrase: str, *, dry_run: bool = False
) -> ImportReport:
    """Merge a backup into an open profile; records already there are skipped and counted."""
    report = export_service.import_bundle(session, read_backup(path, passphrase), dry_run=dry_run)
    log.info("backup.restored", new=report.total_new, duplicates=report.total_duplicates)
    return report


def restore_new_profile(
    store: ProfileStore, name: str, vault_passphrase: str, path: Path, passphrase: str
) -> tuple[Session, str, ImportReport]:
    """Create profile ``name`` from a backup. Returns its session, recovery key and report.

    Crash-safe: the backup is decrypted and validated first (a wrong passphrase or a damaged
    file creates nothing), the profile is filled and checked in a hidden staging folder, and
    only then renamed into place. Killed at any point, the profile either exists complete or
    not at all (leftovers are swept at the next start); the recovery key, returned after the
    commit, belongs to a profile that exists.
    """
    bundle = read_backup(path, passphrase)
    staged = store.stage(name, vault_passphrase)
    try:
        report = export_service.import_bundle(staged.session, bundle)
        _verify_restored(staged.session, bundle)
    except BaseException:
        store.discard(staged)
        raise
    session = store.commit(staged, vault_passphrase)
    return session, staged.recovery_key, report


def _verify_restored(session: Session, bundle: ImportBundle) -> None:
    """The staged vault holds every entry and check-in of the backup, and is sound."""
    with session.vault.reading() as conn:
        entries = int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])
        checkins = int(conn.execute("SELECT count(*) FROM mood_checkins").fetchone()[0])
    if entries != len(bundle.entries) or checkins != len(bundle.checkins):
        raise BackupDamagedError(
            "The restored profile did not match the backup, so it was not kept. "
            "Nothing was restored."
        )
    if session.vault.integrity_check():
        raise BackupDamagedError("The restored profile failed its integrity check; not kept.")
