"""Privacy canary over templates: a template with a unique name and body, created, used,
shown, exported as a backup and removed through the real CLI, never reaches the vault
folder, a log, a temporary file or a cache in the clear (the JSON export is a plain file the
person asked for, written outside those folders, so it is not scanned)."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli_helpers import run_cli, run_json
from tests.support.privacy import all_files, make_canary, scan


def test_template_text_stays_out_of_logs_temp_files_and_caches(home: Path) -> None:
    name, body, title = make_canary(), make_canary(), make_canary()
    tmp = home.parent / "tmp"
    outside = home.parent / "exports"
    outside.mkdir()
    run_json(home, "init", "--name", "Private")
    run_json(home, "templates", "add", name, "--title", title, "--body", f"{body} {{date}}?")
    run_cli(home, "templates", "show", name)
    made = run_json(home, "journal", "add", "--template", name, "-b", "an answer")
    run_cli(home, "analysis", "run")
    run_cli(home, "analysis", "show", made["id"][:8])
    run_cli(home, "templates", "add", name, "--body", "taken", check=False)  # refused
    run_cli(home, "journal", "add", "--template", name + "x", "-b", "y", check=False)
    run_cli(home, "export", "--format", "json", "--out", str(outside / "all.json"))
    listed = run_json(home, "templates")
    run_cli(home, "templates", "remove", name, "--yes")

    # Sanity: the canaries really were stored, so the scan could find them if they leaked.
    assert name in [x["name"] for x in listed]
    assert body in (outside / "all.json").read_text(encoding="utf-8")
    folders = [home, tmp]
    assert any(p.suffix == ".jsonl" for p in all_files(folders)), "the log file should exist"
    for canary in (name, body, title):
        assert scan(folders, canary) == []
