"""`neuroleaf journal …` and `neuroleaf search`."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import click

from neuroleaf_desktop.cli.common import (
    emit_json,
    entry_json,
    format_option,
    json_option,
    parse_when,
    read_text_arg,
    rows_out,
    state,
    use_color,
    when_text,
)
from neuroleaf_desktop.cli.tags_cmd import tags_group
from neuroleaf_desktop.domain.filters import EntryFilter, SearchFilters, SearchOrder
from neuroleaf_desktop.domain.models import EntryPatch, EntrySource, JournalEntry, NewEntry
from neuroleaf_desktop.domain.templates import FilledTemplate
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.memories_service import MemoriesService
from neuroleaf_desktop.services.search_service import (
    Readiness,
    SearchResult,
    SearchService,
    search_checkin_notes,
)


@click.group("journal")
def journal_group() -> None:
    """Write, read, edit and delete journal entries."""


@journal_group.command("add")
@click.option("--title", "-t", default="", help="A one-line title.")
@click.option("--body", "-b", default=None, help="The entry text ('-' reads standard input).")
@click.option("--body-file", type=click.Path(path_type=Path), help="Read the text from a file.")
@click.option("--tag", "tags", multiple=True, help="A tag (repeat for several).")
@click.option("--date", "when", default=None, help="When it happened (default now), ISO 8601.")
@click.option("--voice-duration", type=float, default=None, hidden=True)
@click.option(
    "--template",
    "template",
    default=None,
    help="Start from this template; your text goes under it.",
)
@json_option
def journal_add(
    title: str,
    body: str | None,
    body_file: Path | None,
    tags: tuple[str, ...],
    when: str | None,
    voice_duration: float | None,
    template: str | None,
) -> None:
    """Write a new entry. Without --body, type it (finish with Ctrl-D)."""
    st = state()
    text = read_text_arg(body, body_file, "entry text")
    created = parse_when(when)
    with st.open_session() as session:
        filled = None
        if template is not None:
            templates = session.journal.templates
            filled = templates.fill(templates.find(template), created)
        if text is None:
            if sys.stdin.isatty():
                if filled is not None:
                    click.echo(filled.body, err=True)
                click.echo("Write your entry. Finish with Ctrl-D on an empty line.", err=True)
            text = sys.stdin.read()
        new = NewEntry(
            title=title,
            body=text,
            tags=tags,
            created_at=created,
            source=EntrySource.VOICE if voice_duration is not None else EntrySource.TEXT,
            voice_duration_s=voice_duration,
        )
        used = None
        if filled is not None:
            new, used = under_template(new, filled), filled.lines
        entry = session.journal.add(new, template=used)
    if st.json:
        emit_json(entry_json(entry))
    else:
        click.echo(
            f"Saved entry {entry.id[:8]} ({when_text(entry.created_at, entry.tz_offset_min)})."
        )


@journal_group.command("list")
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--since", default=None, help="From this date (inclusive).")
@click.option("--until", default=None, help="Up to this date (inclusive).")
@click.option("--tag", default=None, help="Only entries with this tag.")
@click.option("--trash", is_flag=True, help="List deleted entries that can still be restored.")
@click.option("--starred", is_flag=True, help="Only starred entries (`journal star ID`).")
@json_option
@format_option
def journal_list(
    limit: int, since: str | None, until: str | None, tag: str | None, trash: bool, starred: bool
) -> None:
    """List entries, newest first (★: starred)."""
    st = state()
    start = parse_when(since)
    end = parse_when(until)
    if end is not None and until is not None and len(until.strip()) == 10:
        end = end + timedelta(hours=12)  # a bare date includes that whole day
    flt = EntryFilter(
        since=start,
        until=end,
        tag=tag.lower() if tag else None,
        deleted=trash,
        starred=starred,
        limit=limit,
    )
    with st.open_session() as session:
        entries = session.journal.list(flt)
    if st.json:
        emit_json([entry_json(e) for e in entries])
        return
    if not entries:
        if starred:
            click.echo("No starred entries. Star one with `neuroleaf journal star ID`.")
        else:
            click.echo("No entries in the trash." if trash else "No entries yet.")
        return
    rows = [
        (
            e.id[:8],
            when_text(e.created_at, e.tz_offset_min),
            e.title or e.body.strip().split("\n")[0],
            ", ".join(e.tags),
            _marks(e),
        )
        for e in entries
    ]
    click.echo(rows_out(("ID", "WHEN", "TITLE", "TAGS", ""), rows))


def _marks(entry: JournalEntry) -> str:
    """The last column's marks: ★ starred, 🎙 spoken."""
    return ("★" if entry.starred else "") + ("🎙" if entry.source is EntrySource.VOICE else "")


