"""Autosaved editor drafts (one per open editor)."""

from __future__ import annotations

import builtins
import json
from typing import Any

from neuroleaf_desktop.domain.models import Draft
from neuroleaf_desktop.domain.timeutil import from_iso, to_iso


class DraftRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def upsert(self, draft: Draft) -> None:
        self.conn.execute(
            "INSERT INTO drafts (id, entry_id, title, body, tags_json, updated_at, starred) "
            "VALUES (?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET entry_id = excluded.entry_id, "
            "title = excluded.title, body = excluded.body, tags_json = excluded.tags_json, "
            "updated_at = excluded.updated_at, starred = excluded.starred",
            (
                draft.id,
                draft.entry_id,
                draft.title,
                draft.body,
                json.dumps(list(draft.tags)),
                to_iso(draft.updated_at),
                int(draft.starred),
            ),
        )

    def list(self) -> builtins.list[Draft]:
        rows = self.conn.execute(
            "SELECT id, entry_id, title, body, tags_json, updated_at, starred FROM drafts "
            "ORDER BY updated_at DESC"
        )
        return [
            Draft(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), from_iso(r[5]), bool(r[6]))
            for r in rows
        ]

    def delete(self, draft_id: str) -> None:
        self.conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
