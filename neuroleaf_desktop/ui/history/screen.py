"""History: the year in pixels, and the day view that opens when a day is clicked.

The day view is where a day's check-ins are corrected or deleted (Edit / Delete, with Undo)
and where its entries open in the journal.

By keyboard: Tab goes year switcher → the year's days (arrow keys; Home and End, with Control
for the whole year; Page Up and Page Down for the same day a year earlier or later, as Left and
Right cross New Year) → the day's check-ins → its entries. Each list is one Tab stop walked
with Up, Down, Home, End, Page Up and Page Down (``ui/widgets/row_list``); Enter opens the row
(a check-in for correction, an entry in the journal), Delete moves a check-in to the trash.
Each row is named by the short summary it shows and described by the lines under it, built on
the worker (``services/history_text``). Opening a day is announced with what it holds."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.domain.models import JournalEntry, MoodCheckIn
from neuroleaf_desktop.domain.timeutil import local_date
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.history_text import (
    DayRow,
    checkin_summary,
    day_rows,
    day_summary,
)
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.history.pixels import MoodLegend, YearPixels
from neuroleaf_desktop.ui.journal import model as journal_model
from neuroleaf_desktop.ui.widgets import Banner, Card, EmptyState, LoadingState, install_style
from neuroleaf_desktop.ui.widgets.announce import announce
from neuroleaf_desktop.ui.widgets.row_list import RowList, RowText
from neuroleaf_desktop.ui.widgets.style import (
    fit_to_font,
    is_dark,
    mood_color,
    muted_text,
    scaled_font,
)

__all__ = ["DayData", "HistoryScreen", "YearData", "checkin_summary", "load_day", "load_year"]

ALL = 1_000_000
# local days can be up to 14 h away from UTC: read a little wider, then bucket by local day
SLACK = timedelta(hours=15)


@dataclass(frozen=True)
class YearData:
    year: int
    means: dict[date, float]
    entry_days: set[date]
    first_year: int
    total_checkins: int


@dataclass(frozen=True)
class DayData:
    day: date
    checkins: list[MoodCheckIn] = field(default_factory=list)
    entries: list[JournalEntry] = field(default_factory=list)
    checkin_rows: tuple[DayRow, ...] = ()  # what each row shows and is called, in order
    entry_rows: tuple[DayRow, ...] = ()
    summary: str = ""  # what is said when the day opens


def _bounds(first: date, last_inclusive: date) -> tuple[datetime, datetime]:
    since = datetime.combine(first, time.min, tzinfo=UTC) - SLACK
    until = datetime.combine(last_inclusive + timedelta(days=1), time.min, tzinfo=UTC) + SLACK
    return since, until


def load_year(session: Session, year: int) -> YearData:
    """Mean mood per local day and the days with entries, for one year (runs on a worker)."""
    since, until = _bounds(date(year, 1, 1), date(year, 12, 31))
    sums: dict[date, list[int]] = defaultdict(list)
    for c in session.mood.list(since, until, newest_first=False):
        day = local_date(c.logged_at, c.tz_offset_min)
        if day.year == year:
            sums[day].append(c.mood)
    means = {d: sum(v) / len(v) for d, v in sums.items()}
    entries = session.journal.list(EntryFilter(since=since, until=until, limit=ALL))
    entry_days = {
        d for d in (local_date(e.created_at, e.tz_offset_min) for e in entries) if d.year == year
    }
    first = session.mood.list(limit=1, newest_first=False)
    first_entry = session.journal.list(EntryFilter(limit=1, newest_first=False))
    years = [c.logged_at.year for c in first] + [e.created_at.year for e in first_entry]
    total = len(session.mood.list(limit=1))
    return YearData(year, means, entry_days, min(years) if years else year, total)


def load_day(session: Session, day: date) -> DayData:
    since, until = _bounds(day, day)
    checkins = [
        c
        for c in session.mood.list(since, until, newest_first=False)
        if local_date(c.logged_at, c.tz_offset_min) == day
    ]
    entries = [
        e
        for e in session.journal.list(
            EntryFilter(since=since, until=until, limit=ALL, newest_first=False)
        )
        if local_date(e.created_at, e.tz_offset_min) == day
    ]
    checkin_rows, entry_rows = day_rows(
        checkins, entries, journal_model.display_title, journal_model.preview_line
    )
    summary = day_summary(day_heading(day), len(checkins), len(entries))
    return DayData(day, checkins, entries, checkin_rows, entry_rows, summary)


def day_heading(day: date) -> str:
    """ "Saturday 20 January 2025": the day card's title."""
    return f"{day:%A} {day.day} {day:%B %Y}"


