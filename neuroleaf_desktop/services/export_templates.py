"""The templates section of the JSON export (version 2) and of the encrypted backup.

Two lists: ``templates`` (the person's catalogue in their order: name, title, body, tags,
position, which starter it came from) and ``entry_template_lines`` (for each exported entry
made from a template, the lines it was made with), so an entry read back from a file is read
as it was here: its unchanged template questions are not taken for the person's words.

Importing adds every template whose name (any case) is not in the catalogue yet, after the
ones there, and counts the others as duplicates; an entry's template lines come with the
entry when the entry itself is new. Version-1 files have neither list and import as before.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from neuroleaf_desktop.domain import templates as t
from neuroleaf_desktop.domain.timeutil import to_iso
from neuroleaf_desktop.services.importers.base import ImportBundle
from neuroleaf_desktop.services.importers.templates import TemplatedBundle
from neuroleaf_desktop.storage.repositories.template_repo import TemplateRepository

TEMPLATE_KINDS = ("templates", "entry_template_lines")


def read_templates(conn: Any) -> tuple[list[t.EntryTemplate], dict[str, t.TemplateLines]]:
    """The vault's templates in order, and every entry's template lines by entry id."""
    repo = TemplateRepository(conn)
    return repo.list(), repo.all_entry_lines()


def template_to_json(template: t.EntryTemplate) -> dict[str, Any]:
    return {
        "name": template.name,
        "title": template.title,
        "body": template.body,
        "tags": list(template.tags),
        "position": template.position,
        "starter": template.starter,
        "created_at": to_iso(template.created_at) if template.created_at else None,
        "updated_at": to_iso(template.updated_at) if template.updated_at else None,
    }


def sections(bundle: ImportBundle, entry_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The two export lists; entry lines only for the entries in the export."""
    if not isinstance(bundle, TemplatedBundle):
        return {"templates": [], "entry_template_lines": []}
    return {
        "templates": [
            template_to_json(x) for x in sorted(bundle.templates, key=lambda x: x.position)
        ],
        "entry_template_lines": [
            {"entry_id": entry_id, "title": used.title, "lines": list(used.lines)}
            for entry_id, used in sorted(bundle.entry_lines.items())
            if entry_id in entry_ids
        ],
    }


@dataclass
class TemplateCounts:
    new: int = 0
    duplicates: int = 0


def write_templates(conn: Any, bundle: ImportBundle, now: datetime) -> TemplateCounts:
    """Add the file's templates whose names (any case) are free, after the catalogue's own;
    the others are counted as duplicates. Inside the import's transaction."""
    made = TemplateCounts()
    if not isinstance(bundle, TemplatedBundle):
        return made
    repo = TemplateRepository(conn)
    if bundle.templates and not repo.starters_offered():  # the file's catalogue is theirs
        repo.mark_starters_offered(now)
    for template in sorted(bundle.templates, key=lambda x: x.position):
        key = t.name_key(template.name)
        if repo.by_key(key) is not None or repo.count() >= t.MAX_TEMPLATES:
            made.duplicates += 1
            continue
        stored = t.EntryTemplate(
            str(uuid.uuid4()),
            template.name,
            template.title,
            template.body,
            template.tags,
            repo.next_position(),
            template.starter,
            template.created_at,
            template.updated_at,
        )
        repo.insert(stored, key, now)
        made.new += 1
    return made


def entry_lines_counts(bundle: ImportBundle, new_entry_ids: set[str]) -> TemplateCounts:
    """How many entries' template lines come in (those of entries this import adds)."""
    counts = TemplateCounts()
    if isinstance(bundle, TemplatedBundle):
        for entry_id in bundle.entry_lines:
            if entry_id in new_entry_ids:
                counts.new += 1
            else:
                counts.duplicates += 1
    return counts


def write_entry_lines(conn: Any, bundle: ImportBundle, new_entry_ids: set[str]) -> None:
    """Store the template lines of the entries this import added (after they are in)."""
    if isinstance(bundle, TemplatedBundle):
        repo = TemplateRepository(conn)
        for entry_id, used in sorted(bundle.entry_lines.items()):
            if entry_id in new_entry_ids:
                repo.set_entry_lines(entry_id, used)
