"""`neuroleaf journal tags [rename|merge|remove]`, through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_helpers import run_cli, run_json


@pytest.fixture
def journal(home: Path) -> tuple[Path, dict[str, str]]:
    run_json(home, "init", "--name", "Lu")
    ids = {}
    for title, tags in (
        ("Standup", ("job", "team")),
        ("Review", ("team", "work", "job")),
        ("Therapy", ("thrapy",)),
        ("Binned", ("thrapy", "misc")),
    ):
        args = [a for t in tags for a in ("--tag", t)]
        ids[title] = run_json(home, "journal", "add", "-t", title, "-b", "words", *args)["id"]
    run_cli(home, "journal", "delete", ids["Binned"])
    return home, ids


def _tags(home: Path, entry_id: str) -> list[str]:
    return list(run_json(home, "journal", "show", entry_id[:8])["tags"])


def test_the_list_counts_live_and_trashed_entries(journal: tuple[Path, dict[str, str]]) -> None:
    home, _ids = journal
    assert run_json(home, "journal", "tags") == [
        {"tag": "job", "entries": 2},
        {"tag": "misc", "entries": 0, "in_trash": 1},
        {"tag": "team", "entries": 2},
        {"tag": "thrapy", "entries": 1, "in_trash": 1},
        {"tag": "work", "entries": 1},
    ]
    table = run_cli(home, "journal", "tags").stdout
    assert "IN TRASH" in table and "thrapy" in table


def test_rename_asks_then_changes_every_entry(journal: tuple[Path, dict[str, str]]) -> None:
    home, ids = journal
    declined = run_cli(home, "journal", "tags", "rename", "thrapy", "therapy", stdin="n\n")
    assert "Rename 'thrapy' to 'therapy' in 2 entries (1 in the trash)?" in declined.stdout
    assert "Nothing changed." in declined.stdout
    assert _tags(home, ids["Therapy"]) == ["thrapy"]

    agreed = run_cli(home, "journal", "tags", "rename", "thrapy", "Therapy", stdin="y\n")
    assert "Renamed 'thrapy' to 'therapy' in 2 entries." in agreed.stdout
    assert _tags(home, ids["Therapy"]) == ["therapy"]
    assert _tags(home, ids["Binned"]) == ["therapy", "misc"]  # in the trash too
    assert [h["entry_id"] for h in run_json(home, "search", "therapy")] == [ids["Therapy"]]


def test_rename_onto_a_tag_in_use_says_it_merges(journal: tuple[Path, dict[str, str]]) -> None:
    home, ids = journal
    asked = run_cli(home, "journal", "tags", "rename", "job", "work", stdin="y\n").stdout
    assert "The tag 'work' already exists. Merge 'job' (2 entries) into it?" in asked
    assert _tags(home, ids["Standup"]) == ["work", "team"]
    assert _tags(home, ids["Review"]) == ["team", "work"]  # once, at its first place


def test_merge_and_remove_with_yes_and_json(journal: tuple[Path, dict[str, str]]) -> None:
    home, ids = journal
    merged = run_json(home, "journal", "tags", "merge", "job", "team", "--into", "office", "--yes")
    assert merged == {"changed": 2}
    assert _tags(home, ids["Standup"]) == ["office"]
    assert _tags(home, ids["Review"]) == ["office", "work"]
    removed = run_cli(home, "journal", "tags", "remove", "office", "--yes")
    assert "Removed 'office' in 2 entries." in removed.stdout
    assert _tags(home, ids["Standup"]) == []
    assert run_json(home, "journal", "list")  # the entries stay
    asked = run_cli(home, "journal", "tags", "remove", "misc", stdin="n\n").stdout
    assert "Remove the tag 'misc' from 1 entry (1 in the trash)? The entries stay." in asked


def test_unknown_tag_and_bad_name_are_plain_errors(journal: tuple[Path, dict[str, str]]) -> None:
    home, _ids = journal
    unknown = run_cli(home, "journal", "tags", "remove", "swimming", "--yes", check=False)
    assert unknown.returncode == 4
    assert "No entry has the tag 'swimming'" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    bad = run_cli(home, "journal", "tags", "rename", "work", "x" * 49, "--yes", check=False)
    assert bad.returncode == 2 and "at most 48 characters" in bad.stderr
    missing = run_cli(
        home, "journal", "tags", "merge", "work", "nope", "--into", "work", check=False
    )
    assert missing.returncode == 4 and "'nope'" in missing.stderr
