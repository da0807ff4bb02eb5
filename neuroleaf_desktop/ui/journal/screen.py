"""The journal: days on the left, that day's entries below them, the editor on the right.

Writes are optimistic (the list changes at once; a failed write is rolled back with a visible
message), drafts are autosaved every few seconds and on focus loss, and everything that touches
the vault runs through ``ctx.tasks.run``.

Ten years of entries stay fast: the newest page is read and shown first (the screen is usable
at once), older entries follow in pages in the background, and a change announced by the vault
re-reads only the entries it names instead of the whole journal. The day list is updated in
place, so paging in and saving never reset its scroll position or selection.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.domain.models import Draft, EntryPatch, JournalEntry, NewEntry
from neuroleaf_desktop.domain.timeutil import local_offset_minutes, local_time
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.errors import NotFoundError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import model
from neuroleaf_desktop.ui.journal.day_mood import DayMood, load_day_mood
from neuroleaf_desktop.ui.journal.store import EntryStore
from neuroleaf_desktop.ui.widgets import (
    Banner,
    BannerKind,
    Card,
    EmptyState,
    LoadingState,
    TagEditor,
    install_style,
)
from neuroleaf_desktop.ui.widgets.analysis_chips import AnalysisChips
from neuroleaf_desktop.ui.widgets.list_delegate import (
    SECONDARY_ROLE,
    TRAILING_ROLE,
    TwoLineDelegate,
)
from neuroleaf_desktop.ui.widgets.style import scaled_font

log = get_logger("ui.journal")
ID_ROLE = Qt.ItemDataRole.UserRole
PENDING_PREFIX = "pending-"
FIRST_PAGE = 200  # entries read before the screen is shown filled
PAGE_SIZE = 1000  # then older entries, page by page, in the background


class JournalScreen(QWidget):
    """``JournalScreen(ctx)``; ``new_entry()`` starts a fresh entry (Ctrl+N in the shell)."""

    AUTOSAVE_MS = 3000
    first_page_shown = Signal()  # the newest entries are on screen (benchmarks, smoke test)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("JournalScreen")
        self.setAccessibleName("Journal")
        # data: what the vault said, plus optimistic overlays not yet confirmed
        self.store = EntryStore()
        # Our own writes carry this token: their results are already in ``_server``.
        self._origin = f"journal-screen:{uuid.uuid4().hex}"
        self._reload_generation = 0
        # editor state
        self._current_id: str | None = None
        self._mood_day: date | None = None  # the day whose mood the editor header shows
        self._draft_id = str(uuid.uuid4())
        self._version = 0  # bumps on every edit
        self._draft_version = 0  # last version written to the draft
        self._saved_version = -1  # last version saved as the entry
        self._draft_in_flight = False
        self._saving = False
        self._filling = False
        self._selected_day: date = self._today()
        self._pending_drafts: list[Draft] = []
        self._open_after_load: str | None = None  # open_entry() before the first page
        self._analysis_generation = 0  # bumps per analysis read: late results are dropped

        self._build()
        install_style(self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(self.AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._autosave_tick)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(120)
        self._reload_timer.timeout.connect(self._apply_changes)
        ctx.bridge.changed.connect(self._on_change)

        self._set_editor(None)
        self.reload()
        self._offer_drafts()

    # ==== building =========================================================================
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(20, 20, 20, 20)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(16)
        outer.addWidget(splitter)

        # ---- left: days and that day's entries ----
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(12)
        header = QHBoxLayout()
        heading = QLabel("Journal", left)
        heading.setFont(scaled_font(self, 1.6, bold=True))
        heading.setAccessibleName("Journal")
        self.new_button = QPushButton("+  New entry", left)
        self.new_button.setProperty("role", "primary")
        self.new_button.setAccessibleName("New entry")
        self.new_button.setToolTip("Start a new entry (Ctrl+N)")
        self.new_button.clicked.connect(self.new_entry)
        header.addWidget(heading)
        header.addStretch(1)
        header.addWidget(self.new_button)
        left_layout.addLayout(header)

        self.left_stack = QStackedWidget(left)
        self.loading = LoadingState("Opening your journal…", self.left_stack, lines=6)
        # the editor beside it is already open on a blank page: point there, do not offer
        # to open it again
        self.empty = EmptyState(
            "No entries yet",
            "The page on the right is ready: type a title or a few words, then Save "
            "(Ctrl+S). It stays on this computer, encrypted.",
            icon="✎",
            action_text="Start writing",
            on_action=self._focus_title,
            parent=self.left_stack,
        )
        lists = QWidget(self.left_stack)
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.setSpacing(12)
        days_card = Card("Days", lists, padding=10)
        jump_row = QHBoxLayout()
        jump_label = QLabel("Go to", days_card)
        jump_label.setProperty("role", "muted")
        self.jump_date = QDateEdit(days_card)
        self.jump_date.setCalendarPopup(True)
        self.jump_date.setDisplayFormat("d MMM yyyy")
        self.jump_date.setAccessibleName("Go to date")
        self.jump_date.setToolTip(
            "Pick a date: the journal shows that day, or the nearest day before it with entries"
        )
        self.jump_date.setDate(QDate.currentDate())
        self.jump_date.setMaximumDate(QDate.currentDate())
        self.jump_date.dateChanged.connect(self._jump_changed)
        jump_label.setBuddy(self.jump_date)
        jump_row.addWidget(jump_label)
        jump_row.addWidget(self.jump_date, 1)
        days_card.body.addLayout(jump_row)
        self.day_list = QListWidget(days_card)
        self.day_list.setAccessibleName("Days with entries")
        self.day_list.setItemDelegate(TwoLineDelegate(self.day_list))
        self.day_list.currentItemChanged.connect(self._day_changed)
        days_card.body.addWidget(self.day_list)
        self.entries_card = Card("Today", lists, padding=10)
        self.entry_stack = QStackedWidget(self.entries_card)
        self.entry_list = QListWidget(self.entry_stack)
        self.entry_list.setAccessibleName("Entries of the selected day")
        self.entry_list.setItemDelegate(TwoLineDelegate(self.entry_list))
        self.entry_list.currentItemChanged.connect(self._entry_changed)
        self.day_empty = EmptyState(
            "Nothing written this day",
            "",
            icon="☁",
            action_text="Write now",
            on_action=self.new_entry,
            parent=self.entry_stack,
        )
        self.entry_stack.addWidget(self.entry_list)
        self.entry_stack.addWidget(self.day_empty)
        self.entries_card.body.addWidget(self.entry_stack)
        for view in (self.day_list, self.entry_list):
            view.setFrameShape(QListWidget.Shape.NoFrame)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setMouseTracking(True)
            view.setStyleSheet("QListWidget { background: transparent; border: none; }")
        lists_layout.addWidget(days_card, 2)
        lists_layout.addWidget(self.entries_card, 3)
        self.left_stack.addWidget(self.loading)
        self.left_stack.addWidget(self.empty)
        self.left_stack.addWidget(lists)
        self._lists_page = lists
        left_layout.addWidget(self.left_stack, 1)

        # ---- right: banners and the editor ----
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(10)
        self.banner = Banner(right)
        self.banner.setAccessibleName("Journal message")
        self.draft_bar = Banner(right)
        self.draft_bar.setAccessibleName("Unsaved draft")
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.draft_bar)
        editor = Card("", right, padding=20)
        editor.setAccessibleName("Editor")
        self.meta_label = QLabel(editor)
        self.meta_label.setProperty("role", "muted")
        self.day_mood_label = QLabel(editor)
        self.day_mood_label.setProperty("role", "muted")
        self.day_mood_label.setAccessibleName("Mood that day")
        self.entry_date = QDateEdit(editor)  # a new entry can be written for an earlier day
        self.entry_date.setCalendarPopup(True)
        self.entry_date.setDisplayFormat("ddd d MMM yyyy")
        self.entry_date.setAccessibleName("Entry date")
        self.entry_date.setToolTip("Write this entry for another day (e.g. a missed one)")
        self.entry_date.setDate(QDate.currentDate())
        self.entry_date.setMaximumDate(QDate.currentDate())
        self.title_edit = QLineEdit(editor)
        self.title_edit.setPlaceholderText("Title")
        self.title_edit.setAccessibleName("Entry title")
        self.title_edit.setFont(scaled_font(self, 1.45, bold=True))
        self.title_edit.setFrame(False)
        self.title_edit.setStyleSheet(
            "QLineEdit { background: transparent; border: none; padding: 4px 0; }"
        )
        self.analysis_chips = AnalysisChips(editor)  # sentiment, emotions, stress words
        self.body_edit = QPlainTextEdit(editor)
        self.body_edit.setPlaceholderText(
            "Write what's on your mind…\n\nPlain text; # headings, - lists and *emphasis* "
            "are kept as you type them."
        )
        self.body_edit.setAccessibleName("Entry text")
        self.body_edit.setAccessibleDescription("Markdown-ish plain text")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.body_edit.setFont(scaled_font(self, 1.08))
        self.body_edit.setStyleSheet(
            "QPlainTextEdit { background: transparent; border: none; padding: 0; }"
        )
        self.tag_editor = TagEditor(editor)
        footer = QHBoxLayout()
        self.status_label = QLabel(editor)
        self.status_label.setProperty("role", "muted")
        self.status_label.setAccessibleName("Save status")
        self.delete_button = QPushButton("Delete", editor)
        self.delete_button.setProperty("flat-action", True)
        self.delete_button.setAccessibleName("Delete entry")
        self.delete_button.setToolTip("Move this entry to the trash (you can undo)")
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button = QPushButton("Save", editor)
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName("Save entry")
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.save_button.clicked.connect(self.save)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.delete_button)
        footer.addWidget(self.save_button)
        meta_row = QHBoxLayout()
        meta_row.addWidget(self.meta_label)
        meta_row.addWidget(self.entry_date)
        meta_row.addStretch(1)
        meta_row.addWidget(self.day_mood_label)
        editor.body.addLayout(meta_row)
        editor.body.addWidget(self.title_edit)
        editor.body.addWidget(self.analysis_chips)
        editor.body.addWidget(self.body_edit, 1)
        editor.body.addWidget(self.tag_editor)
        editor.body.addLayout(footer)
        right_layout.addWidget(editor, 1)

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 640])

        self.title_edit.textEdited.connect(self._edited)
        self.body_edit.textChanged.connect(self._edited)
        self.tag_editor.changed.connect(self._edited)
        for widget in (self.title_edit, self.body_edit, self.tag_editor.input):
            widget.installEventFilter(self)
        self.title_edit.returnPressed.connect(self.body_edit.setFocus)

        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)

        order: list[QWidget] = [
            self.new_button,
            self.jump_date,
            self.day_list,
            self.entry_list,
            self.entry_date,
            self.title_edit,
            self.body_edit,
            self.tag_editor.input,
            self.delete_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # ==== public API =======================================================================
    def new_entry(self) -> None:
        """Start a fresh entry (what Ctrl+N does): the current text is kept as a draft."""
        self._flush_draft()
        self._set_editor(None)
        self._selected_day = self._today()
        self._render()
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_entry(self, entry_id: str) -> None:
        """Show entry ``entry_id`` in the editor with its day selected (search results, links).

        An entry not read yet (older pages still arriving, or the first page not yet shown) is
        fetched on its own; one in the trash or gone is reported in the banner.
        """
        entry = self._entry(entry_id) if self.store.loaded else None
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
                self._open_after_load = entry_id
                return
            self.store.server.setdefault(entry.id, entry)
            self.store.removed.discard(entry.id)
            self._show_entry(self._entry(entry.id) or entry)

        self.ctx.tasks.run(
            self, lambda: journal.get(entry_id), found, lambda exc: self.banner.show_error(exc)
        )

    def _show_entry(self, entry: JournalEntry) -> None:
        if entry.id != self._current_id:
            self._flush_draft()
            self._set_editor(entry)
        self._selected_day = model.entry_day(entry)
        self._render()

    def reload(self) -> None:
        """Read the journal again: the newest page first, then older pages in the background."""
        self._reload_generation += 1
        generation = self._reload_generation
        self.store.start_full_read()
        journal = self.ctx.session.journal

        def load() -> tuple[list[JournalEntry], list[tuple[str, int]]]:
            return journal.list(EntryFilter(limit=FIRST_PAGE)), journal.tags()

        def done(result: tuple[list[JournalEntry], list[tuple[str, int]]]) -> None:
            if generation != self._reload_generation:
                return
            entries, tags = result
            first = not self.store.loaded
            self.store.first_page(entries, FIRST_PAGE)
            self.tag_editor.set_suggestions(t for t, _n in tags)
            self._render()
            if first:
                self.first_page_shown.emit()
            if self._open_after_load is not None:
                entry_id, self._open_after_load = self._open_after_load, None
                self.open_entry(entry_id)
            if not self.store.complete:
                self._load_older(generation, entries[-1])

        def failed(exc: BaseException) -> None:
            if generation != self._reload_generation:
                return
            self.store.loaded = True
            self._render()
            self.banner.show_error(exc, action_text="Retry", on_action=self.reload)

        self.ctx.tasks.run(self, load, done, failed)

    def _load_older(self, generation: int, oldest: JournalEntry) -> None:
        """Read the page of entries older than ``oldest`` (keyset paging: stable under edits)."""
        journal = self.ctx.session.journal
        # inclusive of ``oldest``'s instant, so entries sharing it are not skipped (ids dedupe)
        until = oldest.created_at + timedelta(microseconds=1)

        def load() -> list[JournalEntry]:
            return journal.list(EntryFilter(until=until, limit=PAGE_SIZE))

        def done(entries: list[JournalEntry]) -> None:
            if generation != self._reload_generation:
                return
            fresh = self.store.older_page(entries, PAGE_SIZE)
            if fresh:
                self._render()
            if not self.store.complete:
                self._load_older(generation, entries[-1])

        def failed(exc: BaseException) -> None:
            if generation == self._reload_generation:
                self.banner.show_error(exc, action_text="Retry", on_action=self.reload)

        self.ctx.tasks.run(self, load, done, failed)

    @property
    def is_loaded(self) -> bool:
        """The first page is on screen (older entries may still be arriving)."""
        return self.store.loaded

    @property
    def is_complete(self) -> bool:
        """Every entry of the journal has been read."""
        return self.store.complete

    def _apply_changes(self) -> None:
        """Re-read only the entries the vault said changed (a full read when it did not say)."""
        if self.store.full_reload or not self.store.loaded:
            self.reload()
            return
        ids = self.store.take_changed()
        if not ids:
            return
        generation = self._reload_generation
        journal = self.ctx.session.journal

        def load() -> tuple[dict[str, JournalEntry | None], list[tuple[str, int]]]:
            found: dict[str, JournalEntry | None] = {}
            for entry_id in ids:
                try:
                    found[entry_id] = journal.get(entry_id)
                except NotFoundError:  # purged
                    found[entry_id] = None
            return found, journal.tags()

        def done(result: tuple[dict[str, JournalEntry | None], list[tuple[str, int]]]) -> None:
            if generation != self._reload_generation:
                return
            found, tags = result
            for entry_id, entry in found.items():
                if entry is None or entry.deleted_at is not None:
                    self.store.forget(entry_id)
                else:
                    self.store.confirm(entry)
            self.tag_editor.set_suggestions(t for t, _n in tags)
            self._render()

        def failed(_exc: BaseException) -> None:
            if generation == self._reload_generation:
                self.reload()

        self.ctx.tasks.run(self, load, done, failed)

    def save(self) -> None:
        """Save the editor as an entry (Ctrl+S): optimistic, rolled back if the write fails."""
        if self._saving:
            return
        self.tag_editor.commit_input()
        title = self.title_edit.text()
        body = self.body_edit.toPlainText()
        tags = self.tag_editor.tags()
        if not title.strip() and not body.strip():
            self.banner.show_message(
                "Write a title or a few words first.", BannerKind.INFO, timeout_ms=4000
            )
            return
        version = self._version
        draft_id = self._draft_id
        drafts = self.ctx.session.drafts
        journal = self.ctx.session.journal
        origin = self._origin
        current = self._current_id
        self._saving = True
        self.save_button.setEnabled(False)
        self.status_label.setText("Saving…")

        def discard_draft() -> None:
            try:
                drafts.discard(draft_id)
            except Exception:  # the entry is saved; a stale draft is only offered again
                log.warning("journal.draft_discard_failed")

        if current is None or current.startswith(PENDING_PREFIX):
            temp_id = PENDING_PREFIX + uuid.uuid4().hex
            written_at = self._chosen_created_at()
            now = written_at or self.ctx.clock()
            self.store.overlay_add[temp_id] = JournalEntry(
                id=temp_id,
                created_at=now,
                updated_at=now,
                tz_offset_min=local_offset_minutes(now),
                title=title.strip(),
                body=body,
                tags=tags,
            )
            self._current_id = temp_id
            self._selected_day = now.astimezone().date()
            self._render()

            def add() -> JournalEntry:
                new = NewEntry(title=title, body=body, tags=tags, created_at=written_at)
                entry = journal.add(new, origin=origin)
                discard_draft()
                return entry

            def added(entry: JournalEntry) -> None:
                self.store.overlay_add.pop(temp_id, None)
                self.store.confirm(entry)
                if self._current_id == temp_id:
                    self._current_id = entry.id
                self._saved(version, entry)

            def add_failed(exc: BaseException) -> None:
                self.store.overlay_add.pop(temp_id, None)
                if self._current_id == temp_id:
                    self._current_id = None
                self._save_failed(exc)

            self.ctx.tasks.run(self, add, added, add_failed)
            return

        entry_id = current
        before = self._entry(entry_id)
        if before is not None:
            self.store.overlay_edit[entry_id] = replace(
                before, title=title.strip(), body=body, tags=tags, updated_at=self.ctx.clock()
            )
            self._render()

        def edit() -> JournalEntry:
            entry = journal.edit(
                entry_id, EntryPatch(title=title, body=body, tags=tags), origin=origin
            )
            discard_draft()
            return entry

        def edited(entry: JournalEntry) -> None:
            self.store.overlay_edit.pop(entry_id, None)
            self.store.confirm(entry)
            self._saved(version, entry)

        def edit_failed(exc: BaseException) -> None:
            self.store.overlay_edit.pop(entry_id, None)
            self._save_failed(exc)

        self.ctx.tasks.run(self, edit, edited, edit_failed)

    def delete_current(self) -> None:
        """Move the open entry to the trash, with Undo in the banner."""
        entry_id = self._current_id
        if entry_id is None or entry_id.startswith(PENDING_PREFIX):
            self._discard_current_draft()
            self._set_editor(None)
            self._render()
            return
        entry = self._entry(entry_id)
        if entry is None:
            return
        draft_id = self._draft_id
        drafts = self.ctx.session.drafts
        journal = self.ctx.session.journal
        origin = self._origin
        self.store.overlay_hide.add(entry_id)
        self._set_editor(None)
        self._render()

        def delete() -> JournalEntry:
            deleted = journal.delete(entry_id, origin=origin)
            try:
                drafts.discard(draft_id)
            except Exception:
                log.warning("journal.draft_discard_failed")
            return deleted

        def deleted(_entry: JournalEntry) -> None:
            self.store.overlay_hide.discard(entry_id)
            self.store.forget(entry_id)
            self._render()
            self.banner.show_message(
                f"“{model.display_title(entry)}” moved to the trash.",
                BannerKind.INFO,
                action_text="Undo",
                on_action=lambda: self._undo_delete(entry),
            )

        def delete_failed(exc: BaseException) -> None:
            self.store.overlay_hide.discard(entry_id)
            self._render()
            self.banner.show_error(exc)

        self.ctx.tasks.run(self, delete, deleted, delete_failed)

    def visible_entries(self) -> list[JournalEntry]:
        """What the lists show right now (vault + optimistic changes)."""
        return self._displayed()

    def visible_titles(self) -> list[str]:
        return [self.entry_list.item(i).text() for i in range(self.entry_list.count())]

    def show_loading(self) -> None:
        self.left_stack.setCurrentWidget(self.loading)

    @property
    def current_entry_id(self) -> str | None:
        return self._current_id

    @property
    def draft_id(self) -> str:
        return self._draft_id

    @property
    def is_dirty(self) -> bool:
        return self._version > max(self._saved_version, 0) and self._version != 0

    # ==== rendering ========================================================================
    def _focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen_created_at(self) -> datetime | None:
        """For a new entry written for another day: that day at the current time of day
        (None: today, i.e. now)."""
        chosen = self.entry_date.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        now = self.ctx.clock().astimezone()
        if day == now.date():
            return None
        return now.replace(year=day.year, month=day.month, day=day.day)

    def _show_entry_meta(self, entry: JournalEntry | None) -> None:
        """The editor's header: the date (settable for a new entry), the day's mood, and
        Delete only for an entry that exists (nothing to delete before the first save)."""
        saved = entry is not None and not entry.id.startswith(PENDING_PREFIX)
        self.delete_button.setVisible(saved)
        self.delete_button.setEnabled(saved)
        self.entry_date.setVisible(entry is None)
        if entry is None:
            self.meta_label.setText("New entry for")
            self.entry_date.setMaximumDate(QDate.currentDate())
            self.entry_date.setDate(QDate.currentDate())
            day = self._today()
        else:
            when = local_time(entry.created_at, entry.tz_offset_min)
            self.meta_label.setText(f"{when:%A %d %B %Y} · {when:%H:%M}")
            day = model.entry_day(entry)
        self._load_day_mood(day)

    def _load_day_mood(self, day: date) -> None:
        self._mood_day = day
        self.day_mood_label.setText("")
        mood = self.ctx.session.mood

        def done(found: DayMood) -> None:
            if found.day == self._mood_day:
                self.day_mood_label.setText(found.text())

        self.ctx.tasks.run(self, lambda: load_day_mood(mood, day), done, lambda _exc: None)

    def _jump_changed(self, value: QDate) -> None:
        """Show the picked day, or the nearest earlier day that has entries."""
        wanted = date(value.year(), value.month(), value.day())
        days = sorted(model.group_by_day(self._displayed()), reverse=True)
        target = next((d for d in days if d <= wanted), days[-1] if days else self._today())
        self.jump_to(target)

    def jump_to(self, day: date) -> None:
        self._selected_day = day
        self._render()
        item = self.day_list.currentItem()
        if item is not None:
            self.day_list.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        entries = self.entry_list
        if entries.count() and entries.currentRow() < 0:
            entries.setCurrentRow(0)  # open the day's newest entry

    def _today(self) -> date:
        return self.ctx.clock().astimezone().date()

    def _displayed(self) -> list[JournalEntry]:
        return self.store.displayed()

    def _entry(self, entry_id: str) -> JournalEntry | None:
        return self.store.get(entry_id)

    def _render(self) -> None:
        entries = self._displayed()
        if not self.store.loaded:
            self.left_stack.setCurrentWidget(self.loading)
            return
        if not entries:
            self.left_stack.setCurrentWidget(self.empty)
        else:
            self.left_stack.setCurrentWidget(self._lists_page)
        groups = model.group_by_day(entries)
        today = self._today()
        days = [today, *[d for d in groups if d != today]]
        if self._selected_day not in days:
            self._selected_day = today
        self._sync_days(days, groups, today)
        self._render_day(groups.get(self._selected_day, []), today)

    def _sync_days(
        self, days: list[date], groups: dict[date, list[JournalEntry]], today: date
    ) -> None:
        """Make the day list show ``days``, touching only rows that differ (no clear())."""
        view = self.day_list
        view.blockSignals(True)
        try:
            while view.count() > len(days):
                view.takeItem(view.count() - 1)
            for row, day in enumerate(days):
                count = len(groups.get(day, []))
                key = day.isoformat()
                label = model.day_label(day, today)
                trailing = model.count_label(count)
                item = view.item(row) if row < view.count() else None
                if item is None:
                    item = QListWidgetItem()
                    view.addItem(item)
                if item.data(ID_ROLE) != key or item.text() != label:
                    item.setText(label)
                    item.setData(ID_ROLE, key)
                if item.data(TRAILING_ROLE) != trailing:  # the label encodes the count
                    item.setData(TRAILING_ROLE, trailing)
                    item.setToolTip(f"{day:%A %d %B %Y}: {plural(count, 'entry')}")
                if day == self._selected_day and view.currentItem() is not item:
                    view.setCurrentItem(item)
        finally:
            view.blockSignals(False)

    def _render_day(self, entries: list[JournalEntry], today: date) -> None:
        self.entries_card.set_title(model.day_label(self._selected_day, today))
        self.entry_list.blockSignals(True)
        self.entry_list.clear()
        for entry in entries:
            pending = entry.id.startswith(PENDING_PREFIX)
            item = QListWidgetItem(model.display_title(entry))
            item.setData(ID_ROLE, entry.id)
            item.setData(SECONDARY_ROLE, model.first_line(entry.body) or " ")
            item.setData(TRAILING_ROLE, "saving…" if pending else model.time_label(entry))
            item.setToolTip(model.display_title(entry))
            self.entry_list.addItem(item)
            if entry.id == self._current_id:
                self.entry_list.setCurrentItem(item)
        self.entry_list.blockSignals(False)
        self.entry_stack.setCurrentWidget(self.entry_list if entries else self.day_empty)

    # ==== editor ===========================================================================
    def _set_editor(self, entry: JournalEntry | None, *, draft: Draft | None = None) -> None:
        self._filling = True
        try:
            self._current_id = entry.id if entry else None
            self._draft_id = draft.id if draft else str(uuid.uuid4())
            title = draft.title if draft else (entry.title if entry else "")
            body = draft.body if draft else (entry.body if entry else "")
            tags = draft.tags if draft else (entry.tags if entry else ())
            self.title_edit.setText(title)
            self.body_edit.setPlainText(body)
            self.tag_editor.set_tags(tags)
        finally:
            self._filling = False
        self._version = 1 if draft else 0
        self._draft_version = self._version
        self._saved_version = -1 if draft else 0
        self.autosave_timer.stop()
        self._show_entry_meta(entry)
        self.status_label.setText("Restored from a draft — not saved yet" if draft else "")
        self._load_analysis()

    def _edited(self) -> None:
        if self._filling:
            return
        self.ctx.session.embeddings.note_typing()  # background indexing yields to the keys
        self._version += 1
        words = model.word_count(self.body_edit.toPlainText())
        self.status_label.setText(f"Unsaved changes · {plural(words, 'word')}")
        if not self.autosave_timer.isActive():
            self.autosave_timer.start(self.autosave_ms)

    @property
    def autosave_ms(self) -> int:
        return self.autosave_timer.interval()

    @autosave_ms.setter
    def autosave_ms(self, value: int) -> None:
        self.autosave_timer.setInterval(value)

    def _needs_draft(self) -> bool:
        return self._version > self._draft_version and self._version > self._saved_version

    def _autosave_tick(self) -> None:
        if not self._needs_draft():
            if not self._draft_in_flight:
                self.autosave_timer.stop()
            return
        self._flush_draft()

    def _flush_draft(self) -> None:
        """Write the editor to its draft now (timer, focus loss, switching entries)."""
        if not self._needs_draft() or self._draft_in_flight:
            return
        title = self.title_edit.text()
        body = self.body_edit.toPlainText()
        tags = self.tag_editor.tags()
        if not title.strip() and not body.strip() and not tags:
            return
        version = self._version
        draft_id = self._draft_id
        entry_id = self._current_id
        if entry_id is not None and entry_id.startswith(PENDING_PREFIX):
            entry_id = None
        drafts = self.ctx.session.drafts
        self._draft_in_flight = True

        def write() -> Draft:
            return drafts.save(draft_id, title, body, tags, entry_id)

        def written(draft: Draft) -> None:
            self._draft_in_flight = False
            if draft_id != self._draft_id:
                return
            self._draft_version = max(self._draft_version, version)
            if self._saved_version >= version:  # saved meanwhile: this draft is stale
                self.ctx.tasks.run(self, lambda: drafts.discard(draft_id))
                return
            when = model.when_label(draft.updated_at, self._today())
            self.status_label.setText(f"Draft saved {when} · not yet in your journal")

        def failed(exc: BaseException) -> None:
            self._draft_in_flight = False
            self.status_label.setText("Couldn't keep a draft — please save soon.")
            log.warning("journal.autosave_failed", error=type(exc).__name__)

        self.ctx.tasks.run(self, write, written, failed)

    def _discard_current_draft(self) -> None:
        draft_id = self._draft_id
        drafts = self.ctx.session.drafts
        if self._version > 0:
            self.ctx.tasks.run(self, lambda: drafts.discard(draft_id))

    def _saved(self, version: int, entry: JournalEntry) -> None:
        self._saving = False
        known = self.tag_editor.suggestions()
        new_tags = [t for t in entry.tags if t not in known]
        if new_tags:  # offered from now on, without re-reading every tag count
            self.tag_editor.set_suggestions([*known, *new_tags])
        self.save_button.setEnabled(True)
        self._saved_version = max(self._saved_version, version)
        if self._current_id == entry.id:
            self._show_entry_meta(entry)
            self._load_analysis()  # the saved text is analysed anew: "Analysing…" until then
        if self._version <= version:
            self.status_label.setText("Saved ✓")
            self.autosave_timer.stop()
        self._render()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status_label.setText("Not saved")
        self._render()
        self.banner.show_error(exc, action_text="Retry", on_action=self.save)

    def _undo_delete(self, entry: JournalEntry) -> None:
        journal = self.ctx.session.journal
        self.store.overlay_add[entry.id] = entry
        self._render()

        def restored(back: JournalEntry) -> None:
            self.store.overlay_add.pop(entry.id, None)
            self.store.confirm(back)
            self._selected_day = model.entry_day(back)
            self._set_editor(back)
            self._render()
            self.banner.show_message("Entry restored.", BannerKind.SUCCESS, timeout_ms=3000)

        def failed(exc: BaseException) -> None:
            self.store.overlay_add.pop(entry.id, None)
            self._render()
            self.banner.show_error(exc)

        origin = self._origin
        self.ctx.tasks.run(self, lambda: journal.restore(entry.id, origin=origin), restored, failed)

    # ==== selection ========================================================================
    def _day_changed(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is None:
            return
        self._selected_day = date.fromisoformat(str(item.data(ID_ROLE)))
        groups = model.group_by_day(self._displayed())
        self._render_day(groups.get(self._selected_day, []), self._today())

    def _entry_changed(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry_id = str(item.data(ID_ROLE))
        if entry_id == self._current_id:
            return
        entry = self._entry(entry_id)
        if entry is None:
            return
        self._flush_draft()
        self._set_editor(entry)

    # ==== analysis chips =====================================================================
    def _load_analysis(self) -> None:
        """Read the shown entry's analysis off the UI thread and show it as chips.

        Nothing for a new (or still saving) entry; "Analysing…" while the stored analysis is
        missing or describes older text. Needs no background services: a plain vault read.
        """
        self._analysis_generation += 1
        generation = self._analysis_generation
        entry_id = self._current_id
        entry = self._entry(entry_id) if entry_id is not None else None
        if entry_id is None or entry_id.startswith(PENDING_PREFIX) or entry is None:
            self.analysis_chips.clear()
            return
        analyses = self.ctx.session.analysis
        title, body = entry.title, entry.body

        def load() -> EntryAnalysis | None:
            return analyses.current(entry_id, title, body)

        def done(analysis: EntryAnalysis | None) -> None:
            if generation != self._analysis_generation or entry_id != self._current_id:
                return
            if analysis is None:
                self.analysis_chips.show_pending()
            else:
                self.analysis_chips.show_analysis(analysis)

        def failed(exc: BaseException) -> None:
            if generation == self._analysis_generation:
                self.analysis_chips.clear()
            log.warning("journal.analysis_read_failed", error=type(exc).__name__)

        self.ctx.tasks.run(self, load, done, failed)

    def prepare_to_lock(self) -> None:
        """Before lock: drop the chips (their tooltips name words from the entry)."""
        self._analysis_generation += 1
        self.analysis_chips.clear()

    # ==== drafts offered after unlock =========================================================
    def _offer_drafts(self) -> None:
        drafts = self.ctx.session.drafts

        def found(items: list[Draft]) -> None:
            self._pending_drafts = [d for d in items if d.id != self._draft_id]
            self._offer_next_draft()

        self.ctx.tasks.run(self, drafts.list, found, lambda exc: self.banner.show_error(exc))

    def _offer_next_draft(self) -> None:
        if not self._pending_drafts:
            return
        draft = self._pending_drafts.pop(0)
        when = model.when_label(draft.updated_at, self._today())
        about = draft.title.strip() or model.first_line(draft.body, 40)
        about_text = f" (“{about}”)" if about else ""
        self.draft_bar.show_message(
            f"You have an unsaved draft from {when}{about_text}.",
            BannerKind.INFO,
            action_text="Restore",
            on_action=lambda: self._restore_draft(draft),
            secondary_text="Discard",
            on_secondary=lambda: self._discard_draft(draft),
            timeout_ms=0,
        )

    def _restore_draft(self, draft: Draft) -> None:
        self._flush_draft()
        entry = self._entry(draft.entry_id) if draft.entry_id else None
        self._set_editor(entry, draft=draft)
        if entry is not None:
            self._selected_day = model.entry_day(entry)
        self._render()
        self.body_edit.setFocus()
        self._offer_next_draft()

    def _discard_draft(self, draft: Draft) -> None:
        drafts = self.ctx.session.drafts
        self.ctx.tasks.run(
            self, lambda: drafts.discard(draft.id), None, lambda exc: self.banner.show_error(exc)
        )
        self._offer_next_draft()

    # ==== events ===========================================================================
    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.CHECKIN and self._mood_day is not None:
            self._load_day_mood(self._mood_day)  # a check-in may change the day's mood
            return
        if change.topic is Topic.ENTRY and change.op == "analysed":
            if change.id is not None and change.id == self._current_id:
                self._load_analysis()
            return  # the entry's text did not change: no need to re-read it
        if change.topic is Topic.ENTRY and change.origin == self._origin:
            return  # our own save, delete or undo: its result is already on screen
        if change.topic is Topic.ENTRY:
            self.store.note_change(change.id)
            self._reload_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusOut:
            self._flush_draft()
        return False

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        self._flush_draft()
        super().hideEvent(event)
