"""`neuroleaf journal star|unstar ID` and `journal list --starred`, through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_helpers import run_cli, run_json


@pytest.fixture
def journal(home: Path) -> tuple[Path, str, str]:
    run_json(home, "init", "--name", "Bo")
    kite = run_json(home, "journal", "add", "-t", "Kite", "-b", "flew it on the dunes")
    chores = run_json(home, "journal", "add", "-t", "Chores", "-b", "hoovered, ironed")
    return home, kite["id"], chores["id"]


def test_star_list_starred_and_unstar(journal: tuple[Path, str, str]) -> None:
    home, kite, chores = journal
    assert run_json(home, "journal", "list", "--starred") == []
    empty = run_cli(home, "journal", "list", "--starred").stdout
    assert "No starred entries" in empty and "journal star" in empty

    starred = run_json(home, "journal", "star", kite[:6])  # six characters are enough
    assert starred["id"] == kite and starred["starred"] is True
    assert "starred" in run_cli(home, "journal", "star", kite[:8]).stdout  # again: still starred

    listed = run_json(home, "journal", "list", "--starred")
    assert [e["id"] for e in listed] == [kite]
    every = {e["id"]: e["starred"] for e in run_json(home, "journal", "list")}
    assert every == {kite: True, chores: False}
    assert run_json(home, "journal", "show", kite[:8])["starred"] is True
    assert "★ starred" in run_cli(home, "journal", "show", kite[:8]).stdout

    table = run_cli(home, "journal", "list").stdout.splitlines()
    assert "★" in next(line for line in table if "Kite" in line)
    assert "★" not in next(line for line in table if "Chores" in line)
    markdown = run_cli(home, "journal", "list", "--format", "markdown").stdout.splitlines()
    assert markdown[0].startswith("| ID | WHEN | TITLE | TAGS |")
    assert next(line for line in markdown if "Kite" in line).endswith("| ★ |")

    unstarred = run_json(home, "journal", "unstar", kite[:6])
    assert unstarred["starred"] is False
    assert "unstarred" in run_cli(home, "journal", "unstar", kite[:6]).stdout
    assert run_json(home, "journal", "list", "--starred") == []


def test_star_refuses_what_it_cannot_find(journal: tuple[Path, str, str]) -> None:
    home, kite, _chores = journal
    run_cli(home, "journal", "delete", kite[:8])
    trashed = run_cli(home, "journal", "star", kite[:8], check=False)
    assert trashed.returncode == 4 and "trash" in (trashed.stderr + trashed.stdout)
    assert run_cli(home, "journal", "star", "0000000000", check=False).returncode == 4
    short = run_cli(home, "journal", "star", "abc", check=False)  # as `journal show` answers
    assert short.returncode == 4 and "at least 6 characters" in short.stderr


def test_every_command_printing_an_entry_as_json_says_whether_it_is_starred(home: Path) -> None:
    run_json(home, "init", "--name", "Bo")
    quick = run_json(home, "write", "Flew", "the", "kite")  # the one-line entry shares the shape
    assert quick["starred"] is False
    run_json(home, "journal", "star", quick["id"][:8])
    assert run_json(home, "journal", "show", quick["id"][:8])["starred"] is True
