"""Crafted key files and backups: refused as damaged before any expensive work."""

from __future__ import annotations

import json
import struct
import tracemalloc
import zlib
from pathlib import Path
from typing import Any

import pytest

from neuroleaf_desktop.errors import BackupDamagedError, VaultCorruptedError
from neuroleaf_desktop.services import backup_service as bk
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage import crypto
from neuroleaf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

FAST_KDF = crypto.KdfParams("argon2id", "AAAAAAAAAAAAAAAAAAAAAA==", 1, crypto.MIN_MEMORY_KIB, 1)
BACKUP_PASS = "backup passphrase for tests"
CRAFTED: list[tuple[str, Any]] = [
    ("time_cost", 0),
    ("time_cost", 10**7),
    ("parallelism", 0),
    ("parallelism", 10**6),
    ("memory_kib", 1 << 40),
    ("salt_b64", "AA=="),
    ("salt_b64", "not base64 at all!"),
    ("time_cost", "9" * 5000),  # int() of this raises: Python's digit limit
    ("algorithm", "argon2i"),
]


@pytest.fixture
def argon_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, int]]:
    calls: list[tuple[int, int, int]] = []
    real = crypto._argon2

    def counting(passphrase: str, salt: bytes, t: int, m: int, p: int) -> bytes:
        calls.append((t, m, p))
        return real(passphrase, salt, t, m, p)

    monkeypatch.setattr(crypto, "_argon2", counting)
    return calls


@pytest.mark.parametrize(("field", "value"), CRAFTED)
def test_crafted_key_file_is_damaged_not_a_hang(
    session: Session, store: ProfileStore, argon_calls: list[Any], field: str, value: Any
) -> None:
    session.close()
    key_path = session.vault.key_path
    raw = json.loads(key_path.read_text(encoding="utf-8"))
    raw["kdf"][field] = value
    key_path.write_text(json.dumps(raw), encoding="utf-8")
    argon_calls.clear()
    with pytest.raises(VaultCorruptedError, match="damaged"):
        Vault(session.vault.folder).unlock(PASSPHRASE)
    assert argon_calls == []  # refused before Argon2 ran at all


@pytest.mark.parametrize(("field", "value"), CRAFTED)
def test_crafted_backup_header_is_damaged_not_a_hang(
    argon_calls: list[Any], field: str, value: Any
) -> None:
    blob = bk.encrypt(b'{"format": "neuroleaf-export"}', BACKUP_PASS, kdf=FAST_KDF)
    prelude, header, _offset = bk._parse_prelude(blob)
    header["kdf"][field] = value
    raw_header = json.dumps(header).encode()
    crafted = (
        bk.MAGIC
        + struct.pack(">BI", bk.VERSION, len(raw_header))
        + raw_header
        + blob[len(prelude) :]
    )
    argon_calls.clear()
    with pytest.raises(BackupDamagedError, match="damaged"):
        bk.decrypt(crafted, BACKUP_PASS)
    assert argon_calls == []


def test_zlib_bomb_is_refused_with_bounded_memory() -> None:
    squeeze = zlib.compressobj(9)
    zeros = bytes(1 << 20)
    bomb = b"".join(squeeze.compress(zeros) for _ in range(600)) + squeeze.flush()
    assert len(bomb) < 1 << 20  # ~600 MB of zeros in well under 1 MB
    blob = bk.seal_compressed(bomb, BACKUP_PASS, FAST_KDF)
    tracemalloc.start()
    try:
        with pytest.raises(BackupDamagedError, match="far more data"):
            bk.decrypt(blob, BACKUP_PASS)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 400 << 20  # bounded by the ratio rule, not by what the bomb holds


def test_backup_read_is_bounded_for_endless_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bk, "MAX_BACKUP_FILE", 1 << 20)
    with pytest.raises(BackupDamagedError, match="far more data"):
        bk.read_backup(Path("/dev/zero"), BACKUP_PASS)


def test_kdf_target_is_honoured_only_in_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEUROLEAF_KDF_TARGET_MS", "1")
    monkeypatch.delenv("NEUROLEAF_TESTING")
    assert crypto.target_seconds() == crypto.DEFAULT_TARGET_SECONDS
    monkeypatch.setenv("NEUROLEAF_TESTING", "1")
    assert crypto.target_seconds() == pytest.approx(0.001)
