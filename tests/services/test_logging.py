"""Logs are JSON lines with events and ids, written to the log folder, never content."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli_helpers import run_cli, run_json


def test_cli_writes_json_lines_with_ids_only(home: Path) -> None:
    run_json(home, "init", "--name", "Logs")
    entry = run_json(home, "journal", "add", "--body", "private words about my sister")
    run_cli(home, "journal", "list", passphrase="wrong passphrase", check=False)
    log_file = home / "logs" / "neuroleaf.jsonl"
    lines = [json.loads(line) for line in log_file.read_text().splitlines()]
    events = [r["event"] for r in lines]
    assert "vault.created" in events and "entry.created" in events
    assert "vault.unlock_failed" in events and "cli.error" in events
    created = next(r for r in lines if r["event"] == "entry.created")
    assert created["entry_id"] == entry["id"]
    assert all({"timestamp", "level", "event"} <= set(r) for r in lines)
    text = log_file.read_text()
    assert "sister" not in text and "private" not in text
