"""`neuroleaf journal onthisday [--date D] [--json]`, through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli_helpers import run_cli, run_json


def test_onthisday_lists_years_counts_ids_and_titles(home: Path) -> None:
    run_json(home, "init", "--name", "Bo")

    def add(title: str, when: str) -> str:
        return str(run_json(home, "journal", "add", "-t", title, "-b", "…", "--date", when)["id"])

    lantern = add("Lantern walk", "2024-11-11T18:00:00+01:00")
    goose = add("Goose dinner", "2024-11-11T21:15:00+01:00")
    choir = add("Choir", "2021-11-11T19:00:00+01:00")
    add("The day after", "2024-11-12T09:00:00+01:00")
    binned = add("Binned", "2022-11-11T10:00:00+01:00")
    run_cli(home, "journal", "delete", binned[:8])
    run_cli(home, "journal", "star", goose[:8])

    found = run_json(home, "journal", "onthisday", "--date", "2026-11-11")
    assert found["date"] == "2026-11-11"
    assert [(y["year"], y["count"], y["starred"]) for y in found["years"]] == [
        (2024, 2, True),
        (2021, 1, False),
    ]
    assert [e["id"] for e in found["years"][0]["entries"]] == [goose, lantern]
    newest = found["years"][0]["entries"][0]
    assert newest == {"id": goose, "title": "Goose dinner", "starred": True}
    assert found["years"][1]["entries"][0]["id"] == choir

    text = run_cli(home, "journal", "onthisday", "--date", "2026-11-11").stdout.splitlines()
    assert text[0] == "On this day, 11 November:"
    assert text[1] == "2024 · 2 entries"
    assert text[2].split() == [goose[:8], "Goose", "dinner", "★"]
    assert text[3].split() == [lantern[:8], "Lantern", "walk"]
    assert text[4] == "2021 · 1 entry"
    assert "Binned" not in "\n".join(text)


def test_onthisday_says_plainly_when_there_is_nothing_and_refuses_a_bad_date(home: Path) -> None:
    run_json(home, "init", "--name", "Bo")
    run_json(home, "journal", "add", "-t", "Today", "-b", "only today")
    assert run_json(home, "journal", "onthisday")["years"] == []
    quiet = run_cli(home, "journal", "onthisday", "--date", "2026-03-02").stdout
    assert quiet.strip() == "Nothing written on 2 March in earlier years."
    bad = run_cli(home, "journal", "onthisday", "--date", "02/03/2026", check=False)
    assert bad.returncode == 2
