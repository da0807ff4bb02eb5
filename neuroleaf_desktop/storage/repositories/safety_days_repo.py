"""The days on which a saved entry's safety check raised a flag (inside the encrypted vault).

Why stored: "signs on several recent days" is a warning sign of its own, and the person's
entries are the only place it can come from. Only the entry id, its local day and the level
are kept; the words that raised the flag are never stored here or logged.
"""

from __future__ import annotations

from datetime import date
from typing import Any


class SafetyDaysRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def set_flag(self, entry_id: str, local_day: date, severity: str) -> None:
        self.conn.execute(
            "INSERT INTO safety_flag_days (entry_id, local_day, severity) VALUES (?, ?, ?) "
            "ON CONFLICT (entry_id) DO UPDATE SET local_day = excluded.local_day, "
            "severity = excluded.severity",
            (entry_id, local_day.isoformat(), severity),
        )

    def clear_flag(self, entry_id: str) -> None:
        self.conn.execute("DELETE FROM safety_flag_days WHERE entry_id = ?", (entry_id,))

    def other_days_with_flags(self, since: date, until: date, *, besides: date) -> int:
        """Distinct local days in ``since..until`` (inclusive), other than ``besides``, on
        which an entry that still exists (not in the bin) was flagged."""
        row = self.conn.execute(
            "SELECT COUNT(DISTINCT f.local_day) FROM safety_flag_days f "
            "JOIN entries e ON e.id = f.entry_id AND e.deleted_at IS NULL "
            "WHERE f.local_day BETWEEN ? AND ? AND f.local_day != ?",
            (since.isoformat(), until.isoformat(), besides.isoformat()),
        ).fetchone()
        return int(row[0]) if row else 0
