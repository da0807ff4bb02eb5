"""`neuroleaf search QUERY --starred`, and the starred mark in its JSON and its table, through
the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli_helpers import run_cli, run_json


def test_search_starred_only_and_each_hit_says_whether_it_is_starred(home: Path) -> None:
    run_json(home, "init", "--name", "Bo")
    kept = run_json(home, "journal", "add", "-t", "Allotment", "-b", "dug the leek trench")
    other = run_json(home, "journal", "add", "-t", "Neighbour", "-b", "lent her my leek seeds")
    run_cli(home, "journal", "star", kept["id"][:8])

    every = {h["entry_id"]: h["starred"] for h in run_json(home, "search", "leek")}
    assert every == {kept["id"]: True, other["id"]: False}
    only = run_json(home, "search", "leek", "--starred")
    assert [h["entry_id"] for h in only] == [kept["id"]] and only[0]["starred"] is True

    shown = run_cli(home, "search", "leek").stdout.splitlines()
    assert next(line for line in shown if "Allotment" in line).endswith("★")
    assert "★" not in next(line for line in shown if "Neighbour" in line)
    assert "Neighbour" not in run_cli(home, "search", "leek", "--starred").stdout

    run_cli(home, "journal", "unstar", kept["id"][:8])
    assert run_json(home, "search", "leek", "--starred") == []
    assert "Nothing found" in run_cli(home, "search", "leek", "--starred").stdout