@journal_group.command("show")
@click.argument("entry_id")
@json_option
def journal_show(entry_id: str) -> None:
    """Show one entry in full (an id prefix of 6+ characters is enough)."""
    st = state()
    with st.open_session() as session:
        entry = session.journal.get(entry_id)
    if st.json:
        emit_json(entry_json(entry))
        return
    click.echo(f"{entry.title or '(untitled)'}")
    meta = when_text(entry.created_at, entry.tz_offset_min)
    if entry.tags:
        meta += "  ·  " + ", ".join(f"#{t}" for t in entry.tags)
    if entry.starred:
        meta += "  ·  ★ starred"
    if entry.is_deleted:
        meta += "  ·  in the trash"
    click.echo(meta)
    click.echo(f"id {entry.id}")
    click.echo("")
    click.echo(entry.body)


@journal_group.command("edit")
@click.argument("entry_id")
@click.option("--title", "-t", default=None)
@click.option("--body", "-b", default=None, help="New text ('-' reads standard input).")
@click.option("--body-file", type=click.Path(path_type=Path))
@click.option("--tag", "tags", multiple=True, help="Replace the tags (repeat for several).")
@click.option("--clear-tags", is_flag=True, help="Remove all tags.")
@json_option
def journal_edit(
    entry_id: str,
    title: str | None,
    body: str | None,
    body_file: Path | None,
    tags: tuple[str, ...],
    clear_tags: bool,
) -> None:
    """Change an entry's title, text or tags."""
    st = state()
    text = read_text_arg(body, body_file, "entry text")
    new_tags: tuple[str, ...] | None = () if clear_tags else (tags or None)
    with st.open_session() as session:
        entry = session.journal.edit(entry_id, EntryPatch(title=title, body=text, tags=new_tags))
    if st.json:
        emit_json(entry_json(entry))
    else:
        click.echo(f"Updated entry {entry.id[:8]}.")


@journal_group.command("delete")
@click.argument("entry_id")
@click.option("--purge", is_flag=True, help="Delete for good now, with no undo.")
@json_option
def journal_delete(entry_id: str, purge: bool) -> None:
    """Move an entry to the trash (restorable), or --purge it for good."""
    st = state()
    with st.open_session() as session:
        if purge:
            full_id = session.journal.resolve_id(entry_id)
            session.journal.purge(full_id)
            days = None
        else:
            full_id = session.journal.delete(entry_id).id
            days = session.settings.get("trash_retention_days")
    if st.json:
        emit_json({"id": full_id, "purged": purge})
    elif purge:
        click.echo(f"Entry {full_id[:8]} deleted for good.")
    else:
        click.echo(
            f"Entry {full_id[:8]} moved to the trash. Undo with "
            f"`neuroleaf journal restore {full_id[:8]}` (kept {days} days)."
        )


@journal_group.command("restore")
@click.argument("entry_id")
@json_option
def journal_restore(entry_id: str) -> None:
    """Bring an entry back from the trash."""
    st = state()
    with st.open_session() as session:
        entry = session.journal.restore(entry_id)
    if st.json:
        emit_json(entry_json(entry))
    else:
        click.echo(f"Entry {entry.id[:8]} restored.")