class HistoryScreen(QWidget):
    """``HistoryScreen(ctx)``; asks the window to open an entry or correct a check-in."""

    open_entry_requested = Signal(str)
    edit_checkin_requested = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("HistoryScreen")
        self.setAccessibleName("History")
        self._today = ctx.clock().astimezone().date()
        self.year = self._today.year
        self.first_year = self.year
        self._loaded = False
        self._generation = 0
        self._day_generation = 0
        self._shown_generation = -1
        self.selected_day: date | None = None
        self.day_data: DayData | None = None
        self._build()
        install_style(self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.bridge.changed.connect(self._on_change)
        self.refresh()

    # ---- building -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget(scroll)
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)

        header = QHBoxLayout()
        heading = QLabel("History", content)
        heading.setFont(scaled_font(self, 1.6, bold=True))
        self.prev_button = QPushButton("‹", content)
        self.prev_button.setAccessibleName("Previous year")
        self.prev_button.setToolTip("Previous year")
        self.year_label = QLabel(str(self.year), content)
        self.year_label.setFont(scaled_font(self, 1.25, bold=True))
        self.year_label.setAccessibleName("Year")
        self.year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        year = self.year_label
        fit_to_font(
            year, lambda: year.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") * 2)
        )
        self.next_button = QPushButton("›", content)
        self.next_button.setAccessibleName("Next year")
        self.next_button.setToolTip("Next year")
        self.this_year_button = QPushButton("This year", content)
        self.this_year_button.setAccessibleName("Go to this year")
        self.prev_button.clicked.connect(lambda: self.set_year(self.year - 1))
        self.next_button.clicked.connect(lambda: self.set_year(self.year + 1))
        self.this_year_button.clicked.connect(lambda: self.set_year(self._today.year))
        header.addWidget(heading)
        header.addStretch(1)
        for w in (self.prev_button, self.year_label, self.next_button, self.this_year_button):
            header.addWidget(w)
        layout.addLayout(header)

        self.banner = Banner(content)
        self.banner.setAccessibleName("History message")
        layout.addWidget(self.banner)

        self.year_card = Card("Year in pixels", content)
        self.stack = QStackedWidget(self.year_card)
        self.loading = LoadingState("Colouring your year…", self.stack, lines=5)
        self.empty = EmptyState(
            "No check-ins yet",
            "Each day you log how you feel (Ctrl+M) becomes a colour here.",
            icon="❀",
            parent=self.stack,
        )
        grid_page = QWidget(self.stack)
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.setSpacing(12)
        self.pixels = YearPixels(grid_page)
        self.pixels.day_activated.connect(self.show_day)
        self.pixels.other_year_requested.connect(self.walk_to_day)
        self.legend = MoodLegend(grid_page)
        self.summary_label = QLabel(grid_page)
        self.summary_label.setProperty("role", "muted")
        grid_layout.addWidget(self.pixels, 1)
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend, 1)
        legend_row.addWidget(self.summary_label)
        grid_layout.addLayout(legend_row)
        self._grid_page = grid_page
        for page in (self.loading, self.empty, grid_page):
            self.stack.addWidget(page)
        self.year_card.body.addWidget(self.stack)
        layout.addWidget(self.year_card)

        self.day_card = Card("Pick a day", content)
        self.day_hint = QLabel(
            "Click a day (or use the arrow keys) to see its check-ins and entries.", self.day_card
        )
        self.day_hint.setProperty("role", "muted")
        self.day_hint.setWordWrap(True)
        self.day_card.body.addWidget(self.day_hint)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        self.checkins_title = QLabel("Check-ins", self.day_card)
        self.checkins_title.setFont(scaled_font(self, 1.05, bold=True))
        self.entries_title = QLabel("Journal entries", self.day_card)
        self.entries_title.setFont(scaled_font(self, 1.05, bold=True))
        self.checkins_list = RowList("Check-ins of the day", self.day_card)
        self.checkins_list.setAccessibleDescription(
            "Up and Down move between check-ins; Enter corrects one, Delete moves it to the trash."
        )
        self.checkins_list.set_focus_fallback(self.pixels)
        self.checkins_list.activated.connect(self._edit_row)
        self.checkins_list.delete_requested.connect(self._delete_row)
        self.entries_list = RowList("Journal entries of the day", self.day_card)
        self.entries_list.setAccessibleDescription(
            "Up and Down move between entries; Enter opens one in the journal."
        )
        self.entries_list.set_focus_fallback(self.pixels)
        self.entries_list.activated.connect(self._open_row)
        for title, rows in (
            (self.checkins_title, self.checkins_list),
            (self.entries_title, self.entries_list),
        ):
            box = QVBoxLayout()
            box.setSpacing(8)
            box.addWidget(title)
            box.addWidget(rows)
            box.addStretch(1)
            columns.addLayout(box, 1)
        self.checkins_title.hide()
        self.entries_title.hide()
        self.checkins_list.hide()
        self.entries_list.hide()
        self.day_card.body.addLayout(columns)
        layout.addWidget(self.day_card)
        layout.addStretch(1)

        for first, second in itertools.pairwise(self.focus_order()):
            QWidget.setTabOrder(first, second)

    def focus_order(self) -> list[QWidget]:
        """The screen's Tab order: the year, its days, then the chosen day's lists."""
        return [
            self.prev_button,
            self.next_button,
            self.this_year_button,
            self.pixels,
            self.checkins_list,
            self.entries_list,
        ]

    # ---- behaviour ------------------------------------------------------------------------

    def set_year(self, year: int) -> None:
        year = max(self.first_year, min(self._today.year, year))
        if year == self.year and self._loaded:
            return
        self.year = year
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        year = self.year
        self.year_label.setText(str(year))
        self.pixels.set_year(year, self._today)
        if not self._loaded:
            self.stack.setCurrentWidget(self.loading)
        session = self.ctx.session

        def loaded(data: YearData) -> None:
            if generation != self._generation:
                return
            self._loaded = True
            self._shown_generation = generation
            self.first_year = min(data.first_year, self._today.year)
            self.pixels.set_data(data.means, data.entry_days)
            if data.total_checkins == 0 and not data.entry_days:
                self.stack.setCurrentWidget(self.empty)
            else:
                self.stack.setCurrentWidget(self._grid_page)
            days = len(data.means)
            if days:
                mean = sum(data.means.values()) / days
                self.summary_label.setText(
                    f"{plural(days, 'day')} with check-ins · average {mean:.1f}"
                )
            else:
                self.summary_label.setText(f"No check-ins in {year}")
            self._update_buttons()
            if self.selected_day is not None and self.selected_day.year == year:
                self.show_day(self.selected_day)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._loaded = True
            self.stack.setCurrentWidget(self._grid_page)
            self.banner.show_error(exc, action_text="Retry", on_action=self.refresh)

        self.ctx.tasks.run(self, lambda: load_year(session, year), loaded, failed)

    def _generation_done(self) -> bool:
        """True when the latest requested year has been shown (tests wait on this)."""
        return self._loaded and self._shown_generation == self._generation

    def _update_buttons(self) -> None:
        self.prev_button.setEnabled(self.year > self.first_year)
        self.next_button.setEnabled(self.year < self._today.year)
        self.this_year_button.setEnabled(self.year != self._today.year)

    def walk_to_day(self, day: date) -> None:
        """The keyboard left the shown year: show ``day``'s year and open it there, or, with no
        such year in the journal (before the first check-in, or ahead of today), say so and
        stay."""
        if not self.first_year <= day.year <= self._today.year:
            edge = "earlier" if day.year < self.first_year else "later"
            announce(self.pixels, f"No {edge} years in your journal.")
            return
        self.selected_day = day
        self.set_year(day.year)

    def show_day(self, day: date) -> None:
        """Open the day view for ``day`` (clicking a pixel does this)."""
        self.selected_day = day
        if self.pixels.selected != day:
            self.pixels.select(day)
        self._day_generation += 1
        generation = self._day_generation
        session = self.ctx.session
        self.day_card.set_title(day_heading(day))
        self.day_hint.setText("Loading…")
        self.day_hint.show()

        def loaded(data: DayData) -> None:
            if generation != self._day_generation:
                return
            self.day_data = data
            self._render_day(data)

        def failed(exc: BaseException) -> None:
            if generation == self._day_generation:
                self.day_hint.setText("This day could not be loaded.")
                self.banner.show_error(exc)

        self.ctx.tasks.run(self, lambda: load_day(session, day), loaded, failed)

    def _render_day(self, data: DayData) -> None:
        nothing = not data.checkins and not data.entries
        self.day_hint.setVisible(nothing)
        self.day_hint.setText("Nothing logged on this day.")
        for widget in (
            self.checkins_title,
            self.entries_title,
            self.checkins_list,
            self.entries_list,
        ):
            widget.setVisible(not nothing)
        self.checkins_list.set_placeholder("" if data.checkins else "No check-ins.")
        self.entries_list.set_placeholder("" if data.entries else "No journal entries.")
        dark = is_dark(self)
        muted = muted_text(dark).name()
        rows = self.checkins_list.set_rows(
            [_row_text(r, muted, mood_color(r.mood, dark).name()) for r in data.checkin_rows]
        )
        for item, r in zip(rows, data.checkin_rows, strict=True):
            for text, slot in (
                ("Edit", self.edit_checkin_requested.emit),
                ("Delete", self.delete_checkin),
            ):
                button = QPushButton(text, item)
                button.setProperty("role", "link")
                button.setAccessibleName(f"{text} the check-in at {r.time}")
                button.clicked.connect(lambda _checked=False, cid=r.id, act=slot: act(cid))
                item.add_widget(button)
        rows = self.entries_list.set_rows([_row_text(r, muted) for r in data.entry_rows])
        for item, r in zip(rows, data.entry_rows, strict=True):
            open_button = QPushButton("Open", item)
            open_button.setProperty("role", "link")
            open_button.setAccessibleName(f"Open the entry {r.heading}")
            open_button.setToolTip("Open in the journal")
            open_button.clicked.connect(
                lambda _checked=False, eid=r.id: self.open_entry_requested.emit(eid)
            )
            item.add_widget(open_button)
        announce(self.day_card, data.summary)

    def _edit_row(self, index: int) -> None:
        data = self.day_data
        if data is not None and 0 <= index < len(data.checkin_rows):
            self.edit_checkin_requested.emit(data.checkin_rows[index].id)

    def _delete_row(self, index: int) -> None:
        data = self.day_data
        if data is not None and 0 <= index < len(data.checkin_rows):
            self.delete_checkin(data.checkin_rows[index].id)

    def _open_row(self, index: int) -> None:
        data = self.day_data
        if data is not None and 0 <= index < len(data.entry_rows):
            self.open_entry_requested.emit(data.entry_rows[index].id)

    def prepare_to_lock(self) -> None:
        """Before lock: the day's rows go with their names and descriptions (a screen
        reader's copy of the notes and first lines), and the keyboard goes to the days."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            self.pixels.setFocus(Qt.FocusReason.OtherFocusReason)
        self.day_data = None
        self.checkins_list.clear()
        self.entries_list.clear()

    def entry_titles(self) -> list[str]:
        """Titles shown in the day view (for tests and accessibility checks)."""
        return [
            e.title or journal_model.display_title(e)
            for e in (self.day_data or DayData(date.min)).entries
        ]

    def delete_checkin(self, checkin_id: str) -> None:
        """Move a check-in to the trash, with Undo in the banner."""
        mood = self.ctx.session.mood

        def undo() -> None:
            self.ctx.tasks.run(self, lambda: mood.restore(checkin_id), None, self.banner.show_error)

        def done(_full_id: str) -> None:
            self.banner.show_message(
                "Check-in moved to the trash.", "info", action_text="Undo", on_action=undo
            )

        self.ctx.tasks.run(self, lambda: mood.delete(checkin_id), done, self.banner.show_error)

    def _on_change(self, change: Change) -> None:
        if change.topic in (Topic.CHECKIN, Topic.ENTRY):
            self._refresh_timer.start()


def _row_text(row: DayRow, muted: str, swatch: str = "") -> RowText:
    return RowText(row.html(swatch, muted), row.name, row.description)
