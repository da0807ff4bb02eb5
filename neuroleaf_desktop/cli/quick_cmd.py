"""`neuroleaf write …` (and `neuroleaf "a quoted line"`): a one-line entry, like jrnl."""

from __future__ import annotations

import click

from neuroleaf_desktop.cli.common import (
    emit_json,
    entry_json,
    json_option,
    parse_when,
    state,
    when_text,
)
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.domain.quick_entry import parse_quick_entry
from neuroleaf_desktop.errors import ValidationError


@click.command("write")
@click.argument("words", nargs=-1, required=True)
@click.option("--date", "when", default=None, help="When it happened (default now), ISO 8601.")
@json_option
def write_cmd(words: tuple[str, ...], when: str | None) -> None:
    """Write a quick entry in one line: the first sentence is the title, @words are tags.

    \b
    neuroleaf write Walked by the lake. Felt lighter afterwards @nature
    neuroleaf "Slept badly, long day at work"
    """
    text = " ".join(words).strip()
    if not text:
        raise ValidationError("There is nothing to write: add some words after `write`.")
    quick = parse_quick_entry(text)
    st = state()
    with st.open_session() as session:
        entry = session.journal.add(
            NewEntry(
                title=quick.title, body=quick.body, tags=quick.tags, created_at=parse_when(when)
            )
        )
    if st.json:
        emit_json(entry_json(entry))
        return
    tags = f" · tags: {', '.join(entry.tags)}" if entry.tags else ""
    click.echo(
        f"Saved entry {entry.id[:8]} ({when_text(entry.created_at, entry.tz_offset_min)}){tags}."
    )
