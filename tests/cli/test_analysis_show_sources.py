"""`neuroleaf analysis show` says where each stress keyword was read, from the entry's words.

A real subprocess against a real vault, analysed by `neuroleaf analysis run` (the gate included
where its model is present), so what is checked is the relation between the quotes and the
entry as written, not a fixed list of keywords.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_helpers import run_cli, run_json

TITLE = "Work again"
BODY = "My manager shouted at me in front of everyone. The rent went up again this month."


@pytest.fixture
def profile(home: Path) -> Path:
    run_json(home, "init", "--name", "Ana")
    return home


def test_show_quotes_the_words_each_stress_keyword_came_from(profile: Path) -> None:
    home = profile
    added = run_json(home, "journal", "add", "--title", TITLE, "--body", BODY)
    run_cli(home, "analysis", "run")
    shown = run_json(home, "analysis", "show", added["id"])
    assert shown["current"] is True
    keywords = [k for k, _w in shown["stress_keywords"]]
    sources = shown["stress_sources"]
    assert sources, "the rules read a boss and the rent here"
    assert [s["keyword"] for s in sources] == [
        k for k in keywords if k in {s["keyword"] for s in sources}
    ]
    for source in sources:
        for quote in source["quotes"]:
            text = {"title": TITLE, "body": BODY}[quote["part"]]
            assert text[quote["start"] : quote["end"]] == quote["words"]
            assert quote["words"] in quote["text"]
            assert quote["text"].strip("…") in text  # one stretch of what was written
    out = run_cli(home, "analysis", "show", added["id"]).stdout
    for source in sources:
        assert f"  {source['keyword']} — from “{source['quotes'][0]['text']}”" in out


def test_an_entry_changed_since_is_not_quoted(profile: Path) -> None:
    home = profile
    added = run_json(home, "journal", "add", "--body", BODY)
    run_cli(home, "analysis", "run")
    assert run_json(home, "analysis", "show", added["id"])["stress_sources"]
    run_cli(home, "journal", "edit", added["id"], "--body", "A quiet walk by the river.")
    shown = run_json(home, "analysis", "show", added["id"])
    assert shown["current"] is False and shown["stress_sources"] is None
    out = run_cli(home, "analysis", "show", added["id"]).stdout
    assert "— from" not in out and "shouted" not in out
