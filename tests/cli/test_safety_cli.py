"""`neuroleaf safety check` (cli/safety_cmd.py): no vault, no passphrase, exit 0 always."""

from __future__ import annotations

import json

import click
from click.testing import CliRunner

from neuroleaf_desktop.cli.safety_cmd import safety_group


def run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(safety_group, list(args), input=stdin)
    return result.exit_code, result.output


def test_flagged_text_exits_zero_and_explains() -> None:
    code, out = run("check", "I want to kill myself")
    assert code == 0
    assert "Flagged (urgent)" in out
    assert 'suicidal_ideation: "want to kill myself"' in out
    assert "crisis line" in out


def test_calm_text_is_not_flagged() -> None:
    code, out = run("check", "Had a lovely walk with Sam today.")
    assert code == 0
    assert out.startswith("Not flagged")


def test_json_output() -> None:
    code, out = run("check", "--json", "I wish I was dead")
    assert code == 0
    data = json.loads(out)
    assert data == {
        "flagged": True,
        "severity": "concern",
        "level": "concern",
        "escalation": None,
        "category": "death_wish",
        "categories": ["death_wish"],
        "reasons": ['death_wish: "wish I was dead"'],
        "about_others": False,
        "semantic": False,
        "translated": False,
    }


def test_json_output_not_flagged() -> None:
    code, out = run("check", "--json", "This traffic is killing me")
    assert code == 0
    assert json.loads(out) == {
        "flagged": False,
        "severity": "none",
        "level": "none",
        "escalation": None,
        "category": None,
        "categories": [],
        "reasons": [],
        "about_others": False,
        "semantic": False,
        "translated": False,
    }


def test_dash_reads_stdin() -> None:
    code, out = run("check", "--json", "-", stdin="Some days\nI don't want to live anymore.\n")
    assert code == 0
    data = json.loads(out)
    assert data["flagged"] is True
    assert data["severity"] == "concern"


def test_someone_else_gets_the_supporting_message() -> None:
    code, out = run("check", "My friend said she wanted to die.")
    assert code == 0
    assert out.startswith("Not flagged")
    assert "someone you know" in out


def test_missing_text_is_a_usage_error() -> None:
    code, _ = run("check")
    assert code == 2


def test_needs_no_vault_or_passphrase() -> None:
    # Runs with an empty environment: no profile, no NEUROLEAF_PASSPHRASE, no stdin TTY.
    result = CliRunner(env={"NEUROLEAF_PASSPHRASE": None, "NEUROLEAF_PROFILE": None}).invoke(
        safety_group, ["check", "--json", "I have a plan to end it"]
    )
    assert result.exit_code == 0
    assert json.loads(result.output)["severity"] == "urgent"


def test_global_json_flag_of_the_parent_command_is_honoured() -> None:
    @click.group()
    @click.option("--json", "as_json", is_flag=True)
    def root(as_json: bool) -> None:
        pass

    root.add_command(safety_group)
    result = CliRunner().invoke(root, ["--json", "safety", "check", "I want to die"])
    assert result.exit_code == 0
    assert json.loads(result.output)["flagged"] is True


def test_group_is_named_safety() -> None:
    assert safety_group.name == "safety"
    assert "check" in safety_group.commands


def test_json_reports_a_warning_sign_category_and_urgency() -> None:
    code, out = run("check", "--json", "--rules-only", "I've been stockpiling my sleeping pills.")
    assert code == 0
    data = json.loads(out)
    assert data["severity"] == data["level"] == "urgent"
    assert data["category"] == "getting_means"


def test_combined_signs_are_urgent_and_list_both_categories() -> None:
    text = "I gave my guitar to Tom, I won't need it anymore. Nothing is ever going to change."
    data = json.loads(run("check", "--json", "--rules-only", text)[1])
    assert data["severity"] == "urgent"
    assert set(data["categories"]) == {"giving_away", "no_future"}


def test_other_languages_are_checked() -> None:
    for text in ("quiero morirme", "Ich möchte sterben.", "je veux mourir"):
        data = json.loads(run("check", "--json", "--rules-only", text)[1])
        assert data["flagged"] is True, text
        assert data["severity"] == "urgent", text


def test_semantic_layer_flags_a_paraphrase_the_rules_miss() -> None:
    """With the MiniLM package installed the CLI uses the classifier (same service as the app)."""
    text = "What if I just stopped, for good, and let everyone get on with their lives."
    rules = json.loads(run("check", "--json", "--rules-only", text)[1])
    full = json.loads(run("check", "--json", text)[1])
    assert rules["flagged"] is False
    assert full["flagged"] is True
    assert full["semantic"] is True
    assert full["severity"] == "concern"
