"""`neuroleaf journal tags …`: list tags with their counts; rename, merge or remove one.

Each change rewrites every entry holding the tag, those in the trash too, through
``JournalService.tag_manager`` (one transaction, all or nothing). It says how many entries it
will change and asks first, unless ``--yes``; an unknown tag is the plain "not found" error.
"""

from __future__ import annotations

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, rows_out, state
from neuroleaf_desktop.domain.tag_changes import TagUsage
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.errors import NotFoundError
from neuroleaf_desktop.services.tag_service import TagService

_YES = click.option("--yes", "-y", is_flag=True, help="Do it without asking first.")


@click.group("tags", invoke_without_command=True)
@json_option
@click.pass_context
def tags_group(ctx: click.Context) -> None:
    """List tags with how many entries use them; rename, merge or remove a tag everywhere."""
    if ctx.invoked_subcommand is not None:
        return
    st = state()
    with st.open_session() as session:
        usage = session.journal.tag_manager.usage()
    if st.json:
        emit_json([_json(u) for u in usage])
    elif usage:
        click.echo(rows_out(("TAG", "ENTRIES", "IN TRASH"), [_row(u) for u in usage]))
    else:
        click.echo("No tags yet.")


def _json(usage: TagUsage) -> dict[str, object]:
    """A tag as scripts read it: "entries" counts live entries, as it always has; a tag also
    held in the trash says how often in "in_trash" (absent when none)."""
    out: dict[str, object] = {"tag": usage.name, "entries": usage.live}
    if usage.trashed:
        out["in_trash"] = usage.trashed
    return out


def _row(usage: TagUsage) -> tuple[str, int, str]:
    return usage.name, usage.live, str(usage.trashed) if usage.trashed else ""


def _entries(usages: list[TagUsage]) -> str:
    """'12 entries (1 in the trash)': what a change will touch, counted now."""
    live = sum(u.live for u in usages)
    trashed = sum(u.trashed for u in usages)
    held = plural(live + trashed, "entry")
    return f"{held} ({trashed} in the trash)" if trashed else held


def _agreed(question: str, yes: bool) -> bool:
    if yes or click.confirm(question, default=False):
        return True
    click.echo("Nothing changed.")
    return False


def _done(changed: int, what: str) -> None:
    if state().json:
        emit_json({"changed": changed})
    else:
        click.echo(f"{what} in {plural(changed, 'entry')}.")


@tags_group.command("rename")
@click.argument("old")
@click.argument("new")
@_YES
@json_option
def tags_rename(old: str, new: str, yes: bool) -> None:
    """Rename tag OLD to NEW in every entry (onto a tag in use: merge the two)."""
    with state().open_session() as session:
        manager = session.journal.tag_manager
        source = _existing(manager, old)
        target = manager.clean(new)
        into = manager.find(target)
        if into is not None and into.name != source.name:
            question = (
                f"The tag '{into.name}' already exists. Merge '{source.name}' "
                f"({_entries([source])}) into it?"
            )
        else:
            question = f"Rename '{source.name}' to '{target}' in {_entries([source])}?"
        if not _agreed(question, yes):
            return
        changed = manager.rename(source.name, target)
    _done(changed, f"Renamed '{source.name}' to '{target}'")


@tags_group.command("merge")
@click.argument("sources", nargs=-1, required=True)
@click.option("--into", "into", required=True, help="The name to keep (one of them, or new).")
@_YES
@json_option
def tags_merge(sources: tuple[str, ...], into: str, yes: bool) -> None:
    """Merge tags SOURCES… into one tag, --into NAME, in every entry."""
    with state().open_session() as session:
        manager = session.journal.tag_manager
        found = [_existing(manager, s) for s in sources]
        kept = manager.find(into)
        target = kept.name if kept is not None else manager.clean(into)
        names = ", ".join(f"'{u.name}'" for u in found)
        if not _agreed(f"Merge {names} into '{target}' in {_entries(found)}?", yes):
            return
        changed = manager.merge([u.name for u in found], into=target)
    _done(changed, f"Merged into '{target}'")


@tags_group.command("remove")
@click.argument("tag")
@_YES
@json_option
def tags_remove(tag: str, yes: bool) -> None:
    """Take TAG off every entry; the entries stay."""
    with state().open_session() as session:
        manager = session.journal.tag_manager
        usage = _existing(manager, tag)
        question = f"Remove the tag '{usage.name}' from {_entries([usage])}? The entries stay."
        if not _agreed(question, yes):
            return
        changed = manager.remove(usage.name)
    _done(changed, f"Removed '{usage.name}'")


def _existing(manager: TagService, name: str) -> TagUsage:
    found = manager.find(name)
    if found is None:
        raise NotFoundError(
            f"No entry has the tag '{name.strip()}'. `neuroleaf journal tags` lists them."
        )
    return found
