"""`neuroleaf templates …`: the entry templates, as the app's "New from template" offers them.

List them in the person's order (``--json`` for scripts), show one, add one, remove one (asks
first unless ``--yes``). `neuroleaf journal add --template NAME` starts an entry from one. An
unknown name is the plain "not found" error (exit 4); a name in use or text the editor would
refuse is the plain bad-input error (exit 2).
"""

from __future__ import annotations

from pathlib import Path

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, read_text_arg, rows_out, state
from neuroleaf_desktop.domain.templates import EntryTemplate, TemplateDraft
from neuroleaf_desktop.domain.wording import plural


def template_json(template: EntryTemplate) -> dict[str, object]:
    return {
        "name": template.name,
        "title": template.title,
        "body": template.body,
        "tags": list(template.tags),
        "position": template.position,
        "starter": bool(template.starter),
    }


def _first_line(text: str, width: int = 40) -> str:
    line = next((x.strip() for x in text.split("\n") if x.strip()), "")
    return line if len(line) <= width else line[: width - 1] + "…"


@click.group("templates", invoke_without_command=True)
@json_option
@click.pass_context
def templates_group(ctx: click.Context) -> None:
    """List your entry templates in your order; show, add or remove one."""
    if ctx.invoked_subcommand is not None:
        return
    st = state()
    with st.open_session() as session:
        found = session.journal.templates.list()
    if st.json:
        emit_json([template_json(x) for x in found])
    elif found:
        rows = [
            (x.name, _first_line(x.title), _first_line(x.body), " ".join(x.tags)) for x in found
        ]
        click.echo(rows_out(("NAME", "TITLE", "STARTS WITH", "TAGS"), rows))
    else:
        click.echo("No templates. `neuroleaf templates add NAME --body …` makes one.")


@templates_group.command("show")
@click.argument("name")
@json_option
def templates_show(name: str) -> None:
    """Show the template called NAME (any case), as written, fields unfilled."""
    st = state()
    with st.open_session() as session:
        template = session.journal.templates.find(name)
    if st.json:
        emit_json(template_json(template))
        return
    click.echo(template.name)
    if template.title:
        click.echo(f"Title: {template.title}")
    if template.tags:
        click.echo(f"Tags:  {' '.join(template.tags)}")
    click.echo("")
    click.echo(template.body)


@templates_group.command("add")
@click.argument("name")
@click.option("--title", "-t", default="", help="Its title ({date}, {weekday}, {time} fill in).")
@click.option("--body", "-b", default=None, help="Its text ('-' reads standard input).")
@click.option("--body-file", type=click.Path(path_type=Path), help="Read the text from a file.")
@click.option("--tag", "tags", multiple=True, help="A tag entries get (repeat for several).")
@json_option
def templates_add(
    name: str, title: str, body: str | None, body_file: Path | None, tags: tuple[str, ...]
) -> None:
    """Add a template called NAME."""
    st = state()
    text = read_text_arg(body, body_file, "template text") or ""
    with st.open_session() as session:
        made = session.journal.templates.create(TemplateDraft(name, title, text, tags))
    if st.json:
        emit_json(template_json(made))
    else:
        click.echo(f"Added the template '{made.name}'.")


@templates_group.command("remove")
@click.argument("name")
@click.option("--yes", "-y", is_flag=True, help="Remove it without asking first.")
@json_option
def templates_remove(name: str, yes: bool) -> None:
    """Remove the template called NAME (entries made from it stay as they are)."""
    st = state()
    with st.open_session() as session:
        templates = session.journal.templates
        template = templates.find(name)
        asked = f"Remove the template '{template.name}'? Entries made from it stay."
        if not yes and not click.confirm(asked, default=False):
            click.echo("Nothing changed.")
            return
        templates.delete(template.id)
    if st.json:
        emit_json({"removed": template.name})
    else:
        click.echo(f"Removed the template '{template.name}'.")


@templates_group.command("restore-starters")
@json_option
def templates_restore() -> None:
    """Bring back the starter templates you deleted."""
    st = state()
    with st.open_session() as session:
        added = session.journal.templates.restore_starters()
    if st.json:
        emit_json({"restored": added})
    else:
        click.echo(f"Restored {plural(added, 'starter template')}.")
