"""Mood check-ins with their emotion words and activities, and the full-text index of their
notes (``checkin_fts``, rowid = the check-in's seq, kept in step here on every write)."""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import Any

from neuroleaf_desktop.domain.filters import SearchOrder
from neuroleaf_desktop.domain.models import MoodCheckIn
from neuroleaf_desktop.domain.timeutil import from_iso, to_iso
from neuroleaf_desktop.storage.repositories.activity_repo import ActivityRepository

# ORDER BY for each search order; fixed text, never built from input.
_NOTE_ORDER_SQL: dict[SearchOrder, str] = {
    SearchOrder.BEST: "rank",
    SearchOrder.NEWEST: "m.logged_at DESC, rank",
    SearchOrder.OLDEST: "m.logged_at ASC, rank",
}

_COLUMNS = (
    "m.seq, m.id, m.logged_at, m.tz_offset_min, m.mood, m.energy, m.anxiety, m.sleep_hours,"
    " m.sleep_quality, m.note, m.created_at, m.deleted_at"
)


class MoodRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.activities = ActivityRepository(conn)

    def insert(self, checkin: MoodCheckIn) -> int:
        cur = self.conn.execute(
            "INSERT INTO mood_checkins (id, logged_at, tz_offset_min, mood, energy, anxiety,"
            " sleep_hours, sleep_quality, note, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                checkin.id,
                to_iso(checkin.logged_at),
                checkin.tz_offset_min,
                checkin.mood,
                checkin.energy,
                checkin.anxiety,
                checkin.sleep_hours,
                checkin.sleep_quality,
                checkin.note,
                to_iso(checkin.created_at or checkin.logged_at),
            ),
        )
        seq = int(cur.lastrowid)
        self._set_labels(seq, checkin)
        self._index(seq, checkin.note)
        return seq

    def update(self, checkin: MoodCheckIn) -> bool:
        """Replace what a check-in says (time, scales, labels, note); its id and creation
        time stay. False when there is no such check-in."""
        row = self.conn.execute(
            "SELECT seq FROM mood_checkins WHERE id = ?", (checkin.id,)
        ).fetchone()
        if row is None:
            return False
        seq = int(row[0])
        self.conn.execute(
            "UPDATE mood_checkins SET logged_at = ?, tz_offset_min = ?, mood = ?, energy = ?,"
            " anxiety = ?, sleep_hours = ?, sleep_quality = ?, note = ? WHERE seq = ?",
            (
                to_iso(checkin.logged_at),
                checkin.tz_offset_min,
                checkin.mood,
                checkin.energy,
                checkin.anxiety,
                checkin.sleep_hours,
                checkin.sleep_quality,
                checkin.note,
                seq,
            ),
        )
        self.conn.execute("DELETE FROM checkin_emotions WHERE checkin_seq = ?", (seq,))
        self.conn.execute("DELETE FROM checkin_activities WHERE checkin_seq = ?", (seq,))
        self._set_labels(seq, checkin)
        self.conn.execute("DELETE FROM checkin_fts WHERE rowid = ?", (seq,))
        self._index(seq, checkin.note)
        return True

    def _set_labels(self, seq: int, checkin: MoodCheckIn) -> None:
        for pos, emotion in enumerate(checkin.emotions):
            self.conn.execute(
                "INSERT INTO checkin_emotions (checkin_seq, emotion, position) VALUES (?,?,?)",
                (seq, emotion, pos),
            )
        for pos, name in enumerate(checkin.activities):
            activity_id = self.activities.ensure(name)
            self.conn.execute(
                "INSERT INTO checkin_activities (checkin_seq, activity_id, position) "
                "VALUES (?,?,?)",
                (seq, activity_id, pos),
            )

    def _index(self, seq: int, note: str) -> None:
        if note:
            self.conn.execute("INSERT INTO checkin_fts (rowid, note) VALUES (?,?)", (seq, note))

    def set_deleted(self, checkin_id: str, deleted_at: datetime | None) -> bool:
        cur = self.conn.execute(
            "UPDATE mood_checkins SET deleted_at = ? WHERE id = ?",
            (to_iso(deleted_at) if deleted_at else None, checkin_id),
        )
        return bool(cur.rowcount)

    def purge(self, checkin_id: str) -> bool:
        self.conn.execute(
            "DELETE FROM checkin_fts WHERE rowid IN (SELECT seq FROM mood_checkins WHERE id = ?)",
            (checkin_id,),
        )
        cur = self.conn.execute("DELETE FROM mood_checkins WHERE id = ?", (checkin_id,))
        return bool(cur.rowcount)

    def find_by_prefix(self, prefix: str) -> builtins.list[str]:
        """Ids starting with ``prefix`` (the CLI shows the first 8 characters)."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.conn.execute(
            "SELECT id FROM mood_checkins WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (escaped + "%",)
        )
        return [r[0] for r in rows]

    def search_notes(
        self, fts_query: str, limit: int, order: SearchOrder = SearchOrder.BEST
    ) -> builtins.list[tuple[str, str, float]]:
        """(id, snippet with [[ ]] marks, bm25 rank) of live check-ins whose note matches, the
        first ``limit`` of all matches in ``order``."""
        rows = self.conn.execute(
            "SELECT m.id, snippet(checkin_fts, 0, '[[', ']]', '…', 14), bm25(checkin_fts) AS rank"
            " FROM checkin_fts JOIN mood_checkins m ON m.seq = checkin_fts.rowid"
            " WHERE checkin_fts MATCH ? AND m.deleted_at IS NULL"
            f" ORDER BY {_NOTE_ORDER_SQL[order]} LIMIT ?",
            (fts_query, limit),
        ).fetchall()
        return [(r[0], r[1], float(r[2])) for r in rows]

    def get(self, checkin_id: str) -> MoodCheckIn | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM mood_checkins m WHERE m.id = ?", (checkin_id,)
        ).fetchone()
        return self._hydrate([row])[0] if row else None

    def list(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        limit: int | None = None,
        newest_first: bool = True,
        include_deleted: bool = False,
    ) -> builtins.list[MoodCheckIn]:
        clauses = ["1 = 1" if include_deleted else "m.deleted_at IS NULL"]
        params: builtins.list[Any] = []
        if since:
            clauses.append("m.logged_at >= ?")
            params.append(to_iso(since))
        if until:
            clauses.append("m.logged_at < ?")
            params.append(to_iso(until))
        order = "DESC" if newest_first else "ASC"
        sql = (
            f"SELECT {_COLUMNS} FROM mood_checkins m WHERE {' AND '.join(clauses)} "
            f"ORDER BY m.logged_at {order}, m.seq {order}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._hydrate(self.conn.execute(sql, params).fetchall())

    def _hydrate(self, rows: builtins.list[Any]) -> builtins.list[MoodCheckIn]:
        if not rows:
            return []
        seqs = [r[0] for r in rows]
        emotions: dict[int, builtins.list[str]] = {s: [] for s in seqs}
        activities: dict[int, builtins.list[str]] = {s: [] for s in seqs}
        for start in range(0, len(seqs), 500):
            chunk = seqs[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for seq, emotion in self.conn.execute(
                f"SELECT checkin_seq, emotion FROM checkin_emotions WHERE checkin_seq IN ({marks})"
                " ORDER BY checkin_seq, position",
                chunk,
            ):
                emotions[seq].append(emotion)
            for seq, name in self.conn.execute(
                "SELECT ca.checkin_seq, a.name FROM checkin_activities ca "
                f"JOIN activities a ON a.id = ca.activity_id WHERE ca.checkin_seq IN ({marks}) "
                "ORDER BY ca.checkin_seq, ca.position",
                chunk,
            ):
                activities[seq].append(name)
        return [
            MoodCheckIn(
                id=r[1],
                logged_at=from_iso(r[2]),
                tz_offset_min=int(r[3]),
                mood=int(r[4]),
                energy=r[5],
                anxiety=r[6],
                sleep_hours=r[7],
                sleep_quality=r[8],
                note=r[9],
                emotions=tuple(emotions[r[0]]),
                activities=tuple(activities[r[0]]),
                created_at=from_iso(r[10]),
                deleted_at=from_iso(r[11]) if r[11] else None,
            )
            for r in rows
        ]
