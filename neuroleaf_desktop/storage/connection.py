"""The SQLCipher connection of a vault: keying it, opening it, and the PRAGMAs it runs with.

Kept apart from ``vault.py`` so the vault reads as what it decides (which key, when, in which
order; locking; transactions) while this module holds how a connection is made: the raw key
handed over without a hex string in the heap, the database read and version-checked before
anything that could write, the settings every connection of the app runs with, and the
fallbacks (read-only when the disk is full). Every function takes the database's path and a data
key and returns or closes the connection it made; none keeps state.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import sqlcipher3

from neuroleaf_desktop.errors import VaultCorruptedError
from neuroleaf_desktop.storage.migrator import LATEST_VERSION, check_not_newer, migrate
from neuroleaf_desktop.storage.vault_health import HealthCheck, run_checks

PAGE_CACHE_KIB = 32 * 1024  # 32 MiB of decrypted pages: a 10-year journal stays in memory
# SQLCipher's memory security wipes every allocation SQLite frees. Measured here it makes the
# vault 3-10x slower than plain SQLite (benchmarks/bench_vault.py) while protecting little in a
# Python app: every value we read becomes an immutable Python string that no one can wipe.
# So it is off by default (explicitly, not by omission) and can be turned on per environment.
ENV_MEMORY_SECURITY = "NEUROLEAF_CIPHER_MEMORY_SECURITY"

DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError

_HEX_DIGITS = b"0123456789abcdef"


def apply_key(conn: Any, data_key: bytes, *, rekey: bool = False) -> None:
    """Hand the raw data key to SQLCipher through its C API (``sqlite3_key``), not as SQL text.

    A ``PRAGMA key = "x'…'"`` statement leaves the key's hex in immutable Python strings (the
    SQL text, its cached statement) that linger in the heap and in core dumps. Here the only
    hex copy is a bytearray that is zeroed as soon as SQLCipher has taken its own copy (which
    SQLCipher wipes when the connection closes).
    """
    spec = bytearray(3 + 2 * len(data_key))
    spec[0:2] = b"x'"
    spec[-1] = ord("'")
    for i, byte in enumerate(data_key):
        spec[2 + 2 * i] = _HEX_DIGITS[byte >> 4]
        spec[3 + 2 * i] = _HEX_DIGITS[byte & 15]
    try:
        (conn.reset_key if rekey else conn.set_key)(spec)
    finally:
        for i in range(len(spec)):
            spec[i] = 0


def silence_cipher_log(conn: Any) -> None:
    """SQLCipher logs its own errors ("ERROR CORE ... hmac check failed") to stderr, where
    they would reach the person's terminal raw. We report damage ourselves, in words."""
    with contextlib.suppress(DatabaseError):  # older SQLCipher: no such setting, no harm
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()


def disk_is_full(folder: Path, reserve: int = 1 << 20) -> bool:
    """Less than ``reserve`` bytes free for us where ``folder`` lives."""
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False
    return stats.f_bavail * stats.f_frsize < reserve


def is_corruption(exc: BaseException) -> bool:
    """Whether a database error means the file is damaged (rather than busy or misused)."""
    text = str(exc).lower()
    return any(s in text for s in ("malformed", "not a database", "disk image", "corrupt"))


def open_database(
    db_path: Path, data_key: bytes, *, create: bool = False, schema_version: int = LATEST_VERSION
) -> Any:
    """Open (or with ``create``, make) the database read-write with the app's settings and
    migrate it to ``schema_version``. It is read and version-checked before anything that
    could write (the WAL switch, migrations); on any failure the connection is closed and the
    error raised, damage as :class:`VaultCorruptedError`."""
    if create:
        conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    else:
        uri = db_path.resolve().as_uri() + "?mode=rw"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        silence_cipher_log(conn)
        apply_key(conn, data_key)
        memory_security = os.environ.get(ENV_MEMORY_SECURITY, "0") == "1"
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if memory_security else 'OFF'}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            check_not_newer(conn)
        except DatabaseError as exc:
            if is_corruption(exc):
                raise VaultCorruptedError(
                    "The journal file is damaged or incomplete, so it cannot be opened. "
                    "Nothing was changed. Restore it from a backup, or run "
                    "`neuroleaf doctor` for details."
                ) from None
            raise
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, target=schema_version)
    except BaseException:
        conn.close()
        raise
    if create:
        db_path.chmod(0o600)
    return conn


def open_read_only(db_path: Path, data_key: bytes) -> Any:
    """The disk is full: open for reading only, so the journal can still be read and
    exported elsewhere. Exclusive locking keeps SQLite's WAL index in memory instead of in
    a new ``-shm`` file, which a full disk could not hold (a ``mode=ro`` connection would
    still need one). Writes are refused by ``Vault.transaction`` while ``read_only``."""
    uri = db_path.resolve().as_uri() + "?mode=rw"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        silence_cipher_log(conn)
        apply_key(conn, data_key)
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        check_not_newer(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def opens_with(db_path: Path, data_key: bytes) -> bool:
    """Whether ``data_key`` opens the database (the connection is closed again)."""
    # Read-write, so that a hot rollback journal left by an interrupted re-encryption is
    # rolled back (a read-only connection cannot, and would misjudge the key).
    conn = sqlcipher3.connect(db_path.resolve().as_uri() + "?mode=rw", uri=True)
    try:
        silence_cipher_log(conn)
        apply_key(conn, data_key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DatabaseError:
        return False
    finally:
        conn.close()


def check_health(db_path: Path, data_key: bytes) -> list[HealthCheck]:
    """The doctor's checks on their own read-only connection, closed afterwards."""
    uri = db_path.resolve().as_uri() + "?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    try:
        silence_cipher_log(conn)
        apply_key(conn, data_key)
        return run_checks(conn)
    finally:
        conn.close()
