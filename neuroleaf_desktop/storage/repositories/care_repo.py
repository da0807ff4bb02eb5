"""Care records: run records of scheduled jobs, nudges, questionnaires, breathing sessions,
and the safety plan."""

from __future__ import annotations

import builtins
import json
from datetime import datetime
from typing import Any

from neuroleaf_desktop.domain.care_records import NudgeRecord as NudgeRecord  # re-exported
from neuroleaf_desktop.domain.care_records import QuestionnaireRecord as QuestionnaireRecord
from neuroleaf_desktop.domain.timeutil import from_iso, to_iso


class CareRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    # ---- run records (when did the daily check last run?) -------------------------------
    def last_run(self, name: str) -> datetime | None:
        row = self.conn.execute("SELECT at FROM run_records WHERE name = ?", (name,)).fetchone()
        return from_iso(row[0]) if row else None

    def record_run(self, name: str, at: datetime, value: str = "") -> None:
        self.conn.execute(
            "INSERT INTO run_records (name, value, at) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value, at = excluded.at",
            (name, value, to_iso(at)),
        )

    # ---- nudges ---------------------------------------------------------------------------
    def add_nudge(self, nudge: NudgeRecord) -> None:
        self.conn.execute(
            "INSERT INTO nudges (id, kind, created_at, local_day, reason, state) "
            "VALUES (?,?,?,?,?,?)",
            (nudge.id, nudge.kind, to_iso(nudge.created_at), nudge.local_day, nudge.reason,
             nudge.state),
        )  # fmt: skip

    def set_nudge_state(self, nudge_id: str, state: str) -> bool:
        cur = self.conn.execute("UPDATE nudges SET state = ? WHERE id = ?", (state, nudge_id))
        return bool(cur.rowcount)

    def nudges(self, limit: int = 100) -> builtins.list[NudgeRecord]:
        rows = self.conn.execute(
            "SELECT id, kind, created_at, local_day, reason, state FROM nudges "
            "ORDER BY created_at DESC LIMIT ?",
            (limit,),
        )
        return [NudgeRecord(r[0], r[1], from_iso(r[2]), r[3], r[4], r[5]) for r in rows]

    def last_nudge_day(self) -> str | None:
        row = self.conn.execute("SELECT max(local_day) FROM nudges").fetchone()
        return str(row[0]) if row and row[0] else None

    # ---- questionnaires -------------------------------------------------------------------
    def add_result(self, record: QuestionnaireRecord) -> None:
        self.conn.execute(
            "INSERT INTO questionnaire_results (id, instrument, taken_at, tz_offset_min, "
            "answers_json, total, band) VALUES (?,?,?,?,?,?,?)",
            (record.id, record.instrument, to_iso(record.taken_at), record.tz_offset_min,
             json.dumps(list(record.answers)), record.total, record.band),
        )  # fmt: skip

    def results(self, instrument: str | None = None) -> builtins.list[QuestionnaireRecord]:
        sql = (
            "SELECT id, instrument, taken_at, tz_offset_min, answers_json, total, band "
            "FROM questionnaire_results"
        )
        params: tuple[str, ...] = ()
        if instrument:
            sql += " WHERE instrument = ?"
            params = (instrument,)
        rows = self.conn.execute(sql + " ORDER BY taken_at", params)
        return [
            QuestionnaireRecord(r[0], r[1], from_iso(r[2]), int(r[3]),
                                tuple(json.loads(r[4])), int(r[5]), r[6])
            for r in rows
        ]  # fmt: skip

    # ---- breathing ------------------------------------------------------------------------
    def add_breathing(
        self, session_id: str, pattern: str, started_at: datetime, duration_s: int,
        before: int | None, after: int | None, nudge_id: str | None,
    ) -> None:  # fmt: skip
        self.conn.execute(
            "INSERT INTO breathing_sessions (id, pattern, started_at, duration_s, "
            "feeling_before, feeling_after, nudge_id) VALUES (?,?,?,?,?,?,?)",
            (session_id, pattern, to_iso(started_at), duration_s, before, after, nudge_id),
        )

    def breathing_sessions(self) -> builtins.list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT id, pattern, started_at, duration_s, feeling_before, feeling_after, nudge_id"
            " FROM breathing_sessions ORDER BY started_at"
        )
        keys = ("id", "pattern", "started_at", "duration_s", "before", "after", "nudge_id")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    # ---- safety plan ----------------------------------------------------------------------
    def safety_plan(self) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT plan_json FROM safety_plan WHERE id = 1").fetchone()
        return dict(json.loads(row[0])) if row else None

    def safety_plan_updated_at(self) -> datetime | None:
        row = self.conn.execute("SELECT updated_at FROM safety_plan WHERE id = 1").fetchone()
        return from_iso(row[0]) if row else None

    def set_safety_plan(self, plan: dict[str, Any], at: datetime) -> None:
        self.conn.execute(
            "INSERT INTO safety_plan (id, plan_json, updated_at) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET plan_json = excluded.plan_json, "
            "updated_at = excluded.updated_at",
            (json.dumps(plan), to_iso(at)),
        )