@journal_group.command("star")
@click.argument("entry_id")
@json_option
def journal_star(entry_id: str) -> None:
    """Star an entry, to find it again with `journal list --starred` (6+ characters of an id)."""
    _set_star(entry_id, True)


@journal_group.command("unstar")
@click.argument("entry_id")
@json_option
def journal_unstar(entry_id: str) -> None:
    """Take the star off an entry."""
    _set_star(entry_id, False)


def _set_star(entry_id: str, starred: bool) -> None:
    st = state()
    with st.open_session() as session:
        entry = session.journal.set_starred(entry_id, starred)
    if st.json:
        emit_json(entry_json(entry))
    else:
        click.echo(f"Entry {entry.id[:8]} {'starred ★' if starred else 'unstarred'}.")


@journal_group.command("onthisday")
@click.option(
    "--date",
    "day",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Another day than today (YYYY-MM-DD).",
)
@json_option
def journal_onthisday(day: datetime | None) -> None:
    """What you wrote on this date in earlier years, newest year first (★: starred)."""
    st = state()
    with st.open_session() as session:
        memories = MemoriesService(session.vault, session.clock)
        wanted = day.date() if day is not None else memories.today()
        years = memories.on_this_day(wanted)
        entries = {i: session.journal.get(i) for y in years for i in y.entry_ids}
    if st.json:
        emit_json(
            {
                "date": wanted.isoformat(),
                "years": [
                    {
                        "year": y.year,
                        "date": y.day.isoformat(),
                        "count": y.count,
                        "starred": y.starred,
                        "entries": [
                            {"id": i, "title": entries[i].title, "starred": entries[i].starred}
                            for i in y.entry_ids
                        ],
                    }
                    for y in years
                ],
            }
        )
        return
    named = f"{wanted.day} {wanted:%B}"
    if not years:
        click.echo(f"Nothing written on {named} in earlier years.")
        return
    click.echo(f"On this day, {named}:")
    for y in years:
        click.echo(f"{y.year} · {plural(y.count, 'entry')}")
        for entry_id in y.entry_ids:
            entry = entries[entry_id]
            title = entry.title or entry.body.strip().split("\n")[0]
            click.echo(f"  {entry_id[:8]}  {title}{'  ★' if entry.starred else ''}")


def under_template(new: NewEntry, filled: FilledTemplate) -> NewEntry:
    """The entry made from ``filled``: its title unless one was given, its text with the
    person's under it, its tags then theirs. Nothing of their own refuses like a blank page."""
    if not new.title.strip() and not new.body.strip():
        raise ValidationError(
            f"Nothing was written under the template '{filled.name}', so no entry was saved. "
            "Give your text with --body, a file or standard input."
        )
    body = filled.body if not new.body.strip() else f"{filled.body.rstrip()}\n{new.body}"
    return replace(
        new,
        title=new.title or filled.title,
        body=body,
        tags=(*filled.tags, *new.tags),
    )


journal_group.add_command(tags_group)  # `journal tags`: list, rename, merge, remove


