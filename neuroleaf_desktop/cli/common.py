"""Shared CLI plumbing: the per-run context, passphrase sources, and output formatting."""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn, SearchHit
from neuroleaf_desktop.domain.timeutil import local_time, parse_user_datetime
from neuroleaf_desktop.errors import NeuroLeafError, PassphraseRequiredError, ValidationError
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore

if TYPE_CHECKING:
    from neuroleaf_desktop.services.session import Session  # loads every service

ENV_PASSPHRASE = "NEUROLEAF_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class CliState:
    profile: str | None = None
    passphrase_file: Path | None = None
    json: bool = False
    output: str = "table"

    def store(self) -> ProfileStore:
        return ProfileStore(app_paths())

    def passphrase(self, prompt: str = "Passphrase") -> str:
        """From --passphrase-file, then NEUROLEAF_PASSPHRASE, then a hidden TTY prompt."""
        if self.passphrase_file is not None:
            try:
                text = self.passphrase_file.read_text(encoding="utf-8")
            except OSError as exc:
                raise PassphraseRequiredError(
                    f"Cannot read the passphrase file {self.passphrase_file}: {exc.strerror}."
                ) from None
            return text.rstrip("\r\n")
        env = os.environ.get(ENV_PASSPHRASE)
        if env:
            return env
        if sys.stdin.isatty():
            return getpass.getpass(f"{prompt}: ")
        raise PassphraseRequiredError(
            "A passphrase is needed. Type it at a terminal, or for scripts use "
            "--passphrase-file FILE or the NEUROLEAF_PASSPHRASE variable."
        )

    def open_session(self) -> Session:
        """Open with a key kept by `neuroleaf unlock` when one is running, else the passphrase.

        An explicit --passphrase-file always wins: a script that names its secret means it.
        """
        store = self.store()
        if self.passphrase_file is None:
            from neuroleaf_desktop.services import unlock_agent

            info = store.find(self.profile)
            kept = unlock_agent.fetch_key(info.slug)
            if kept is not None:
                try:
                    return store.open_with_data_key(info.slug, *kept)
                except NeuroLeafError:
                    unlock_agent.lock(info.slug)  # a key that no longer fits is dropped
        return store.open(self.profile, self.passphrase())


def state() -> CliState:
    ctx = click.get_current_context()
    found = ctx.find_object(CliState)
    if found is None:
        found = ctx.ensure_object(CliState)
    return found


def json_option(fn: F) -> F:
    """Every command accepts --json (machine-readable output) in its own position too."""

    def set_json(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
        if value:
            ctx.ensure_object(CliState).json = True
        return value

    return click.option(
        "--json",
        "as_json",
        is_flag=True,
        expose_value=False,
        callback=set_json,
        is_eager=True,
        help="Print machine-readable JSON.",
    )(fn)


def parse_when(text: str | None) -> datetime | None:
    return parse_user_datetime(text) if text else None


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def when_text(moment: datetime, offset: int) -> str:
    return local_time(moment, offset).strftime("%Y-%m-%d %H:%M")


def entry_json(entry: JournalEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "tz_offset_min": entry.tz_offset_min,
        "local_time": local_time(entry.created_at, entry.tz_offset_min).isoformat(),
        "title": entry.title,
        "body": entry.body,
        "tags": list(entry.tags),
        "source": entry.source.value,
        "voice_duration_s": entry.voice_duration_s,
        "deleted_at": entry.deleted_at.isoformat() if entry.deleted_at else None,
        "starred": entry.starred,
    }


def checkin_json(checkin: MoodCheckIn) -> dict[str, Any]:
    return {
        "id": checkin.id,
        "logged_at": checkin.logged_at.isoformat(),
        "tz_offset_min": checkin.tz_offset_min,
        "local_time": local_time(checkin.logged_at, checkin.tz_offset_min).isoformat(),
        "mood": checkin.mood,
        "energy": checkin.energy,
        "anxiety": checkin.anxiety,
        "sleep_hours": checkin.sleep_hours,
        "sleep_quality": checkin.sleep_quality,
        "emotions": list(checkin.emotions),
        "activities": list(checkin.activities),
        "note": checkin.note,
    }


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "entry_id": hit.entry_id,
        "created_at": hit.created_at.isoformat(),
        "title": hit.title,
        "snippet": hit.snippet,
        "score": hit.score,
        "tags": list(hit.tags),
    }


OUTPUT_FORMATS = ("table", "json", "markdown")


def format_option(fn: F) -> F:
    """`--format table|json|markdown` for list output; json is the same as --json."""

    def set_format(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
        if value:
            obj = ctx.ensure_object(CliState)
            obj.output = value
            obj.json = obj.json or value == "json"
        return value

    return click.option(
        "--format",
        "output_format",
        type=click.Choice(OUTPUT_FORMATS),
        default=None,
        expose_value=False,
        callback=set_format,
        help="How to print the list: table (default), json or markdown.",
    )(fn)


def use_color() -> bool:
    """Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org)."""
    return "NO_COLOR" not in os.environ and sys.stdout.isatty()


def rows_out(headers: Sequence[str], rows: Sequence[Sequence[object]], max_width: int = 48) -> str:
    """The rows as the person asked: a terminal table or a Markdown table."""
    if state().output == "markdown":
        return markdown_table(headers, rows)
    return table(headers, rows, max_width)


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A GitHub-flavoured Markdown table; cells keep their full text, pipes escaped."""

    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        return " ".join(text.split()).replace("|", "\\|")

    lines = ["| " + " | ".join(cell(h) for h in headers) + " |"]
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], max_width: int = 48) -> str:
    """A plain text table that reads well in any terminal (bold headings when colour is on)."""

    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        text = " ".join(text.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, text in enumerate(row):
            widths[i] = max(widths[i], len(text))
    heading = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()
    lines = [click.style(heading, bold=True) if use_color() else heading]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(t.ljust(w) for t, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def read_text_arg(value: str | None, file: Path | None, what: str) -> str | None:
    """Text from an option, a file, or '-' for standard input."""
    if value is not None and file is not None:
        raise ValidationError(f"Give the {what} either as text or as a file, not both.")
    if file is not None:
        try:
            if str(file) == "-":
                return sys.stdin.read()
            return file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise ValidationError(f"The {what} file is not UTF-8 text.") from None
        except OSError as exc:
            raise ValidationError(f"Cannot read {file}: {exc.strerror}.") from None
    if value == "-":
        return sys.stdin.read()
    return value
