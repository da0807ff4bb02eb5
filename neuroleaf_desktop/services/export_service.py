"""Export everything a person keeps as one JSON document, and import such documents back.

The JSON export (``"format": "neuroleaf-export", "version": 2``, schema in
``schemas/neuroleaf-export-v2.schema.json``) is complete and lossless: entries (with the trash
flag, the star, tags, source, voice duration and time-zone offsets), check-ins (with emotions and
activities, trashed ones too), the activities catalogue, entry analyses, questionnaire
results, breathing sessions, nudges, the safety plan, settings without secrets, and the entry
templates with the template lines of the entries made from them (``export_templates.py``;
version 2 added them, version-1 files still import). It is
deterministic: keys sorted, every list in a stable order, timestamps in the vault's canonical
UTC form, so the same data always gives the same bytes (apart from ``exported_at``).

Importing (any format: see ``services/importers``) is one vault transaction: a bad record
anywhere means nothing changes. Records already in the vault (same id; for foreign formats
also same content and time) are skipped and counted, so re-importing a file is harmless.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from neuroleaf_desktop import __version__
from neuroleaf_desktop.domain.models import Activity, JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.timeutil import local_date, to_iso
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services import export_templates
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.export_records import (
    activity_to_json,
    analysis_to_json,
    breathing_to_json,
    checkin_to_json,
    entry_to_json,
    exportable_setting,
    nudge_to_json,
    questionnaire_to_json,
)
from neuroleaf_desktop.services.importers import updates
from neuroleaf_desktop.services.importers.base import (
    BreathingRecord,
    ImportBundle,
    SafetyPlanRecord,
    checkin_content_key,
    entry_content_key,
)
from neuroleaf_desktop.services.importers.templates import TemplatedBundle
from neuroleaf_desktop.services.output_paths import check_output_path, write_output
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.activity_repo import ActivityRepository
from neuroleaf_desktop.storage.repositories.analysis_repo import AnalysisRepository
from neuroleaf_desktop.storage.repositories.care_repo import (
    CareRepository,
)
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter, JournalRepository
from neuroleaf_desktop.storage.repositories.mood_repo import MoodRepository
from neuroleaf_desktop.storage.repositories.settings_repo import SettingsRepository

log = get_logger("export")

FORMAT = "neuroleaf-export"
VERSION = 2
_ALL = 1 << 62
KINDS = (
    "entries",
    "checkins",
    "activities",
    "analyses",
    "questionnaires",
    "breathing_sessions",
    "nudges",
    "safety_plan",
    "settings",
    *export_templates.TEMPLATE_KINDS,
)


# ---- reading the vault -----------------------------------------------------------------------
def read_bundle(session: Session) -> ImportBundle:
    """Everything in the vault, as the same records an importer produces."""
    from neuroleaf_desktop.domain.timeutil import from_iso

    with session.vault.reading() as conn:
        journal = JournalRepository(conn)
        entries = journal.list(EntryFilter(limit=_ALL, newest_first=False))
        entries += journal.list(EntryFilter(limit=_ALL, newest_first=False, deleted=True))
        checkins = MoodRepository(conn).list(newest_first=False, include_deleted=True)
        activities = ActivityRepository(conn).list(include_archived=True)
        analyses = AnalysisRepository(conn).all()
        care = CareRepository(conn)
        questionnaires = care.results()
        breathing = [
            BreathingRecord(
                id=str(b["id"]),
                pattern=str(b["pattern"]),
                started_at=from_iso(str(b["started_at"])),
                duration_s=int(b["duration_s"]),
                feeling_before=b["before"],
                feeling_after=b["after"],
                nudge_id=b["nudge_id"],
            )
            for b in care.breathing_sessions()
        ]
        nudges = care.nudges(_ALL)
        plan = care.safety_plan()
        plan_at = care.safety_plan_updated_at()
        settings = SettingsRepository(conn).get_all()
        templates, entry_lines = export_templates.read_templates(conn)
    return TemplatedBundle(
        source_format="neuroleaf",
        file="(vault)",
        foreign=False,
        entries=entries,
        checkins=checkins,
        activities=activities,
        analyses=analyses,
        questionnaires=questionnaires,
        breathing=breathing,
        nudges=nudges,
        safety_plan=(
            SafetyPlanRecord({k: [str(x) for x in vs] for k, vs in plan.items()}, plan_at)
            if plan is not None and plan_at is not None
            else None
        ),
        settings={k: val for k, val in settings.items() if exportable_setting(k, val)},
        templates=templates,
        entry_lines=entry_lines,
    )


def _in_range(day: date, since: date | None, until: date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def build_export(
    session: Session,
    *,
    since: date | None = None,
    until: date | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The export document. ``since``/``until`` are inclusive local dates (the writer's day)."""
    bundle = read_bundle(session)
    return bundle_to_document(bundle, since=since, until=until, now=now or session.clock())


