"""The command line's comfort: lazy start-up, quick entries, completion, formats and colour."""

from __future__ import annotations

import json
import os
import pty
import subprocess
from pathlib import Path

import click
import pytest

from neuroleaf_desktop.cli.lazy_group import COMMANDS, load
from neuroleaf_desktop.domain.quick_entry import parse_quick_entry
from tests.conftest import PYTHON, cli_env
from tests.support.cli_helpers import run_cli, run_json

HEAVY = (
    "neuroleaf_desktop.services.session",
    "neuroleaf_desktop.storage.vault",
    "sqlcipher3",
    "numpy",
    "PySide6",
)


@pytest.fixture
def profile(home: Path) -> Path:
    run_json(home, "init", "--name", "Ana")
    return home


def _imported_modules(home: Path, *args: str) -> set[str]:
    env = cli_env(home)
    proc = subprocess.run(
        [PYTHON, "-X", "importtime", "-m", "neuroleaf_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line}


@pytest.mark.parametrize("args", [("--version",), ("--help",)])
def test_version_and_help_import_no_command_module(home: Path, args: tuple[str, ...]) -> None:
    modules = _imported_modules(home, *args)
    assert "click" in modules  # the measurement itself works
    assert not [m for m in modules if m.startswith(HEAVY)]
    assert not [m for m in modules if m.endswith("_cmd")]


def test_help_lists_every_command_from_the_table(home: Path) -> None:
    out = run_cli(home, "--help", passphrase=None).stdout
    for name in COMMANDS:
        assert f"  {name} " in out or f"  {name}\n" in out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_table_entry_is_the_command_it_names(name: str) -> None:
    command = load(name)
    assert isinstance(command, click.Command)
    assert command.name == name


def test_quick_entry_parsing() -> None:
    quick = parse_quick_entry("Walked by the lake. Felt lighter afterwards @Nature @calm @nature")
    assert quick.title == "Walked by the lake."
    assert quick.body == "Felt lighter afterwards @Nature @calm @nature"
    assert quick.tags == ("nature", "calm")
    single = parse_quick_entry("  tired today  ")
    assert (single.title, single.body, single.tags) == ("tired today", "tired today", ())
    mail = parse_quick_entry("Wrote to ana@example.org about @work")
    assert mail.tags == ("work",)
    long = parse_quick_entry("word " * 40)
    assert long.title == "" and long.body == ("word " * 40).strip()


def test_quick_entry_from_a_quoted_line_and_write(profile: Path) -> None:
    run_cli(profile, "Slept well. Long walk with @Maya after work")
    run_cli(profile, "write", "Quiet", "evening", "@home")
    entries = run_json(profile, "journal", "list")
    by_title = {e["title"]: e for e in entries}
    assert by_title["Slept well."]["tags"] == ["maya"]
    assert by_title["Slept well."]["body"] == "Long walk with @Maya after work"
    assert by_title["Quiet evening @home"]["tags"] == ["home"]


def test_a_mistyped_command_is_an_error_not_an_entry(profile: Path) -> None:
    proc = run_cli(profile, "serach", "lake", check=False)
    assert proc.returncode == 2
    assert "No such command 'serach'" in proc.stderr and "neuroleaf write" in proc.stderr
    assert run_json(profile, "journal", "list") == []


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(home: Path, shell: str) -> None:
    out = run_cli(home, "completion", shell, passphrase=None).stdout
    assert "_NEUROLEAF_COMPLETE" in out


def test_completion_completes_command_names(home: Path) -> None:
    env = cli_env(
        home, _NEUROLEAF_COMPLETE="bash_complete", COMP_WORDS="neuroleaf jou", COMP_CWORD="1"
    )
    proc = subprocess.run(
        [PYTHON, "-m", "neuroleaf_desktop"], capture_output=True, text=True, env=env, timeout=60
    )
    assert "plain,journal" in proc.stdout.splitlines()


def test_list_formats(profile: Path) -> None:
    run_cli(profile, "journal", "add", "-t", "Lake | swim", "-b", "Cold water", "--tag", "nature")
    as_json = json.loads(run_cli(profile, "journal", "list", "--format", "json").stdout)
    assert as_json[0]["title"] == "Lake | swim"
    markdown = run_cli(profile, "journal", "list", "--format", "markdown").stdout.splitlines()
    assert markdown[0].startswith("| ID | WHEN | TITLE | TAGS |")
    assert markdown[1].startswith("|---|")
    assert "Lake \\| swim" in markdown[2]
    found = run_cli(profile, "search", "water", "--format", "markdown").stdout
    assert "**water**" in found.lower()
    moods = run_cli(profile, "mood", "list", "--format", "markdown").stdout
    assert "No check-ins" in moods


def _run_in_terminal(home: Path, *args: str, no_color: bool) -> str:
    """Run the CLI with stdout on a pseudo-terminal, as a person at a terminal would."""
    env = cli_env(home, NEUROLEAF_PASSPHRASE="correct horse battery staple")
    env.pop("NO_COLOR", None)
    if no_color:
        env["NO_COLOR"] = "1"
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [PYTHON, "-m", "neuroleaf_desktop", *args],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode()


def test_colour_only_at_a_terminal_and_never_with_no_color(profile: Path) -> None:
    run_cli(profile, "journal", "add", "-t", "Lake", "-b", "Cold water")
    assert "\x1b[" in _run_in_terminal(profile, "journal", "list", no_color=False)
    assert "\x1b[" not in _run_in_terminal(profile, "journal", "list", no_color=True)
    assert "\x1b[" not in run_cli(profile, "journal", "list").stdout  # a pipe: plain
