"""The top-level command group, importing a subcommand's module only when it runs.

Why: every subcommand pulls in services, the vault and sometimes numpy or Qt. A person who
types `neuroleaf --version`, `--help` or `journal list` should pay only for what that command
uses, so the group knows each command by module path and one-line help, and imports the module
on first use. A test loads every entry of the table, so a renamed command cannot hide here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import click


@dataclass(frozen=True)
class LazyCommand:
    """Where a command lives and what `--help` says about it before it is imported."""

    module: str
    attribute: str
    short_help: str


_PKG = "neuroleaf_desktop.cli."

COMMANDS: dict[str, LazyCommand] = {
    "init": LazyCommand(
        _PKG + "profile_cmd", "init_cmd", "Create a new encrypted journal profile."
    ),
    "write": LazyCommand(
        _PKG + "quick_cmd", "write_cmd", "Write a quick entry in one line, like jrnl."
    ),
    "journal": LazyCommand(
        _PKG + "journal_cmd", "journal_group", "Write, read, edit and delete journal entries."
    ),
    "templates": LazyCommand(
        _PKG + "templates_cmd", "templates_group", "Entry templates: list, show, add, remove."
    ),
    "mood": LazyCommand(_PKG + "mood_cmd", "mood_group", "Log and review mood check-ins."),
    "activities": LazyCommand(
        _PKG + "mood_cmd", "activities_group", "The activities you can tick in a check-in."
    ),
    "search": LazyCommand(_PKG + "journal_cmd", "search_cmd", "Search your entries."),
    "unlock": LazyCommand(
        _PKG + "agent_cmd", "unlock_cmd", "Keep a profile unlocked for a while (memory only)."
    ),
    "lock": LazyCommand(_PKG + "agent_cmd", "lock_cmd", "Forget a key kept by `neuroleaf unlock`."),
    "passwd": LazyCommand(_PKG + "profile_cmd", "passwd_cmd", "Change your passphrase."),
    "keychain": LazyCommand(
        _PKG + "keychain_cmd", "keychain_group", "Unlock with this computer's keychain (opt-in)."
    ),
    "profiles": LazyCommand(
        _PKG + "profile_cmd", "profiles_cmd", "List the journal profiles on this computer."
    ),
    "settings": LazyCommand(
        _PKG + "profile_cmd", "settings_group", "Read and change the settings of a profile."
    ),
    "doctor": LazyCommand(
        _PKG + "doctor_cmd", "doctor_cmd", "Check system libraries, optional models and vaults."
    ),
    "demo": LazyCommand(
        _PKG + "app_cmd", "demo_cmd", "Create a demo profile full of realistic sample data."
    ),
    "gallery": LazyCommand(
        _PKG + "app_cmd", "gallery_cmd", "Render every widget and screen to PNG files."
    ),
    "safety": LazyCommand(_PKG + "safety_cmd", "safety_group", "On-device safety check."),
    "trends": LazyCommand(_PKG + "care_cmd", "trends_cmd", "Your mood trend, explained."),
    "checkin": LazyCommand(
        _PKG + "care_cmd", "checkin_cmd", "Take the PHQ-9 or GAD-7 questionnaire."
    ),
    "nudges": LazyCommand(
        _PKG + "care_cmd", "nudges_group", "Past nudges and why they were shown."
    ),
    "voice": LazyCommand(_PKG + "voice_cmd", "voice_group", "Voice journaling."),
    "analysis": LazyCommand(
        _PKG + "analysis_cmd", "analysis_group", "Sentiment, emotions and stress keywords."
    ),
    "jobs": LazyCommand(_PKG + "analysis_cmd", "jobs_cmd", "List background jobs."),
    "export": LazyCommand(_PKG + "export_cmd", "export_cmd", "Export your journal."),
    "import": LazyCommand(_PKG + "export_cmd", "import_cmd", "Import from another journal app."),
    "restore": LazyCommand(_PKG + "export_cmd", "restore_cmd", "Restore an encrypted backup."),
    "prompt": LazyCommand(
        _PKG + "prompt_cmd", "prompt_cmd", "Print a writing prompt to start an entry with."
    ),
    "ask": LazyCommand(_PKG + "insight_cmd", "ask_cmd", "Ask your journal what helped."),
    "models": LazyCommand(_PKG + "models_cmd", "models_cmd", "List the local AI models."),
    "sync": LazyCommand(
        _PKG + "sync_cmd", "sync_group", "End-to-end-encrypted sync between your devices."
    ),
    "crash-reports": LazyCommand(
        _PKG + "crash_cmd", "crash_group", "Opt-in crash reports to a server you choose."
    ),
    "completion": LazyCommand(
        _PKG + "completion_cmd", "completion_cmd", "Print shell completion for bash, zsh or fish."
    ),
}


def load(name: str) -> click.Command:
    """Import and return one command; a wrong table entry is a programming error."""
    spec = COMMANDS[name]
    command = getattr(importlib.import_module(spec.module), spec.attribute)
    if not isinstance(command, click.Command):
        raise TypeError(f"{spec.module}.{spec.attribute} is not a click command")
    return command


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        return load(cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """A quoted line that is not a command is a quick entry: `neuroleaf "Slept well"`.

        Only a single argument with a space counts, so a mistyped command name
        (`neuroleaf serach`) is an error, never an entry in the journal.
        """
        first = args[0] if args else ""
        if first not in COMMANDS and not first.startswith("-") and len(first.split()) > 1:
            return "write", load("write"), args
        if first and first not in COMMANDS and not first.startswith("-"):
            raise click.UsageError(
                f"No such command {first!r}. To write a quick entry, quote it "
                f'(neuroleaf "{first} …") or use `neuroleaf write {first} …`.',
                ctx,
            )
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from the table, so `--help` imports no command module."""
        rows = [(name, COMMANDS[name].short_help) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)
