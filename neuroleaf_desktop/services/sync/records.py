"""The vault's records as sync payloads, and remote payloads written back into the vault.

A record is identified by (kind, local id): entries, check-ins and questionnaire results by
their UUID, activities by name, settings by key, the safety plan as the one "plan". Content
is plain JSON (times in the vault's canonical UTC text) so the same record hashes the same on
every device. The trash travels
with the record (``deleted_at``): trash and restore sync as ordinary edits; purging for good
is a deletion (a tombstone).

Entry templates are records too (kind ``template``, keyed by the template's id; their
rules, names and merging are in ``template_records``).

Kept voice recordings are records too (kind ``audio``, keyed by their entry's id). Their
bytes are large, so a recording is described in the vault's snapshot by its metadata and
stored size only (``compact``), and the bytes are read just before sealing (``expand``) and
checked against that size when opened. One recording is one item, up to ``MAX_AUDIO_BYTES``
as stored (compressed): that covers the longest recording the app makes (15 minutes); a
longer one imported from a file stays on its device and sync says so.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from datetime import datetime
from typing import Any

from neuroleaf_desktop.domain import validation
from neuroleaf_desktop.domain.models import EntrySource, JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.templates import TemplateLines
from neuroleaf_desktop.domain.timeutil import from_iso, to_iso
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.settings_service import SCHEMA
from neuroleaf_desktop.services.sync import template_records
from neuroleaf_desktop.services.sync.errors import TamperError
from neuroleaf_desktop.services.sync.items import content_hash
from neuroleaf_desktop.storage.repositories.activity_repo import ActivityRepository
from neuroleaf_desktop.storage.repositories.care_repo import CareRepository
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter, JournalRepository
from neuroleaf_desktop.storage.repositories.mood_repo import MoodRepository
from neuroleaf_desktop.storage.repositories.settings_repo import SettingsRepository
from neuroleaf_desktop.storage.repositories.sync_repo import SyncRepository
from neuroleaf_desktop.storage.repositories.template_repo import TemplateRepository

Key = tuple[str, str]  # (kind, local id)
Data = dict[str, Any]

ENTRY, CHECKIN, ACTIVITY, SETTING, QUESTIONNAIRE, SAFETY_PLAN, AUDIO = (
    "entry", "checkin", "activity", "setting", "questionnaire", "safety_plan", "audio",
)  # fmt: skip
TEMPLATE = template_records.TEMPLATE
# Audio last: a device pushes a new entry before its recording, so a fresh device usually
# has the entry by the time the recording arrives (the engine copes when it does not).
KINDS = (ENTRY, CHECKIN, ACTIVITY, SETTING, QUESTIONNAIRE, SAFETY_PLAN, TEMPLATE, AUDIO)
# 15 minutes of 16 kHz mono int16 is 28.8 MB before compression; base64 inside the item
# makes the largest item about 41 MiB, which the server accepts by default (48 MiB).
MAX_AUDIO_BYTES = 30 * 1024 * 1024
_PCM = "pcm"  # the key of a recording's bytes (base64) inside a sealed item
_TEMPLATE = "template"  # an entry's template lines: {"title": …, "lines": […]}
# Preferences about this computer, not about the person: each device keeps its own.
DEVICE_LOCAL_SETTINGS = frozenset({"close_to_tray", "lock_on_minimize", "voice_model", "text_size"})
CONFLICT_MARK = " (conflicted copy)"
_ALL = 10**9


def tracked(kind: str, local_id: str) -> bool:
    """Whether this app keeps such a record. Others (a newer app's kinds or settings) stay
    on the server untouched: their absence here is not a deletion."""
    if kind == SETTING:
        return local_id in SCHEMA and local_id not in DEVICE_LOCAL_SETTINGS
    return kind in KINDS


def _iso(moment: Any) -> str | None:
    return to_iso(moment) if moment is not None else None


def entry_data(e: JournalEntry, template: TemplateLines | None = None) -> Data:
    """An entry as it travels. The star is written only when set: an unstarred entry's
    record is exactly what apps before stars wrote (so upgrading re-sends nothing), and a
    record without it reads as not starred. The template lines an entry was started with
    travel likewise only when it has them, so every device reads the entry without its
    template's unchanged questions."""
    data: Data = {
        "created_at": to_iso(e.created_at),
        "updated_at": to_iso(e.updated_at),
        "tz_offset_min": e.tz_offset_min,
        "title": e.title,
        "body": e.body,
        "tags": list(e.tags),
        "source": e.source.value,
        "voice_duration_s": e.voice_duration_s,
        "deleted_at": _iso(e.deleted_at),
    }
    if e.starred:
        data["starred"] = True
    if template is not None:
        data[_TEMPLATE] = {"title": template.title, "lines": list(template.lines)}
    return data


def _template_of(data: Data) -> TemplateLines | None:
    raw = data.get(_TEMPLATE)
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("title"), str):
        raise TypeError("template")
    lines = raw.get("lines")
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
        raise TypeError("template")
    return TemplateLines(raw["title"], tuple(lines))


