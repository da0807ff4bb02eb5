"""Templates in NeuroLeaf's own export (version 2), read back: a bundle that carries them,
and the parsers of its two lists (``templates``, ``entry_template_lines``). The values pass
the app's own template rules (``domain/templates.clean_draft``); writing them is
``services/export_templates.py``'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from neuroleaf_desktop.domain import templates as t
from neuroleaf_desktop.domain.starter_templates import BY_ID
from neuroleaf_desktop.domain.timeutil import from_iso
from neuroleaf_desktop.domain.validation import check_moment
from neuroleaf_desktop.services.importers.base import ImportBundle


@dataclass
class TemplatedBundle(ImportBundle):
    """An import bundle that also carries templates and the template lines of its entries."""

    templates: list[t.EntryTemplate] = field(default_factory=list)
    entry_lines: dict[str, t.TemplateLines] = field(default_factory=dict)


def parse_template(raw: Any) -> t.EntryTemplate:
    if not isinstance(raw, dict):
        raise ValueError("the record must be a JSON object")
    texts = {k: raw.get(k, "") for k in ("name", "title", "body", "starter")}
    if not all(isinstance(x, str) for x in texts.values()):
        raise ValueError("'name', 'title', 'body' and 'starter' must be text")
    tags = raw.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(x, str) for x in tags):
        raise ValueError("'tags' must be a list of text")
    position = raw.get("position", 0)
    if isinstance(position, bool) or not isinstance(position, int):
        raise ValueError("'position' must be a whole number")
    draft = t.TemplateDraft(texts["name"], texts["title"], texts["body"], tuple(tags))
    clean = t.clean_draft(draft)
    starter = texts["starter"] if texts["starter"] in BY_ID else ""
    created, updated = _time(raw, "created_at"), _time(raw, "updated_at")
    return t.EntryTemplate(
        "", clean.name, clean.title, clean.body, clean.tags, position, starter, created, updated
    )


def _time(raw: dict[str, Any], key: str) -> datetime | None:
    """A template's own time as exported (None: not given; the import stamps its own)."""
    text = raw.get(key)
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValueError(f"{key!r} must be text or null")
    try:
        moment = from_iso(text)
    except ValueError:
        raise ValueError(f"{key!r} must be a UTC time like 2026-11-25T09:00:00.000000Z") from None
    check_moment(moment, "template")
    return moment


def parse_entry_lines(raw: Any) -> tuple[str, t.TemplateLines]:
    if not isinstance(raw, dict):
        raise ValueError("the record must be a JSON object")
    entry_id, title, lines = raw.get("entry_id"), raw.get("title", ""), raw.get("lines", [])
    if not isinstance(entry_id, str) or not entry_id or not isinstance(title, str):
        raise ValueError("'entry_id' and 'title' must be text")
    if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
        raise ValueError("'lines' must be a list of text")
    return entry_id, t.TemplateLines(title, tuple(lines))
