"""Mood check-ins: mood 1–10 plus optional energy, anxiety, sleep, emotions, activities."""

from __future__ import annotations

import builtins
import uuid
from dataclasses import replace
from datetime import UTC, datetime

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.models import MoodCheckIn, NewCheckIn
from neuroleaf_desktop.domain.timeutil import local_offset_minutes, offset_of
from neuroleaf_desktop.errors import NotFoundError, ValidationError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.services.id_prefix import resolve_prefix
from neuroleaf_desktop.storage.repositories.mood_repo import MoodRepository
from neuroleaf_desktop.storage.vault import Vault

log = get_logger("mood")


def validate_checkin(new: NewCheckIn) -> NewCheckIn:
    """Check ranges and clean labels; returns the cleaned check-in or raises ValidationError."""
    v.check_scale(new.mood, "mood")
    if new.mood is None:
        raise ValidationError("Mood is required (1–10).")
    v.check_scale(new.energy, "energy")
    v.check_scale(new.anxiety, "anxiety")
    v.check_sleep_hours(new.sleep_hours)
    v.check_scale(new.sleep_quality, "sleep quality", v.SLEEP_QUALITY_MIN, v.SLEEP_QUALITY_MAX)
    if new.logged_at is not None and new.logged_at.tzinfo is None:
        raise ValidationError("The check-in time needs a time zone.")
    if new.logged_at is not None:
        v.check_moment(new.logged_at, "check-in")
    return NewCheckIn(
        mood=new.mood,
        energy=new.energy,
        anxiety=new.anxiety,
        sleep_hours=float(new.sleep_hours) if new.sleep_hours is not None else None,
        sleep_quality=new.sleep_quality,
        emotions=v.clean_labels(new.emotions, what="emotion"),
        activities=v.clean_labels(new.activities, what="activity"),
        note=v.clean_note(new.note),
        logged_at=new.logged_at,
        tz_offset_min=new.tz_offset_min,
    )


def build_checkin(new: NewCheckIn, now: datetime) -> MoodCheckIn:
    """Validate a check-in and make the record to store (id, UTC time, offset)."""
    clean = validate_checkin(new)
    logged = clean.logged_at or now
    offset = clean.tz_offset_min
    if offset is None:
        offset = offset_of(logged) if clean.logged_at else local_offset_minutes(now)
    return MoodCheckIn(
        id=str(uuid.uuid4()),
        logged_at=logged.astimezone(UTC),
        tz_offset_min=offset,
        mood=clean.mood,
        energy=clean.energy,
        anxiety=clean.anxiety,
        sleep_hours=clean.sleep_hours,
        sleep_quality=clean.sleep_quality,
        emotions=clean.emotions,
        activities=clean.activities,
        note=clean.note,
        created_at=now.astimezone(UTC),
    )


class MoodService:
    def __init__(self, vault: Vault, events: EventBus, clock: Clock = system_clock) -> None:
        self.vault = vault
        self.events = events
        self.clock = clock

    def log(self, new: NewCheckIn) -> MoodCheckIn:
        checkin = build_checkin(new, self.clock())
        with self.vault.transaction() as conn:
            MoodRepository(conn).insert(checkin)
        log.info("checkin.created", checkin_id=checkin.id)
        self.events.publish(Change(Topic.CHECKIN, "created", checkin.id))
        return checkin

    def update(self, checkin_id: str, new: NewCheckIn) -> MoodCheckIn:
        """Correct a check-in: everything it says is replaced by ``new`` (validated like a
        new one). A ``logged_at`` of None keeps its time, so fixing a typo does not move it
        to now. The id and creation time stay, so undo and references keep working."""
        with self.vault.transaction() as conn:
            repo = MoodRepository(conn)
            current = repo.get(self.resolve_id(checkin_id, conn=conn))
            if current is None or current.deleted_at is not None:
                raise NotFoundError(f"No check-in {checkin_id} (it may be in the trash).")
            if new.logged_at is None:
                new = replace(new, logged_at=current.logged_at, tz_offset_min=current.tz_offset_min)
            built = build_checkin(new, self.clock())
            updated = replace(built, id=current.id, created_at=current.created_at)
            repo.update(updated)
        log.info("checkin.updated", checkin_id=updated.id)
        self.events.publish(Change(Topic.CHECKIN, "updated", updated.id))
        return updated

    def resolve_id(self, checkin_id: str, *, conn: object | None = None) -> str:
        """Accept a full id or a unique prefix of at least 6 characters (as the CLI shows)."""
        if conn is None:
            with self.vault.reading() as c:
                return self.resolve_id(checkin_id, conn=c)
        repo = MoodRepository(conn)
        return resolve_prefix(
            checkin_id,
            lambda full: repo.get(full) is not None,
            repo.find_by_prefix,
            noun="check-in",
            nouns="check-ins",
        )

    def get(self, checkin_id: str) -> MoodCheckIn:
        with self.vault.reading() as conn:
            found = MoodRepository(conn).get(self.resolve_id(checkin_id, conn=conn))
        if found is None:
            raise NotFoundError(f"No check-in {checkin_id}.")
        return found

    def delete(self, checkin_id: str) -> str:
        """Move to the trash (``restore`` undoes it). Returns the full id."""
        with self.vault.transaction() as conn:
            full_id = self.resolve_id(checkin_id, conn=conn)
            if not MoodRepository(conn).set_deleted(full_id, self.clock()):
                raise NotFoundError(f"No check-in {checkin_id}.")
        log.info("checkin.deleted", checkin_id=full_id)
        self.events.publish(Change(Topic.CHECKIN, "deleted", full_id))
        return full_id

    def restore(self, checkin_id: str) -> None:
        with self.vault.transaction() as conn:
            full_id = self.resolve_id(checkin_id, conn=conn)
            if not MoodRepository(conn).set_deleted(full_id, None):
                raise NotFoundError(f"No check-in {checkin_id}.")
        self.events.publish(Change(Topic.CHECKIN, "restored", full_id))

    def purge(self, checkin_id: str) -> None:
        """Delete for good, now (no undo)."""
        with self.vault.transaction() as conn:
            full_id = self.resolve_id(checkin_id, conn=conn)
            if not MoodRepository(conn).purge(full_id):
                raise NotFoundError(f"No check-in {checkin_id}.")
        log.info("checkin.purged", checkin_id=full_id)
        self.events.publish(Change(Topic.CHECKIN, "purged", full_id))

    def trash(self) -> builtins.list[MoodCheckIn]:
        """Check-ins in the trash, most recently deleted first."""
        with self.vault.reading() as conn:
            found = MoodRepository(conn).list(include_deleted=True)
        gone = [c for c in found if c.deleted_at is not None]
        return sorted(gone, key=lambda c: c.deleted_at or c.logged_at, reverse=True)

    def list(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> builtins.list[MoodCheckIn]:
        with self.vault.reading() as conn:
            return MoodRepository(conn).list(since, until, limit=limit, newest_first=newest_first)
