"""The encrypted vault: one SQLCipher database per profile, opened with a random data key.

See ``crypto.py`` for the key hierarchy. This module owns the files of one profile folder:

* ``vault.db``        SQLCipher 4 database (AES-256, HMAC-SHA512 per page), WAL mode
* ``vault.key.json``  KDF parameters and the two (or three, see "keychain slot") wrapped
  copies of the data key
* ``unlock_state.json`` wrong-attempt counter for the back-off (absent when all is well)

Opening order matters for "wrong passphrase: nothing touched": the passphrase is checked by
AES-GCM against the key file *before* the database is opened at all, and the database is read
and version-checked before anything that could write (WAL switch, migrations).

What the vault does with the key file alone (each way in, each re-wrap, settling an interrupted
key rotation) is ``key_slots.py``; how a connection is keyed, opened and set up is
``connection.py``. The vault decides the order, holds the open database and its lock, and
re-encrypts the database for a new key (:meth:`Vault.rekey`).
"""

from __future__ import annotations

import contextlib
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

from neuroleaf_desktop.domain.passphrase import check_passphrase
from neuroleaf_desktop.errors import (
    CannotWriteError,
    VaultCorruptedError,
    VaultError,
    VaultLockedError,
    WrongPassphraseError,
)
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.storage import crypto
from neuroleaf_desktop.storage.connection import ENV_MEMORY_SECURITY as ENV_MEMORY_SECURITY
from neuroleaf_desktop.storage.connection import PAGE_CACHE_KIB as PAGE_CACHE_KIB
from neuroleaf_desktop.storage.connection import DatabaseError as DatabaseError
from neuroleaf_desktop.storage.connection import IntegrityError as IntegrityError
from neuroleaf_desktop.storage.connection import apply_key as apply_key
from neuroleaf_desktop.storage.connection import (
    check_health,
    is_corruption,
    open_database,
    open_read_only,
)
from neuroleaf_desktop.storage.connection import disk_is_full as disk_is_full
from neuroleaf_desktop.storage.connection import silence_cipher_log as silence_cipher_log
from neuroleaf_desktop.storage.key_slots import KeySlots
from neuroleaf_desktop.storage.key_slots import aad as _aad
from neuroleaf_desktop.storage.keyfile import KeyFile, PendingSlots, write_keyfile
from neuroleaf_desktop.storage.layout import DB_NAME as DB_NAME
from neuroleaf_desktop.storage.layout import KEY_NAME as KEY_NAME
from neuroleaf_desktop.storage.layout import THROTTLE_NAME as THROTTLE_NAME
from neuroleaf_desktop.storage.migrator import LATEST_VERSION
from neuroleaf_desktop.storage.throttle import UnlockThrottle
from neuroleaf_desktop.storage.vault_health import HealthCheck

log = get_logger("vault")


class Vault:
    """One profile's encrypted database. Thread-safe: all access goes through one lock."""

    def __init__(self, folder: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.folder = folder
        self.db_path = folder / DB_NAME
        self.key_path = folder / KEY_NAME
        self.throttle = UnlockThrottle(folder / THROTTLE_NAME, clock=clock)
        self._keys = KeySlots(folder, self.db_path, self.key_path, self.throttle)
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
        return self._keys.keyfile

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
        return self._keys.data_key(passphrase)

    def unlock_with_recovery(self, recovery_key: str) -> None:
        self.throttle.check()
        keyfile = self.keyfile
        self._require_db()
        data_key = self._keys.data_key_from_recovery(keyfile, recovery_key)
        keyfile, data_key = self._keys.settle(keyfile, data_key, None)
        self._open_database(data_key)
        self.throttle.record_success()
        log.info("vault.unlocked", vault_id=keyfile.vault_id, method="recovery")

    # ---- the keychain slot (an extra wrap of the data key; see key_slots.py) -------------------
    @property
    def keychain_unlock_enabled(self) -> bool:
        return self.keyfile.keychain_slot is not None

    def add_keychain_slot(self, passphrase: str, secret: bytes) -> None:
        """Wrap the data key under ``secret`` too; the passphrase is asked again."""
        self._keys.add_keychain_slot(passphrase, secret)

    def remove_keychain_slot(self) -> None:
        self._keys.remove_keychain_slot()

    def data_key_from_keychain(self, secret: bytes) -> bytes:
        """Unwrap the data key with the keychain's secret, without opening the database."""
        return self._keys.data_key_from_keychain(secret)

    def unlock_with_keychain(self, secret: bytes) -> None:
        self._open_database(self.data_key_from_keychain(secret))
        log.info("vault.unlocked", vault_id=self.keyfile.vault_id, method="keychain")

    def _require_db(self) -> None:
        self._keys.require_db()

    # ---- passphrase and key management -------------------------------------------------------
    def change_passphrase(self, current: str, new: str) -> None:
        """Re-wrap the data key under a new passphrase. The database is not re-encrypted."""
        self._keys.change_passphrase(current, new)

    def reset_passphrase(self, recovery_key: str, new: str) -> None:
        """Forgotten passphrase: the recovery key sets a new one."""
        self._keys.reset_passphrase(recovery_key, new)

    def rotate_recovery_key(self, passphrase: str) -> str:
        """A new recovery key (the old one stops working); returns it, to be shown once."""
        return self._keys.rotate_recovery_key(passphrase)

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
        next unlock :meth:`KeySlots.settle` sees which key works and tidies the key file.
        """
        if self.is_unlocked:
            raise VaultError("Lock the journal before rotating its key.")
        keyfile = self.keyfile
        self._require_db()
        kek, old_key = self._keys.unwrap_with_passphrase(keyfile, passphrase)
        keyfile, old_key = self._keys.settle(keyfile, old_key, kek)
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
            slot = KeySlots.keychain_slot(keyfile.vault_id, keychain_secret, new_key)
            promoted = replace(promoted, keychain_slot=slot)
        write_keyfile(self.key_path, promoted)  # (3)
        self.throttle.record_success()
        log.info("vault.rekeyed", vault_id=keyfile.vault_id)
        return recovery_key

    # ---- the database -----------------------------------------------------------------------
    def _open_database(
        self, data_key: bytes, *, create: bool = False, schema_version: int = LATEST_VERSION
    ) -> None:
        try:
            conn = open_database(
                self.db_path, data_key, create=create, schema_version=schema_version
            )
        except DatabaseError:
            if create or not disk_is_full(self.folder):
                raise
            self._conn = open_read_only(self.db_path, data_key)
            self.read_only = True
            log.warning("vault.read_only", reason="disk_full")
            return
        self._conn = conn

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
                if isinstance(exc, DatabaseError) and is_corruption(exc):
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
                if is_corruption(exc):
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
        return check_health(self.db_path, data_key)

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
