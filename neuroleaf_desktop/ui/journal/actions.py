"""The journal's writes: Save, Delete, Undo and the star, each optimistic and rolled back on
failure.

Optimistic means the lists change at once through the store's overlays (a new entry shows as
"saving…", a deleted one disappears), the write runs on a task, and the overlay is replaced by
what the vault returned, or removed with a message in the banner if the write failed. Each
write carries the screen's origin token, so its change event is not read back.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QObject

from neuroleaf_desktop.domain.models import EntryPatch, JournalEntry, NewEntry
from neuroleaf_desktop.domain.timeutil import local_offset_minutes
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.draft_service import DraftService
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import model
from neuroleaf_desktop.ui.journal.editor import JournalEditor, SaveRequest
from neuroleaf_desktop.ui.journal.lists import JournalLists
from neuroleaf_desktop.ui.journal.store import PENDING_PREFIX, EntryStore, is_pending
from neuroleaf_desktop.ui.widgets import Banner, BannerKind
from neuroleaf_desktop.ui.widgets.announce import announce

log = get_logger("ui.journal")


class EntryActions:
    """Writes for one journal screen; ``owner`` owns the tasks (results die with it)."""

    def __init__(
        self,
        ctx: UiContext,
        store: EntryStore,
        lists: JournalLists,
        editor: JournalEditor,
        banner: Banner,
        *,
        owner: QObject,
        origin: str,
    ) -> None:
        self.ctx = ctx
        self.store = store
        self.lists = lists
        self.editor = editor
        self.banner = banner
        self.owner = owner
        self.origin = origin
        self._stars: dict[str, bool] = {}  # star writes in flight: what each entry will be

    def save(self) -> None:
        """Save the editor as an entry (Ctrl+S): optimistic, rolled back if the write fails."""
        if self.editor.saving:
            return
        request = self.editor.begin_save()
        if request is None:
            self.banner.show_message(
                "Write a title or a few words first.", BannerKind.INFO, timeout_ms=4000
            )
            return
        if request.entry_id is None or is_pending(request.entry_id):
            self._save_new(request)
        else:
            self._save_edit(request, request.entry_id)

    def _save_new(self, request: SaveRequest) -> None:
        journal, drafts, origin = self.ctx.session.journal, self.ctx.session.drafts, self.origin
        temp_id = PENDING_PREFIX + uuid.uuid4().hex
        now = request.created_at or self.ctx.clock()
        self.store.overlay_add[temp_id] = JournalEntry(
            id=temp_id,
            created_at=now,
            updated_at=now,
            tz_offset_min=local_offset_minutes(now),
            title=request.title.strip(),
            body=request.body,
            tags=request.tags,
            starred=request.starred,
        )
        self.editor.mark_pending(temp_id)
        self.lists.selected_day = now.astimezone().date()
        self.lists.refresh()

        def add() -> JournalEntry:
            new = NewEntry(
                title=request.title,
                body=request.body,
                tags=request.tags,
                created_at=request.created_at,
                starred=request.starred,
            )
            entry = journal.add(new, origin=origin, template=request.template)
            _discard_quietly(drafts, request.draft_id)
            return entry

        def added(entry: JournalEntry) -> None:
            self.store.overlay_add.pop(temp_id, None)
            wanted = self.editor.star_button.starred  # pressed while the save ran, perhaps
            self.store.confirm(entry)
            self.editor.rename_current(temp_id, entry.id)
            self._saved(request.version, entry)
            if self.editor.current_id == entry.id and wanted != entry.starred:
                self.editor.star_button.set_starred(wanted)  # the entry has its id: write it
                self.set_star(wanted, announced=True)

        def add_failed(exc: BaseException) -> None:
            self.store.overlay_add.pop(temp_id, None)
            self.editor.rename_current(temp_id, None)
            self._save_failed(exc)

        self.ctx.tasks.run(self.owner, add, added, add_failed)

    def _save_edit(self, request: SaveRequest, entry_id: str) -> None:
        journal, drafts, origin = self.ctx.session.journal, self.ctx.session.drafts, self.origin
        before = self.store.get(entry_id)
        if before is not None:
            self.store.overlay_edit[entry_id] = replace(
                before,
                title=request.title.strip(),
                body=request.body,
                tags=request.tags,
                updated_at=self.ctx.clock(),
            )
            self.lists.refresh()

        def edit() -> JournalEntry:
            patch = EntryPatch(title=request.title, body=request.body, tags=request.tags)
            entry = journal.edit(entry_id, patch, origin=origin)
            _discard_quietly(drafts, request.draft_id)
            return entry

        def edited(entry: JournalEntry) -> None:
            shown = self.store.get(entry_id)  # an edit never changes the star: keep the one
            if shown is not None:  # shown, which a star pressed meanwhile has already set
                entry = replace(entry, starred=shown.starred)
            self.store.overlay_edit.pop(entry_id, None)
            self.store.confirm(entry)
            self._saved(request.version, entry)

        def edit_failed(exc: BaseException) -> None:
            self.store.overlay_edit.pop(entry_id, None)
            self._save_failed(exc)

        self.ctx.tasks.run(self.owner, edit, edited, edit_failed)

    def _saved(self, version: int, entry: JournalEntry) -> None:
        self.editor.saved(version, entry)
        self.lists.refresh()

    def _save_failed(self, exc: BaseException) -> None:
        self.editor.save_failed()
        self.lists.refresh()
        self.banner.show_error(exc, action_text="Retry", on_action=self.save)

    def set_star(self, starred: bool, *, announced: bool = False) -> None:
        """The star on the open entry was clicked (or Ctrl+D): save that change alone, now.

        Only the mark is written (``JournalService.set_starred``): the text typed since the
        last save stays unsaved, in its draft, exactly as before the click. A new entry that
        was never saved has nothing to mark yet: the button keeps the state and the star is
        saved with the entry by its first Save (``SaveRequest.starred``); a star clicked
        while that first save runs is written as soon as the entry has its id. The lists show
        the star at once; a failed write puts the button and the row back and says why.
        """
        button = self.editor.star_button
        entry_id = self.editor.current_id
        if not announced:
            announce(button, _star_words(starred, saved=entry_id is not None))
        if entry_id is None or is_pending(entry_id):
            if entry_id is None:
                self.editor.star_waits_for_save()
            return
        journal, origin = self.ctx.session.journal, self.origin
        before = self.store.get(entry_id)
        self._stars[entry_id] = starred
        self._show_star(entry_id, starred)

        def write() -> JournalEntry:
            return journal.set_starred(entry_id, starred, origin=origin)

        def done(_entry: JournalEntry) -> None:
            if self._stars.get(entry_id) == starred:
                self._stars.pop(entry_id, None)

        def failed(exc: BaseException) -> None:
            if self._stars.get(entry_id) == starred:
                self._stars.pop(entry_id, None)
                back = before.starred if before is not None else not starred
                self._show_star(entry_id, back)
                if self.editor.current_id == entry_id:
                    button.set_starred(back)
            self.banner.show_error(exc)

        self.ctx.tasks.run(self.owner, write, done, failed)

    def _show_star(self, entry_id: str, starred: bool) -> None:
        """The store's copies of the entry (as stored, and as being edited) carry the star."""
        self.store.mark_starred(entry_id, starred)
        self.lists.refresh()

    def delete_current(self) -> None:
        """Move the open entry to the trash, with Undo in the banner."""
        entry_id = self.editor.current_id
        if entry_id is None or is_pending(entry_id):
            self.editor.discard_draft()
            self.editor.show_entry(None)
            self.lists.refresh()
            return
        entry = self.store.get(entry_id)
        if entry is None:
            return
        draft_id = self.editor.draft_id
        drafts, journal, origin = self.ctx.session.drafts, self.ctx.session.journal, self.origin
        self.store.overlay_hide.add(entry_id)
        self.editor.show_entry(None)
        self.lists.refresh()

        def delete() -> JournalEntry:
            deleted = journal.delete(entry_id, origin=origin)
            _discard_quietly(drafts, draft_id)
            return deleted

        def deleted(_entry: JournalEntry) -> None:
            self.store.overlay_hide.discard(entry_id)
            self.store.forget(entry_id)
            self.lists.refresh()
            self.banner.show_message(
                f"“{model.display_title(entry)}” moved to the trash.",
                BannerKind.INFO,
                action_text="Undo",
                on_action=lambda: self._undo_delete(entry),
            )

        def delete_failed(exc: BaseException) -> None:
            self.store.overlay_hide.discard(entry_id)
            self.lists.refresh()
            self.banner.show_error(exc)

        self.ctx.tasks.run(self.owner, delete, deleted, delete_failed)

    def _undo_delete(self, entry: JournalEntry) -> None:
        journal, origin = self.ctx.session.journal, self.origin
        self.store.overlay_add[entry.id] = entry
        self.lists.refresh()

        def restored(back: JournalEntry) -> None:
            self.store.overlay_add.pop(entry.id, None)
            self.store.confirm(back)
            self.lists.selected_day = model.entry_day(back)
            self.editor.show_entry(back)
            self.lists.refresh()
            self.banner.show_message("Entry restored.", BannerKind.SUCCESS, timeout_ms=3000)

        def failed(exc: BaseException) -> None:
            self.store.overlay_add.pop(entry.id, None)
            self.lists.refresh()
            self.banner.show_error(exc)

        self.ctx.tasks.run(
            self.owner, lambda: journal.restore(entry.id, origin=origin), restored, failed
        )


def _discard_quietly(drafts: DraftService, draft_id: str) -> None:
    """On a worker, after the entry was saved: a draft left behind is only offered again."""
    try:
        drafts.discard(draft_id)
    except Exception:
        log.warning("journal.draft_discard_failed")


def _star_words(starred: bool, *, saved: bool) -> str:
    """What a screen reader hears after the star was pressed."""
    if not starred:
        return "Star removed"
    return "Entry starred" if saved else "Starred: the star is saved with this entry"
