"""The encrypted vault: one SQLCipher database per profile, opened with a random data key.

See ``crypto.py`` for the key hierarchy. This module owns the files of one profile folder:

* ``vault.db``        SQLCipher 4 database (AES-256, HMAC-SHA512 per page), WAL mode
* ``vault.key.json``  KDF parameters and the two (or three, see "keychain slot") wrapped
  copies of the data key
* ``unlock_state.json`` wrong-attempt counter for the back-off (absent when all is well)

Opening order matters for "wrong passphrase: nothing touched": the passphrase is checked by
AES-GCM against the key file *before* the database is opened at all, and the database is read
and version-checked before anything that could write (WAL switch, migrations).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from neuroleaf_desktop.domain.passphrase import check_passphrase
from neuroleaf_desktop.errors import (
    CannotWriteError,
    KeychainUnlockError,
    VaultCorruptedError,
    VaultError,
    VaultLockedError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.storage import crypto
from neuroleaf_desktop.storage.keyfile import KeyFile, PendingSlots, read_keyfile, write_keyfile
from neuroleaf_desktop.storage.layout import DB_NAME as DB_NAME
from neuroleaf_desktop.storage.layout import KEY_NAME as KEY_NAME
from neuroleaf_desktop.storage.layout import THROTTLE_NAME as THROTTLE_NAME
from neuroleaf_desktop.storage.migrator import LATEST_VERSION, check_not_newer, migrate
from neuroleaf_desktop.storage.throttle import UnlockThrottle
from neuroleaf_desktop.storage.vault_health import HealthCheck, run_checks

PAGE_CACHE_KIB = 32 * 1024  # 32 MiB of decrypted pages: a 10-year journal stays in memory
# SQLCipher's memory security wipes every allocation SQLite frees. Measured here it makes the
# vault 3-10x slower than plain SQLite (benchmarks/bench_vault.py) while protecting little in a
# Python app: every value we read becomes an immutable Python string that no one can wipe.
# So it is off by default (explicitly, not by omission) and can be turned on per environment.
ENV_MEMORY_SECURITY = "NEUROLEAF_CIPHER_MEMORY_SECURITY"

log = get_logger("vault")

DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError


def _aad(vault_id: str, slot: str) -> bytes:
    return f"neuroleaf-vault-v1|{vault_id}|{slot}".encode()


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


def _is_corruption(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(s in text for s in ("malformed", "not a database", "disk image", "corrupt"))


class Vault:
    """One profile's encrypted database. Thread-safe: all access goes through one lock."""

    def __init__(self, folder: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.folder = folder
        self.db_path = folder / DB_NAME
        self.key_path = folder / KEY_NAME
        self.throttle = UnlockThrottle(folder / THROTTLE_NAME, clock=clock)
        self._conn: Any = None
        self._lock = threading.RLock()
        self.read_only = False  # opened for reading only because the disk is full

    # ---- creation ---------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        profile_name: str,
        passphrase: str,
        *,
        kdf: crypto.KdfParams | None = None,
        schema_version: int = LATEST_VERSION,
    ) -> tuple[Vault, str]:
        """Create a new vault in ``folder``; returns the open vault and its recovery key.

        ``schema_version`` exists for the migration tests, which build vaults as earlier app
        versions did.
        """
        check_passphrase(passphrase)
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)
        vault = cls(folder)
        if vault.db_path.exists() or vault.key_path.exists():
            raise VaultError(f"A vault already exists in {folder}.")
        params = kdf or crypto.calibrate_kdf(crypto.target_seconds())
        vault_id = str(uuid.uuid4())
        data_key = crypto.new_data_key()
        kek = crypto.derive_kek(passphrase, params)
        recovery_key = crypto.new_recovery_key()
        recovery_secret = crypto.parse_recovery_key(recovery_key)
        keyfile = KeyFile(
            vault_id=vault_id,
            profile_name=profile_name,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            kdf=params,
            passphrase_slot=crypto.wrap_key(kek, data_key, _aad(vault_id, "passphrase")),
            recovery_slot=crypto.wrap_key(
                crypto.recovery_kek(recovery_secret, vault_id),
                data_key,
                _aad(vault_id, "recovery"),
            ),
        )
        vault._open_database(data_key, create=True, schema_version=schema_version)
        write_keyfile(vault.key_path, keyfile)
        log.info("vault.created", vault_id=vault_id, time_cost=params.time_cost)
        return vault, recovery_key

    # ---- unlocking --------------------------------------------------------------------------
    @property
    def keyfile(self) -> KeyFile:
        return read_keyfile(self.key_path)

    @property
    def is_unlocked(self) -> bool:
        return self._conn is not None

    def unlock(self, passphrase: str) -> None:
        """Open with the passphrase. Wrong passphrase: WrongPassphraseError, nothing opened."""
        self._open_database(self.data_key(passphrase))
        self.throttle.record_success()
        log.info("vault.unlocked", vault_id=self.keyfile.vault_id, method="passphrase")

    def unlock_with_data_key(self, data_key: bytes, vault_id: str) -> None:
        """Open with a data key that an earlier unlock produced (the CLI's unlock agent).

        The vault id must match, so a key held for one journal is never tried on another.
        """
        keyfile = self.keyfile
        self._require_db()
        if keyfile.vault_id != vault_id:
            raise WrongPassphraseError("The kept key belongs to a different journal.")
        self._open_database(data_key)
        log.info("vault.unlocked", vault_id=vault_id, method="agent")

    def data_key(self, passphrase: str) -> bytes:
        """Unwrap the data key with the passphrase (throttled), without opening the database."""
        self.throttle.check()
        keyfile = self.keyfile
        self._require_db()
        kek = crypto.derive_kek(passphrase, keyfile.kdf)
        try:
            data_key = crypto.unwrap_key(
                kek, keyfile.passphrase_slot, _aad(keyfile.vault_id, "passphrase")
            )
        except crypto.UnwrapError:
            self.throttle.record_failure()
            log.info("vault.unlock_failed", reason="passphrase", failures=self.throttle.failures)
            raise WrongPassphraseError(
                "That passphrase doesn't open this journal. Check Caps Lock and try again, "
                "or use your recovery key."
            ) from None
        # A key rotation that a crash interrupted is finished (or forgotten) here, so the
        # key returned is always the one that opens the database.
        _keyfile, data_key = self._settle(keyfile, data_key, kek)
        return data_key

    def unlock_with_recovery(self, recovery_key: str) -> None:
        self.throttle.check()
        keyfile = self.keyfile
        self._require_db()
        data_key = self._data_key_from_recovery(keyfile, recovery_key)
        keyfile, data_key = self._settle(keyfile, data_key, None)
        self._open_database(data_key)
        self.throttle.record_success()
        log.info("vault.unlocked", vault_id=keyfile.vault_id, method="recovery")

    def _data_key_from_recovery(self, keyfile: KeyFile, recovery_key: str) -> bytes:
        try:
            secret = crypto.parse_recovery_key(recovery_key)
            return crypto.unwrap_key(
                crypto.recovery_kek(secret, keyfile.vault_id),
                keyfile.recovery_slot,
                _aad(keyfile.vault_id, "recovery"),
            )
        except (crypto.UnwrapError, WrongRecoveryKeyError) as exc:
            self.throttle.record_failure()
            log.info("vault.unlock_failed", reason="recovery", failures=self.throttle.failures)
            if isinstance(exc, WrongRecoveryKeyError):
                raise
            raise WrongRecoveryKeyError(
                "That recovery key belongs to a different journal or was mistyped."
            ) from None

    # ---- the keychain slot ---------------------------------------------------------------------
    # "Unlock with this computer's keychain": one more wrap of the data key, under a random
    # secret that only the OS keychain holds. The passphrase and recovery slots are untouched,
    # so the passphrase always still works and removing the slot loses nothing.
    @property
    def keychain_unlock_enabled(self) -> bool:
        return self.keyfile.keychain_slot is not None

    def add_keychain_slot(self, passphrase: str, secret: bytes) -> None:
        """Wrap the data key under ``secret`` too. The passphrase is asked again because the
        open database never hands its key back (and a person at an unlocked, unattended
        computer must not be able to add a way in)."""
        keyfile = self.keyfile
        self._require_db()
        kek, data_key = self._unwrap_with_passphrase(keyfile, passphrase)
        keyfile, data_key = self._settle(keyfile, data_key, kek)
        slot = self._keychain_slot(keyfile.vault_id, secret, data_key)
        write_keyfile(self.key_path, replace(keyfile, keychain_slot=slot))
        self.throttle.record_success()
        log.info("vault.keychain_unlock_on", vault_id=keyfile.vault_id)

    @staticmethod
    def _keychain_slot(vault_id: str, secret: bytes, data_key: bytes) -> crypto.WrappedKey:
        kek = crypto.keychain_kek(secret, vault_id)
        return crypto.wrap_key(kek, data_key, _aad(vault_id, "keychain"))

    def remove_keychain_slot(self) -> None:
        keyfile = self.keyfile
        if keyfile.keychain_slot is not None:
            write_keyfile(self.key_path, replace(keyfile, keychain_slot=None))
            log.info("vault.keychain_unlock_off", vault_id=keyfile.vault_id)

    def data_key_from_keychain(self, secret: bytes) -> bytes:
        """Unwrap the data key with the keychain's secret, without opening the database.

        Not throttled: the secret has 256 bits, and the keychain itself decides who may read
        it. A failure raises KeychainUnlockError and changes nothing."""
        keyfile = self.keyfile
        self._require_db()
        if keyfile.keychain_slot is None:
            raise KeychainUnlockError(
                "Unlocking with this computer's keychain is not turned on for this journal. "
                "Use your passphrase."
            )
        try:
            data_key = crypto.unwrap_key(
                crypto.keychain_kek(secret, keyfile.vault_id),
                keyfile.keychain_slot,
                _aad(keyfile.vault_id, "keychain"),
            )
        except crypto.UnwrapError:
            log.info("vault.unlock_failed", reason="keychain")
            raise KeychainUnlockError(
                "The key in this computer's keychain does not open this journal (it was "
                "replaced or damaged). Use your passphrase; you can turn keychain unlock off "
                "and on again in Settings."
            ) from None
        _keyfile, data_key = self._settle(keyfile, data_key, None)
        return data_key

    def unlock_with_keychain(self, secret: bytes) -> None:
        self._open_database(self.data_key_from_keychain(secret))
        log.info("vault.unlocked", vault_id=self.keyfile.vault_id, method="keychain")

    def _require_db(self) -> None:
        if not self.db_path.exists():
            raise VaultCorruptedError(
                f"The journal database ({DB_NAME}) is missing from {self.folder}. "
                "Restore it from a backup; the key file was left as it is."
            )

    # ---- passphrase management ----------------------------------------------------------------
    def change_passphrase(self, current: str, new: str) -> None:
        """Re-wrap the data key under a new passphrase. The database is not re-encrypted."""
        check_passphrase(new)
        self.throttle.check()
        keyfile = self.keyfile
        try:
            data_key = crypto.unwrap_key(
                crypto.derive_kek(current, keyfile.kdf),
                keyfile.passphrase_slot,
                _aad(keyfile.vault_id, "passphrase"),
            )
        except crypto.UnwrapError:
            self.throttle.record_failure()
            raise WrongPassphraseError("The current passphrase is not right.") from None
        keyfile, data_key = self._settle(
            keyfile, data_key, crypto.derive_kek(current, keyfile.kdf) if keyfile.pending else None
        )
        self._rewrap(keyfile, data_key, new)
        self.throttle.record_success()

    def reset_passphrase(self, recovery_key: str, new: str) -> None:
        """Forgotten passphrase: the recovery key sets a new one."""
        check_passphrase(new)
        self.throttle.check()
        keyfile = self.keyfile
        data_key = self._data_key_from_recovery(keyfile, recovery_key)
        keyfile, data_key = self._settle(keyfile, data_key, None)
        self._rewrap(keyfile, data_key, new)
        self.throttle.record_success()

    def _unwrap_with_passphrase(self, keyfile: KeyFile, passphrase: str) -> tuple[bytes, bytes]:
        """(KEK, data key) for ``passphrase``; a wrong one counts towards the back-off."""
        self.throttle.check()
        kek = crypto.derive_kek(passphrase, keyfile.kdf)
        try:
            key = crypto.unwrap_key(
                kek, keyfile.passphrase_slot, _aad(keyfile.vault_id, "passphrase")
            )
        except crypto.UnwrapError:
            self.throttle.record_failure()
            raise WrongPassphraseError("The current passphrase is not right.") from None
        return kek, key

    def rotate_recovery_key(self, passphrase: str) -> str:
        """A new recovery key (the old one stops working); returns it, to be shown once."""
        keyfile = self.keyfile
        kek, data_key = self._unwrap_with_passphrase(keyfile, passphrase)
        keyfile, data_key = self._settle(keyfile, data_key, kek)
        recovery_key = crypto.new_recovery_key()
        slot = crypto.wrap_key(
            crypto.recovery_kek(crypto.parse_recovery_key(recovery_key), keyfile.vault_id),
            data_key,
            _aad(keyfile.vault_id, "recovery"),
        )
        write_keyfile(self.key_path, replace(keyfile, recovery_slot=slot))
        self.throttle.record_success()
        log.info("vault.recovery_key_rotated", vault_id=keyfile.vault_id)
        return recovery_key

    def rekey(self, passphrase: str, *, keychain_secret: bytes | None = None) -> str:
        """Rotate the data key: re-encrypt the whole database under a new random key.

        Returns the new recovery key (the old one cannot open the new key; show it once).
        A keychain slot is dropped in step (1) (it wraps the old key) and, when the caller
        passes the keychain's secret, re-made for the new key after step (3); a crash in
        between only turns keychain unlock off, the passphrase works throughout.
        Crash-safe by ordering: (1) the key file gains a *pending* slot pair for the new key
        beside the current one; (2) SQLCipher re-encrypts every page in one transaction, so the
        database holds either the old or the new key; (3) the key file promotes the pending
        pair. A crash between any two steps leaves a key file that opens the database: at the
        next unlock :meth:`_settle` sees which key works and tidies the key file.
        """
        if self.is_unlocked:
            raise VaultError("Lock the journal before rotating its key.")
        keyfile = self.keyfile
        self._require_db()
        kek, old_key = self._unwrap_with_passphrase(keyfile, passphrase)
        keyfile, old_key = self._settle(keyfile, old_key, kek)
        new_key = crypto.new_data_key()
        recovery_key = crypto.new_recovery_key()
        secret = crypto.parse_recovery_key(recovery_key)
        pending = PendingSlots(
            crypto.wrap_key(kek, new_key, _aad(keyfile.vault_id, "passphrase")),
            crypto.wrap_key(
                crypto.recovery_kek(secret, keyfile.vault_id),
                new_key,
                _aad(keyfile.vault_id, "recovery"),
            ),
        )
        staged = replace(keyfile, pending=pending, keychain_slot=None)
        write_keyfile(self.key_path, staged)  # (1)
        self._open_database(old_key)
        try:
            with self._lock:
                conn = self._conn
                # SQLCipher cannot re-encrypt safely in WAL mode: a crash would leave new-key
                # frames in the WAL beside old-key pages. In rollback-journal mode the whole
                # re-encryption is one transaction, undone from the journal after a crash.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("PRAGMA journal_mode = DELETE")
                apply_key(conn, new_key, rekey=True)  # (2)
                conn.execute("PRAGMA journal_mode = WAL")
        finally:
            self.lock()
        promoted = staged.promoted()
        if keychain_secret is not None and keyfile.keychain_slot is not None:
            slot = self._keychain_slot(keyfile.vault_id, keychain_secret, new_key)
            promoted = replace(promoted, keychain_slot=slot)
        write_keyfile(self.key_path, promoted)  # (3)
        self.throttle.record_success()
        log.info("vault.rekeyed", vault_id=keyfile.vault_id)
        return recovery_key

    def _opens_with(self, data_key: bytes) -> bool:
        # Read-write, so that a hot rollback journal left by an interrupted re-encryption is
        # rolled back (a read-only connection cannot, and would misjudge the key).
        conn = sqlcipher3.connect(self.db_path.resolve().as_uri() + "?mode=rw", uri=True)
        try:
            silence_cipher_log(conn)
            apply_key(conn, data_key)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        except DatabaseError:
            return False
        finally:
            conn.close()

    def _settle(self, keyfile: KeyFile, current: bytes, kek: bytes | None) -> tuple[KeyFile, bytes]:
        """Finish or forget a key rotation a crash interrupted; returns the key file as it
        now is and the data key that opens the database. Without a pending pair: unchanged."""
        if keyfile.pending is None:
            return keyfile, current
        if self._opens_with(current):  # the crash came before the re-encryption committed
            settled = replace(keyfile, pending=None)
            write_keyfile(self.key_path, settled)
            return settled, current
        interrupted = VaultCorruptedError(
            "A change of this journal's key was interrupted. Unlock once with your passphrase "
            "to finish it; nothing was lost."
        )
        if kek is None:
            raise interrupted
        try:
            new = crypto.unwrap_key(
                kek, keyfile.pending.passphrase_slot, _aad(keyfile.vault_id, "passphrase")
            )
        except crypto.UnwrapError:
            raise interrupted from None
        if not self._opens_with(new):
            raise VaultCorruptedError(
                "The journal file is damaged: neither its key opens it. Run `neuroleaf doctor`."
            )
        settled = keyfile.promoted()
        write_keyfile(self.key_path, settled)
        log.info("vault.rekey_finished", vault_id=keyfile.vault_id)
        return settled, new

    def _rewrap(self, keyfile: KeyFile, data_key: bytes, new: str) -> None:
        params = crypto.calibrate_kdf(crypto.target_seconds())
        slot = crypto.wrap_key(
            crypto.derive_kek(new, params), data_key, _aad(keyfile.vault_id, "passphrase")
        )
        write_keyfile(self.key_path, keyfile.with_passphrase_slot(params, slot))
        log.info("vault.passphrase_changed", vault_id=keyfile.vault_id)

    # ---- the database -----------------------------------------------------------------------
    def _open_database(
        self, data_key: bytes, *, create: bool = False, schema_version: int = LATEST_VERSION
    ) -> None:
        if create:
            conn = sqlcipher3.connect(
                str(self.db_path), isolation_level=None, check_same_thread=False
            )
        else:
            uri = self.db_path.resolve().as_uri() + "?mode=rw"
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
                if _is_corruption(exc):
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
        except BaseException as exc:
            conn.close()
            if not create and isinstance(exc, DatabaseError) and disk_is_full(self.folder):
                self._conn = self._open_read_only(data_key)
                self.read_only = True
                log.warning("vault.read_only", reason="disk_full")
                return
            raise
        if create:
            self.db_path.chmod(0o600)
        self._conn = conn

    def _open_read_only(self, data_key: bytes) -> Any:
        """The disk is full: open for reading only, so the journal can still be read and
        exported elsewhere. Exclusive locking keeps SQLite's WAL index in memory instead of in
        a new ``-shm`` file, which a full disk could not hold (a ``mode=ro`` connection would
        still need one). Writes are refused by :meth:`transaction` while ``read_only``."""
        uri = self.db_path.resolve().as_uri() + "?mode=rw"
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

    def lock(self) -> None:
        """Close the database; the data key is dropped with the connection."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(DatabaseError):  # a busy reader elsewhere: fine
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
                self.read_only = False
                log.info("vault.locked")

    close = lock

    def _connection(self) -> Any:
        if self._conn is None:
            raise VaultLockedError("The journal is locked. Unlock it to continue.")
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT); rolled back on any error."""
        with self._lock:
            conn = self._connection()
            if self.read_only:
                raise CannotWriteError(
                    f"The disk is full: cannot write to {self.folder}. Nothing was changed. "
                    "Your journal can still be read and exported to another disk; free some "
                    "space to write again."
                )
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, DatabaseError) and _is_corruption(exc):
                    raise VaultCorruptedError(
                        "The journal file appears damaged; your change was not saved. "
                        "Run `neuroleaf doctor`."
                    ) from exc
                raise

    @contextmanager
    def reading(self) -> Iterator[Any]:
        with self._lock:
            conn = self._connection()
            try:
                yield conn
            except DatabaseError as exc:
                if _is_corruption(exc):
                    raise VaultCorruptedError(
                        "The journal file appears damaged. Run `neuroleaf doctor`."
                    ) from exc
                raise

    def schema_version(self) -> int:
        with self.reading() as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check plus SQLCipher's page HMAC check; [] means healthy."""
        with self.reading() as conn:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            return problems

    def health(self, passphrase: str) -> list[HealthCheck]:
        """Checks of a possibly damaged vault, each isolated: one that fails (or crashes on a
        damaged page) becomes a failed line and the next still runs. SQLCipher's page check
        comes first: it reads every page without trusting any of them.

        Opens its own read-only connection; the vault stays locked. A wrong passphrase raises.
        """
        self._require_db()
        keyfile = self.keyfile
        try:
            data_key = crypto.unwrap_key(
                crypto.derive_kek(passphrase, keyfile.kdf),
                keyfile.passphrase_slot,
                _aad(keyfile.vault_id, "passphrase"),
            )
        except crypto.UnwrapError:
            raise WrongPassphraseError("That passphrase doesn't open this journal.") from None
        uri = self.db_path.resolve().as_uri() + "?mode=ro"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
        try:
            silence_cipher_log(conn)
            apply_key(conn, data_key)
            return run_checks(conn)
        finally:
            conn.close()

    def cipher_info(self) -> dict[str, str]:
        with self.reading() as conn:
            return {
                "cipher_version": str(conn.execute("PRAGMA cipher_version").fetchone()[0]),
                "page_size": str(conn.execute("PRAGMA cipher_page_size").fetchone()[0]),
                "journal_mode": str(conn.execute("PRAGMA journal_mode").fetchone()[0]),
            }


def random_id() -> str:
    return str(uuid.uuid4())


def token() -> str:
    return secrets.token_hex(8)