def bundle_to_document(
    bundle: ImportBundle,
    *,
    since: date | None = None,
    until: date | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    def keep(moment: datetime, offset: int) -> bool:
        return _in_range(local_date(moment, offset), since, until)

    entries = [e for e in bundle.entries if keep(e.created_at, e.tz_offset_min)]
    entry_ids = {e.id for e in entries}
    checkins = [c for c in bundle.checkins if keep(c.logged_at, c.tz_offset_min)]
    questionnaires = [q for q in bundle.questionnaires if keep(q.taken_at, q.tz_offset_min)]
    breathing = [b for b in bundle.breathing if keep(b.started_at, 0)]
    nudges = [n for n in bundle.nudges if _in_range(date.fromisoformat(n.local_day), since, until)]
    analyses = [a for a in bundle.analyses if a.entry_id in entry_ids]
    plan = bundle.safety_plan
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": to_iso(now or datetime.now(UTC)),
        "range": {
            "from": since.isoformat() if since else None,
            "to": until.isoformat() if until else None,
        },
        "entries": [
            entry_to_json(e) for e in sorted(entries, key=lambda e: (to_iso(e.created_at), e.id))
        ],
        "checkins": [
            checkin_to_json(c) for c in sorted(checkins, key=lambda c: (to_iso(c.logged_at), c.id))
        ],
        "activities": [
            activity_to_json(a) for a in sorted(bundle.activities, key=lambda a: a.name)
        ],
        "analyses": [
            analysis_to_json(a)
            for a in sorted(analyses, key=lambda a: (str(a.entry_id), a.analyser))
        ],
        "questionnaires": [
            questionnaire_to_json(q)
            for q in sorted(questionnaires, key=lambda q: (to_iso(q.taken_at), q.id))
        ],
        "breathing_sessions": [
            breathing_to_json(b)
            for b in sorted(breathing, key=lambda b: (to_iso(b.started_at), b.id))
        ],
        "nudges": [
            nudge_to_json(n) for n in sorted(nudges, key=lambda n: (to_iso(n.created_at), n.id))
        ],
        "safety_plan": (
            {"sections": plan.plan, "updated_at": to_iso(plan.updated_at)} if plan else None
        ),
        "settings": dict(sorted(bundle.settings.items())),
        **export_templates.sections(bundle, entry_ids),
    }


