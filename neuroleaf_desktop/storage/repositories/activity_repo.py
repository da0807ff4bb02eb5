"""The activities catalogue (walk, friends, therapy…) used as chips in check-ins."""

from __future__ import annotations

import builtins
from typing import Any

from neuroleaf_desktop.domain.models import Activity


class ActivityRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def ensure(self, name: str, category: str = "other") -> int:
        """The id of ``name``, creating it if new (an archived one is brought back)."""
        row = self.conn.execute("SELECT id, archived FROM activities WHERE name = ?", (name,))
        found = row.fetchone()
        if found:
            if found[1]:
                self.conn.execute("UPDATE activities SET archived = 0 WHERE id = ?", (found[0],))
            return int(found[0])
        cur = self.conn.execute(
            "INSERT INTO activities (name, category) VALUES (?, ?)", (name, category)
        )
        return int(cur.lastrowid)

    def list(self, include_archived: bool = False) -> builtins.list[Activity]:
        sql = "SELECT id, name, category, icon, archived FROM activities"
        if not include_archived:
            sql += " WHERE archived = 0"
        rows = self.conn.execute(sql + " ORDER BY category, name")
        return [Activity(int(r[0]), r[1], r[2], r[3], bool(r[4])) for r in rows]

    def set_archived(self, name: str, archived: bool) -> bool:
        cur = self.conn.execute(
            "UPDATE activities SET archived = ? WHERE name = ?", (int(archived), name)
        )
        return bool(cur.rowcount)

    def rename(self, old: str, new: str) -> bool:
        cur = self.conn.execute("UPDATE activities SET name = ? WHERE name = ?", (new, old))
        return bool(cur.rowcount)

    def usage_counts(self) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT a.name, count(ca.checkin_seq) FROM activities a "
            "LEFT JOIN checkin_activities ca ON ca.activity_id = a.id GROUP BY a.name"
        )
        return {r[0]: int(r[1]) for r in rows}
