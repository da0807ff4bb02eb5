"""History: the year in pixels, and the day view that opens when a day is clicked.

The day view is where a day's check-ins are corrected or deleted (Edit / Delete, with Undo)
and where its entries open in the journal."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
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
from neuroleaf_desktop.domain.timeutil import local_date, local_time
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.history.pixels import MoodLegend, YearPixels
from neuroleaf_desktop.ui.journal import model as journal_model
from neuroleaf_desktop.ui.widgets import Banner, Card, EmptyState, LoadingState, install_style
from neuroleaf_desktop.ui.widgets.style import is_dark, mood_color, scaled_font

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
    return DayData(day, checkins, entries)


def checkin_summary(c: MoodCheckIn) -> str:
    parts = [f"Mood {c.mood}/10"]
    if c.energy is not None:
        parts.append(f"energy {c.energy}")
    if c.anxiety is not None:
        parts.append(f"anxiety {c.anxiety}")
    if c.sleep_hours is not None:
        parts.append(f"slept {c.sleep_hours:g} h")
    return " · ".join(parts)


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
        self.year_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") * 2)
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
        self.checkins_box = QVBoxLayout()
        self.entries_box = QVBoxLayout()
        self.checkins_title = QLabel("Check-ins", self.day_card)
        self.checkins_title.setFont(scaled_font(self, 1.05, bold=True))
        self.entries_title = QLabel("Journal entries", self.day_card)
        self.entries_title.setFont(scaled_font(self, 1.05, bold=True))
        self.checkins_body = QVBoxLayout()
        self.entries_body = QVBoxLayout()
        for body_layout in (self.checkins_body, self.entries_body):
            body_layout.setSpacing(3)
        for box, title, body in (
            (self.checkins_box, self.checkins_title, self.checkins_body),
            (self.entries_box, self.entries_title, self.entries_body),
        ):
            box.setSpacing(8)
            box.addWidget(title)
            box.addLayout(body)
            box.addStretch(1)
            columns.addLayout(box, 1)
        self.checkins_title.hide()
        self.entries_title.hide()
        self.day_card.body.addLayout(columns)
        layout.addWidget(self.day_card)
        layout.addStretch(1)

        order: list[QWidget] = [
            self.prev_button,
            self.next_button,
            self.this_year_button,
            self.pixels,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

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

    def show_day(self, day: date) -> None:
        """Open the day view for ``day`` (clicking a pixel does this)."""
        self.selected_day = day
        if self.pixels.selected != day:
            self.pixels.select(day)
        self._day_generation += 1
        generation = self._day_generation
        session = self.ctx.session
        self.day_card.set_title(f"{day:%A} {day.day} {day:%B %Y}")
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

    def _clear(self, box: QVBoxLayout) -> None:
        while box.count():
            item = box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _render_day(self, data: DayData) -> None:
        self._clear(self.checkins_body)
        self._clear(self.entries_body)
        nothing = not data.checkins and not data.entries
        self.day_hint.setVisible(nothing)
        self.day_hint.setText("Nothing logged on this day.")
        self.checkins_title.setVisible(not nothing)
        self.entries_title.setVisible(not nothing)
        dark = is_dark(self)
        if not data.checkins and not nothing:
            self.checkins_body.addWidget(self._muted("No check-ins."))
        for c in data.checkins:
            when = local_time(c.logged_at, c.tz_offset_min)
            row = QWidget(self.day_card)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.setSpacing(6)
            head = QLabel(row)
            swatch = mood_color(c.mood, dark).name()
            head.setText(
                f'<span style="color:{swatch}">●</span>&nbsp; '
                f"<b>{when:%H:%M}</b> · {checkin_summary(c)}"
            )
            head.setTextFormat(Qt.TextFormat.RichText)
            head.setWordWrap(True)
            head.setAccessibleName(f"Check-in at {when:%H:%M}: {checkin_summary(c)}")
            row_layout.addWidget(head, 1)
            for text, slot in (
                ("Edit", self.edit_checkin_requested.emit),
                ("Delete", self.delete_checkin),
            ):
                button = QPushButton(text, row)
                button.setProperty("role", "link")
                button.setAccessibleName(f"{text} the check-in at {when:%H:%M}")
                button.clicked.connect(lambda _checked=False, cid=c.id, act=slot: act(cid))
                row_layout.addWidget(button)
            self.checkins_body.addWidget(row)
            details = []
            if c.emotions:
                details.append("Felt " + ", ".join(c.emotions))
            if c.activities:
                details.append("Did " + ", ".join(c.activities))
            if details:
                self.checkins_body.addWidget(self._muted(" · ".join(details)))
            if c.note:
                note = QLabel(f"“{c.note}”", self.day_card)
                note.setWordWrap(True)
                note.setTextFormat(Qt.TextFormat.PlainText)
                self.checkins_body.addWidget(note)
            self.checkins_body.addSpacing(10)
        if not data.entries and not nothing:
            self.entries_body.addWidget(self._muted("No journal entries."))
        for e in data.entries:
            row = QWidget(self.day_card)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            title = QLabel(journal_model.display_title(e), row)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setFont(scaled_font(self, 1.0, bold=True))
            title.setWordWrap(True)
            title.setAccessibleName(f"Entry: {journal_model.display_title(e)}")
            open_button = QPushButton("Open", row)
            open_button.setProperty("role", "link")
            open_button.setAccessibleName(f"Open the entry {journal_model.display_title(e)}")
            open_button.setToolTip("Open in the journal")
            open_button.clicked.connect(
                lambda _checked=False, eid=e.id: self.open_entry_requested.emit(eid)
            )
            row_layout.addWidget(title, 1)
            row_layout.addWidget(open_button)
            self.entries_body.addWidget(row)
            line = journal_model.first_line(e.body)
            if line:
                self.entries_body.addWidget(self._muted(line, plain=True))
            self.entries_body.addSpacing(10)

    def _muted(self, text: str, *, plain: bool = True) -> QLabel:
        label = QLabel(text, self.day_card)
        label.setProperty("role", "muted")
        label.setWordWrap(True)
        if plain:
            label.setTextFormat(Qt.TextFormat.PlainText)
        return label

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
