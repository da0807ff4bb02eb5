"""Stored entry analyses (``entry_analyses``), one row per entry and analyser.

Rows are keyed by the entry's ``seq`` so purging an entry cascades to its analyses; the public
methods speak entry ids like the rest of the app.
"""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from neuroleaf_desktop.domain.analysis.analyzer import content_hash
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis, SentimentScores
from neuroleaf_desktop.domain.timeutil import from_iso, to_iso

_COLUMNS = (
    "e.id, a.analyser, a.analyser_version, a.compound, a.positive, a.neutral, a.negative, "
    "a.emotions_json, a.stress_keywords_json, a.content_hash, a.analysed_at, a.gate"
)


@dataclass(frozen=True)
class DatedAnalysis:
    """An analysis with its entry's time, for charts over a period."""

    entry_id: str
    created_at: datetime  # UTC
    tz_offset_min: int
    analysis: EntryAnalysis


def _hydrate(row: Any) -> EntryAnalysis:
    return EntryAnalysis(
        analyser=row[1],
        analyser_version=int(row[2]),
        sentiment=SentimentScores(float(row[3]), float(row[4]), float(row[5]), float(row[6])),
        emotions={str(k): float(v) for k, v in json.loads(row[7]).items()},
        stress_keywords=tuple((str(k), float(w)) for k, w in json.loads(row[8])),
        content_hash=row[9],
        entry_id=row[0],
        analysed_at=from_iso(row[10]),
        gate=str(row[11]),
    )


class AnalysisRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def upsert(self, entry_id: str, analysis: EntryAnalysis, analysed_at: datetime) -> bool:
        """Store (or replace) the analysis of ``entry_id``. False if the entry is gone."""
        row = self.conn.execute("SELECT seq FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            return False
        s = analysis.sentiment
        self.conn.execute(
            "INSERT INTO entry_analyses (entry_seq, analyser, analyser_version, compound, "
            "positive, neutral, negative, emotions_json, stress_keywords_json, content_hash, "
            "analysed_at, gate) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (entry_seq, analyser) DO UPDATE SET "
            "analyser_version = excluded.analyser_version, compound = excluded.compound, "
            "positive = excluded.positive, neutral = excluded.neutral, "
            "negative = excluded.negative, emotions_json = excluded.emotions_json, "
            "stress_keywords_json = excluded.stress_keywords_json, "
            "content_hash = excluded.content_hash, analysed_at = excluded.analysed_at, "
            "gate = excluded.gate",
            (
                int(row[0]),
                analysis.analyser,
                analysis.analyser_version,
                s.compound,
                s.positive,
                s.neutral,
                s.negative,
                json.dumps(analysis.emotions, sort_keys=True),
                json.dumps([[k, w] for k, w in analysis.stress_keywords]),
                analysis.content_hash,
                to_iso(analysed_at),
                analysis.gate,
            ),
        )
        return True

    def get(self, entry_id: str, analyser: str) -> EntryAnalysis | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM entry_analyses a JOIN entries e ON e.seq = a.entry_seq "
            "WHERE e.id = ? AND a.analyser = ?",
            (entry_id, analyser),
        ).fetchone()
        return _hydrate(row) if row else None

    def delete(self, entry_id: str, analyser: str | None = None) -> int:
        sql = "DELETE FROM entry_analyses WHERE entry_seq = (SELECT seq FROM entries WHERE id = ?)"
        params: builtins.list[Any] = [entry_id]
        if analyser is not None:
            sql += " AND analyser = ?"
            params.append(analyser)
        return int(self.conn.execute(sql, params).rowcount)

    def outdated(
        self,
        analyser: str,
        version: int,
        gate: str = "",
        *,
        saved_before: datetime | None = None,
    ) -> builtins.list[str]:
        """Live entries whose ``analyser`` result is missing, older than ``version``, or stale
        (the text changed since: content hash differs); with a ``gate`` (its weights version),
        also those whose result that gate did not read. Oldest entries first.

        ``saved_before`` leaves out entries saved at or after that moment: whoever saved them
        queued their own analysis, and a second job for the same save would race it."""
        where = "e.deleted_at IS NULL"
        params: builtins.list[Any] = [analyser]
        if saved_before is not None:
            where += " AND e.updated_at < ?"
            params.append(to_iso(saved_before))
        rows = self.conn.execute(
            "SELECT e.id, e.title, e.body, a.analyser_version, a.content_hash, a.gate "
            "FROM entries e "
            "LEFT JOIN entry_analyses a ON a.entry_seq = e.seq AND a.analyser = ? "
            f"WHERE {where} ORDER BY e.created_at, e.seq",
            params,
        )
        return [
            r[0]
            for r in rows
            if r[3] is None
            or int(r[3]) < version
            or r[4] != content_hash(r[1], r[2])
            or (gate and r[5] != gate)
        ]

    def live_entry_ids(self) -> builtins.list[str]:
        rows = self.conn.execute(
            "SELECT id FROM entries WHERE deleted_at IS NULL ORDER BY created_at, seq"
        )
        return [r[0] for r in rows]

    def in_range(
        self, analyser: str, since: datetime | None = None, until: datetime | None = None
    ) -> builtins.list[DatedAnalysis]:
        """Analyses of live entries written in [since, until), oldest first."""
        clauses = ["a.analyser = ?", "e.deleted_at IS NULL"]
        params: builtins.list[Any] = [analyser]
        if since is not None:
            clauses.append("e.created_at >= ?")
            params.append(to_iso(since))
        if until is not None:
            clauses.append("e.created_at < ?")
            params.append(to_iso(until))
        rows = self.conn.execute(
            f"SELECT {_COLUMNS}, e.created_at, e.tz_offset_min FROM entry_analyses a "
            f"JOIN entries e ON e.seq = a.entry_seq WHERE {' AND '.join(clauses)} "
            "ORDER BY e.created_at, e.seq",
            params,
        )
        return [DatedAnalysis(r[0], from_iso(r[12]), int(r[13]), _hydrate(r)) for r in rows]

    def all(self) -> builtins.list[EntryAnalysis]:
        """Every stored analysis (of live and trashed entries), for export."""
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM entry_analyses a JOIN entries e ON e.seq = a.entry_seq "
            "ORDER BY e.id, a.analyser"
        )
        return [_hydrate(r) for r in rows]

    def count(self, analyser: str) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM entry_analyses WHERE analyser = ?", (analyser,)
        ).fetchone()
        return int(row[0])
