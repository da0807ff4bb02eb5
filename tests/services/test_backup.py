"""Encrypted backups: round trip, authentication, merge with duplicates, no plaintext on disk."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.errors import BackupDamagedError, ValidationError, WrongBackupPassphraseError
from neuroleaf_desktop.services import backup_service as bk
from neuroleaf_desktop.services import export_service as ex
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from tests.conftest import PASSPHRASE
from tests.services.test_export import FAST_KDF, fill
from tests.support.privacy import all_files, make_canary, scan

BACKUP_PASS = "a different backup passphrase"


@pytest.fixture
def canary(session: Session) -> str:
    fill(session)
    word = make_canary()
    session.journal.add(NewEntry(f"secret {word}", f"the body holds {word} too", (word.lower(),)))
    return word


def test_encrypt_decrypt_small_chunks() -> None:
    payload = os.urandom(5000) + b"tail"
    blob = bk.encrypt(payload, BACKUP_PASS, kdf=FAST_KDF, chunk_size=256)
    assert bk.decrypt(blob, BACKUP_PASS) == payload
    assert payload[:64] not in blob


def test_backup_round_trip_into_new_profile(
    session: Session, canary: str, store: ProfileStore, home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "journal.nlbackup"
    info = bk.create_backup(session, out, BACKUP_PASS, kdf=FAST_KDF)
    assert info.counts["entries"] == 4 and out.read_bytes().startswith(b"NLBACKUP")
    restored, recovery_key, report = bk.restore_new_profile(
        store, "Restored", "another vault passphrase", out, BACKUP_PASS
    )
    assert recovery_key and report.count("entries").new == 4
    assert ex.content_of(ex.build_export(restored)) == ex.content_of(ex.build_export(session))
    restored.close()
    # The new profile opens with its own passphrase.
    store.open("Restored", "another vault passphrase").close()


def test_restore_merges_and_skips_duplicates(
    session: Session, canary: str, store: ProfileStore, tmp_path: Path
) -> None:
    out = tmp_path / "b.nlbackup"
    bk.create_backup(session, out, BACKUP_PASS, kdf=FAST_KDF)
    session.journal.add(NewEntry("after the backup", "new text"))
    report = bk.restore_into(session, out, BACKUP_PASS)
    assert report.total_new == 0 and report.count("entries").duplicates == 4
    assert session.journal.count() == 4  # 3 live + the new one; the trashed one stays trashed


def test_wrong_passphrase_and_tampering(session: Session, tmp_path: Path) -> None:
    fill(session)
    out = tmp_path / "b.nlbackup"
    bk.create_backup(session, out, BACKUP_PASS, kdf=FAST_KDF)
    blob = out.read_bytes()
    with pytest.raises(WrongBackupPassphraseError, match="does not open this backup"):
        bk.decrypt(blob, "not the passphrase")
    flipped = bytearray(blob)
    flipped[-20] ^= 0x01
    with pytest.raises(BackupDamagedError, match="damaged or has been changed"):
        bk.decrypt(bytes(flipped), BACKUP_PASS)
    for broken in (blob[:-1], blob + b"\x00" * 20, b"NOTABACKUP" + blob[10:], blob[:12]):
        with pytest.raises(BackupDamagedError):
            bk.decrypt(broken, BACKUP_PASS)
    # The header is authenticated too: a changed chunk size is detected.
    header_len = struct.unpack_from(">I", blob, 9)[0]
    header = blob[13 : 13 + header_len].replace(b'"chunk_size": 1048576', b'"chunk_size": 1048577')
    assert header != blob[13 : 13 + header_len]
    with pytest.raises((BackupDamagedError, WrongBackupPassphraseError)):
        bk.decrypt(blob[:13] + header + blob[13 + header_len :], BACKUP_PASS)


def test_truncated_at_chunk_boundary_is_detected() -> None:
    blob = bk.encrypt(os.urandom(3000), BACKUP_PASS, kdf=FAST_KDF, chunk_size=512)
    # Drop the last sealed chunk exactly: every remaining chunk still authenticates alone.
    _prelude, _header, offset = bk._parse_prelude(blob)
    cuts = [offset + 16]
    pos = offset + 16
    while pos < len(blob):
        (length,) = struct.unpack_from(">I", blob, pos)
        pos += 4 + length
        cuts.append(pos)
    with pytest.raises(BackupDamagedError):
        bk.decrypt(blob[: cuts[-2]], BACKUP_PASS)


def test_wrong_passphrase_creates_no_profile(
    session: Session, store: ProfileStore, tmp_path: Path
) -> None:
    out = tmp_path / "b.nlbackup"
    bk.create_backup(session, out, BACKUP_PASS, kdf=FAST_KDF)
    with pytest.raises(WrongBackupPassphraseError):
        bk.restore_new_profile(store, "Nope", PASSPHRASE, out, "wrong passphrase here")
    assert [p.name for p in store.list()] == ["Test"]


def test_weak_backup_passphrase_refused(session: Session, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        bk.create_backup(session, tmp_path / "x.nlbackup", "short")
    assert not (tmp_path / "x.nlbackup").exists()


def test_no_plaintext_on_disk_during_backup_and_restore(
    session: Session, canary: str, store: ProfileStore, home: Path, tmp_path: Path
) -> None:
    tmpdir = Path(os.environ["TMPDIR"])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "b.nlbackup"
    written: list[str] = []
    real_open = open

    def watching_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if any(m in mode for m in "wax+"):
            written.append(str(file))
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    import builtins

    builtins.open = watching_open  # type: ignore[assignment]
    try:
        bk.create_backup(session, out, BACKUP_PASS, kdf=FAST_KDF)
        restored, _key, _report = bk.restore_new_profile(
            store, "Copy", "another vault passphrase", out, BACKUP_PASS
        )
        bk.restore_into(session, out, BACKUP_PASS)
    finally:
        builtins.open = real_open
    restored.close()
    session.vault.lock()
    assert all_files([tmpdir]) == [], "backup/restore must not write temp files"
    assert not any(str(tmpdir) in w for w in written)
    assert scan([home, tmpdir, out_dir], canary) == []
