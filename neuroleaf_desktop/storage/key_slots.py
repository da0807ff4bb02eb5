"""The key file's slots: unwrapping the data key (passphrase, recovery key, keychain) and
re-wrapping it (passphrase change and reset, a new recovery key, the keychain slot).

See ``crypto.py`` for the key hierarchy and ``keyfile.py`` for the file. This module holds what
the vault does with the key file *without* opening the database: each way in checks its secret by
AES-GCM against the key file, counts a wrong passphrase or recovery key towards the back-off,
and settles a key rotation a crash interrupted, so the key it returns is always the one that
opens the database. ``Vault`` holds one :class:`KeySlots` and delegates its key methods to it;
re-encrypting the database under a new key (``Vault.rekey``) stays in the vault, which owns the
open database.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from neuroleaf_desktop.domain.passphrase import check_passphrase
from neuroleaf_desktop.errors import (
    KeychainUnlockError,
    VaultCorruptedError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.storage import crypto
from neuroleaf_desktop.storage.connection import opens_with
from neuroleaf_desktop.storage.keyfile import KeyFile, read_keyfile, write_keyfile
from neuroleaf_desktop.storage.layout import DB_NAME
from neuroleaf_desktop.storage.throttle import UnlockThrottle

log = get_logger("vault")


def aad(vault_id: str, slot: str) -> bytes:
    """The associated data each wrapped copy of the key is bound to: this vault and this slot,
    so a slot copied from another vault, or into another slot, does not unwrap."""
    return f"neuroleaf-vault-v1|{vault_id}|{slot}".encode()


class KeySlots:
    """The wrapped copies of one vault's data key, in its key file."""

    def __init__(
        self, folder: Path, db_path: Path, key_path: Path, throttle: UnlockThrottle
    ) -> None:
        self.folder = folder
        self.db_path = db_path
        self.key_path = key_path
        self.throttle = throttle

    @property
    def keyfile(self) -> KeyFile:
        return read_keyfile(self.key_path)

    def require_db(self) -> None:
        if not self.db_path.exists():
            raise VaultCorruptedError(
                f"The journal database ({DB_NAME}) is missing from {self.folder}. "
                "Restore it from a backup; the key file was left as it is."
            )

    # ---- unwrapping -------------------------------------------------------------------------
    def data_key(self, passphrase: str) -> bytes:
        """Unwrap the data key with the passphrase (throttled), without opening the database."""
        self.throttle.check()
        keyfile = self.keyfile
        self.require_db()
        kek = crypto.derive_kek(passphrase, keyfile.kdf)
        try:
            data_key = crypto.unwrap_key(
                kek, keyfile.passphrase_slot, aad(keyfile.vault_id, "passphrase")
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
        _keyfile, data_key = self.settle(keyfile, data_key, kek)
        return data_key

    def data_key_from_recovery(self, keyfile: KeyFile, recovery_key: str) -> bytes:
        try:
            secret = crypto.parse_recovery_key(recovery_key)
            return crypto.unwrap_key(
                crypto.recovery_kek(secret, keyfile.vault_id),
                keyfile.recovery_slot,
                aad(keyfile.vault_id, "recovery"),
            )
        except (crypto.UnwrapError, WrongRecoveryKeyError) as exc:
            self.throttle.record_failure()
            log.info("vault.unlock_failed", reason="recovery", failures=self.throttle.failures)
            if isinstance(exc, WrongRecoveryKeyError):
                raise
            raise WrongRecoveryKeyError(
                "That recovery key belongs to a different journal or was mistyped."
            ) from None

    def unwrap_with_passphrase(self, keyfile: KeyFile, passphrase: str) -> tuple[bytes, bytes]:
        """(KEK, data key) for ``passphrase``; a wrong one counts towards the back-off."""
        self.throttle.check()
        kek = crypto.derive_kek(passphrase, keyfile.kdf)
        try:
            key = crypto.unwrap_key(
                kek, keyfile.passphrase_slot, aad(keyfile.vault_id, "passphrase")
            )
        except crypto.UnwrapError:
            self.throttle.record_failure()
            raise WrongPassphraseError("The current passphrase is not right.") from None
        return kek, key

    # ---- the keychain slot ---------------------------------------------------------------------
    # "Unlock with this computer's keychain": one more wrap of the data key, under a random
    # secret that only the OS keychain holds. The passphrase and recovery slots are untouched,
    # so the passphrase always still works and removing the slot loses nothing.
    def add_keychain_slot(self, passphrase: str, secret: bytes) -> None:
        """Wrap the data key under ``secret`` too. The passphrase is asked again because the
        open database never hands its key back (and a person at an unlocked, unattended
        computer must not be able to add a way in)."""
        keyfile = self.keyfile
        self.require_db()
        kek, data_key = self.unwrap_with_passphrase(keyfile, passphrase)
        keyfile, data_key = self.settle(keyfile, data_key, kek)
        slot = self.keychain_slot(keyfile.vault_id, secret, data_key)
        write_keyfile(self.key_path, replace(keyfile, keychain_slot=slot))
        self.throttle.record_success()
        log.info("vault.keychain_unlock_on", vault_id=keyfile.vault_id)

    @staticmethod
    def keychain_slot(vault_id: str, secret: bytes, data_key: bytes) -> crypto.WrappedKey:
        kek = crypto.keychain_kek(secret, vault_id)
        return crypto.wrap_key(kek, data_key, aad(vault_id, "keychain"))

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
        self.require_db()
        if keyfile.keychain_slot is None:
            raise KeychainUnlockError(
                "Unlocking with this computer's keychain is not turned on for this journal. "
                "Use your passphrase."
            )
        try:
            data_key = crypto.unwrap_key(
                crypto.keychain_kek(secret, keyfile.vault_id),
                keyfile.keychain_slot,
                aad(keyfile.vault_id, "keychain"),
            )
        except crypto.UnwrapError:
            log.info("vault.unlock_failed", reason="keychain")
            raise KeychainUnlockError(
                "The key in this computer's keychain does not open this journal (it was "
                "replaced or damaged). Use your passphrase; you can turn keychain unlock off "
                "and on again in Settings."
            ) from None
        _keyfile, data_key = self.settle(keyfile, data_key, None)
        return data_key

    # ---- re-wrapping --------------------------------------------------------------------------
    def change_passphrase(self, current: str, new: str) -> None:
        """Re-wrap the data key under a new passphrase. The database is not re-encrypted."""
        check_passphrase(new)
        self.throttle.check()
        keyfile = self.keyfile
        try:
            data_key = crypto.unwrap_key(
                crypto.derive_kek(current, keyfile.kdf),
                keyfile.passphrase_slot,
                aad(keyfile.vault_id, "passphrase"),
            )
        except crypto.UnwrapError:
            self.throttle.record_failure()
            raise WrongPassphraseError("The current passphrase is not right.") from None
        keyfile, data_key = self.settle(
            keyfile, data_key, crypto.derive_kek(current, keyfile.kdf) if keyfile.pending else None
        )
        self.rewrap(keyfile, data_key, new)
        self.throttle.record_success()

    def reset_passphrase(self, recovery_key: str, new: str) -> None:
        """Forgotten passphrase: the recovery key sets a new one."""
        check_passphrase(new)
        self.throttle.check()
        keyfile = self.keyfile
        data_key = self.data_key_from_recovery(keyfile, recovery_key)
        keyfile, data_key = self.settle(keyfile, data_key, None)
        self.rewrap(keyfile, data_key, new)
        self.throttle.record_success()

    def rotate_recovery_key(self, passphrase: str) -> str:
        """A new recovery key (the old one stops working); returns it, to be shown once."""
        keyfile = self.keyfile
        kek, data_key = self.unwrap_with_passphrase(keyfile, passphrase)
        keyfile, data_key = self.settle(keyfile, data_key, kek)
        recovery_key = crypto.new_recovery_key()
        slot = crypto.wrap_key(
            crypto.recovery_kek(crypto.parse_recovery_key(recovery_key), keyfile.vault_id),
            data_key,
            aad(keyfile.vault_id, "recovery"),
        )
        write_keyfile(self.key_path, replace(keyfile, recovery_slot=slot))
        self.throttle.record_success()
        log.info("vault.recovery_key_rotated", vault_id=keyfile.vault_id)
        return recovery_key

    def rewrap(self, keyfile: KeyFile, data_key: bytes, new: str) -> None:
        params = crypto.calibrate_kdf(crypto.target_seconds())
        slot = crypto.wrap_key(
            crypto.derive_kek(new, params), data_key, aad(keyfile.vault_id, "passphrase")
        )
        write_keyfile(self.key_path, keyfile.with_passphrase_slot(params, slot))
        log.info("vault.passphrase_changed", vault_id=keyfile.vault_id)

    # ---- an interrupted key rotation --------------------------------------------------------
    def settle(self, keyfile: KeyFile, current: bytes, kek: bytes | None) -> tuple[KeyFile, bytes]:
        """Finish or forget a key rotation a crash interrupted; returns the key file as it
        now is and the data key that opens the database. Without a pending pair: unchanged."""
        if keyfile.pending is None:
            return keyfile, current
        if opens_with(self.db_path, current):  # the crash came before the re-encryption committed
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
                kek, keyfile.pending.passphrase_slot, aad(keyfile.vault_id, "passphrase")
            )
        except crypto.UnwrapError:
            raise interrupted from None
        if not opens_with(self.db_path, new):
            raise VaultCorruptedError(
                "The journal file is damaged: neither its key opens it. Run `neuroleaf doctor`."
            )
        settled = keyfile.promoted()
        write_keyfile(self.key_path, settled)
        log.info("vault.rekey_finished", vault_id=keyfile.vault_id)
        return settled, new
