"""Each kind of record as the JSON object the export writes, and which settings may leave the vault.

Kept apart from ``export_service`` (which assembles, writes and imports whole documents) because
these are the export format's per-record shapes: one function per kind, no vault access, so a
change to the schema in ``schemas/neuroleaf-export-v2.schema.json`` has one place to look.
"""

from __future__ import annotations

import re
from typing import Any

from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.models import Activity, JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.timeutil import to_iso
from neuroleaf_desktop.services.importers.base import BreathingRecord
from neuroleaf_desktop.services.settings_service import SCHEMA
from neuroleaf_desktop.storage.repositories.care_repo import NudgeRecord, QuestionnaireRecord

# Settings whose name says "secret" never leave the vault, whatever features add them later.
_SECRET_WORDS = frozenset({"passphrase", "password", "secret", "token", "key", "apikey"})


def is_secret_setting(key: str) -> bool:
    return bool(_SECRET_WORDS & set(re.split(r"[^a-z0-9]+", key.lower())))


def exportable_setting(key: str, value: Any) -> bool:
    return key in SCHEMA and not is_secret_setting(key) and SCHEMA[key][1](value)


# ---- records to JSON -------------------------------------------------------------------------
def entry_to_json(e: JournalEntry) -> dict[str, Any]:
    return {
        "id": e.id,
        "created_at": to_iso(e.created_at),
        "updated_at": to_iso(e.updated_at),
        "tz_offset_min": e.tz_offset_min,
        "title": e.title,
        "body": e.body,
        "tags": list(e.tags),
        "source": e.source.value,
        "voice_duration_s": e.voice_duration_s,
        "deleted_at": to_iso(e.deleted_at) if e.deleted_at else None,
        "starred": e.starred,
    }


def checkin_to_json(c: MoodCheckIn) -> dict[str, Any]:
    return {
        "id": c.id,
        "logged_at": to_iso(c.logged_at),
        "created_at": to_iso(c.created_at or c.logged_at),
        "tz_offset_min": c.tz_offset_min,
        "mood": c.mood,
        "energy": c.energy,
        "anxiety": c.anxiety,
        "sleep_hours": c.sleep_hours,
        "sleep_quality": c.sleep_quality,
        "emotions": list(c.emotions),
        "activities": list(c.activities),
        "note": c.note,
        "deleted_at": to_iso(c.deleted_at) if c.deleted_at else None,
    }


def activity_to_json(a: Activity) -> dict[str, Any]:
    return {"name": a.name, "category": a.category, "icon": a.icon, "archived": a.archived}


def analysis_to_json(a: EntryAnalysis) -> dict[str, Any]:
    s = a.sentiment
    return {
        "entry_id": a.entry_id,
        "analyser": a.analyser,
        "analyser_version": a.analyser_version,
        "compound": s.compound,
        "positive": s.positive,
        "neutral": s.neutral,
        "negative": s.negative,
        "emotions": dict(a.emotions),
        "stress_keywords": [[k, w] for k, w in a.stress_keywords],
        "content_hash": a.content_hash,
        "analysed_at": to_iso(a.analysed_at) if a.analysed_at else None,
    }


def questionnaire_to_json(q: QuestionnaireRecord) -> dict[str, Any]:
    return {
        "id": q.id,
        "instrument": q.instrument,
        "taken_at": to_iso(q.taken_at),
        "tz_offset_min": q.tz_offset_min,
        "answers": list(q.answers),
        "total": q.total,
        "band": q.band,
    }


def breathing_to_json(b: BreathingRecord) -> dict[str, Any]:
    return {
        "id": b.id,
        "pattern": b.pattern,
        "started_at": to_iso(b.started_at),
        "duration_s": b.duration_s,
        "feeling_before": b.feeling_before,
        "feeling_after": b.feeling_after,
        "nudge_id": b.nudge_id,
    }


def nudge_to_json(n: NudgeRecord) -> dict[str, Any]:
    return {
        "id": n.id,
        "kind": n.kind,
        "created_at": to_iso(n.created_at),
        "local_day": n.local_day,
        "reason": n.reason,
        "state": n.state,
    }
