"""Autosaved editor drafts (one per open editor)."""

from __future__ import annotations

import builtins
import json
from typing import Any

from neuroleaf_desktop.domain.models import Draft, TemplateLines
from neuroleaf_desktop.domain.timeutil import from_iso, to_iso


class DraftRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def upsert(self, draft: Draft) -> None:
        self.conn.execute(
            "INSERT INTO drafts (id, entry_id, title, body, tags_json, updated_at, starred, "
            "template_json) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
            "entry_id = excluded.entry_id, title = excluded.title, body = excluded.body, "
            "tags_json = excluded.tags_json, updated_at = excluded.updated_at, "
            "starred = excluded.starred, template_json = excluded.template_json",
            (
                draft.id,
                draft.entry_id,
                draft.title,
                draft.body,
                json.dumps(list(draft.tags)),
                to_iso(draft.updated_at),
                int(draft.starred),
                _template_json(draft.template),
            ),
        )

    def list(self) -> builtins.list[Draft]:
        rows = self.conn.execute(
            "SELECT id, entry_id, title, body, tags_json, updated_at, starred, template_json "
            "FROM drafts ORDER BY updated_at DESC"
        )
        return [_draft(r) for r in rows]

    def delete(self, draft_id: str) -> None:
        self.conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))


def _draft(r: Any) -> Draft:
    tags = tuple(json.loads(r[4]))
    return Draft(r[0], r[1], r[2], r[3], tags, from_iso(r[5]), bool(r[6]), _template_of(r[7]))


def _template_json(template: TemplateLines | None) -> str | None:
    if template is None:
        return None
    return json.dumps({"title": template.title, "lines": list(template.lines)}, ensure_ascii=False)


def _template_of(raw: str | None) -> TemplateLines | None:
    if raw is None:
        return None
    data = json.loads(raw)
    return TemplateLines(str(data["title"]), tuple(str(line) for line in data["lines"]))
