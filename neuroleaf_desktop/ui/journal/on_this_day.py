"""A quiet line above the journal's days that offers what was written on this date before.

"On this day  2025 (2 entries) · 2023 (1)  ×": each year is a link that opens that day's
entries in the journal (``year_chosen``); × hides the line until tomorrow. The line says only
what is stored, as counts and years: an old entry may be painful, so no title or word of one
is shown until the person opens it. With no memories, or the ``on_this_day`` setting off, or
closed for today, there is no line at all.

What it offers comes from ``services/memories_service.py`` on a task, now, after every change
to the journal or the settings (an import adding old entries, an entry moved to the trash, the
setting turned off in Settings or the CLI: debounced, so an import is one read), at local
midnight while the app stays open, and when the screen is shown again on another day
(:meth:`OnThisDayLine.check_day`).

The year links are a fixed set of buttons, shown or hidden, so their place in the Tab order
is set once; a journal with more earlier years than links shows the newest and says how many
more there are.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from neuroleaf_desktop.domain.on_this_day import YearOnThisDay
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.memories_service import MemoriesService
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.widgets.announce import announce
from neuroleaf_desktop.ui.widgets.flow_layout import FlowLayout
from neuroleaf_desktop.ui.widgets.style import fit_to_font

log = get_logger("ui.journal")

LEAD = "On this day"
MAX_YEARS = 4  # links shown; older years are counted in words
REREAD_MS = 250  # changes arriving together (an import) cause one read


def year_text(year: YearOnThisDay, first: bool) -> str:
    """What a year's link shows: "2025 (2 entries)" for the first, "2023 (1)" after it, and
    a ★ when the person starred one of them."""
    count = plural(year.count, "entry") if first else str(year.count)
    return f"{year.year} ({count}){' ★' if year.starred else ''}"


def year_spoken(year: YearOnThisDay) -> str:
    """What assistive tech calls a year's link: "On this day in 2025, 2 entries"."""
    said = f"{LEAD} in {year.year}, {plural(year.count, 'entry')}"
    return f"{said}, starred" if year.starred else said


def next_midnight_ms(now: datetime) -> int:
    """Milliseconds from ``now`` until just after the next local midnight (at least 1 s)."""
    local = now.astimezone()
    tomorrow = datetime.combine(local.date() + timedelta(days=1), time(0, 0, 1))
    wait = tomorrow.astimezone() - local
    return max(1000, int(wait.total_seconds() * 1000))