def dumps(document: dict[str, Any]) -> str:
    """The canonical text: sorted keys, UTF-8 as is (no \\u escapes), one trailing newline."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def content_of(document: dict[str, Any]) -> dict[str, Any]:
    """The document without the fields that describe the export run rather than the data."""
    return {k: v for k, v in document.items() if k not in ("exported_at", "app_version")}


def export_json(
    session: Session,
    out: Path,
    *,
    since: date | None = None,
    until: date | None = None,
    force: bool = False,
) -> dict[str, int]:
    """Write the (unencrypted, by the person's choice) JSON export; returns counts per kind.

    ``out`` follows ``output_paths``: not in the app's folders, no overwrite unless ``force``.
    """
    check_output_path(out, force=force)  # refuse before the work, not after
    document = build_export(session, since=since, until=until)
    write_output(out, dumps(document).encode("utf-8"), force=force)
    counts = {k: len(document[k]) for k in KINDS if isinstance(document[k], list)}
    log.info("export.json", **counts)
    return counts


# ---- importing -------------------------------------------------------------------------------
@dataclass
class KindCount:
    new: int = 0
    duplicates: int = 0
    updated: int = 0  # records an earlier import brought in, changed since in the source


@dataclass
class ImportReport:
    source_format: str
    file: str
    dry_run: bool
    counts: dict[str, KindCount] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def count(self, kind: str) -> KindCount:
        return self.counts.setdefault(kind, KindCount())

    @property
    def total_new(self) -> int:
        return sum(c.new for c in self.counts.values())

    @property
    def total_duplicates(self) -> int:
        return sum(c.duplicates for c in self.counts.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.source_format,
            "file": self.file,
            "dry_run": self.dry_run,
            "imported" if not self.dry_run else "would_import": {
                k: c.new for k, c in sorted(self.counts.items())
            },
            "duplicates_skipped": {k: c.duplicates for k, c in sorted(self.counts.items())},
            "updated" if not self.dry_run else "would_update": {
                k: c.updated for k, c in sorted(self.counts.items()) if c.updated
            },
            "notes": list(self.notes),
        }


def _ids(conn: Any, table: str, column: str = "id") -> set[str]:
    return {str(r[0]) for r in conn.execute(f"SELECT {column} FROM {table}")}


def _split(
    items: Iterable[Any], seen: set[str], report: KindCount, key: Any = lambda x: x.id
) -> list[Any]:
    fresh = []
    for item in items:
        k = key(item)
        if k in seen:
            report.duplicates += 1
            continue
        seen.add(k)
        fresh.append(item)
        report.new += 1
    return fresh


def import_bundle(session: Session, bundle: ImportBundle, *, dry_run: bool = False) -> ImportReport:
    """Write ``bundle`` into the vault in one transaction (or only report, with ``dry_run``).

    Into an empty profile everything is taken over, including settings, the safety plan and
    the activity catalogue's details. Into a profile in use, the person's own settings, safety
    plan and activity details win; the file's fill only what is missing.
    """
    report = ImportReport(bundle.source_format, bundle.file, dry_run, notes=list(bundle.notes))
    try:
        written = _import_in_transaction(session, bundle, report, dry_run)
    except _DryRunError:
        return report
    log.info("import.done", fmt=bundle.source_format, new=report.total_new,
             duplicates=report.total_duplicates)  # fmt: skip
    # Per record, as if written by hand: analysis and the search index pick them up.
    for entry in written.entries:
        if entry.deleted_at is None:
            session.events.publish(Change(Topic.ENTRY, "created", entry.id))
    for checkin in written.checkins:
        session.events.publish(Change(Topic.CHECKIN, "created", checkin.id))
    for entry in written.updated_entries:
        session.events.publish(Change(Topic.ENTRY, "updated", entry.id))
    for checkin in written.updated_checkins:
        session.events.publish(Change(Topic.CHECKIN, "updated", checkin.id))
    for key in written.settings:
        session.events.publish(Change(Topic.SETTINGS, "updated", key))
    return report


@dataclass
class _Written:
    entries: list[JournalEntry]
    checkins: list[MoodCheckIn]
    settings: dict[str, Any]
    updated_entries: list[JournalEntry] = field(default_factory=list)
    updated_checkins: list[MoodCheckIn] = field(default_factory=list)


class _DryRunError(Exception):
    """Raised inside the transaction so that a dry run rolls back whatever it touched."""


def _import_in_transaction(
    session: Session, bundle: ImportBundle, report: ImportReport, dry_run: bool
) -> _Written:
    with session.vault.transaction() as conn:
        journal, mood = JournalRepository(conn), MoodRepository(conn)
        activities_repo, care = ActivityRepository(conn), CareRepository(conn)
        settings_repo = SettingsRepository(conn)
        fresh_profile = not _ids(conn, "entries") and not _ids(conn, "mood_checkins")

        entry_updates: list[JournalEntry] = []
        checkin_updates: list[MoodCheckIn] = []
        if bundle.foreign:
            entries, entry_updates = _match_foreign_entries(journal, bundle, report)
            checkins, checkin_updates = _match_foreign_checkins(mood, bundle, report)
        else:
            entries = _split(bundle.entries, _ids(conn, "entries"), report.count("entries"))
            checkins = _split(
                bundle.checkins, _ids(conn, "mood_checkins"), report.count("checkins")
            )
        new_entry_ids = {e.id for e in entries}

        known_activities = {a.name: a for a in activities_repo.list(include_archived=True)}
        act_count = report.count("activities")
        for activity in bundle.activities:
            current = known_activities.get(activity.name)
            if current is None:
                act_count.new += 1
            else:
                act_count.duplicates += 1

        analyses = []
        an_count = report.count("analyses")
        for analysis in bundle.analyses:
            if analysis.entry_id in new_entry_ids:
                analyses.append(analysis)
                an_count.new += 1
            else:
                an_count.duplicates += 1

        questionnaires = _split(
            bundle.questionnaires,
            _ids(conn, "questionnaire_results"),
            report.count("questionnaires"),
        )
        breathing = _split(
            bundle.breathing, _ids(conn, "breathing_sessions"), report.count("breathing_sessions")
        )
        nudges = _split(bundle.nudges, _ids(conn, "nudges"), report.count("nudges"))

        plan_count = report.count("safety_plan")
        has_plan = care.safety_plan() is not None
        take_plan = bundle.safety_plan is not None and (fresh_profile or not has_plan)
        if bundle.safety_plan is not None:
            if take_plan:
                plan_count.new += 1
            else:
                plan_count.duplicates += 1
                report.notes.append("Kept this profile's own safety plan (the file has one too).")

        stored = settings_repo.get_all()
        settings_count = report.count("settings")
        settings: dict[str, Any] = {}
        for key, value in sorted(bundle.settings.items()):
            if not exportable_setting(key, value):
                continue
            if fresh_profile or key not in stored:
                settings[key] = value
                settings_count.new += 1
            else:
                settings_count.duplicates += 1

        made = export_templates.write_templates(conn, bundle, session.clock())
        lines = export_templates.entry_lines_counts(bundle, new_entry_ids)
        for kind, counted in zip(export_templates.TEMPLATE_KINDS, (made, lines), strict=True):
            if counted.new or counted.duplicates:
                report.count(kind).new += counted.new
                report.count(kind).duplicates += counted.duplicates

        if dry_run:
            raise _DryRunError

        for entry in entries:
            journal.insert(entry)
        export_templates.write_entry_lines(conn, bundle, new_entry_ids)
        for entry in entry_updates:
            journal.update(entry)
            if entry.starred:  # a star in the other app adds one; it never takes one away
                journal.set_starred(entry.id, True)
        for checkin in checkin_updates:  # no in-place update for check-ins: same id again
            mood.purge(checkin.id)
            mood.insert(checkin)
        for checkin in checkins:
            mood.insert(checkin)
            if checkin.deleted_at is not None:
                mood.set_deleted(checkin.id, checkin.deleted_at)
        # After the check-ins: inserting one brings its activity back from the archive.
        for activity in bundle.activities:
            if fresh_profile or activity.name not in known_activities:
                _put_activity(conn, activities_repo, activity)
        analyser = AnalysisRepository(conn)
        for analysis in analyses:
            assert analysis.entry_id is not None
            analyser.upsert(analysis.entry_id, analysis, analysis.analysed_at or session.clock())
        for q in questionnaires:
            care.add_result(q)
        for n in nudges:
            care.add_nudge(n)
        for b in breathing:
            care.add_breathing(
                b.id, b.pattern, b.started_at, b.duration_s, b.feeling_before,
                b.feeling_after, b.nudge_id,
            )  # fmt: skip
        if take_plan and bundle.safety_plan is not None:
            care.set_safety_plan(bundle.safety_plan.plan, bundle.safety_plan.updated_at)
        for key, value in settings.items():
            settings_repo.set(key, value)
    return _Written(entries, checkins, settings, entry_updates, checkin_updates)


def _match_foreign_entries(
    journal: JournalRepository, bundle: ImportBundle, report: ImportReport
) -> tuple[list[JournalEntry], list[JournalEntry]]:
    stored = journal.list(EntryFilter(limit=_ALL)) + journal.list(
        EntryFilter(limit=_ALL, deleted=True)
    )
    keys = {entry_content_key(e) for e in stored}
    found = updates.match(
        bundle.entries,
        stored,
        updates.entry_content,
        lambda e: entry_content_key(e) in keys,
        updates.entry_adds,
    )
    count = report.count("entries")
    count.new, count.updated, count.duplicates = (
        len(found.fresh), len(found.updates), found.duplicates)  # fmt: skip
    return found.fresh, found.updates


def _match_foreign_checkins(
    mood: MoodRepository, bundle: ImportBundle, report: ImportReport
) -> tuple[list[MoodCheckIn], list[MoodCheckIn]]:
    stored = mood.list(newest_first=False, include_deleted=True)
    keys = {checkin_content_key(c) for c in stored}
    found = updates.match(
        bundle.checkins, stored, updates.checkin_content, lambda c: checkin_content_key(c) in keys
    )
    count = report.count("checkins")
    count.new, count.updated, count.duplicates = (
        len(found.fresh), len(found.updates), found.duplicates)  # fmt: skip
    return found.fresh, found.updates


def _put_activity(conn: Any, repo: ActivityRepository, activity: Activity) -> None:
    activity_id = repo.ensure(activity.name, activity.category)
    conn.execute(
        "UPDATE activities SET category = ?, icon = ?, archived = ? WHERE id = ?",
        (activity.category, activity.icon, int(activity.archived), activity_id),
    )
