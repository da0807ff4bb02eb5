"""The editor's header row: when the entry was written, and how that day felt.

For a saved entry it shows the date and time it was written; for a new one a date picker, so
a missed day can be written afterwards. Beside it the mood of that day from its check-ins,
read on a task and read again when a check-in changes.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.domain.timeutil import local_time
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import model
from neuroleaf_desktop.ui.journal.day_mood import DayMood, load_day_mood
from neuroleaf_desktop.ui.widgets.reflow_row import ReflowRow


class EntryHeader(QWidget):
    """``EntryHeader(ctx)``; ``show_entry(entry)`` (None: a new entry)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._mood_day: date | None = None  # the day whose mood is shown
        self.meta_label = QLabel(self)
        self.meta_label.setProperty("role", "muted")
        self.day_mood_label = QLabel(self)
        self.day_mood_label.setProperty("role", "muted")
        self.day_mood_label.setAccessibleName("Mood that day")
        self.entry_date = QDateEdit(self)  # a new entry can be written for an earlier day
        self.entry_date.setCalendarPopup(True)
        self.entry_date.setDisplayFormat("ddd d MMM yyyy")
        self.entry_date.setAccessibleName("Entry date")
        self.entry_date.setToolTip("Write this entry for another day (e.g. a missed one)")
        self.entry_date.setDate(QDate.currentDate())
        self.entry_date.setMaximumDate(QDate.currentDate())
        when = QWidget(self)
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.meta_label)
        when_row.addWidget(self.entry_date)
        row = QVBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(ReflowRow(when, self.day_mood_label, self))  # the mood under, if narrow
        ctx.bridge.changed.connect(self._on_change)

    def show_entry(self, entry: JournalEntry | None) -> None:
        self.entry_date.setVisible(entry is None)
        if entry is None:
            self.meta_label.setText("New entry for")
            self.entry_date.setMaximumDate(QDate.currentDate())
            self.entry_date.setDate(QDate.currentDate())
            day = self.ctx.clock().astimezone().date()
        else:
            when = local_time(entry.created_at, entry.tz_offset_min)
            self.meta_label.setText(f"{when:%A %d %B %Y} · {when:%H:%M}")
            day = model.entry_day(entry)
        self._load_day_mood(day)

    def chosen_created_at(self) -> datetime | None:
        """For a new entry written for another day: that day at the current time of day
        (None: today, i.e. now)."""
        chosen = self.entry_date.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        now = self.ctx.clock().astimezone()
        if day == now.date():
            return None
        return now.replace(year=day.year, month=day.month, day=day.day)

    def _load_day_mood(self, day: date) -> None:
        self._mood_day = day
        self.day_mood_label.setText("")
        mood = self.ctx.session.mood

        def done(found: DayMood) -> None:
            if found.day == self._mood_day:
                self.day_mood_label.setText(found.text())

        self.ctx.tasks.run(self, lambda: load_day_mood(mood, day), done, lambda _exc: None)

    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.CHECKIN and self._mood_day is not None:
            self._load_day_mood(self._mood_day)  # a check-in may change the day's mood
