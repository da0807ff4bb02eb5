"""Writing, editing, deleting and finding journal entries."""

from __future__ import annotations

import builtins
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.models import (
    EntryPatch,
    EntrySource,
    JournalEntry,
    NewEntry,
    SearchHit,
)
from neuroleaf_desktop.domain.templates import TemplateLines, as_read
from neuroleaf_desktop.domain.timeutil import local_offset_minutes, offset_of
from neuroleaf_desktop.errors import NotFoundError, ValidationError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.services.id_prefix import resolve_prefix
from neuroleaf_desktop.services.tag_service import TagService
from neuroleaf_desktop.services.template_service import TemplateService
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter, JournalRepository
from neuroleaf_desktop.storage.repositories.template_repo import TemplateRepository
from neuroleaf_desktop.storage.vault import Vault

log = get_logger("journal")
DEFAULT_TRASH_DAYS = 30


def build_entry(new: NewEntry, now: datetime) -> JournalEntry:
    """Validate what a person wrote and make the entry to store (id, UTC times, offset).

    The one place these rules live: the service, the demo generator and importers all use it.
    """
    title, body = v.clean_title(new.title), v.clean_body(new.body)
    v.require_content(title, body)
    tags = v.clean_labels(new.tags, what="tag")
    if new.voice_duration_s is not None and new.voice_duration_s < 0:
        raise ValidationError("A recording cannot have a negative duration.")
    created = new.created_at or now
    if created.tzinfo is None:
        raise ValidationError("The entry time needs a time zone.")
    v.check_moment(created, "entry")
    offset = new.tz_offset_min
    if offset is None:
        offset = offset_of(created) if new.created_at else local_offset_minutes(now)
    return JournalEntry(
        id=str(uuid.uuid4()),
        created_at=created.astimezone(UTC),
        updated_at=now.astimezone(UTC),
        tz_offset_min=offset,
        title=title,
        body=body,
        tags=tags,
        source=EntrySource(new.source),
        voice_duration_s=new.voice_duration_s,
        starred=new.starred,
    )


