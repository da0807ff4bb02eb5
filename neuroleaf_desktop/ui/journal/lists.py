"""The journal's left pane: the days that have entries, and the selected day's entries.

A view over the :class:`EntryStore`: it shows what the store displays and says which entry
was chosen (``entry_chosen``); it never reads the vault. The day list is updated in place, so
paging in older entries and saving never reset its scroll position or selection. Above the
days, ``on_this_day.py``'s line offers earlier years' entries on this date. A starred
entry's row carries a ★ before its time; the "Starred" toggle swaps the days for one list of
the starred entries, newest first (or a hint on how to star, when there are none). A tag
filter (``set_tag_filter``, from the tag manager's "Show entries") swaps them for the entries
with one tag (``tag_filter.py``); "# Tags", beside "Go to", opens the tag manager.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.ui import text_size
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import model
from neuroleaf_desktop.ui.journal.on_this_day import OnThisDayLine
from neuroleaf_desktop.ui.journal.store import EntryStore, is_pending
from neuroleaf_desktop.ui.journal.tag_filter import TagFilterPage, tagged_newest_first
from neuroleaf_desktop.ui.widgets import Card, EmptyState, LoadingState
from neuroleaf_desktop.ui.widgets.announce import announce
from neuroleaf_desktop.ui.widgets.list_delegate import (
    SECONDARY_ROLE,
    TRAILING_ROLE,
    TwoLineDelegate,
)
from neuroleaf_desktop.ui.widgets.reflow_row import ReflowRow
from neuroleaf_desktop.ui.widgets.style import fit_to_font, scaled_font

ID_ROLE = Qt.ItemDataRole.UserRole


class JournalLists(QWidget):
    """``JournalLists(ctx, store, current_id)``; ``current_id()`` names the entry the editor
    shows, so its row is the selected one.

    Emits ``new_requested`` (the New entry button and "Write now"), ``write_requested`` (the
    empty journal's "Start writing") and ``entry_chosen(entry_id)``.
    """

    new_requested = Signal()
    write_requested = Signal()
    entry_chosen = Signal(str)
    starred_filter_changed = Signal(bool)  # the Starred toggle: only starred entries, or all
    manage_tags_requested = Signal()  # the "# Tags" button: the tag manager
    template_requested = Signal()  # the "▾" beside New entry: start from a template

    def __init__(
        self,
        ctx: UiContext,
        store: EntryStore,
        current_id: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = store
        self._current_id = current_id
        self.selected_day: date = self._today()
        self.tag_filter = ""  # one tag's entries instead of the days ("" = no filter)
        self._build()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._keep_designed_width()

    def _keep_designed_width(self, *_args: object) -> None:
        """The pane keeps the width it was designed with, its heading and buttons on one line
        at the system's text size: larger text puts the buttons under the heading rather than
        taking the width from the entry beside it, and the usual sizes look as they always
        did."""
        designed = round(self.header_row.sizeHint().width() / text_size.current().factor)
        self.setMinimumWidth(0)  # the least the contents need now, at this text size
        self.setMinimumWidth(max(designed, self.minimumSizeHint().width()))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        heading = QLabel("Journal", self)
        heading.setFont(scaled_font(self, 1.6, bold=True))
        heading.setAccessibleName("Journal")
        self.new_button = QPushButton("+  New entry", self)
        self.new_button.setProperty("role", "primary")
        self.new_button.setAccessibleName("New entry")
        self.new_button.setToolTip("Start a new entry (Ctrl+N)")
        self.new_button.clicked.connect(self.new_requested)
        # beside it, the same with a shape: a template the person keeps
        self.template_button = QPushButton("▾", self)
        self.template_button.setProperty("role", "primary")
        self.template_button.setAccessibleName("New entry from a template")
        self.template_button.setToolTip("Start a new entry from a template (Ctrl+Shift+T)")
        square = self.template_button
        # a square button: the primary style's side padding would leave the arrow no room
        square.setStyleSheet("QPushButton { padding-left: 0px; padding-right: 0px; }")
        fit_to_font(square, lambda: square.setFixedWidth(square.sizeHint().height() + 4))
        self.template_button.clicked.connect(self.template_requested)
        self.starred_toggle = QPushButton(self)
        self.starred_toggle.setCheckable(True)
        self.starred_toggle.setProperty("chip", True)
        self.starred_toggle.setAccessibleName("Show only starred entries")
        self.starred_toggle.setToolTip("Show only the entries you starred (☆ or Ctrl+D)")
        self.starred_toggle.toggled.connect(self._starred_toggled)
        self._label_starred_toggle(False)
        buttons = QWidget(self)
        actions = QHBoxLayout(buttons)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.new_button)
        actions.addSpacing(-4)
        actions.addWidget(self.template_button)
        actions.addWidget(self.starred_toggle)
        # the buttons go under the heading when the pane is too narrow for both (large text)
        self.header_row = ReflowRow(heading, buttons, self)
        layout.addWidget(self.header_row)
        text_size.current().changed.connect(self._keep_designed_width)
        # earlier years' entries on this date, offered as links (no line when there are none)
        self.on_this_day = OnThisDayLine(self.ctx, self)
        layout.addWidget(self.on_this_day)

        self.left_stack = QStackedWidget(self)
        self.loading = LoadingState("Opening your journal…", self.left_stack, lines=6)
        # the editor beside it is already open on a blank page: point there, do not offer
        # to open it again
        self.empty = EmptyState(
            "No entries yet",
            "The page on the right is ready: type a title or a few words, then Save "
            "(Ctrl+S). It stays on this computer, encrypted.",
            icon="✎",
            action_text="Start writing",
            on_action=self.write_requested.emit,
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
        # beside the date, the other way to find entries: by tag (the tag manager)
        self.tags_button = QPushButton("# Tags", days_card)
        self.tags_button.setProperty("chip", True)
        self.tags_button.setAccessibleName("Manage tags")
        self.tags_button.setToolTip(
            "Every tag with its entries: show, rename, merge or remove one everywhere"
        )
        self.tags_button.clicked.connect(self.manage_tags_requested)
        jump_row.addWidget(self.tags_button)
        days_card.body.addLayout(jump_row)
        self.day_list = _row_list("Days with entries", days_card)
        self.day_list.currentItemChanged.connect(self._day_changed)
        days_card.body.addWidget(self.day_list)
        self.entries_card = Card("Today", lists, padding=10)
        self.entry_stack = QStackedWidget(self.entries_card)
        self.entry_list = _row_list("Entries of the selected day", self.entry_stack)
        self.entry_list.currentItemChanged.connect(self._entry_changed)
        self.day_empty = EmptyState(
            "Nothing written this day",
            "",
            icon="☁",
            action_text="Write now",
            on_action=self.new_requested.emit,
            parent=self.entry_stack,
        )
        self.entry_stack.addWidget(self.entry_list)
        self.entry_stack.addWidget(self.day_empty)
        self.entries_card.body.addWidget(self.entry_stack)
        lists_layout.addWidget(days_card, 2)
        lists_layout.addWidget(self.entries_card, 3)
        self.left_stack.addWidget(self.loading)
        self.left_stack.addWidget(self.empty)
        self.left_stack.addWidget(lists)
        self._lists_page = lists
        self._build_starred_page()
        self.tagged_list = _row_list("Entries with the tag", self.left_stack)
        self.tagged_list.currentItemChanged.connect(self._starred_changed)
        self.tag_page = TagFilterPage(self.tagged_list, self.left_stack)
        self.tag_page.cleared.connect(lambda: self.set_tag_filter(""))
        self.tag_page.manage_requested.connect(self.manage_tags_requested)
        self.left_stack.addWidget(self.tag_page)
        layout.addWidget(self.left_stack, 1)

    def _build_starred_page(self) -> None:
        """The Starred filter's page: every starred entry, or how to star one."""
        self.starred_card = Card("Starred", self.left_stack, padding=10)
        self.starred_stack = QStackedWidget(self.starred_card)
        self.starred_list = _row_list("Starred entries", self.starred_stack)
        self.starred_list.currentItemChanged.connect(self._starred_changed)
        self.starred_empty = EmptyState(
            "No starred entries yet",
            "Star an entry with ☆ or Ctrl+D to find it here.",
            icon="☆",
            parent=self.starred_stack,
        )
        self.starred_stack.addWidget(self.starred_list)
        self.starred_stack.addWidget(self.starred_empty)
        self.starred_card.body.addWidget(self.starred_stack)
        self.left_stack.addWidget(self.starred_card)

    def focus_order(self) -> list[QWidget]:
        """The pane's widgets in Tab order."""
        return [
            self.new_button,
            self.template_button,
            self.starred_toggle,
            *self.on_this_day.focus_order(),
            self.jump_date,
            self.tags_button,
            self.day_list,
            self.entry_list,
            self.starred_list,  # shown instead of the days while the Starred filter is on
            self.tag_page.manage_button,  # and these while a tag filter is
            self.tag_page.clear_button,
            self.tagged_list,
        ]

    @property
    def starred_only(self) -> bool:
        return self.starred_toggle.isChecked()

    # ==== rendering ========================================================================
    def _today(self) -> date:
        return self.ctx.clock().astimezone().date()

    def show_loading(self) -> None:
        self.left_stack.setCurrentWidget(self.loading)

    def refresh(self) -> None:
        """Show what the store displays (the loading state before the first page)."""
        if not self.store.loaded:
            self.show_loading()
            return
        if self.tag_filter:
            self._render_tagged()
            return
        if self.starred_only:
            self._render_starred()
            return
        groups = self.store.by_day()
        self.left_stack.setCurrentWidget(self._lists_page if groups else self.empty)
        today = self._today()
        days = [today, *[d for d in groups if d != today]]
        if self.selected_day not in days:
            self.selected_day = today
        self._sync_days(days, groups, today)
        self._render_day(groups.get(self.selected_day, []), today)

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
                if day == self.selected_day and view.currentItem() is not item:
                    view.setCurrentItem(item)
        finally:
            view.blockSignals(False)

    def _render_day(self, entries: list[JournalEntry], today: date) -> None:
        self.entries_card.set_title(model.day_label(self.selected_day, today))
        current = self._current_id()
        self.entry_list.blockSignals(True)
        self.entry_list.clear()
        for entry in entries:
            trailing = "saving…" if is_pending(entry.id) else model.time_label(entry)
            item = _entry_item(entry, trailing, model.display_title(entry))
            self.entry_list.addItem(item)
            if entry.id == current:
                self.entry_list.setCurrentItem(item)
        self.entry_list.blockSignals(False)
        self.entry_stack.setCurrentWidget(self.entry_list if entries else self.day_empty)

    def _render_starred(self) -> None:
        """Every starred entry, newest first, the open one selected."""
        self.left_stack.setCurrentWidget(self.starred_card)
        entries = model.starred_newest_first(self.store.displayed())
        self._fill_across_days(self.starred_list, entries)
        self.starred_card.set_title(f"Starred · {len(entries)}" if entries else "Starred")
        self.starred_stack.setCurrentWidget(self.starred_list if entries else self.starred_empty)

    def _render_tagged(self) -> None:
        """The entries with the filter's tag, newest first, the open one selected."""
        self.left_stack.setCurrentWidget(self.tag_page)
        entries = tagged_newest_first(self.store.displayed(), self.tag_filter)
        self._fill_across_days(self.tagged_list, entries)
        self.tag_page.show_entries(self.tag_filter, len(entries))

    def _fill_across_days(self, target: QListWidget, entries: list[JournalEntry]) -> None:
        """A list of entries from many days (starred, one tag): each row names its day, and
        the open entry is selected without announcing a choice."""
        today, current = self._today(), self._current_id()
        target.blockSignals(True)
        target.clear()
        for entry in entries:
            tooltip = f"{model.display_title(entry)} · {model.time_label(entry)}"
            item = _entry_item(entry, model.short_day(entry, today), tooltip)
            target.addItem(item)
            if entry.id == current:
                target.setCurrentItem(item)
        target.blockSignals(False)

    def set_tag_filter(self, tag: str) -> None:
        """List only the entries with ``tag`` ("" goes back to the days)."""
        if tag and self.starred_toggle.isChecked():
            self.starred_toggle.blockSignals(True)
            self.starred_toggle.setChecked(False)
            self._label_starred_toggle(False)
            self.starred_toggle.blockSignals(False)
        self.tag_filter = tag
        self.refresh()
        shown = self.tagged_list if tag else self.day_list
        announce(
            shown,
            f"Showing the entries with the tag {tag}" if tag else "Showing all entries by day",
        )
        shown.setFocus()

    def _label_starred_toggle(self, on: bool) -> None:
        self.starred_toggle.setText(f"{'★' if on else '☆'} Starred")

    def _starred_toggled(self, on: bool) -> None:
        self._label_starred_toggle(on)
        if on:
            self.tag_filter = ""  # one filter at a time
        self.refresh()
        announce(
            self.starred_toggle,
            "Showing only starred entries" if on else "Showing all entries by day",
        )
        self.starred_filter_changed.emit(on)

    def _starred_changed(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry_id = str(item.data(ID_ROLE))
        entry = self.store.get(entry_id)
        if entry is not None:
            self.selected_day = model.entry_day(entry)  # the filter off: that entry's day
        if entry_id != self._current_id():
            self.entry_chosen.emit(entry_id)

    def visible_titles(self) -> list[str]:
        return [self.entry_list.item(i).text() for i in range(self.entry_list.count())]

    # ==== selection ========================================================================
    def _day_changed(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.selected_day = date.fromisoformat(str(item.data(ID_ROLE)))
        self._render_day(self.store.by_day().get(self.selected_day, []), self._today())

    def _entry_changed(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry_id = str(item.data(ID_ROLE))
        if entry_id != self._current_id():
            self.entry_chosen.emit(entry_id)

    def _jump_changed(self, value: QDate) -> None:
        """Show the picked day, or the nearest earlier day that has entries."""
        wanted = date(value.year(), value.month(), value.day())
        days = sorted(self.store.by_day(), reverse=True)
        target = next((d for d in days if d <= wanted), days[-1] if days else self._today())
        self.jump_to(target)

    def jump_to(self, day: date) -> None:
        """Select ``day`` and open its newest entry if none of its entries is open."""
        self.selected_day = day
        self.refresh()
        item = self.day_list.currentItem()
        if item is not None:
            self.day_list.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        entries = self.entry_list
        if entries.count() and entries.currentRow() < 0:
            entries.setCurrentRow(0)  # open the day's newest entry


def _row_list(name: str, parent: QWidget) -> QListWidget:
    """A list of two-line rows as the pane draws them: no frame, one choice, smooth scrolling,
    hover, on the card's own background."""
    view = QListWidget(parent)
    view.setAccessibleName(name)
    view.setItemDelegate(TwoLineDelegate(view))
    view.setFrameShape(QListWidget.Shape.NoFrame)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setMouseTracking(True)
    view.setStyleSheet("QListWidget { background: transparent; border: none; }")
    return view


def _entry_item(entry: JournalEntry, trailing: str, tooltip: str) -> QListWidgetItem:
    """An entry's row: its name, the line after it, and ``trailing`` (a time or a day) behind
    the entry's star, which screen readers hear as "Starred"."""
    item = QListWidgetItem(model.display_title(entry))
    item.setData(ID_ROLE, entry.id)
    item.setData(SECONDARY_ROLE, model.preview_line(entry) or " ")
    item.setData(TRAILING_ROLE, model.starred_mark(entry) + trailing)
    item.setToolTip(tooltip)
    if entry.starred:
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "Starred")
    return item
