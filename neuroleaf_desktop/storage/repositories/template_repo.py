"""Entry templates, and the template lines each entry was made with (migration 0014)."""

from __future__ import annotations

import builtins
import json
from datetime import datetime
from typing import Any

from neuroleaf_desktop.domain.templates import EntryTemplate, TemplateLines
from neuroleaf_desktop.domain.timeutil import from_iso, to_iso

_COLUMNS = "id, name, title, body, tags_json, position, starter, created_at, updated_at"
STARTERS_OFFERED = "templates.starters_offered"  # a run record: starters seeded once, ever


def _row(r: Any) -> EntryTemplate:
    return EntryTemplate(
        id=r[0],
        name=r[1],
        title=r[2],
        body=r[3],
        tags=tuple(json.loads(r[4])),
        position=int(r[5]),
        starter=r[6],
        created_at=from_iso(r[7]),
        updated_at=from_iso(r[8]),
    )


class TemplateRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    # ---- templates ------------------------------------------------------------------------
    def list(self) -> builtins.list[EntryTemplate]:
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM templates ORDER BY position, name_key")
        return [_row(r) for r in rows]

    def get(self, template_id: str) -> EntryTemplate | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM templates WHERE id = ?", (template_id,)
        ).fetchone()
        return _row(row) if row else None

    def by_key(self, key: str) -> EntryTemplate | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM templates WHERE name_key = ?", (key,)
        ).fetchone()
        return _row(row) if row else None

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM templates").fetchone()[0])

    def next_position(self) -> int:
        row = self.conn.execute("SELECT max(position) FROM templates").fetchone()
        return 0 if row[0] is None else int(row[0]) + 1

    def insert(self, template: EntryTemplate, key: str, now: datetime) -> None:
        self.conn.execute(
            f"INSERT INTO templates ({_COLUMNS}, name_key) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                template.id,
                template.name,
                template.title,
                template.body,
                json.dumps(list(template.tags), ensure_ascii=False),
                template.position,
                template.starter,
                to_iso(template.created_at or now),
                to_iso(template.updated_at or now),
                key,
            ),
        )

    def update(self, template: EntryTemplate, key: str, now: datetime) -> None:
        self.conn.execute(
            "UPDATE templates SET name = ?, name_key = ?, title = ?, body = ?, tags_json = ?, "
            "updated_at = ? WHERE id = ?",
            (
                template.name,
                key,
                template.title,
                template.body,
                json.dumps(list(template.tags), ensure_ascii=False),
                to_iso(now),
                template.id,
            ),
        )

    def put(self, template: EntryTemplate, key: str) -> None:
        """Store ``template`` exactly as given (position and times too), new or replacing the
        one with its id: how a template from another device is kept. A name another template
        holds is refused by the database (the caller renames first), never overwritten."""
        self.conn.execute(
            f"INSERT INTO templates ({_COLUMNS}, name_key) VALUES (?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, "
            "title = excluded.title, body = excluded.body, tags_json = excluded.tags_json, "
            "position = excluded.position, starter = excluded.starter, "
            "created_at = excluded.created_at, updated_at = excluded.updated_at",
            (
                template.id,
                template.name,
                template.title,
                template.body,
                json.dumps(list(template.tags), ensure_ascii=False),
                template.position,
                template.starter,
                to_iso(template.created_at) if template.created_at else "",
                to_iso(template.updated_at) if template.updated_at else "",
                key,
            ),
        )

    def delete(self, template_id: str) -> bool:
        cur = self.conn.execute("DELETE FROM templates WHERE id = ?", (template_id,))
        return bool(cur.rowcount)

    def set_order(self, ids: builtins.list[str]) -> None:
        """Number ``ids`` 0, 1, 2… in the order given (every template, each once)."""
        for position, template_id in enumerate(ids):
            self.conn.execute(
                "UPDATE templates SET position = ? WHERE id = ?", (position, template_id)
            )

    def starters_offered(self) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM run_records WHERE name = ?", (STARTERS_OFFERED,)
        ).fetchone()
        return row is not None

    def mark_starters_offered(self, now: datetime) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO run_records (name, value, at) VALUES (?, '1', ?)",
            (STARTERS_OFFERED, to_iso(now)),
        )

    # ---- the lines an entry was made with ---------------------------------------------------
    def set_entry_lines(self, entry_id: str, used: TemplateLines) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO entry_template_lines (entry_seq, title, lines_json) "
            "SELECT seq, ?, ? FROM entries WHERE id = ?",
            (used.title, json.dumps(list(used.lines), ensure_ascii=False), entry_id),
        )

    def clear_entry_lines(self, entry_id: str) -> None:
        self.conn.execute(
            "DELETE FROM entry_template_lines WHERE entry_seq = "
            "(SELECT seq FROM entries WHERE id = ?)",
            (entry_id,),
        )

    def entry_lines(self, entry_id: str) -> TemplateLines | None:
        row = self.conn.execute(
            "SELECT l.title, l.lines_json FROM entry_template_lines l "
            "JOIN entries e ON e.seq = l.entry_seq WHERE e.id = ?",
            (entry_id,),
        ).fetchone()
        return TemplateLines(row[0], tuple(json.loads(row[1]))) if row else None

    def all_entry_lines(self) -> dict[str, TemplateLines]:
        """Every entry's template lines by entry id (few entries have any)."""
        rows = self.conn.execute(
            "SELECT e.id, l.title, l.lines_json FROM entry_template_lines l "
            "JOIN entries e ON e.seq = l.entry_seq"
        )
        return {r[0]: TemplateLines(r[1], tuple(json.loads(r[2]))) for r in rows}
