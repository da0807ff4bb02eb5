"""The project's exceptions.

Every error a person can meet carries a calm, human message (``user_message``) that the CLI
prints and the UI shows, plus an exit code with a stable meaning for scripts. Tracebacks are
for developers and go nowhere near the user.
"""

from __future__ import annotations


class ExitCode:
    """Exit codes of the ``neuroleaf`` command. Stable: scripts may depend on them."""

    OK = 0
    ERROR = 1
    USAGE = 2
    AUTH = 3
    NOT_FOUND = 4
    VAULT = 5
    THROTTLED = 6
    UNAVAILABLE = 7


class NeuroLeafError(Exception):
    """Base class: something went wrong that we can explain to the person."""

    exit_code: int = ExitCode.ERROR

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class ValidationError(NeuroLeafError):
    """Input that we refuse to store, with the reason (e.g. mood 11 on a 1–10 scale)."""

    exit_code = ExitCode.USAGE


class NotFoundError(NeuroLeafError):
    """An entry, check-in or profile that does not exist (or was purged)."""

    exit_code = ExitCode.NOT_FOUND


class ProfileExistsError(NeuroLeafError):
    exit_code = ExitCode.USAGE


class AuthError(NeuroLeafError):
    """Wrong passphrase or recovery key. Nothing was modified."""

    exit_code = ExitCode.AUTH


class WrongPassphraseError(AuthError):
    pass


class WrongRecoveryKeyError(AuthError):
    pass


class UnlockThrottledError(AuthError):
    """Too many wrong attempts: the person has to wait before trying again."""

    exit_code = ExitCode.THROTTLED

    def __init__(self, retry_after_s: float) -> None:
        secs = max(1, round(retry_after_s))
        super().__init__(
            f"Too many wrong attempts. For your safety, please wait {secs} s before trying again."
        )
        self.retry_after_s = retry_after_s


class KeychainUnlockError(AuthError):
    """Unlocking with the computer's keychain did not work (no keychain, locked, entry gone or
    replaced). Nothing was changed; the passphrase still opens the journal."""


class VaultError(NeuroLeafError):
    """The vault file cannot be used as it is (corrupt, newer version, missing key file)."""

    exit_code = ExitCode.VAULT


class VaultCorruptedError(VaultError):
    pass


class VaultTooNewError(VaultError):
    pass


class VaultLockedError(VaultError):
    """An operation needs an unlocked vault (e.g. after auto-lock)."""


class PassphraseRequiredError(NeuroLeafError):
    exit_code = ExitCode.USAGE


class FeatureUnavailableError(NeuroLeafError):
    """An optional part (a model, a system library) is missing; the rest of the app works."""

    exit_code = ExitCode.UNAVAILABLE


class ImportValidationError(ValidationError):
    """An import file we refuse, with where (file, record) and why. Nothing was imported."""

    def __init__(self, file: str, record: str | None, reason: str) -> None:
        where = f"{file}, {record}" if record else file
        super().__init__(f"Cannot import {where}: {reason} Nothing was imported.")
        self.file = file
        self.record = record
        self.reason = reason


class WrongBackupPassphraseError(AuthError):
    """The backup passphrase does not open this backup file. Nothing was restored."""


class BackupDamagedError(NeuroLeafError):
    """A backup file that fails authentication after the passphrase checked out, or that is
    truncated or not a backup at all: altered or damaged. Nothing was restored."""

    exit_code = ExitCode.VAULT


class OutputPathError(ValidationError):
    """An export, backup or report path we refuse: inside the app's own folders, an existing
    file without ``--force``, or something that is not a plain file. Nothing was written."""


class CannotWriteError(NeuroLeafError):
    """The disk is full, read-only, or the folder is not ours to write. Nothing was changed."""

    def __init__(self, user_message: str, *, disk_full: bool = False) -> None:
        super().__init__(user_message)
        self.disk_full = disk_full


_DISK_FULL_ERRNOS = frozenset({28, 122})  # ENOSPC, EDQUOT
_READ_ONLY_ERRNOS = frozenset({30})  # EROFS
_DENIED_ERRNOS = frozenset({1, 13})  # EPERM, EACCES


def cannot_write(exc: BaseException, where: object) -> CannotWriteError | None:
    """The human form of a failed write (``OSError`` or SQLite's "disk is full"), else None.

    ``where`` is the file or folder we were writing to; it is the person's own path, never
    journal content, so it may appear in the message.
    """
    errno = getattr(exc, "errno", None)
    text = str(exc).lower()
    if errno in _DISK_FULL_ERRNOS or "database or disk is full" in text:
        return CannotWriteError(
            f"The disk is full: cannot write to {where}. Nothing was changed. Free some space "
            "and try again; your journal can still be read and exported to another disk.",
            disk_full=True,
        )
    if errno in _READ_ONLY_ERRNOS or "readonly database" in text or "read-only" in text:
        return CannotWriteError(
            f"Cannot write to {where}: it is on a read-only disk. Nothing was changed."
        )
    if errno in _DENIED_ERRNOS:
        return CannotWriteError(f"Cannot write to {where}: permission denied. Nothing was changed.")
    return None
