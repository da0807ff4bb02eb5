"""Privacy canary over the tag manager: a unique tag renamed, merged, removed and refused
through the real CLI never reaches a log or a temporary file in the clear."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli_helpers import run_cli, run_json
from tests.support.privacy import all_files, make_canary, scan


def test_tag_names_stay_out_of_logs_and_temp_files(home: Path) -> None:
    old, new, other = (make_canary().lower() for _ in range(3))
    tmp = home.parent / "tmp"
    run_json(home, "init", "--name", "Private")
    first = run_json(home, "journal", "add", "-t", "One", "-b", "a day", "--tag", old)
    run_json(home, "journal", "add", "-t", "Two", "-b", "a night", "--tag", old, "--tag", other)
    run_cli(home, "journal", "delete", first["id"])
    run_cli(home, "journal", "tags", "rename", old, new, "--yes")
    run_cli(home, "journal", "tags", "merge", other, new, "--into", new, "--yes")
    run_cli(home, "journal", "tags", "rename", new, new + "x" * 48, "--yes", check=False)
    run_cli(home, "journal", "tags", "remove", old, "--yes", check=False)  # gone: not found
    run_cli(home, "journal", "tags", "rename", new, other, stdin="n\n")  # declined
    listed = run_json(home, "journal", "tags")

    # Sanity: the names really are in the vault, so the scan could find them if they leaked.
    assert listed == [{"tag": new, "entries": 1, "in_trash": 1}]
    folders = [home, tmp]
    assert any(p.suffix == ".jsonl" for p in all_files(folders)), "the log file should exist"
    for canary in (old, new, other):
        assert scan(folders, canary.upper()) == []
