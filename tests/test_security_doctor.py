"""`doctor` meets a flipped bit: a FAIL line naming the damage, never a crash or raw logs."""

from __future__ import annotations

import json
from pathlib import Path

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.storage.vault import Vault
from tests.cli_helpers import run_cli
from tests.conftest import PASSPHRASE

PAGE = 4096


def _damaged_vault(store: ProfileStore) -> Path:
    session, _key = store.create("Test", PASSPHRASE)
    for i in range(60):
        session.journal.add(NewEntry(f"entry {i}", "some words about the day " * 40))
    session.close()
    db = session.vault.db_path
    assert db.stat().st_size > 6 * PAGE
    data = bytearray(db.read_bytes())
    data[4 * PAGE + 1000] ^= 0x04  # one bit in the middle of a data page
    db.write_bytes(bytes(data))
    return db


def test_doctor_reports_a_flipped_bit_as_fail_lines(store: ProfileStore, home: Path) -> None:
    _damaged_vault(store)
    proc = run_cli(home, "doctor", "--deep", "--json", check=False)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""  # no "ERROR CORE ... hmac check failed" from SQLCipher
    checks = {c["name"]: c for c in json.loads(proc.stdout)["checks"]}
    assert checks["test: pages"]["status"] == "fail"
    assert "page 5" in checks["test: pages"]["detail"].lower()
    assert checks["python"]["status"] == "ok"  # the other checks still ran


def test_everyday_commands_on_a_damaged_vault_say_so_calmly(
    store: ProfileStore, home: Path
) -> None:
    _damaged_vault(store)
    proc = run_cli(home, "journal", "list", check=False)
    assert proc.returncode != 0
    assert "hmac" not in proc.stderr.lower() and "ERROR CORE" not in proc.stderr
    assert proc.stderr.startswith("Error: ")


def test_health_runs_every_check_even_when_one_crashes(store: ProfileStore) -> None:
    db = _damaged_vault(store)
    results = Vault(db.parent).health(PASSPHRASE)
    assert [r.name for r in results] == ["pages", "schema", "integrity"]
    assert not results[0].ok