class JournalService:
    def __init__(self, vault: Vault, events: EventBus, clock: Clock = system_clock) -> None:
        self.vault = vault
        self.events = events
        self.clock = clock
        self._tag_manager: TagService | None = None
        self._templates: TemplateService | None = None

    # ---- writes ---------------------------------------------------------------------------
    def add(
        self, new: NewEntry, *, origin: str = "", template: TemplateLines | None = None
    ) -> JournalEntry:
        """Store a new entry. ``template``: the template lines it was started with, kept
        beside it so the readers of the person's words set the unchanged ones aside."""
        entry = build_entry(new, self.clock())
        with self.vault.transaction() as conn:
            JournalRepository(conn).insert(entry)
            if template is not None and not template.empty:
                TemplateRepository(conn).set_entry_lines(entry.id, template)
        log.info("entry.created", entry_id=entry.id, source=entry.source.value)
        self.events.publish(Change(Topic.ENTRY, "created", entry.id, origin))
        return entry

    def edit(self, entry_id: str, patch: EntryPatch, *, origin: str = "") -> JournalEntry:
        with self.vault.transaction() as conn:
            repo = JournalRepository(conn)
            current = repo.get(self.resolve_id(entry_id, conn=conn))
            if current is None or current.is_deleted:
                raise NotFoundError(f"No entry {entry_id} (it may be in the trash).")
            title = v.clean_title(patch.title) if patch.title is not None else current.title
            body = v.clean_body(patch.body) if patch.body is not None else current.body
            v.require_content(title, body)
            tags = v.clean_labels(patch.tags, what="tag") if patch.tags is not None else None
            updated = replace(
                current,
                title=title,
                body=body,
                tags=tags if tags is not None else current.tags,
                updated_at=self.clock(),
            )
            repo.update(updated)
        log.info("entry.updated", entry_id=updated.id)
        self.events.publish(Change(Topic.ENTRY, "updated", updated.id, origin))
        return updated

    def set_starred(self, entry_id: str, starred: bool, *, origin: str = "") -> JournalEntry:
        """Star (or unstar) a saved entry, and only that: its text and edit time stay as
        stored, so a star clicked in the editor never saves the words typed since.

        A star is the person's own mark for finding an entry again; nothing reads it but the
        lists, exports and sync, so the change is announced as ``"starred"`` / ``"unstarred"``
        (not ``"updated"``): views refresh, but analysis, embeddings and the safety check,
        which follow the text, are not asked to run again. Starring a starred entry is a
        no-op that still returns it (two windows may both click). A new entry that was never
        saved has no id here: its star travels in ``NewEntry.starred`` with its first save.
        """
        with self.vault.transaction() as conn:
            repo = JournalRepository(conn)
            full_id = self.resolve_id(entry_id, conn=conn)
            current = repo.get(full_id)
            if current is None or current.is_deleted:
                raise NotFoundError(f"No entry {entry_id} (it may be in the trash).")
            if current.starred == starred:
                return current
            repo.set_starred(full_id, starred)
        log.info("entry.starred" if starred else "entry.unstarred", entry_id=full_id)
        self.events.publish(
            Change(Topic.ENTRY, "starred" if starred else "unstarred", full_id, origin)
        )
        return replace(current, starred=starred)

    def delete(self, entry_id: str, *, origin: str = "") -> JournalEntry:
        """Move to the trash; ``restore`` undoes it until the retention window ends."""
        with self.vault.transaction() as conn:
            repo = JournalRepository(conn)
            full_id = self.resolve_id(entry_id, conn=conn)
            entry = repo.get(full_id)
            if entry is None or entry.is_deleted:
                raise NotFoundError(f"No entry {entry_id}.")
            repo.set_deleted(full_id, self.clock())
        log.info("entry.deleted", entry_id=full_id)
        self.events.publish(Change(Topic.ENTRY, "deleted", full_id, origin))
        return entry

    def restore(self, entry_id: str, *, origin: str = "") -> JournalEntry:
        with self.vault.transaction() as conn:
            repo = JournalRepository(conn)
            full_id = self.resolve_id(entry_id, conn=conn)
            entry = repo.get(full_id)
            if entry is None or not entry.is_deleted:
                raise NotFoundError(f"Entry {entry_id} is not in the trash.")
            repo.set_deleted(full_id, None)
        log.info("entry.restored", entry_id=full_id)
        self.events.publish(Change(Topic.ENTRY, "restored", full_id, origin))
        return replace(entry, deleted_at=None)

    def purge(self, entry_id: str) -> None:
        """Delete for good, now (no undo)."""
        with self.vault.transaction() as conn:
            full_id = self.resolve_id(entry_id, conn=conn)
            if not JournalRepository(conn).purge(full_id):
                raise NotFoundError(f"No entry {entry_id}.")
        log.info("entry.purged", entry_id=full_id)
        self.events.publish(Change(Topic.ENTRY, "purged", full_id))

    def purge_expired(self, retention_days: int = DEFAULT_TRASH_DAYS) -> int:
        """Empty trash items older than the retention window. Returns how many went."""
        cutoff = self.clock() - timedelta(days=retention_days)
        with self.vault.transaction() as conn:
            repo = JournalRepository(conn)
            ids = repo.deleted_before(cutoff)
            for entry_id in ids:
                repo.purge(entry_id)
        for entry_id in ids:
            self.events.publish(Change(Topic.ENTRY, "purged", entry_id))
        if ids:
            log.info("entry.trash_emptied", count=len(ids))
        return len(ids)

    # ---- reads ----------------------------------------------------------------------------
    def resolve_id(self, entry_id: str, *, conn: object | None = None) -> str:
        """Accept a full id or a unique prefix of at least 6 characters (as the CLI shows).

        Prefixes resolve across live and trashed entries alike; callers check the state.
        """
        if conn is None:
            with self.vault.reading() as c:
                return self.resolve_id(entry_id, conn=c)
        repo = JournalRepository(conn)
        return resolve_prefix(
            entry_id,
            repo.exists,  # a full id: checked without reading the entry a second time
            repo.find_by_prefix,
            noun="entry",
            nouns="entries",
        )

    def get(self, entry_id: str) -> JournalEntry:
        with self.vault.reading() as conn:
            entry = JournalRepository(conn).get(self.resolve_id(entry_id, conn=conn))
        if entry is None:
            raise NotFoundError(f"No entry {entry_id}.")
        return entry

    def readable(self, entry_id: str) -> JournalEntry:
        """The entry as the readers of the person's own words take it (analysis, the safety
        check, insights): template lines still unchanged are blank space of their length.
        What the person sees and exports is ``get``: the entry exactly as written."""
        with self.vault.reading() as conn:
            full_id = self.resolve_id(entry_id, conn=conn)
            entry = JournalRepository(conn).get(full_id)
            used = TemplateRepository(conn).entry_lines(full_id)
        if entry is None:
            raise NotFoundError(f"No entry {entry_id}.")
        return as_read(entry, used)

    def list_readable(self, flt: EntryFilter | None = None) -> builtins.list[JournalEntry]:
        """``list``, each entry as ``readable`` gives it (one read for the lot)."""
        with self.vault.reading() as conn:
            entries = JournalRepository(conn).list(flt or EntryFilter())
            used = TemplateRepository(conn).all_entry_lines()
        return [as_read(e, used.get(e.id)) for e in entries]

    def template_lines(self, entry_id: str) -> TemplateLines | None:
        with self.vault.reading() as conn:
            return TemplateRepository(conn).entry_lines(self.resolve_id(entry_id, conn=conn))

    def list(self, flt: EntryFilter | None = None) -> builtins.list[JournalEntry]:
        """A page of entries (``flt.starred``: only the starred ones, in the same order)."""
        with self.vault.reading() as conn:
            return JournalRepository(conn).list(flt or EntryFilter())

    def count(self, flt: EntryFilter | None = None) -> int:
        with self.vault.reading() as conn:
            return JournalRepository(conn).count(flt or EntryFilter())

    def trash(self) -> builtins.list[JournalEntry]:
        return self.list(EntryFilter(deleted=True, limit=10_000))

    def tags(self) -> builtins.list[tuple[str, int]]:
        with self.vault.reading() as conn:
            return JournalRepository(conn).tag_counts()

    @property
    def tag_manager(self) -> TagService:
        """Rename, merge and remove tags across every entry (``services/tag_service.py``)."""
        if self._tag_manager is None:
            self._tag_manager = TagService(self.vault, self.events, self.clock)
        return self._tag_manager

    @property
    def templates(self) -> TemplateService:
        """Entry templates (``services/template_service.py``)."""
        if self._templates is None:
            self._templates = TemplateService(self.vault, self.clock, self.events)
        return self._templates

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        since: datetime | None = None,
        until: datetime | None = None,
        tag: str | None = None,
    ) -> builtins.list[SearchHit]:
        with self.vault.reading() as conn:
            hits = JournalRepository(conn).search(
                text, limit=limit, since=since, until=until, tag=tag
            )
        log.info("search.fulltext", hits=len(hits))
        return hits
