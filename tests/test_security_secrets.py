"""Secrets stay in this process and leave memory with the vault: no core dumps, no passphrase
in child processes, no hex copy of the data key in the heap after the vault is closed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from neuroleaf_desktop.ai.stt import WhisperWorker
from neuroleaf_desktop.offline import child_environment
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.storage import crypto
from neuroleaf_desktop.storage.vault import _aad
from tests.conftest import PASSPHRASE, PYTHON, cli_env

CANARY = "canary-passphrase-7f3a9c"


def test_processes_start_non_dumpable_without_core_dumps(home: Path) -> None:
    probe = (
        "import resource, neuroleaf_desktop.hardening as h;"
        "print(h.is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE))"
    )
    out = subprocess.run(
        [PYTHON, "-c", probe], env=cli_env(home), capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "False (0, 0)"


def test_child_processes_get_a_minimal_environment(home: Path, monkeypatch: object) -> None:
    import os

    os.environ["NEUROLEAF_PASSPHRASE"] = CANARY
    os.environ["NEUROLEAF_BACKUP_PASSPHRASE"] = CANARY
    os.environ["SOME_TOKEN"] = CANARY
    try:
        assert CANARY not in child_environment().values()
        worker = WhisperWorker()
        worker._ensure()  # a real child, started as for a transcription
        try:
            pid = worker.pid
            assert pid is not None
            raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        finally:
            worker.close()
    finally:
        for name in ("NEUROLEAF_PASSPHRASE", "NEUROLEAF_BACKUP_PASSPHRASE", "SOME_TOKEN"):
            os.environ.pop(name, None)
    env = dict(item.decode().split("=", 1) for item in raw if b"=" in item)
    assert CANARY not in " ".join(env.values())
    assert env["ORT_DISABLE_TELEMETRY"] == "1" and env["HF_HUB_OFFLINE"] == "1"


def _heap_contains(first: bytes, second: bytes) -> bool:
    """Is ``first + second`` anywhere in this process's writable memory? The needle is kept in
    two halves so that the search itself never puts the whole key in memory."""
    maps = Path("/proc/self/maps").read_text().splitlines()
    with open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in maps:
            fields = line.split()
            if "rw" not in fields[1] or (len(fields) > 5 and fields[5].startswith("[v")):
                continue
            lo, hi = (int(x, 16) for x in fields[0].split("-"))
            try:
                mem.seek(lo)
                chunk = mem.read(hi - lo)
            except (OSError, OverflowError, ValueError):
                continue
            for match in re.finditer(re.escape(first), chunk):
                if chunk[match.end() : match.end() + len(second)] == second:
                    return True
    return False


def _hex(raw: bytes) -> bytes:
    out = bytearray()
    for byte in raw:
        out += b"0123456789abcdef"[byte >> 4 : (byte >> 4) + 1]
        out += b"0123456789abcdef"[byte & 15 : (byte & 15) + 1]
    return bytes(out)


def test_no_hex_copy_of_the_data_key_after_close(store: ProfileStore) -> None:
    session, _recovery = store.create("Test", PASSPHRASE)
    keyfile = session.vault.keyfile
    session.close()
    reopened = store.open("Test", PASSPHRASE)
    reopened.journal.count()
    reopened.close()
    key = crypto.unwrap_key(
        crypto.derive_kek(PASSPHRASE, keyfile.kdf),
        keyfile.passphrase_slot,
        _aad(keyfile.vault_id, "passphrase"),
    )
    # Never key.hex(): that would itself leave the whole needle in memory.
    first, second = _hex(key[:16]), _hex(key[16:])
    assert not _heap_contains(first, second)