@click.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option("--since", default=None, help="From this date (inclusive).")
@click.option("--until", default=None, help="Up to this date (exclusive).")
@click.option("--tag", "tags", multiple=True, help="Only entries with this tag (repeat: all).")
@click.option(
    "--mood-min", type=click.FloatRange(1, 10), default=None, help="Day's mean mood at least."
)
@click.option(
    "--mood-max", type=click.FloatRange(1, 10), default=None, help="Day's mean mood at most."
)
@click.option(
    "--source", type=click.Choice([s.value for s in EntrySource]), default=None, help="Entry kind."
)
@click.option("--starred", is_flag=True, help="Only starred entries (`journal star ID`).")
@click.option(
    "--semantic", "mode", flag_value="semantic", help="Search by meaning only (embeddings)."
)
@click.option(
    "--hybrid", "mode", flag_value="hybrid", help="Words and meaning together (ranked fusion)."
)
@click.option(
    "--order",
    type=click.Choice([o.value for o in SearchOrder]),
    default=SearchOrder.BEST.value,
    show_default=True,
    help="best: closest match first; newest / oldest: by date (words: of all matches).",
)
@json_option
@format_option
def search_cmd(
    query: tuple[str, ...],
    limit: int,
    since: str | None,
    until: str | None,
    tags: tuple[str, ...],
    mood_min: float | None,
    mood_max: float | None,
    source: str | None,
    starred: bool,
    mode: str | None,
    order: str,
) -> None:
    """Search your entries: by words (default, full-text), --semantic or --hybrid.

    Everything runs locally, inside the encrypted vault and this process's memory; the query
    is never logged. --semantic and --hybrid first prepare entries not embedded yet (the
    progress goes to standard error). A "mood" filter uses the mean of that day's check-ins.
    """
    st = state()
    text = " ".join(query)
    filters = SearchFilters(
        since=parse_when(since),
        until=parse_when(until),
        mood_min=mood_min,
        mood_max=mood_max,
        tags=tuple(t.lower() for t in tags),
        source=EntrySource(source) if source else None,
        starred=starred,
    )
    with st.open_session() as session:
        search = session.search
        if mode in ("semantic", "hybrid") and search.readiness() is Readiness.AVAILABLE:
            _prepare_semantic(search)
        how = SearchOrder(order)
        found = search.search(mode or "fulltext", text, filters, limit=limit, order=how)
        checkins = (
            []
            if st.json
            else search_checkin_notes(session.vault, text, filters, limit=limit, order=how)
        )
    results, note = found.results, found.note
    if note:
        click.echo(note, err=True)
    if st.json:
        emit_json([_result_json(r) for r in results])
        return
    if not results and not checkins:
        click.echo("Nothing found.")
        return
    if st.output == "markdown":
        rows = [
            (
                r.entry_id[:8],
                when_text(r.created_at, r.tz_offset_min),
                r.title,
                r.snippet.replace("[[", "**").replace("]]", "**"),
                "★" if r.starred else "",
            )
            for r in results
        ]
        click.echo(rows_out(("ID", "WHEN", "TITLE", "SNIPPET", ""), rows))
        return
    color = use_color()
    for hit in results:
        title = (hit.title or "(untitled)") + ("  ★" if hit.starred else "")
        when = when_text(hit.created_at, hit.tz_offset_min)
        click.echo(f"{hit.entry_id[:8]}  {click.style(when, dim=True) if color else when}  {title}")
        click.echo(f"          {_highlight(' '.join(hit.snippet.split()), color)}")
    for c in checkins:  # check-in notes match by their words too (`mood edit ID` corrects one)
        when = when_text(c.logged_at, c.tz_offset_min)
        shown = click.style(when, dim=True) if color else when
        click.echo(f"{c.checkin_id[:8]}  {shown}  check-in, mood {c.mood}/10")
        click.echo(f"          {_highlight(' '.join(c.snippet.split()), color)}")


def _highlight(snippet: str, color: bool) -> str:
    """Matched words in bold at a colour terminal, else between » and «."""
    if not color:
        return snippet.replace("[[", "»").replace("]]", "«")
    return snippet.replace("[[", "\033[1m").replace("]]", "\033[22m")


def _prepare_semantic(search: SearchService) -> None:
    """One-shot search: embed the entries that need it (in batches), then load the index."""
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        line = f"Preparing entries for semantic search: {done}/{total}"
        if interactive:
            click.echo("\r" + line, nl=done == total, err=True)
        elif done == total:
            click.echo(line, err=True)

    def announce(_count: int) -> None:
        click.echo("Loading the embedding model (first time in this run: a few seconds)…", err=True)

    search.prepare(progress, before_embedding=announce)


def _result_json(result: SearchResult) -> dict[str, Any]:
    return {
        "entry_id": result.entry_id,
        "created_at": result.created_at.isoformat(),
        "title": result.title,
        "snippet": result.snippet,
        "score": result.score,
        "tags": list(result.tags),
        "source": result.source.value,
        "matched_by": list(result.matched_by),
        "similarity": result.similarity,
        "starred": result.starred,
    }
