"""The vault's key file (``vault.key.json``), kept beside the encrypted database.

It holds only what is needed to *derive* the key, never the key itself: the vault id, the
Argon2id parameters and salt, and the data key wrapped twice (passphrase slot, recovery slot),
plus a third time when the person chose "unlock with this computer's keychain" (keychain slot,
whose key lives only in the OS keychain).
It is written atomically (temp file + fsync + rename) so a crash mid-write can never leave a
vault that nobody can open.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from neuroleaf_desktop.errors import VaultCorruptedError, VaultTooNewError
from neuroleaf_desktop.storage.crypto import KdfParams, WrappedKey

KEYFILE_FORMAT = 1


@dataclass(frozen=True)
class PendingSlots:
    """A new data key during a rotation (``passwd --rekey``), wrapped like the current one.

    Written *before* the database is re-encrypted and promoted after, so whichever key the
    database ended up with when a crash struck, the key file can open it."""

    passphrase_slot: WrappedKey
    recovery_slot: WrappedKey

    def to_json(self) -> dict[str, Any]:
        return {
            "passphrase_slot": self.passphrase_slot.to_json(),
            "recovery_slot": self.recovery_slot.to_json(),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> PendingSlots:
        return cls(
            WrappedKey.from_json(raw["passphrase_slot"]), WrappedKey.from_json(raw["recovery_slot"])
        )


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    profile_name: str
    created_at: str
    kdf: KdfParams
    passphrase_slot: WrappedKey
    recovery_slot: WrappedKey
    format: int = KEYFILE_FORMAT
    pending: PendingSlots | None = None
    # Optional, so older key files read unchanged and an older app simply ignores the slot.
    keychain_slot: WrappedKey | None = None

    def promoted(self) -> KeyFile:
        """The pending key becomes the current one."""
        assert self.pending is not None
        return replace(
            self,
            passphrase_slot=self.pending.passphrase_slot,
            recovery_slot=self.pending.recovery_slot,
            pending=None,
        )

    def with_passphrase_slot(self, kdf: KdfParams, slot: WrappedKey) -> KeyFile:
        return replace(self, kdf=kdf, passphrase_slot=slot)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "vault_id": self.vault_id,
            "profile_name": self.profile_name,
            "created_at": self.created_at,
            "kdf": self.kdf.to_json(),
            "passphrase_slot": self.passphrase_slot.to_json(),
            "recovery_slot": self.recovery_slot.to_json(),
            **({"pending": self.pending.to_json()} if self.pending else {}),
            **({"keychain_slot": self.keychain_slot.to_json()} if self.keychain_slot else {}),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> KeyFile:
        fmt = int(raw.get("format", 0))
        if fmt > KEYFILE_FORMAT:
            raise VaultTooNewError(
                "This vault was created by a newer version of NeuroLeaf. "
                "Please update the app to open it; nothing was changed."
            )
        return cls(
            vault_id=str(raw["vault_id"]),
            profile_name=str(raw["profile_name"]),
            created_at=str(raw["created_at"]),
            kdf=KdfParams.from_json(raw["kdf"]),
            passphrase_slot=WrappedKey.from_json(raw["passphrase_slot"]),
            recovery_slot=WrappedKey.from_json(raw["recovery_slot"]),
            format=fmt,
            pending=PendingSlots.from_json(raw["pending"]) if raw.get("pending") else None,
            keychain_slot=(
                WrappedKey.from_json(raw["keychain_slot"]) if raw.get("keychain_slot") else None
            ),
        )


def read_keyfile(path: Path) -> KeyFile:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return KeyFile.from_json(raw)
    except FileNotFoundError:
        raise VaultCorruptedError(
            f"The key file of this vault is missing ({path.name}). Without it the vault cannot "
            "be opened; restore it from a backup of the profile folder."
        ) from None
    except VaultTooNewError:
        raise
    except (ValueError, KeyError, TypeError):
        raise VaultCorruptedError(
            f"The key file of this vault ({path.name}) is damaged. Restore it from a backup of "
            "the profile folder; nothing was changed."
        ) from None


TEMP_PREFIX = "."  # temp files are ".<name>.<random>" beside the target


def write_atomic(path: Path, data: bytes, *, replace: bool = True) -> None:
    """Write ``data`` so that ``path`` is either the old or the new content, never half.

    With ``replace=False`` an existing ``path`` is left alone (FileExistsError): the temp file
    is hard-linked into place, which the kernel refuses atomically when the name is taken.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(0o600)
        if replace:
            tmp.replace(path)
        else:
            _link_no_clobber(tmp, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _link_no_clobber(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares)
        if path.exists():
            raise FileExistsError(path) from None
        tmp.replace(path)
        return
    tmp.unlink()


def sweep_temp_files(path: Path, older_than_s: float = 3600.0) -> int:
    """Remove temp files a crash left beside ``path`` (``.<name>.*``); returns how many.

    Only old ones: a fresh temp file may belong to another NeuroLeaf process writing now.
    """
    import time

    removed = 0
    now = time.time()
    for leftover in path.parent.glob(f"{TEMP_PREFIX}{path.name}.*"):
        with contextlib.suppress(OSError):
            if now - leftover.lstat().st_mtime >= older_than_s:
                leftover.unlink()
                removed += 1
    return removed


def write_keyfile(path: Path, keyfile: KeyFile) -> None:
    write_atomic(path, json.dumps(keyfile.to_json(), indent=2).encode("utf-8"))