def _store_template(conn: Any, entry_id: str, data: Data) -> None:
    """The record is the whole entry: its template lines are what it says, none included."""
    repo = TemplateRepository(conn)
    template = _template_of(data)
    if template is None:
        repo.clear_entry_lines(entry_id)
    else:
        repo.set_entry_lines(entry_id, template)


def with_star(data: Data, starred: bool) -> Data:
    """An entry record with its star set or cleared, written as ``entry_data`` writes it."""
    other = {k: v for k, v in data.items() if k != "starred"}
    return {**other, "starred": True} if starred else other


def is_starred(data: Data) -> bool:
    return data.get("starred") is True


def only_star_changed(data: Data, base_hash: str) -> bool:
    """Whether an entry record differs from the version both devices last agreed on (its
    hash, ``base_hash``) by its star alone: the same record with the star the other way
    round hashes to the base."""
    return content_hash(with_star(data, not is_starred(data))) == base_hash


def checkin_data(c: MoodCheckIn) -> Data:
    return {
        "logged_at": to_iso(c.logged_at),
        "tz_offset_min": c.tz_offset_min,
        "mood": c.mood,
        "energy": c.energy,
        "anxiety": c.anxiety,
        "sleep_hours": c.sleep_hours,
        "sleep_quality": c.sleep_quality,
        "emotions": list(c.emotions),
        "activities": list(c.activities),
        "note": c.note,
        "created_at": _iso(c.created_at),
        "deleted_at": _iso(c.deleted_at),
    }


def snapshot(conn: Any) -> dict[Key, Data]:
    """Every syncable record in the vault, by (kind, local id)."""
    found: dict[Key, Data] = {}
    journal = JournalRepository(conn)
    templates = TemplateRepository(conn).all_entry_lines()
    for trash in (False, True):
        for e in journal.list(EntryFilter(deleted=trash, limit=_ALL)):
            found[(ENTRY, e.id)] = entry_data(e, templates.get(e.id))
    for c in MoodRepository(conn).list(include_deleted=True):
        found[(CHECKIN, c.id)] = checkin_data(c)
    for kind in (ACTIVITY, SETTING, QUESTIONNAIRE, SAFETY_PLAN):
        for local_id, data in _small_kinds(conn, kind).items():
            found[(kind, local_id)] = data
    for template_id, data in template_records.snapshot(conn).items():
        found[(TEMPLATE, template_id)] = data
    for entry_id, meta in _syncable_audio(conn).items():
        found[(AUDIO, entry_id)] = meta
    return found


def _syncable_audio(conn: Any) -> dict[str, Data]:
    return {
        entry_id: meta
        for entry_id, meta in SyncRepository(conn).audio_meta().items()
        if meta["size"] <= MAX_AUDIO_BYTES
    }


def audio_too_large(conn: Any) -> int:
    """How many kept recordings are too large to sync (they stay on this device)."""
    return sum(m["size"] > MAX_AUDIO_BYTES for m in SyncRepository(conn).audio_meta().values())


def expand(conn: Any, kind: str, local_id: str, data: Data | None) -> Data | None:
    """A record's content as it travels: a recording's description gains its bytes."""
    if kind != AUDIO or data is None:
        return data
    raw = SyncRepository(conn).audio_bytes(local_id)
    if raw is None or len(raw) != data["size"]:
        raise KeyError(local_id)  # changed since the snapshot: the next run sends it
    return {**data, _PCM: base64.b64encode(raw).decode("ascii")}


def compact(kind: str, data: Data | None) -> Data | None:
    """A record's content as the vault's snapshot describes it (what hashes are taken of):
    a recording without its bytes. TamperError if the bytes do not match the description."""
    if kind != AUDIO or data is None:
        return data
    described = {k: v for k, v in data.items() if k != _PCM}
    if len(_pcm(data)) != described.get("size"):
        raise TamperError("A recording from the server does not match its description.")
    return described


def _pcm(data: Data) -> bytes:
    try:
        return base64.b64decode(str(data[_PCM]), validate=True)
    except (KeyError, binascii.Error, ValueError):
        raise TamperError("A recording from the server is malformed.") from None


def waits_for_entry(conn: Any, kind: str, local_id: str, data: Data | None) -> bool:
    """A recording whose entry has not arrived yet cannot be stored (it belongs to the
    entry); the engine fetches it again once the entry is here."""
    return kind == AUDIO and data is not None and not SyncRepository(conn).entry_exists(local_id)


