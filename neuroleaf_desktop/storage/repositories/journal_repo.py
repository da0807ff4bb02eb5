"""Journal entries, their tags, and the FTS5 index, kept consistent in one transaction."""

from __future__ import annotations

import builtins
import calendar
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from neuroleaf_desktop.domain.filters import EntryFilter as EntryFilter  # re-exported
from neuroleaf_desktop.domain.models import EntrySource, JournalEntry, SearchHit
from neuroleaf_desktop.domain.search_query import to_fts_query
from neuroleaf_desktop.domain.timeutil import from_iso, to_iso

_COLUMNS = (
    "e.seq, e.id, e.created_at, e.updated_at, e.tz_offset_min, e.title, e.body, e.source, "
    "e.voice_duration_s, e.deleted_at, e.starred"
)

# The local calendar day an entry was written on: its UTC text time plus its own offset.
_LOCAL_DAY = "date(substr(e.created_at, 1, 19), e.tz_offset_min || ' minutes')"
_NEAR = timedelta(days=1)  # UTC offsets run from -12 h to +14 h: a local day is within a day
_MOST_WINDOWS = 400  # 200 day ranges ORed, far below SQLite's expression depth of 1000


class JournalRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    # ---- writes ---------------------------------------------------------------------------
    def insert(self, entry: JournalEntry) -> int:
        cur = self.conn.execute(
            "INSERT INTO entries (id, created_at, updated_at, tz_offset_min, title, body, source,"
            " voice_duration_s, deleted_at, starred) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                entry.id,
                to_iso(entry.created_at),
                to_iso(entry.updated_at),
                entry.tz_offset_min,
                entry.title,
                entry.body,
                entry.source.value,
                entry.voice_duration_s,
                to_iso(entry.deleted_at) if entry.deleted_at else None,
                int(entry.starred),
            ),
        )
        seq = int(cur.lastrowid)
        self._set_tags(seq, entry.tags)
        self._index(seq, entry.title, entry.body, entry.tags)
        return seq

    def update(self, entry: JournalEntry) -> None:
        """Write the entry's title, text, tags and edit time. Not its star: that is the
        person's mark, changed only by ``set_starred`` (an edit or a re-import of the text
        never takes it away)."""
        seq = self._seq(entry.id)
        self.conn.execute(
            "UPDATE entries SET title = ?, body = ?, updated_at = ? WHERE seq = ?",
            (entry.title, entry.body, to_iso(entry.updated_at), seq),
        )
        self._set_tags(seq, entry.tags)
        self.conn.execute("DELETE FROM entry_fts WHERE rowid = ?", (seq,))
        self._index(seq, entry.title, entry.body, entry.tags)

    def set_deleted(self, entry_id: str, deleted_at: datetime | None) -> bool:
        cur = self.conn.execute(
            "UPDATE entries SET deleted_at = ? WHERE id = ?",
            (to_iso(deleted_at) if deleted_at else None, entry_id),
        )
        return bool(cur.rowcount)

    def set_starred(self, entry_id: str, starred: bool) -> bool:
        """Star or unstar one entry; False when there is no such entry. The edit time stays:
        a star marks the entry, it does not change what was written."""
        cur = self.conn.execute(
            "UPDATE entries SET starred = ? WHERE id = ?", (int(starred), entry_id)
        )
        return bool(cur.rowcount)

    def purge(self, entry_id: str) -> bool:
        """Delete for real: row, tags and index row. secure_delete zeroes the freed pages."""
        seq = self._seq_or_none(entry_id)
        if seq is None:
            return False
        self.conn.execute("DELETE FROM entry_fts WHERE rowid = ?", (seq,))
        self.conn.execute("DELETE FROM entry_tags WHERE entry_seq = ?", (seq,))
        self.conn.execute("DELETE FROM entries WHERE seq = ?", (seq,))
        self.drop_unused_tags()
        return True

    def deleted_before(self, cutoff: datetime) -> builtins.list[str]:
        rows = self.conn.execute(
            "SELECT id FROM entries WHERE deleted_at IS NOT NULL AND deleted_at < ?",
            (to_iso(cutoff),),
        )
        return [r[0] for r in rows]

    def _set_tags(self, seq: int, tags: tuple[str, ...]) -> None:
        self.conn.execute("DELETE FROM entry_tags WHERE entry_seq = ?", (seq,))
        for position, name in enumerate(tags):
            self.conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
            tag_id = self.conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()[0]
            self.conn.execute(
                "INSERT INTO entry_tags (entry_seq, tag_id, position) VALUES (?,?,?)",
                (seq, tag_id, position),
            )

    def _index(self, seq: int, title: str, body: str, tags: tuple[str, ...]) -> None:
        self.conn.execute(
            "INSERT INTO entry_fts (rowid, title, body, tags) VALUES (?,?,?,?)",
            (seq, title, body, " ".join(tags)),
        )

    # ---- reads ----------------------------------------------------------------------------
    def _seq_or_none(self, entry_id: str) -> int | None:
        row = self.conn.execute("SELECT seq FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return int(row[0]) if row else None

    def _seq(self, entry_id: str) -> int:
        seq = self._seq_or_none(entry_id)
        if seq is None:
            raise KeyError(entry_id)
        return seq

    def exists(self, entry_id: str) -> bool:
        """Is there an entry (live or trashed) with this full id? Reads no content."""
        return self._seq_or_none(entry_id) is not None

    def get(self, entry_id: str) -> JournalEntry | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM entries e WHERE e.id = ?", (entry_id,)
        ).fetchone()
        return self._hydrate([row])[0] if row else None

    def find_by_prefix(self, prefix: str) -> builtins.list[str]:
        rows = self.conn.execute(
            "SELECT id FROM entries WHERE id LIKE ? ESCAPE '\\' LIMIT 3",
            (prefix.replace("%", "\\%").replace("_", "\\_") + "%",),
        )
        return [r[0] for r in rows]

    def list(self, flt: EntryFilter) -> builtins.list[JournalEntry]:
        """A page of entries (``flt.starred``: just the starred ones, by a partial index)."""
        where, params = self._where(flt)
        order = "DESC" if flt.newest_first else "ASC"
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM entries e WHERE {where} "
            f"ORDER BY e.created_at {order}, e.seq {order} LIMIT ? OFFSET ?",
            (*params, flt.limit, flt.offset),
        ).fetchall()
        return self._hydrate(rows)

    def count(self, flt: EntryFilter) -> int:
        where, params = self._where(flt)
        return int(
            self.conn.execute(f"SELECT count(*) FROM entries e WHERE {where}", params).fetchone()[0]
        )

    def _where(self, flt: EntryFilter) -> tuple[str, builtins.list[Any]]:
        clauses = ["e.deleted_at IS NOT NULL" if flt.deleted else "e.deleted_at IS NULL"]
        if flt.starred:
            clauses.append("e.starred = 1")  # written as the index's condition, so it is used
        params: builtins.list[Any] = []
        if flt.since:
            clauses.append("e.created_at >= ?")
            params.append(to_iso(flt.since))
        if flt.until:
            clauses.append("e.created_at < ?")
            params.append(to_iso(flt.until))
        if flt.source:
            clauses.append("e.source = ?")
            params.append(flt.source.value)
        if flt.tag:
            clauses.append(
                "e.seq IN (SELECT et.entry_seq FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                " WHERE t.name = ?)"
            )
            params.append(flt.tag)
        return " AND ".join(clauses), params

    def _hydrate(self, rows: builtins.list[Any]) -> builtins.list[JournalEntry]:
        if not rows:
            return []
        seqs = [r[0] for r in rows]
        tags: dict[int, builtins.list[str]] = {s: [] for s in seqs}
        for chunk_start in range(0, len(seqs), 500):
            chunk = seqs[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for seq, name in self.conn.execute(
                "SELECT et.entry_seq, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
                f"WHERE et.entry_seq IN ({marks}) ORDER BY et.entry_seq, et.position",
                chunk,
            ):
                tags[seq].append(name)
        return [
            JournalEntry(
                id=r[1],
                created_at=from_iso(r[2]),
                updated_at=from_iso(r[3]),
                tz_offset_min=int(r[4]),
                title=r[5],
                body=r[6],
                tags=tuple(tags[r[0]]),
                source=EntrySource(r[7]),
                voice_duration_s=r[8],
                deleted_at=from_iso(r[9]) if r[9] else None,
                starred=bool(r[10]),
            )
            for r in rows
        ]

    def on_calendar_days(
        self, month_days: Sequence[tuple[int, int]], before: date
    ) -> builtins.list[tuple[str, date, bool]]:
        """Live entries written on one of ``month_days`` ((month, day) pairs) of a year before
        ``before``'s, each on its own local day (its UTC time plus its own offset), newest
        first: (id, local day, starred). Reads no title or text.

        Each year's day is first narrowed to a few UTC days around it by the time index (an
        entry's offset moves its local day at most a day either way), so a large journal is
        not read through; the local day then decides exactly."""
        first = self.conn.execute("SELECT min(created_at) FROM entries").fetchone()[0]
        if first is None or not month_days:
            return []
        windows: builtins.list[str] = []
        for year in range(from_iso(first).year - 1, before.year):
            for month, day in month_days:
                if month == 2 and day == 29 and not calendar.isleap(year):
                    continue
                start = datetime(year, month, day, tzinfo=UTC)
                windows += [to_iso(start - _NEAR), to_iso(start + _NEAR + _NEAR)]
        if not windows:
            return []
        near = " OR ".join(["(e.created_at >= ? AND e.created_at < ?)"] * (len(windows) // 2))
        if len(windows) > _MOST_WINDOWS:  # centuries of dates: one pass is cheaper than the
            near, windows = "1", []  # ORs, and SQLite caps an expression's depth
        marks = ",".join("?" * len(month_days))
        rows = self.conn.execute(
            f"SELECT e.id, {_LOCAL_DAY} AS day, e.starred FROM entries e "
            f"WHERE ({near}) AND e.deleted_at IS NULL AND day < ? "
            f"AND substr(day, 6, 5) IN ({marks}) ORDER BY e.created_at DESC, e.seq DESC",
            (
                *windows,
                f"{before.year:04d}-01-01",
                *(f"{m:02d}-{d:02d}" for m, d in month_days),
            ),
        ).fetchall()
        return [(r[0], date.fromisoformat(r[1]), bool(r[2])) for r in rows]

    def tag_counts(self) -> builtins.list[tuple[str, int]]:
        rows = self.conn.execute(
            "SELECT t.name, count(*) FROM tags t JOIN entry_tags et ON et.tag_id = t.id "
            "JOIN entries e ON e.seq = et.entry_seq WHERE e.deleted_at IS NULL "
            "GROUP BY t.name ORDER BY count(*) DESC, t.name"
        )
        return [(r[0], int(r[1])) for r in rows]

    def tag_usage(self) -> builtins.list[tuple[str, int, int]]:
        """Every tag with how many live and how many trashed entries hold it: (name, live,
        trashed). Tags held only in the trash are listed too (a tag manager must reach them,
        or a restored entry would bring a tag back that was thought gone)."""
        rows = self.conn.execute(
            "SELECT t.name, sum(e.deleted_at IS NULL), sum(e.deleted_at IS NOT NULL) "
            "FROM tags t JOIN entry_tags et ON et.tag_id = t.id "
            "JOIN entries e ON e.seq = et.entry_seq GROUP BY t.name"
        )
        return [(r[0], int(r[1]), int(r[2])) for r in rows]

    def tagged_with(self, names: Sequence[str]) -> builtins.list[JournalEntry]:
        """Every entry, live or in the trash, holding any tag in ``names``, oldest first."""
        if not names:
            return []
        marks = ",".join("?" * len(names))
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM entries e WHERE e.seq IN (SELECT et.entry_seq FROM "
            f"entry_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name IN ({marks})) "
            "ORDER BY e.created_at, e.seq",
            tuple(names),
        ).fetchall()
        return self._hydrate(rows)

    def drop_unused_tags(self) -> None:
        """Forget tag names no entry holds any more (after a rename, merge or removal)."""
        self.conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        since: datetime | None = None,
        until: datetime | None = None,
        tag: str | None = None,
    ) -> builtins.list[SearchHit]:
        query = to_fts_query(text)
        if not query:
            return []
        clauses = ["entry_fts MATCH ?", "e.deleted_at IS NULL"]
        params: builtins.list[Any] = [query]
        if since:
            clauses.append("e.created_at >= ?")
            params.append(to_iso(since))
        if until:
            clauses.append("e.created_at < ?")
            params.append(to_iso(until))
        if tag:
            clauses.append(
                "e.seq IN (SELECT et.entry_seq FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                " WHERE t.name = ?)"
            )
            params.append(tag)
        rows = self.conn.execute(
            "SELECT e.seq, e.id, e.created_at, e.tz_offset_min, e.title, "
            "snippet(entry_fts, 1, '[[', ']]', '…', 12), bm25(entry_fts, 4.0, 1.0, 2.0) AS rank "
            "FROM entry_fts JOIN entries e ON e.seq = entry_fts.rowid "
            f"WHERE {' AND '.join(clauses)} ORDER BY rank LIMIT ?",
            (*params, limit),
        ).fetchall()
        tag_map = {e.id: e.tags for e in self._hydrate_ids([r[1] for r in rows])}
        return [
            SearchHit(
                entry_id=r[1],
                created_at=from_iso(r[2]),
                tz_offset_min=int(r[3]),
                title=r[4],
                snippet=r[5],
                score=-float(r[6]),
                tags=tag_map.get(r[1], ()),
            )
            for r in rows
        ]

    def _hydrate_ids(self, ids: builtins.list[str]) -> builtins.list[JournalEntry]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM entries e WHERE e.id IN ({marks})", ids
        ).fetchall()
        return self._hydrate(rows)