def _focus_next_after(widget: QWidget) -> None:
    """Give the focus to the next widget in the Tab chain that is shown and takes Tab."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        tab = bool(candidate.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if tab and candidate.isVisible() and candidate.isEnabled():
            candidate.setFocus(Qt.FocusReason.TabFocusReason)
            return
        candidate = candidate.nextInFocusChain()


class OnThisDayLine(QWidget):
    """``OnThisDayLine(ctx)``; ``year_chosen`` carries the :class:`YearOnThisDay` clicked."""

    year_chosen = Signal(object)  # YearOnThisDay
    shown_changed = Signal(bool)  # the line appeared (True) or went (False)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = MemoriesService(
            ctx.session.vault, lambda: self.ctx.clock(), ctx.session.settings
        )
        self.years: list[YearOnThisDay] = []
        self._read_on: date | None = None  # the local day the shown years were read for
        self._closed_on: date | None = None  # closed with × on this day (until it is saved)
        self._offering = False  # the line is offering years (visible with its screen)
        self.setAccessibleName(LEAD)
        self._build()
        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(REREAD_MS)
        self._reread.timeout.connect(self.refresh)
        self.midnight_timer = QTimer(self)
        self.midnight_timer.setSingleShot(True)
        self.midnight_timer.timeout.connect(self._day_changed)
        ctx.bridge.changed.connect(self._on_change)
        self.hide()
        self.refresh()

    def _build(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 0, 0)
        row.setSpacing(8)
        self.lead_label = QLabel(LEAD, self)
        self.lead_label.setProperty("role", "small")
        row.addWidget(self.lead_label, 0, Qt.AlignmentFlag.AlignVCenter)
        years = QWidget(self)
        self._flow = FlowLayout(years, spacing=4)
        self.year_buttons: list[QPushButton] = []
        self._dots: list[QLabel] = []
        for index in range(MAX_YEARS):
            if index:
                dot = QLabel("·", years)
                dot.setProperty("role", "muted")
                dot.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self._flow.addWidget(dot)
                self._dots.append(dot)
            button = QPushButton(years)
            button.setProperty("role", "link")
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, i=index: self._chosen(i))
            self._flow.addWidget(button)
            self.year_buttons.append(button)
        self.more_label = QLabel(years)
        self.more_label.setProperty("role", "small")
        self._flow.addWidget(self.more_label)
        row.addWidget(years, 1)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.setAccessibleName("Hide On this day until tomorrow")
        self.close_button.setToolTip("Hide this line until tomorrow")
        self.close_button.clicked.connect(self.close_for_today)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def focus_order(self) -> list[QWidget]:
        """The links, then ×, in Tab order (hidden ones are skipped)."""
        return [*self.year_buttons, self.close_button]

    # ==== reading ============================================================================
    def refresh(self) -> None:
        """Read what the line offers today, on a task."""
        self._reread.stop()
        day = self.service.today()
        self.ctx.tasks.run(
            self,
            self.service.offered,
            lambda years: self._show_years(years, day),
            self._failed,
            key="on-this-day",
        )

    def _failed(self, exc: BaseException) -> None:
        log.warning("journal.on_this_day_unread", error=type(exc).__name__)

    def _on_change(self, change: Change) -> None:
        # an entry written, trashed, restored, imported or starred elsewhere; a setting
        if change.topic is Topic.SETTINGS or (
            change.topic is Topic.ENTRY and change.op != "analysed"
        ):
            self._reread.start()

    def _day_changed(self) -> None:
        """Local midnight (or the screen shown on a later day): read the new day's years."""
        self._closed_on = None
        self.refresh()

    # ==== showing ============================================================================
    def _show_years(self, years: list[YearOnThisDay], day: date) -> None:
        if self._closed_on == day:
            years = []
        self._read_on = day
        self.years = years
        for index, button in enumerate(self.year_buttons):
            year = years[index] if index < len(years) else None
            if year is not None:
                button.setText(year_text(year, index == 0))
                button.setAccessibleName(year_spoken(year))
                button.setToolTip(f"Open what you wrote on {year.day.day} {year.day:%B %Y}")
            button.setVisible(year is not None)
            if index:
                self._dots[index - 1].setVisible(year is not None)
        self._align_dots()
        more = len(years) - MAX_YEARS
        self.more_label.setText(f"and {plural(more, 'earlier year')}" if more > 0 else "")
        self.more_label.setVisible(more > 0)
        self.setAccessibleDescription(", ".join(year_spoken(y) for y in years) if years else "")
        self.midnight_timer.start(next_midnight_ms(self.ctx.clock()))
        self.setVisible(bool(years))
        if self._offering != bool(years):
            self._offering = bool(years)
            self.shown_changed.emit(self._offering)

    def _align_dots(self) -> None:
        """The wrapping row places items at their tops: a dot as tall as a link sits on the
        links' middle, not above it."""
        link = self.year_buttons[0]
        link.ensurePolished()
        for dot in self._dots:
            fit_to_font(dot, partial(_fit_dot, dot, link))

    def close_for_today(self) -> None:
        """× : hide the line now and until tomorrow (kept in the profile's settings)."""
        day = self.service.today()
        self._closed_on = day
        had_focus = self.close_button.hasFocus()
        self._show_years([], day)
        announce(self, "On this day hidden until tomorrow")
        if had_focus:  # the focus was on ×: it moves on to what Tab would reach next
            _focus_next_after(self.close_button)
        self.ctx.tasks.run(self, self.service.hide_for_today, None, self._failed)

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self.years):
            self.year_chosen.emit(self.years[index])

    def check_day(self) -> None:
        """Read again if the local day changed since the last read (the screen is shown
        again after a night, or the computer slept through midnight)."""
        if self._read_on is not None and self._read_on != self.service.today():
            self._day_changed()

    @property
    def offering(self) -> bool:
        """Whether the line offers years now."""
        return self._offering

    @property
    def read_on(self) -> date | None:
        """The local day the line last read its years for."""
        return self._read_on


def _fit_dot(dot: QWidget, link: QWidget) -> None:
    """A separating dot as tall as the year links beside it, at any text size."""
    dot.setFixedHeight(link.sizeHint().height())