def apply(conn: Any, kind: str, local_id: str, data: Data | None) -> Change | None:
    """Make the vault hold ``data`` for this record (None: delete it for good).

    Returns the change to announce once the transaction has committed, or None if the kind
    is unknown (written by a newer app: left on the server, untouched here).
    """
    if kind == ENTRY:
        return _apply_entry(conn, local_id, data)
    if kind == CHECKIN:
        return _apply_checkin(conn, local_id, data)
    if kind == ACTIVITY:
        if data is not None:
            SyncRepository(conn).set_activity(
                local_id, str(data["category"]), str(data["icon"]), bool(data["archived"])
            )
        return Change(Topic.ACTIVITY, "updated", local_id)
    if kind == SETTING:
        repo = SettingsRepository(conn)
        if data is None:
            repo.delete(local_id)
        elif local_id in SCHEMA and SCHEMA[local_id][1](data["value"]):
            repo.set(local_id, data["value"])
        return Change(Topic.SETTINGS, "updated", local_id)
    if kind == SAFETY_PLAN:
        if data is not None:  # the plan is edited, never deleted
            CareRepository(conn).set_safety_plan(dict(data["plan"]), from_iso(data["updated_at"]))
        return Change(Topic.SETTINGS, "updated", "safety_plan")
    if kind == QUESTIONNAIRE:
        sync = SyncRepository(conn)
        if data is None:
            sync.delete_questionnaire(local_id)
        else:
            sync.put_questionnaire({"id": local_id, **data})
        return Change(Topic.CHECKIN, "updated", local_id)
    if kind == TEMPLATE:
        return template_records.apply(conn, local_id, data)
    if kind == AUDIO:
        if data is None:
            SyncRepository(conn).delete_audio(local_id)
        else:
            SyncRepository(conn).put_audio(local_id, data, _pcm(data))
        return Change(Topic.ENTRY, "updated", local_id)  # the entry now has (no) recording
    return None


class UnreadableRecordError(Exception):
    """An authentic record this app cannot keep: a field missing or of the wrong type, or a
    date no journal holds (the device that wrote it had a broken clock or a damaged vault).
    The message is the kind of fault only, never the record's content."""


def check_readable(kind: str, local_id: str, data: Data | None) -> None:
    """Raise UnreadableRecordError unless an entry, check-in or template record can be stored
    as the app itself would store it: every field present with its type, scales in range,
    and every time within the years a journal can keep. Checked before anything is written,
    so a broken record from another device never half-applies or breaks later reads."""
    if data is None or kind not in (ENTRY, CHECKIN, TEMPLATE):
        return
    moments: tuple[datetime | None, ...] = ()
    try:
        if kind == TEMPLATE:
            template_records.check(local_id, data)
        elif kind == ENTRY:
            _check_texts(data, ("title", "body"), ("tags",))
            _template_of(data)
            entry = _entry(local_id, data)
            moments = (entry.created_at, entry.updated_at, entry.deleted_at)
        else:
            _check_texts(data, ("note",), ("emotions", "activities"))
            checkin = _checkin(local_id, data)
            for name in ("mood", "energy", "anxiety"):
                validation.check_scale(getattr(checkin, name), name)
            validation.check_scale(
                checkin.sleep_quality,
                "sleep quality",
                validation.SLEEP_QUALITY_MIN,
                validation.SLEEP_QUALITY_MAX,
            )
            validation.check_sleep_hours(checkin.sleep_hours)
            deleted = from_iso(data["deleted_at"]) if data["deleted_at"] else None
            moments = (checkin.logged_at, checkin.created_at, deleted)
        for moment in moments:
            if moment is not None:
                validation.check_moment(moment, kind)
    except (KeyError, TypeError, ValueError, AttributeError, ValidationError) as exc:
        raise UnreadableRecordError(type(exc).__name__) from exc


def _check_texts(data: Data, texts: tuple[str, ...], lists: tuple[str, ...]) -> None:
    """Text fields must be text and label lists lists of text: ``str()`` would otherwise
    store a missing title as the word "None" and ``tuple()`` split a lone tag into letters."""
    if not all(isinstance(data[name], str) for name in texts):
        raise TypeError("text")
    for name in lists:
        value = data[name]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError("labels")


def _entry(local_id: str, data: Data) -> JournalEntry:
    return JournalEntry(
        id=local_id,
        created_at=from_iso(data["created_at"]),
        updated_at=from_iso(data["updated_at"]),
        tz_offset_min=int(data["tz_offset_min"]),
        title=str(data["title"]),
        body=str(data["body"]),
        tags=tuple(data["tags"]),
        source=EntrySource(data["source"]),
        voice_duration_s=data["voice_duration_s"],
        deleted_at=from_iso(data["deleted_at"]) if data["deleted_at"] else None,
        starred=data.get("starred") is True,
    )


