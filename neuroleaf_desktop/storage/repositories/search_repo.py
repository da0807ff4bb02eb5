"""Search-side reads: filtered full-text search, the set of entries a filter allows, and the
facts a result shows (title, time, tags, source, text for the snippet).

Filters (all optional, combined with AND):

* ``since``/``until``: the entry's UTC time, [since, until);
* ``mood_min``/``mood_max``: the mean mood of the check-ins of the entry's *local* day (each
  check-in counted on its own local day); an entry on a day without check-ins does not pass a
  mood filter;
* ``tags``: the entry has every one of these tags;
* ``source``: text or voice;
* ``starred``: only the entries the person starred.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from neuroleaf_desktop.domain.filters import SearchFilters as SearchFilters  # re-exported
from neuroleaf_desktop.domain.filters import SearchOrder
from neuroleaf_desktop.domain.models import EntrySource
from neuroleaf_desktop.domain.search_query import to_fts_query
from neuroleaf_desktop.domain.snippets import OPEN, highlight
from neuroleaf_desktop.domain.timeutil import from_iso, to_iso

# ORDER BY for each order; fixed text, never built from input. Ties on time keep the rank.
ENTRY_ORDER_SQL: dict[SearchOrder, str] = {
    SearchOrder.BEST: "rank",
    SearchOrder.NEWEST: "e.created_at DESC, rank",
    SearchOrder.OLDEST: "e.created_at ASC, rank",
}


@dataclass(frozen=True)
class FtsRow:
    entry_id: str
    snippet: str
    rank: float  # bm25, lower is better


@dataclass(frozen=True)
class ResultFacts:
    entry_id: str
    created_at: datetime
    tz_offset_min: int
    title: str
    body: str
    source: EntrySource
    tags: tuple[str, ...]
    starred: bool = False


# The local calendar day of a UTC text time plus an offset in minutes (SQLite date modifiers).
_ENTRY_DAY = "date(substr(e.created_at, 1, 19), e.tz_offset_min || ' minutes')"
_CHECKIN_DAY = "date(substr(m.logged_at, 1, 19), m.tz_offset_min || ' minutes')"


def filter_sql(flt: SearchFilters) -> tuple[builtins.list[str], builtins.list[Any]]:
    """WHERE clauses over ``entries e`` (live entries only) and their parameters."""
    clauses = ["e.deleted_at IS NULL"]
    params: builtins.list[Any] = []
    if flt.since is not None:
        clauses.append("e.created_at >= ?")
        params.append(to_iso(flt.since))
    if flt.until is not None:
        clauses.append("e.created_at < ?")
        params.append(to_iso(flt.until))
    if flt.source is not None:
        clauses.append("e.source = ?")
        params.append(flt.source.value)
    if flt.starred:
        clauses.append("e.starred = 1")  # the partial index's own condition
    for tag in flt.tags:
        clauses.append(
            "e.seq IN (SELECT et.entry_seq FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
            " WHERE t.name = ?)"
        )
        params.append(tag)
    if flt.mood_min is not None or flt.mood_max is not None:
        clauses.append(
            f"{_ENTRY_DAY} IN (SELECT day FROM (SELECT {_CHECKIN_DAY} AS day, avg(m.mood) AS mean"
            " FROM mood_checkins m WHERE m.deleted_at IS NULL GROUP BY day)"
            " WHERE mean >= ? AND mean <= ?)"
        )
        params.append(flt.mood_min if flt.mood_min is not None else 0)
        params.append(flt.mood_max if flt.mood_max is not None else 100)
    return clauses, params


def fts_snippet(title: str, body: str, query: str, max_words: int = 14) -> str:
    """The body around its first match; the title when only the title matched."""
    from_body = highlight(body, query, max_words=max_words)
    if OPEN in from_body or not title:
        return from_body
    from_title = highlight(title, query, max_words=max_words)
    return from_title if OPEN in from_title else from_body


class SearchRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def fulltext(
        self, text: str, flt: SearchFilters, limit: int, order: SearchOrder = SearchOrder.BEST
    ) -> builtins.list[FtsRow]:
        """The first ``limit`` live entries matching ``text``, in ``order`` (of all matches)."""
        query = to_fts_query(text)
        if not query:
            return []
        clauses, params = filter_sql(flt)
        # No FTS5 snippet(): it is quadratic in the entry's length. The snippet is cut from a
        # bounded window around the first match instead (domain.snippets.highlight).
        rows = self.conn.execute(
            "SELECT e.id, e.title, e.body, bm25(entry_fts, 4.0, 1.0, 2.0) AS rank "
            "FROM entry_fts JOIN entries e ON e.seq = entry_fts.rowid "
            f"WHERE entry_fts MATCH ? AND {' AND '.join(clauses)} "
            f"ORDER BY {ENTRY_ORDER_SQL[order]} LIMIT ?",
            (query, *params, limit),
        ).fetchall()
        return [FtsRow(r[0], fts_snippet(r[1], r[2], text), float(r[3])) for r in rows]

    def allowed_ids(self, flt: SearchFilters) -> builtins.set[str]:
        """Ids of the live entries ``flt`` lets through."""
        clauses, params = filter_sql(flt)
        where = " AND ".join(clauses)
        rows = self.conn.execute(f"SELECT e.id FROM entries e WHERE {where}", params)
        return {r[0] for r in rows}

    def facts(self, entry_ids: Sequence[str]) -> dict[str, ResultFacts]:
        """What a result shows, for the *live* entries among ``entry_ids``."""
        found: dict[str, ResultFacts] = {}
        ids = list(entry_ids)
        for lo in range(0, len(ids), 500):
            part = ids[lo : lo + 500]
            marks = ",".join("?" * len(part))
            rows = self.conn.execute(
                "SELECT e.seq, e.id, e.created_at, e.tz_offset_min, e.title, e.body, e.source, "
                f"e.starred FROM entries e WHERE e.deleted_at IS NULL AND e.id IN ({marks})",
                part,
            ).fetchall()
            tags: dict[int, builtins.list[str]] = {int(r[0]): [] for r in rows}
            if rows:
                seq_marks = ",".join("?" * len(rows))
                for seq, name in self.conn.execute(
                    "SELECT et.entry_seq, t.name FROM entry_tags et JOIN tags t ON "
                    f"t.id = et.tag_id WHERE et.entry_seq IN ({seq_marks}) "
                    "ORDER BY et.entry_seq, et.position",
                    [int(r[0]) for r in rows],
                ):
                    tags[int(seq)].append(name)
            for r in rows:
                found[r[1]] = ResultFacts(
                    entry_id=r[1],
                    created_at=from_iso(r[2]),
                    tz_offset_min=int(r[3]),
                    title=r[4],
                    body=r[5],
                    source=EntrySource(r[6]),
                    tags=tuple(tags[int(r[0])]),
                    starred=bool(r[7]),
                )
        return found
