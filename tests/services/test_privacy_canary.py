"""Privacy canary: unique strings written through the CLI never reach disk in the clear."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli_helpers import run_cli, run_json
from tests.support.privacy import all_files, make_canary, scan


def test_canary_never_on_disk_in_plaintext(home: Path) -> None:
    canary = make_canary()
    tmp = home.parent / "tmp"
    run_json(home, "init", "--name", "Private")
    entry = run_json(
        home,
        "journal",
        "add",
        "--title",
        f"Title {canary}",
        "--body",
        f"My secret is {canary}. " * 50,
        "--tag",
        canary.lower(),
    )
    run_cli(
        home,
        "mood",
        "log",
        "4",
        "--note",
        f"note {canary}",
        "--emotion",
        f"x{canary}"[:30],
        "--activity",
        f"a{canary}"[:30],
    )
    run_cli(home, "journal", "edit", entry["id"], "--body", f"edited {canary}")
    run_cli(home, "search", canary)  # queries must not leak either
    run_cli(home, "search", canary.lower(), "--tag", canary.lower())
    run_cli(home, "settings", "set", "theme", "dark")
    run_cli(home, "journal", "delete", entry["id"])
    run_cli(home, "journal", "restore", entry["id"])
    # A failing command (bad date) must not log the text it was given.
    run_cli(home, "journal", "add", "--body", canary, "--date", f"{canary}", check=False)
    run_cli(home, "doctor")

    # Sanity: the canary really is in the vault (so the scan could find it if it leaked).
    shown = run_json(home, "journal", "show", entry["id"])
    assert canary in shown["body"] and canary in shown["title"]

    folders = [home, tmp]
    written = all_files(folders)
    assert any(p.name == "vault.db" for p in written)
    assert any(p.suffix == ".jsonl" for p in written), "the log file should exist"
    assert scan(folders, canary) == []
    for db in (p for p in written if p.name == "vault.db"):
        assert db.read_bytes()[:16] != b"SQLite format 3\x00"


def test_scanner_finds_a_planted_canary(tmp_path: Path) -> None:
    """The scan itself must be able to fail: plant a canary and expect a hit."""
    canary = make_canary()
    (tmp_path / "leak.bin").write_bytes(b"\x00" * 10 + canary.encode("utf-16-le"))
    assert scan([tmp_path], canary) == [str(tmp_path / "leak.bin")]
