"""The entries the journal screen knows, without Qt: what the vault said, the optimistic
changes not confirmed yet, paging progress, and changes announced but not re-read.

Why a separate, Qt-free class: the rules of what the lists show (a pending save shown at once,
a deleted entry hidden until the vault confirms, an older page never reviving an entry removed
meanwhile) are the subtle part of the screen, and they are testable without widgets.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.models import JournalEntry


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

    def forget(self, entry_id: str) -> None:
        """The entry is gone from the list (deleted, purged or moved to the trash)."""
        self.server.pop(entry_id, None)
        self.removed.add(entry_id)

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

    def start_full_read(self) -> None:
        self.changed_ids.clear()  # a full read covers them
        self.full_reload = False
