"""The journal: days on the left, that day's entries below them, the editor on the right.

The screen composes the parts and reads the journal; each part holds one concern:

* ``store.py`` — :class:`EntryStore` (Qt-free): the loaded entries, the optimistic changes
  not confirmed yet, paging generations and the changes announced but not re-read;
* ``lists.py`` — :class:`JournalLists`: the store shown as days and that day's entries;
* ``editor.py`` — :class:`JournalEditor`: the entry being written (title, text, tags,
  autosave, drafts, analysis chips, the entry's star in ``star_button.py``; its
  ``header.py`` shows the date and the day's mood);
* ``actions.py`` — :class:`EntryActions`: Save, Delete, Undo and the star, optimistic;
* ``tag_manager.py`` — the Manage tags dialog; its "Show entries" is ``show_tag``;
* ``template_picker.py``, ``template_manager.py``, ``template_form.py`` — start an entry
  from a template (``start_from_template``), manage templates, save an entry as one.

Reading: the newest page first (the screen is usable at once), older pages in the background,
and afterwards only the ids a change names, debounced. Everything that touches the vault runs
through ``ctx.tasks.run``. The screen's own writes carry its origin token, so their change
events are not read back.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.domain.on_this_day import YearOnThisDay
from neuroleaf_desktop.domain.templates import EntryTemplate, TemplateDraft
from neuroleaf_desktop.errors import NotFoundError
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.tag_service import RETAGGED
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import model
from neuroleaf_desktop.ui.journal.actions import EntryActions
from neuroleaf_desktop.ui.journal.editor import JournalEditor
from neuroleaf_desktop.ui.journal.lists import JournalLists
from neuroleaf_desktop.ui.journal.star_button import SHORTCUT
from neuroleaf_desktop.ui.journal.store import (
    FIRST_PAGE,
    PAGE_SIZE,
    EntryStore,
    is_pending,
    page_before,
)
from neuroleaf_desktop.ui.widgets import Banner, BannerKind, install_style

Tags = list[tuple[str, int]]


class JournalScreen(QWidget):
    """``JournalScreen(ctx)``; ``new_entry()`` starts a fresh entry (Ctrl+N in the shell)."""

    first_page_shown = Signal()  # the newest entries are on screen (benchmarks, smoke test)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("JournalScreen")
        self.setAccessibleName("Journal")
        self.store = EntryStore()
        # Our own writes carry this token: their results are already in the store.
        self._origin = f"journal-screen:{uuid.uuid4().hex}"
        self._build()
        install_style(self)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(120)
        self._reload_timer.timeout.connect(self._apply_changes)
        ctx.bridge.changed.connect(self._on_change)

        self.editor.show_entry(None)
        self.reload()
        self.editor.offer_drafts()

    # ==== building =========================================================================
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(20, 20, 20, 20)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(16)
        outer.addWidget(splitter)

        self.editor = JournalEditor(self.ctx, self.store)
        self.lists = JournalLists(self.ctx, self.store, lambda: self.editor.current_id, splitter)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(10)
        self.banner = Banner(right)
        self.banner.setAccessibleName("Journal message")
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.editor, 1)
        splitter.addWidget(self.lists)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 640])

        self.writes = EntryActions(
            self.ctx,
            self.store,
            self.lists,
            self.editor,
            self.banner,
            owner=self,
            origin=self._origin,
        )
        self.lists.new_requested.connect(self.new_entry)
        self.lists.write_requested.connect(self._focus_title)
        self.lists.entry_chosen.connect(self._entry_chosen)
        self.editor.star_clicked.connect(self.writes.set_star)
        self.lists.starred_filter_changed.connect(self._starred_filter_changed)
        self.lists.manage_tags_requested.connect(self.open_tag_manager)
        self.lists.template_requested.connect(self.choose_template)
        self.editor.save_as_template_requested.connect(self.save_as_template)
        self.lists.on_this_day.year_chosen.connect(self._memory_chosen)
        self.editor.save_requested.connect(self.save)
        self.editor.delete_requested.connect(self.delete_current)
        self.editor.draft_restored.connect(self._draft_restored)
        self.editor.failed.connect(self.banner.show_error)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        # Ctrl+D stars like a bookmark, wherever the keyboard is on this screen
        star_shortcut = QShortcut(QKeySequence(SHORTCUT), self)
        star_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        star_shortcut.activated.connect(self.editor.star_button.click)
        for first, second in itertools.pairwise(
            [*self.lists.focus_order(), *self.editor.focus_order()]
        ):
            QWidget.setTabOrder(first, second)

        # The widgets that tests, probes and the gallery drive, under their long-standing names.
        lists, editor = self.lists, self.editor
        self.new_button, self.jump_date = lists.new_button, lists.jump_date
        self.day_list, self.entry_list = lists.day_list, lists.entry_list
        self.left_stack, self.loading, self.empty = lists.left_stack, lists.loading, lists.empty
        self.title_edit, self.body_edit = editor.title_edit, editor.body_edit
        self.tag_editor, self.analysis_chips = editor.tag_editor, editor.analysis_chips
        self.entry_date, self.day_mood_label = editor.entry_date, editor.day_mood_label
        self._template_source: EntryTemplate | None = None
        self.entry_date.dateChanged.connect(lambda _d: self._redate_template())
        self.status_label, self.draft_bar = editor.status_label, editor.draft_bar
        self.save_button, self.delete_button = editor.save_button, editor.delete_button
        self.autosave_timer = editor.autosave_timer
        self.star_button, self.starred_toggle = editor.star_button, lists.starred_toggle
        self.starred_list, self.starred_empty = lists.starred_list, lists.starred_empty
        self.on_this_day = lists.on_this_day
        self.tags_button, self.tagged_list = lists.tags_button, lists.tagged_list

    # ==== public API =======================================================================
    def new_entry(self) -> None:
        """Start a fresh entry (what Ctrl+N does): the current text is kept as a draft."""
        self.editor.flush_draft()
        self.editor.show_entry(None)
        self.lists.selected_day = self._today()
        self._render()
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_entry(self, entry_id: str) -> None:
        """Show entry ``entry_id`` in the editor with its day selected (search results, links).

        An entry not read yet (older pages still arriving, or the first page not yet shown) is
        fetched on its own; one in the trash or gone is reported in the banner.
        """
        entry = self.store.get(entry_id) if self.store.loaded else None
        if entry is not None:
            self._show_entry(entry)
            return
        journal = self.ctx.session.journal

        def found(entry: JournalEntry) -> None:
            if entry.deleted_at is not None:
                self.banner.show_message(
                    "That entry is in the trash.", BannerKind.INFO, timeout_ms=5000
                )
                return
            if not self.store.loaded:  # the first page is still on its way: open it after that
                self.store.open_after_load = entry_id
                return
            self._show_entry(self.store.fetched(entry))

        self.ctx.tasks.run(self, lambda: journal.get(entry_id), found, self.banner.show_error)

    def jump_to(self, day: date) -> None:
        self.lists.jump_to(day)

    def open_tag_manager(self) -> QWidget:
        """The Manage tags dialog over the journal; its "Show entries" filters the journal."""
        from neuroleaf_desktop.ui.journal.tag_manager import TagManagerDialog

        dialog = TagManagerDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_entries.connect(self.show_tag)
        dialog.show()
        dialog.raise_()
        return dialog

    def choose_template(self) -> QWidget:
        """The template picker ("▾" beside New entry, Ctrl+Shift+T)."""
        from neuroleaf_desktop.ui.journal.template_picker import TemplatePicker

        picker = TemplatePicker(self.ctx, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.chosen.connect(self.start_from_template)
        picker.manage_requested.connect(self.open_template_manager)
        picker.open()
        return picker

    def start_from_template(self, template: EntryTemplate) -> None:
        """A new entry started from ``template``, its date fields set for now."""
        filled = self.ctx.session.journal.templates.fill(template)  # pure, with the clock
        self.new_entry()
        self.editor.start_from(filled)
        self._template_source = template

    def _redate_template(self) -> None:
        """A page started from a template, nothing written on it yet, dated to another day:
        its {date} and {weekday} follow the day the entry is for, so they never say another."""
        source = self._template_source
        if source is None or self.editor.template_id != source.id or self.editor.is_dirty:
            return
        moment = self.editor.header.chosen_created_at()
        self.editor.start_from(self.ctx.session.journal.templates.fill(source, moment))

    def open_template_manager(self) -> QWidget:
        from neuroleaf_desktop.ui.journal.template_manager import TemplateManagerDialog

        dialog = TemplateManagerDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        return dialog

    def save_as_template(self) -> QWidget | None:
        """The entry in the editor (as typed now) as a new template: the form, pre-filled."""
        from neuroleaf_desktop.ui.journal.template_form import TemplateForm

        title, body = self.editor.title_edit.text(), self.editor.body_edit.toPlainText()
        if not title.strip() and not body.strip():
            self.banner.show_message(
                "Write a title or some text first: a template starts entries with them.",
                BannerKind.INFO,
                timeout_ms=5000,
            )
            return None
        name = title.strip()[:40] or "My template"
        draft = TemplateDraft(name, title, body, self.editor.tag_editor.tags())
        form = TemplateForm(self.ctx, self, draft=draft)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(
            lambda t: self.banner.show_message(
                f"Saved as the template '{t.name}'.", BannerKind.SUCCESS, timeout_ms=5000
            )
        )
        form.open()
        return form

    def show_tag(self, tag: str) -> None:
        """List the entries with ``tag`` instead of the days; its entries on pages not read
        yet are fetched (by the tag's index), so none is missing meanwhile."""
        self.lists.set_tag_filter(tag)
        self._fetch_tagged(tag)

    @property
    def autosave_ms(self) -> int:
        return self.editor.autosave_ms

    @autosave_ms.setter
    def autosave_ms(self, value: int) -> None:
        self.editor.autosave_ms = value

    @property
    def is_loaded(self) -> bool:
        """The first page is on screen (older entries may still be arriving)."""
        return self.store.loaded

    @property
    def is_complete(self) -> bool:
        """Every entry of the journal has been read."""
        return self.store.complete

    def visible_entries(self) -> list[JournalEntry]:
        """What the lists show right now (vault + optimistic changes)."""
        return self.store.displayed()

    def visible_titles(self) -> list[str]:
        return self.lists.visible_titles()

    def show_loading(self) -> None:
        self.lists.show_loading()

    @property
    def current_entry_id(self) -> str | None:
        return self.editor.current_id

    @property
    def draft_id(self) -> str:
        return self.editor.draft_id

    @property
    def is_dirty(self) -> bool:
        return self.editor.is_dirty

    def save(self) -> None:
        """Save the editor as an entry (Ctrl+S): optimistic, rolled back if the write fails."""
        self.writes.save()

    def delete_current(self) -> None:
        """Move the open entry to the trash, with Undo in the banner."""
        self.writes.delete_current()

    def prepare_to_lock(self) -> None:
        """Before lock: drop the chips (their tooltips name words from the entry)."""
        self.editor.clear_analysis()

    # ==== reading the journal ================================================================
    def reload(self) -> None:
        """Read the journal again: the newest page first, then older pages in the background."""
        generation = self.store.start_full_read()
        journal = self.ctx.session.journal

        def load() -> tuple[list[JournalEntry], Tags]:
            return journal.list(EntryFilter(limit=FIRST_PAGE)), journal.tags()

        def done(result: tuple[list[JournalEntry], Tags]) -> None:
            if not self.store.is_current(generation):
                return
            entries, tags = result
            first = not self.store.loaded
            self.store.first_page(entries, FIRST_PAGE)
            self.tag_editor.set_suggestions(t for t, _n in tags)
            self._render()
            if self.lists.tag_filter:
                self._fetch_tagged(self.lists.tag_filter)
            if first:
                self.first_page_shown.emit()
            if self.store.open_after_load is not None:
                entry_id, self.store.open_after_load = self.store.open_after_load, None
                self.open_entry(entry_id)
            if not self.store.complete:
                self._load_older(generation, entries[-1])

        def failed(exc: BaseException) -> None:
            if not self.store.is_current(generation):
                return
            self.store.loaded = True
            self._render()
            self.banner.show_error(exc, action_text="Retry", on_action=self.reload)

        self.ctx.tasks.run(self, load, done, failed)

    def _load_older(self, generation: int, oldest: JournalEntry) -> None:
        """Read the page of entries older than ``oldest``."""
        journal = self.ctx.session.journal
        until = page_before(oldest)

        def load() -> list[JournalEntry]:
            return journal.list(EntryFilter(until=until, limit=PAGE_SIZE))

        def done(entries: list[JournalEntry]) -> None:
            if not self.store.is_current(generation):
                return
            if self.store.older_page(entries, PAGE_SIZE):
                self._render()
            if not self.store.complete:
                self._load_older(generation, entries[-1])

        def failed(exc: BaseException) -> None:
            if self.store.is_current(generation):
                self.banner.show_error(exc, action_text="Retry", on_action=self.reload)

        self.ctx.tasks.run(self, load, done, failed)

    def _apply_changes(self) -> None:
        """Re-read only the entries the vault said changed (a full read when it did not say)."""
        if self.store.needs_full_read:
            self.reload()
            return
        ids = self.store.take_changed()
        if not ids:
            return
        generation = self.store.generation
        journal = self.ctx.session.journal

        def load() -> tuple[dict[str, JournalEntry | None], Tags]:
            found: dict[str, JournalEntry | None] = {}
            for entry_id in ids:
                try:
                    found[entry_id] = journal.get(entry_id)
                except NotFoundError:  # purged
                    found[entry_id] = None
            return found, journal.tags()

        def done(result: tuple[dict[str, JournalEntry | None], Tags]) -> None:
            if not self.store.is_current(generation):
                return
            found, tags = result
            self.store.reread(found)
            self.tag_editor.set_suggestions(t for t, _n in tags)
            shown = found.get(self.editor.current_id or "")
            if shown is not None:  # starred or unstarred elsewhere (CLI, sync, another window)
                self.star_button.set_starred(shown.starred)
            self._render()

        def failed(_exc: BaseException) -> None:
            if self.store.is_current(generation):
                self.reload()

        self.ctx.tasks.run(self, load, done, failed)

    def _on_change(self, change: Change) -> None:
        """Entries changed elsewhere are re-read, debounced (the editor follows check-ins and
        analyses itself); our own save, delete or undo is already on screen."""
        if change.topic is not Topic.ENTRY or change.op == "analysed":
            return
        if change.origin == self._origin:
            return
        if change.op == RETAGGED:
            self._follow_retagged()
        self.store.note_change(change.id)
        self._reload_timer.start()

    def _follow_retagged(self) -> None:
        """Tags were renamed, merged or removed across the journal: the entry open in the
        editor shows its new tags (unless the person changed its tags meanwhile), so saving
        it later does not write an old tag back."""
        entry_id = self.editor.current_id
        shown = self.store.get(entry_id) if entry_id and not is_pending(entry_id) else None
        if entry_id is None or shown is None:
            return
        journal, before = self.ctx.session.journal, shown.tags

        def done(entry: JournalEntry) -> None:
            if self.editor.current_id == entry_id:
                self.editor.follow_stored_tags(before, entry.tags)

        self.ctx.tasks.run(self, lambda: journal.get(entry_id), done, lambda _exc: None)

    def _fetch_tagged(self, tag: str) -> None:
        self._fetch_matching(EntryFilter(tag=tag, limit=1_000_000))

    def _fetch_matching(self, flt: EntryFilter) -> None:
        """Every entry ``flt`` matches, pages not read yet included, into the store (by the
        index), so a filtered list misses none; dropped if the journal was reloaded since."""
        journal, generation = self.ctx.session.journal, self.store.generation

        def done(entries: list[JournalEntry]) -> None:
            if self.store.is_current(generation):
                for entry in entries:
                    self.store.fetched(entry)
                self._render()

        self.ctx.tasks.run(self, lambda: journal.list(flt), done, self.banner.show_error)

    # ==== between the lists and the editor =====================================================
    def _render(self) -> None:
        self.lists.refresh()

    def _today(self) -> date:
        return self.ctx.clock().astimezone().date()

    def _focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_entry(self, entry: JournalEntry) -> None:
        if entry.id != self.editor.current_id:
            self.editor.flush_draft()
            self.editor.show_entry(entry)
        self.lists.selected_day = model.entry_day(entry)
        self._render()

    def _entry_chosen(self, entry_id: str) -> None:
        entry = self.store.get(entry_id)
        if entry is not None:
            self.editor.flush_draft()
            self.editor.show_entry(entry)

    def _starred_filter_changed(self, on: bool) -> None:
        """Only starred entries: the lists show the store's at once, and the starred entries
        of pages not read yet are fetched (by the index), so none is missing meanwhile."""
        if not on or self.store.complete:
            return
        self._fetch_matching(EntryFilter(starred=True, limit=1_000_000))

    def _memory_chosen(self, year: YearOnThisDay) -> None:
        """A year of "On this day": open its newest entry, that day shown with its entries
        (the journal's normal open). Entries of pages not read yet are fetched first, so the
        whole day is listed."""
        if self.starred_toggle.isChecked():
            self.starred_toggle.setChecked(False)  # the day's entries are in the days view
        missing = [i for i in year.entry_ids if self.store.get(i) is None]
        if not missing or not self.store.loaded:
            self._open_year(year)
            return
        journal, generation = self.ctx.session.journal, self.store.generation

        def load() -> list[JournalEntry]:
            return [journal.get(entry_id) for entry_id in missing]

        def done(entries: list[JournalEntry]) -> None:
            if self.store.is_current(generation):
                for entry in entries:
                    self.store.fetched(entry)
                self._open_year(year)

        self.ctx.tasks.run(self, load, done, self.banner.show_error)

    def _open_year(self, year: YearOnThisDay) -> None:
        self.open_entry(year.entry_ids[0])
        if self.store.get(year.entry_ids[0]) is not None:
            self.lists.jump_to(year.day)  # the day in view in the list of days

    def _draft_restored(self, entry: JournalEntry | None) -> None:
        if entry is not None:
            self.lists.selected_day = model.entry_day(entry)
        self._render()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.on_this_day.check_day()  # shown again on a later day: that day's memories

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        self.editor.flush_draft()
        super().hideEvent(event)