def _apply_entry(conn: Any, local_id: str, data: Data | None) -> Change:
    repo = JournalRepository(conn)
    if data is None:
        repo.purge(local_id)
        return Change(Topic.ENTRY, "purged", local_id)
    entry = _entry(local_id, data)
    if repo.get(local_id) is None:
        repo.insert(entry)
        _store_template(conn, local_id, data)
        return Change(Topic.ENTRY, "created", local_id)
    repo.update(entry)
    repo.set_starred(local_id, entry.starred)  # the record is the whole entry, star and all
    repo.set_deleted(local_id, entry.deleted_at)
    _store_template(conn, local_id, data)
    return Change(Topic.ENTRY, "updated", local_id)


def _checkin(local_id: str, data: Data) -> MoodCheckIn:
    return MoodCheckIn(
        id=local_id,
        logged_at=from_iso(data["logged_at"]),
        tz_offset_min=int(data["tz_offset_min"]),
        mood=int(data["mood"]),
        energy=data["energy"],
        anxiety=data["anxiety"],
        sleep_hours=data["sleep_hours"],
        sleep_quality=data["sleep_quality"],
        emotions=tuple(data["emotions"]),
        activities=tuple(data["activities"]),
        note=str(data["note"]),
        created_at=from_iso(data["created_at"]) if data["created_at"] else None,
    )


def _apply_checkin(conn: Any, local_id: str, data: Data | None) -> Change:
    repo = MoodRepository(conn)
    existed = repo.get(local_id) is not None
    if existed:
        repo.purge(local_id)  # check-ins are replaced whole (last writer wins)
    if data is None:
        return Change(Topic.CHECKIN, "deleted", local_id)
    checkin = _checkin(local_id, data)
    repo.insert(checkin)
    if data["deleted_at"]:
        repo.set_deleted(local_id, from_iso(data["deleted_at"]))
    return Change(Topic.CHECKIN, "updated" if existed else "created", local_id)


def conflicted_copy(conn: Any, data: Data, original_id: str, at: str) -> str:
    """Save this device's version of an entry that another device changed too, as a new
    entry beside the original, marked so the journal can show it. Returns its id."""
    copy_id = str(uuid.uuid4())
    title = str(data["title"]) or "Untitled"
    copy = _entry(copy_id, {**data, "title": title + CONFLICT_MARK, "updated_at": at})
    JournalRepository(conn).insert(copy)
    _store_template(conn, copy_id, data)
    if copy.deleted_at is not None:
        JournalRepository(conn).set_deleted(copy_id, copy.deleted_at)
    SyncRepository(conn).add_conflict(copy_id, original_id, at)
    return copy_id


def read_one(conn: Any, kind: str, local_id: str) -> Data | None:
    """One record's current content, or None if this vault does not hold it."""
    if kind == ENTRY:
        entry = JournalRepository(conn).get(local_id)
        template = TemplateRepository(conn).entry_lines(local_id) if entry else None
        return entry_data(entry, template) if entry else None
    if kind == CHECKIN:
        checkin = MoodRepository(conn).get(local_id)
        return checkin_data(checkin) if checkin else None
    if kind in (ACTIVITY, SETTING, QUESTIONNAIRE, SAFETY_PLAN):
        return _small_kinds(conn, kind).get(local_id)
    if kind == TEMPLATE:
        return template_records.read_one(conn, local_id)
    if kind == AUDIO:
        return _syncable_audio(conn).get(local_id)
    return None


def _small_kinds(conn: Any, kind: str) -> dict[str, Data]:
    if kind == ACTIVITY:
        return {
            a.name: {"category": a.category, "icon": a.icon, "archived": a.archived}
            for a in ActivityRepository(conn).list(include_archived=True)
        }
    if kind == SAFETY_PLAN:
        care = CareRepository(conn)
        plan, at = care.safety_plan(), care.safety_plan_updated_at()
        return {"plan": {"plan": plan, "updated_at": to_iso(at)}} if plan and at else {}
    if kind == SETTING:
        return {
            k: {"value": v}
            for k, v in SettingsRepository(conn).get_all().items()
            if k in SCHEMA and k not in DEVICE_LOCAL_SETTINGS
        }
    return {
        q.id: {
            "instrument": q.instrument,
            "taken_at": to_iso(q.taken_at),
            "tz_offset_min": q.tz_offset_min,
            "answers": list(q.answers),
            "total": q.total,
            "band": q.band,
        }
        for q in CareRepository(conn).results()
    }
