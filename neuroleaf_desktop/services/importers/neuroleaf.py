"""NeuroLeaf's own JSON export (``"format": "neuroleaf-export"``, versions 1 and 2), read back.

Version 2 adds the entry templates and the template lines of entries made from them
(``services/export_templates.py``); a version-1 file simply has none.

Lossless: values are checked with the app's validation rules but stored exactly as written
(our own exports hold only values the app stored), ids and timestamps included.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis, SentimentScores
from neuroleaf_desktop.domain.models import Activity, EntrySource, JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.questionnaires import INSTRUMENTS, score
from neuroleaf_desktop.domain.timeutil import from_iso
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.importers.base import (
    MAX_IMPORT_BYTES,
    BreathingRecord,
    ImportBundle,
    RecordContext,
    SafetyPlanRecord,
    parse_json,
    read_limited,
    too_large,
)
from neuroleaf_desktop.services.importers.templates import (
    TemplatedBundle,
    parse_entry_lines,
    parse_template,
)
from neuroleaf_desktop.storage.repositories.care_repo import NudgeRecord, QuestionnaireRecord

FORMAT = "neuroleaf-export"
SUPPORTED_VERSIONS = (1, 2)
_SECTIONS = ("warning_signs", "coping_steps", "people", "professionals", "reasons")
_NUDGE_STATES = ("shown", "opened", "dismissed")


def _obj(raw: Any, what: str = "record") -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ValueError(f"the {what} must be a JSON object")
    return raw


def _str(raw: dict[str, Any], key: str, *, nullable: bool = False) -> Any:
    value = raw[key]
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be text")
    return value


def _int(raw: dict[str, Any], key: str, *, nullable: bool = False) -> Any:
    value = raw[key]
    if value is None and nullable:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key!r} must be a whole number")
    return value


def _num(raw: dict[str, Any], key: str, *, nullable: bool = False) -> Any:
    value = raw[key]
    if value is None and nullable:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{key!r} must be a number")
    return float(value)


def _time(raw: dict[str, Any], key: str, *, nullable: bool = False) -> Any:
    text = _str(raw, key, nullable=nullable)
    if text is None:
        return None
    try:
        moment = from_iso(text)
    except ValueError:
        raise ValueError(f"{key!r} must be a UTC time like 2026-11-25T09:00:00.000000Z") from None
    v.check_moment(moment, "record")
    return moment


def _offset(raw: dict[str, Any]) -> int:
    offset = _int(raw, "tz_offset_min")
    if not -18 * 60 <= offset <= 18 * 60:
        raise ValueError("'tz_offset_min' must be between -1080 and 1080 minutes")
    return int(offset)


def _labels(raw: dict[str, Any], key: str, what: str) -> tuple[str, ...]:
    value = raw[key]
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ValueError(f"{key!r} must be a list of text")
    v.clean_labels(value, what=what)  # raises on what the app would refuse
    if len(set(value)) != len(value):
        raise ValueError(f"{key!r} lists the same {what} twice")
    return tuple(value)


def _id(raw: dict[str, Any], key: str = "id") -> str:
    value = _str(raw, key)
    if not value or len(value) > 100 or not value.isprintable():
        raise ValueError(f"{key!r} must be a short, printable id")
    return str(value)


def parse_entry(raw: Any) -> JournalEntry:
    raw = _obj(raw)
    title, body = _str(raw, "title"), _str(raw, "body")
    v.clean_title(title)
    v.clean_body(body)
    v.require_content(title, body)
    duration = _num(raw, "voice_duration_s", nullable=True)
    if duration is not None and duration < 0:
        raise ValidationError("A recording cannot have a negative duration.")
    source = _str(raw, "source")
    if source not in ("text", "voice"):
        raise ValueError("'source' must be 'text' or 'voice'")
    starred = raw.get("starred", False)  # exports before stars have none: not starred
    if not isinstance(starred, bool):
        raise ValueError("'starred' must be true or false")
    return JournalEntry(
        id=_id(raw),
        created_at=_time(raw, "created_at"),
        updated_at=_time(raw, "updated_at"),
        tz_offset_min=_offset(raw),
        title=title,
        body=body,
        tags=_labels(raw, "tags", "tag"),
        source=EntrySource(source),
        voice_duration_s=duration,
        deleted_at=_time(raw, "deleted_at", nullable=True),
        starred=starred,
    )


def parse_checkin(raw: Any) -> MoodCheckIn:
    raw = _obj(raw)
    mood = _int(raw, "mood")
    v.check_scale(mood, "mood")
    energy, anxiety = _int(raw, "energy", nullable=True), _int(raw, "anxiety", nullable=True)
    v.check_scale(energy, "energy")
    v.check_scale(anxiety, "anxiety")
    sleep = _num(raw, "sleep_hours", nullable=True)
    v.check_sleep_hours(sleep)
    quality = _int(raw, "sleep_quality", nullable=True)
    v.check_scale(quality, "sleep quality", v.SLEEP_QUALITY_MIN, v.SLEEP_QUALITY_MAX)
    note = _str(raw, "note")
    v.clean_note(note)
    return MoodCheckIn(
        id=_id(raw),
        logged_at=_time(raw, "logged_at"),
        tz_offset_min=_offset(raw),
        mood=mood,
        energy=energy,
        anxiety=anxiety,
        sleep_hours=sleep,
        sleep_quality=quality,
        emotions=_labels(raw, "emotions", "emotion"),
        activities=_labels(raw, "activities", "activity"),
        note=note,
        created_at=_time(raw, "created_at"),
        deleted_at=_time(raw, "deleted_at", nullable=True),
    )


def parse_activity(raw: Any) -> Activity:
    raw = _obj(raw)
    name, category, icon = _str(raw, "name"), _str(raw, "category"), _str(raw, "icon")
    v.clean_label(name, what="activity")
    v.clean_label(category, what="category")
    if len(icon) > 16:
        raise ValueError("'icon' is at most 16 characters")
    archived = raw["archived"]
    if not isinstance(archived, bool):
        raise ValueError("'archived' must be true or false")
    return Activity(id=0, name=name, category=category, icon=icon, archived=archived)


def parse_analysis(raw: Any) -> EntryAnalysis:
    raw = _obj(raw)
    scores = [_num(raw, k) for k in ("compound", "positive", "neutral", "negative")]
    if not -1 <= scores[0] <= 1 or not all(0 <= s <= 1 for s in scores[1:]):
        raise ValueError("sentiment scores are out of range")
    emotions = _obj(raw["emotions"], "'emotions'")
    if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in emotions.values()):
        raise ValueError("'emotions' maps names to numbers")
    keywords = raw["stress_keywords"]
    if not isinstance(keywords, list) or not all(
        isinstance(k, list) and len(k) == 2 and isinstance(k[0], str)
        and isinstance(k[1], int | float) and not isinstance(k[1], bool)
        for k in keywords
    ):  # fmt: skip
        raise ValueError("'stress_keywords' is a list of [phrase, weight] pairs")
    return EntryAnalysis(
        analyser=_str(raw, "analyser"),
        analyser_version=_int(raw, "analyser_version"),
        sentiment=SentimentScores(*scores),
        emotions={str(k): float(x) for k, x in emotions.items()},
        stress_keywords=tuple((str(k), float(w)) for k, w in keywords),
        content_hash=_str(raw, "content_hash"),
        entry_id=_id(raw, "entry_id"),
        analysed_at=_time(raw, "analysed_at", nullable=True),
    )


def parse_questionnaire(raw: Any) -> QuestionnaireRecord:
    raw = _obj(raw)
    instrument = _str(raw, "instrument")
    if instrument not in INSTRUMENTS:
        raise ValueError(f"unknown questionnaire {instrument!r}")
    answers = raw["answers"]
    if not isinstance(answers, list):
        raise ValueError("'answers' must be a list")
    result = score(INSTRUMENTS[instrument], answers)
    total, band = _int(raw, "total"), _str(raw, "band")
    if total != result.total or band != result.band.value:
        raise ValueError("the total or band does not match the answers")
    return QuestionnaireRecord(
        id=_id(raw), instrument=instrument, taken_at=_time(raw, "taken_at"),
        tz_offset_min=_offset(raw), answers=result.answers, total=total, band=band,
    )  # fmt: skip


def parse_breathing(raw: Any) -> BreathingRecord:
    raw = _obj(raw)
    before = _int(raw, "feeling_before", nullable=True)
    after = _int(raw, "feeling_after", nullable=True)
    v.check_scale(before, "feeling before")
    v.check_scale(after, "feeling after")
    duration = _int(raw, "duration_s")
    if duration < 0:
        raise ValueError("'duration_s' cannot be negative")
    nudge_id = raw["nudge_id"]
    if nudge_id is not None and not isinstance(nudge_id, str):
        raise ValueError("'nudge_id' must be text or null")
    return BreathingRecord(
        id=_id(raw), pattern=_str(raw, "pattern"), started_at=_time(raw, "started_at"),
        duration_s=duration, feeling_before=before, feeling_after=after, nudge_id=nudge_id,
    )  # fmt: skip


def parse_nudge(raw: Any) -> NudgeRecord:
    raw = _obj(raw)
    state, day = _str(raw, "state"), _str(raw, "local_day")
    if state not in _NUDGE_STATES:
        raise ValueError(f"'state' must be one of {', '.join(_NUDGE_STATES)}")
    date.fromisoformat(day)
    return NudgeRecord(
        id=_id(raw), kind=_str(raw, "kind"), created_at=_time(raw, "created_at"),
        local_day=day, reason=_str(raw, "reason"), state=state,
    )  # fmt: skip


def parse_safety_plan(raw: Any) -> SafetyPlanRecord:
    raw = _obj(raw, "safety plan")
    sections = _obj(raw["sections"], "'sections'")
    unknown = set(sections) - set(_SECTIONS)
    if unknown:
        raise ValueError(f"unknown safety-plan sections: {', '.join(sorted(unknown))}")
    plan: dict[str, list[str]] = {}
    for key, items in sections.items():
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise ValueError(f"safety-plan section {key!r} must be a list of text")
        plan[key] = list(items)
    return SafetyPlanRecord(plan=plan, updated_at=_time(raw, "updated_at"))


def _list(doc: dict[str, Any], key: str, ctx: RecordContext) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise ctx.fail(key, f"{key!r} must be a list.")
    return value


def parse_document(doc: Any, file: str) -> ImportBundle:
    ctx = RecordContext(file)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ctx.fail(None, "this is not a NeuroLeaf export (its 'format' is not "
                       f"{FORMAT!r}).")  # fmt: skip
    version = doc.get("version")
    if version not in SUPPORTED_VERSIONS:
        raise ctx.fail(
            None,
            f"export version {version!r} is not supported by this app (it reads version "
            f"{', '.join(map(str, SUPPORTED_VERSIONS))}). A newer NeuroLeaf may read it.",
        )

    def each(key: str, parse: Callable[[Any], Any]) -> list[Any]:
        return ctx.each(_list(doc, key, ctx), lambda i: f"{key}[{i}]", parse)

    bundle = TemplatedBundle(
        source_format="neuroleaf",
        file=file,
        foreign=False,
        entries=each("entries", parse_entry),
        checkins=each("checkins", parse_checkin),
        activities=each("activities", parse_activity),
        analyses=each("analyses", parse_analysis),
        questionnaires=each("questionnaires", parse_questionnaire),
        breathing=each("breathing_sessions", parse_breathing),
        nudges=each("nudges", parse_nudge),
        templates=each("templates", parse_template),
        entry_lines=dict(each("entry_template_lines", parse_entry_lines)),
    )
    groups: tuple[tuple[str, Sequence[JournalEntry | MoodCheckIn]], ...] = (
        ("entries", bundle.entries),
        ("checkins", bundle.checkins),
    )
    for kind, items in groups:
        seen: set[str] = set()
        for index, item in enumerate(items):
            if item.id in seen:
                raise ctx.fail(f"{kind}[{index}]", f"the id {item.id} appears twice.")
            seen.add(item.id)
    entry_ids = {e.id for e in bundle.entries}
    for index, analysis in enumerate(bundle.analyses):
        if analysis.entry_id not in entry_ids:
            raise ctx.fail(f"analyses[{index}]", "it belongs to an entry not in the file.")
    for entry_id in bundle.entry_lines:
        if entry_id not in entry_ids:
            raise ctx.fail("entry_template_lines", "they belong to an entry not in the file.")
    plan = doc.get("safety_plan")
    if plan is not None:
        bundle.safety_plan = ctx.call("safety_plan", parse_safety_plan, plan)
    settings = doc.get("settings", {})
    if not isinstance(settings, dict):
        raise ctx.fail("settings", "'settings' must be an object.")
    bundle.settings = dict(settings)
    return bundle


def loads(data: bytes, file: str) -> ImportBundle:
    ctx = RecordContext(file)
    if len(data) > MAX_IMPORT_BYTES:
        raise ctx.fail(None, too_large(MAX_IMPORT_BYTES))
    return parse_document(parse_json(data, ctx), file)


def load(path: Path) -> ImportBundle:
    """Read with a cap (a 1 GB file or ``/dev/zero`` stops early), then parse."""
    ctx = RecordContext(str(path))
    return loads(read_limited(path, ctx, MAX_IMPORT_BYTES), str(path))
