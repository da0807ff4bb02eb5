"""The entries the journal screen knows, without Qt: what the vault said, the optimistic
changes not confirmed yet, paging progress, and changes announced but not re-read.

Paging: the newest ``FIRST_PAGE`` entries are read first (the screen is usable at once), then
older ones ``PAGE_SIZE`` at a time in the background, each page keyed by the oldest entry
seen so far. Every full read starts a new *generation*; a page or a re-read that arrives for
an older generation is dropped by the screen (``is_current``).

Why a separate, Qt-free class: the rules of what the lists show (a pending save shown at once,
a deleted entry hidden until the vault confirms, an older page never reviving an entry removed
meanwhile) are the subtle part of the screen, and they are testable without widgets.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.ui.journal import model

PENDING_PREFIX = "pending-"  # the id of an entry shown while its first save runs
FIRST_PAGE = 200  # entries read before the screen is shown filled
PAGE_SIZE = 1000  # then older entries, page by page, in the background


def is_pending(entry_id: str | None) -> bool:
    """Is this the temporary id of an entry whose first save has not returned yet?"""
    return entry_id is not None and entry_id.startswith(PENDING_PREFIX)


def page_before(oldest: JournalEntry) -> datetime:
    """The ``until`` bound of the page older than ``oldest`` (keyset paging: stable under
    edits). Inclusive of ``oldest``'s instant, so entries sharing it are not skipped; the
    store drops the ids it already holds."""
    return oldest.created_at + timedelta(microseconds=1)


class EntryStore:
    """Loaded entries plus optimistic overlays. Lives on the UI thread; never reads the vault."""

    def __init__(self) -> None:
        self.server: dict[str, JournalEntry] = {}  # as the vault last said
        self.overlay_add: dict[str, JournalEntry] = {}  # saving, not confirmed yet
        self.overlay_edit: dict[str, JournalEntry] = {}  # edited, not confirmed yet
        self.overlay_hide: set[str] = set()  # being deleted
        self.loaded = False  # the first page arrived
        self.complete = False  # every page read (older entries arrive after the first page)
        self.removed: set[str] = set()  # gone since the last full read: pages must not revive
        self.changed_ids: set[str] = set()  # announced by the vault, not yet re-read
        self.full_reload = False  # a change without an id: read everything again
        self.generation = 0  # bumps per full read: pages of an older read are dropped
        self.open_after_load: str | None = None  # asked to open before the first page came

    # ---- what the lists show -------------------------------------------------------------
    def displayed(self) -> list[JournalEntry]:
        """The vault's entries with the optimistic changes applied."""
        shown = {k: v for k, v in self.server.items() if k not in self.overlay_hide}
        shown.update({k: v for k, v in self.overlay_edit.items() if k in shown})
        shown.update(self.overlay_add)
        return list(shown.values())

    def get(self, entry_id: str) -> JournalEntry | None:
        for entry in self.displayed():
            if entry.id == entry_id:
                return entry
        return None

    def by_day(self) -> dict[date, list[JournalEntry]]:
        """What the lists show, per local day (newest first)."""
        return model.group_by_day(self.displayed())

    # ---- what the vault said ---------------------------------------------------------------
    def first_page(self, entries: list[JournalEntry], page_size: int) -> None:
        """A full read: the newest ``page_size`` entries replace everything known."""
        self.server = {e.id: e for e in entries}
        self.removed.clear()
        self.complete = len(entries) < page_size
        self.loaded = True

    def older_page(self, entries: list[JournalEntry], page_size: int) -> list[JournalEntry]:
        """Add an older page; returns the entries that were new (none removed meanwhile)."""
        fresh = [e for e in entries if e.id not in self.server and e.id not in self.removed]
        for entry in fresh:
            self.server[entry.id] = entry
        if not (len(entries) == page_size and fresh):
            self.complete = True
        return fresh

    def confirm(self, entry: JournalEntry) -> None:
        """The vault holds ``entry`` as given (saved, restored or re-read)."""
        self.server[entry.id] = entry
        self.removed.discard(entry.id)

    def mark_starred(self, entry_id: str, starred: bool) -> None:
        """Star (or unstar) every copy held of the entry: a star is written on its own, so
        an edit being saved and the vault's copy both show it."""
        for copies in (self.server, self.overlay_edit, self.overlay_add):
            if entry_id in copies:
                copies[entry_id] = replace(copies[entry_id], starred=starred)

    def forget(self, entry_id: str) -> None:
        """The entry is gone from the list (deleted, purged or moved to the trash)."""
        self.server.pop(entry_id, None)
        self.removed.add(entry_id)

    def reread(self, found: dict[str, JournalEntry | None]) -> None:
        """Apply entries re-read by id: None (purged) or trashed ones leave the list."""
        for entry_id, entry in found.items():
            if entry is None or entry.deleted_at is not None:
                self.forget(entry_id)
            else:
                self.confirm(entry)

    def fetched(self, entry: JournalEntry) -> JournalEntry:
        """An entry read on its own (opened before its page arrived): keep it, and return
        what the lists show for it (a pending edit wins over the vault's copy)."""
        self.server.setdefault(entry.id, entry)
        self.removed.discard(entry.id)
        return self.get(entry.id) or entry

    # ---- changes announced by the vault ------------------------------------------------------
    def note_change(self, entry_id: str) -> None:
        if entry_id:
            self.changed_ids.add(entry_id)
        else:
            self.full_reload = True

    def take_changed(self) -> list[str]:
        ids = sorted(self.changed_ids)
        self.changed_ids.clear()
        return ids

    @property
    def needs_full_read(self) -> bool:
        """A change without an id arrived, or nothing was read yet."""
        return self.full_reload or not self.loaded

    def start_full_read(self) -> int:
        """Begin a full read; returns its generation."""
        self.changed_ids.clear()  # a full read covers them
        self.full_reload = False
        self.generation += 1
        return self.generation

    def is_current(self, generation: int) -> bool:
        """Does a result of read ``generation`` still apply (no full read started since)?"""
        return generation == self.generation
