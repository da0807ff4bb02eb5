"""`neuroleaf templates …` and `journal add --template`, through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_helpers import run_cli, run_json


@pytest.fixture
def journal(home: Path) -> Path:
    run_json(home, "init", "--name", "Ro")
    return home


def test_list_show_add_and_json(journal: Path, tmp_path: Path) -> None:
    home = journal
    starters = run_json(home, "templates")
    assert [t["name"] for t in starters][:2] == ["Evening review", "Gratitude list"]
    assert all(t["starter"] for t in starters)
    body = tmp_path / "body.txt"
    body.write_text("Where did I walk?\nWho did I pass?\n", encoding="utf-8")
    added = run_json(
        home,
        "templates",
        "add",
        "Walk",
        "--title",
        "Walk {date}",
        "--body-file",
        str(body),
        "--tag",
        "Outdoors",
    )
    assert added["tags"] == ["outdoors"] and added["position"] == len(starters)
    shown = run_cli(home, "templates", "show", "WALK").stdout
    assert "Walk {date}" in shown and "Who did I pass?" in shown and "outdoors" in shown
    assert run_json(home, "templates", "show", "walk")["body"] == body.read_text()
    table = run_cli(home, "templates").stdout
    assert "STARTS WITH" in table and "Where did I walk?" in table
    taken = run_cli(home, "templates", "add", "walk", "--body", "x", check=False)
    assert taken.returncode == 2 and "already a template called 'Walk'" in taken.stderr


def test_remove_asks_unless_yes(journal: Path) -> None:
    home = journal
    run_cli(home, "templates", "add", "Spare", "--body", "A line")
    kept = run_cli(home, "templates", "remove", "spare", stdin="n\n")
    assert "Remove the template 'Spare'?" in kept.stdout and "Nothing changed." in kept.stdout
    assert "Spare" in [t["name"] for t in run_json(home, "templates")]
    assert run_json(home, "templates", "remove", "spare", "--yes") == {"removed": "Spare"}
    assert "Spare" not in [t["name"] for t in run_json(home, "templates")]
    assert run_json(home, "templates", "restore-starters") == {"restored": 0}


def test_unknown_names_are_plain_not_found(journal: Path) -> None:
    home = journal
    for args in (
        ("templates", "show", "Nope"),
        ("templates", "remove", "Nope", "--yes"),
        ("journal", "add", "--template", "Nope", "-b", "words"),
    ):
        result = run_cli(home, *args, check=False)
        assert result.returncode == 4, args
        assert "No template called 'Nope'" in result.stderr
        assert "Traceback" not in result.stderr


def test_journal_add_from_a_template(journal: Path) -> None:
    home = journal
    run_cli(
        home,
        "templates",
        "add",
        "Work check",
        "--title",
        "Work {weekday}",
        "--body",
        "Anything that made me anxious or stressed at work?\n",
        "--tag",
        "job",
    )
    made = run_json(
        home,
        "journal",
        "add",
        "--template",
        "work check",
        "-b",
        "Lunch in the park.",
        "--tag",
        "lunch",
        "--date",
        "2026-12-07T12:00:00+00:00",
    )
    assert made["title"] == "Work Monday"
    assert made["body"] == "Anything that made me anxious or stressed at work?\nLunch in the park."
    assert made["tags"] == ["job", "lunch"]
    analysed = run_cli(home, "analysis", "run").stdout
    assert analysed is not None
    shown = run_json(home, "analysis", "show", made["id"][:8])
    assert not shown.get("stress_keywords")  # the question is not the person's worry
    piped = run_json(home, "journal", "add", "--template", "Work check", stdin="Slept well.\n")
    assert piped["body"].endswith("\nSlept well.\n")
    empty = run_cli(home, "journal", "add", "--template", "Work check", "-b", "", check=False)
    assert empty.returncode == 2 and "Nothing was written under the template" in empty.stderr
