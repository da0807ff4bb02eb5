"""The mood check-in: quick by keyboard (type "7", Ctrl+Enter), rich when there is time.

Mood has the focus when the dialog opens. Every other field is optional: energy, anxiety,
sleep, emotion words on the pleasantness × energy grid, activities, a note, and *when* (now
by default; an earlier time back-fills a missed day). Given an existing check-in the same
dialog corrects it (and can move it to the trash). The dialog is never taller than the
screen: its fields scroll, with the buttons always visible.
"""

from __future__ import annotations

import itertools
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.emotions import EMOTION_GRID, Quadrant
from neuroleaf_desktop.domain.models import Activity, MoodCheckIn, NewCheckIn
from neuroleaf_desktop.domain.timeutil import local_time
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.widgets import Banner, ChipGroup, RatingSelector, install_style
from neuroleaf_desktop.ui.widgets.style import (
    accent,
    card_background,
    card_border,
    fit_to_font,
    hex_of,
    mood_color,
    quadrant_tint,
    scaled_font,
)

SLEEP_NOT_SET = -0.5

QUADRANT_TITLES: dict[Quadrant, str] = {
    Quadrant.HIGH_ENERGY_UNPLEASANT: "High energy · unpleasant",
    Quadrant.HIGH_ENERGY_PLEASANT: "High energy · pleasant",
    Quadrant.LOW_ENERGY_UNPLEASANT: "Low energy · unpleasant",
    Quadrant.LOW_ENERGY_PLEASANT: "Low energy · pleasant",
}
QUADRANT_CELLS: dict[Quadrant, tuple[int, int]] = {
    Quadrant.HIGH_ENERGY_UNPLEASANT: (0, 0),
    Quadrant.HIGH_ENERGY_PLEASANT: (0, 1),
    Quadrant.LOW_ENERGY_UNPLEASANT: (1, 0),
    Quadrant.LOW_ENERGY_PLEASANT: (1, 1),
}


def _quadrant_qss(dark: bool) -> str:
    border = hex_of(card_border(dark))
    surface = hex_of(card_background(dark))
    acc = hex_of(accent(dark))
    rules = [
        f"QDoubleSpinBox {{ background: {surface}; border: 1px solid {border};"
        f" border-radius: 8px; padding: 6px 8px; }}"
        f" QDoubleSpinBox:focus {{ border: 1px solid {acc}; }}"
        " QDoubleSpinBox::up-button, QDoubleSpinBox::down-button { border: none; width: 18px; }"
    ]
    for quadrant in Quadrant:
        tint = hex_of(quadrant_tint(quadrant.value, dark))
        rules.append(
            f'QFrame[quadrant="{quadrant.value}"] {{ background: {tint}; border: none;'
            f" border-radius: 12px; }}"
            f' QFrame[quadrant="{quadrant.value}"] QLabel {{ background: transparent; }}'
        )
    return "\n".join(rules)


PREFERRED_SIZE = (780, 860)
SCREEN_MARGIN = 48  # room for the window frame and a panel on a small screen


def fitting_size(width: int, height: int, available: tuple[int, int] | None) -> tuple[int, int]:
    """The preferred size, shrunk to fit a screen of ``available`` (width, height)."""
    if available is None:
        return width, height
    return min(width, available[0] - SCREEN_MARGIN), min(height, available[1] - SCREEN_MARGIN)


class MoodCheckInDialog(QDialog):
    """``MoodCheckInDialog(ctx, parent, checkin=None)``: a new check-in, or a correction of
    ``checkin``. Emits ``saved(MoodCheckIn)`` and accepts on save; ``deleted(str)`` with the id
    when an edited check-in was moved to the trash."""

    saved = Signal(object)
    deleted = Signal(str)

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, checkin: MoodCheckIn | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing = checkin
        self.result_checkin: MoodCheckIn | None = None
        self._saving = False
        self.setWindowTitle("Edit check-in" if checkin else "Check in")
        self.setAccessibleName("Edit check-in" if checkin else "Mood check-in")
        self.setModal(True)
        self._build()
        install_style(self, _quadrant_qss)
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        self.resize(*fitting_size(*PREFERRED_SIZE, (area.width(), area.height()) if area else None))
        self._load_activities()
        if checkin is not None:
            self._fill(checkin)

    # ---- building -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area = scroll
        content = QWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 12)
        layout.setSpacing(14)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        heading = QLabel("How are you feeling right now?", content)
        heading.setFont(scaled_font(self, 1.5, bold=True))
        heading.setWordWrap(True)
        hint = QLabel("Type a number for your mood (0 means 10), then Ctrl+Enter to save.", content)
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(hint)
        if self.editing is not None:
            heading.setText("Correct this check-in")

        self.mood = RatingSelector(
            1,
            10,
            content,
            accessible_name="Mood",
            low_label="Very low",
            high_label="Very good",
            color_for=mood_color,
        )
        layout.addWidget(self._section("Mood", content))
        layout.addWidget(self.mood)

        scales = QGridLayout()
        scales.setHorizontalSpacing(24)
        scales.setVerticalSpacing(6)
        self.energy = RatingSelector(
            1, 10, content, accessible_name="Energy", low_label="Drained", high_label="Energised"
        )
        self.anxiety = RatingSelector(
            1, 10, content, accessible_name="Anxiety", low_label="Calm", high_label="Very anxious"
        )
        scales.addWidget(self._section("Energy", content), 0, 0)
        scales.addWidget(self.energy, 1, 0)
        scales.addWidget(self._section("Anxiety", content), 0, 1)
        scales.addWidget(self.anxiety, 1, 1)
        layout.addLayout(scales)

        sleep_row = QHBoxLayout()
        sleep_row.setSpacing(12)
        self.sleep_hours = QDoubleSpinBox(content)
        self.sleep_hours.setRange(SLEEP_NOT_SET, 24.0)
        self.sleep_hours.setSingleStep(0.5)
        self.sleep_hours.setDecimals(1)
        self.sleep_hours.setSuffix(" h")
        self.sleep_hours.setSpecialValueText("not set")
        self.sleep_hours.setValue(SLEEP_NOT_SET)
        self.sleep_hours.setAccessibleName("Hours of sleep last night")
        hours = self.sleep_hours
        fit_to_font(
            hours,
            lambda: hours.setMinimumWidth(hours.fontMetrics().horizontalAdvance("not set") + 60),
        )
        self.sleep_quality = RatingSelector(
            1, 5, content, accessible_name="Sleep quality", low_label="Poor", high_label="Great"
        )
        hours_box = QVBoxLayout()
        hours_box.addWidget(self._section("Sleep last night", content))
        hours_box.addWidget(self.sleep_hours)
        hours_box.addStretch(1)
        quality_box = QVBoxLayout()
        quality_box.addWidget(self._section("Sleep quality", content))
        quality_box.addWidget(self.sleep_quality)
        sleep_row.addLayout(hours_box)
        sleep_row.addSpacing(12)
        sleep_row.addLayout(quality_box, 1)
        layout.addLayout(sleep_row)

        layout.addWidget(self._section("Emotions", content))
        grid = QGridLayout()
        grid.setSpacing(10)
        self.emotion_groups: dict[Quadrant, ChipGroup] = {}
        for quadrant, (row, col) in QUADRANT_CELLS.items():
            frame = QFrame(content)
            frame.setProperty("quadrant", quadrant.value)
            box = QVBoxLayout(frame)
            box.setContentsMargins(12, 10, 12, 12)
            box.setSpacing(8)
            title = QLabel(QUADRANT_TITLES[quadrant], frame)
            title.setFont(scaled_font(self, 0.95, bold=True))
            words = [e.word for e in EMOTION_GRID if e.quadrant is quadrant]
            group = ChipGroup(
                words, frame, accessible_name=f"Emotions: {QUADRANT_TITLES[quadrant]}"
            )
            frame.setAccessibleName(QUADRANT_TITLES[quadrant])
            box.addWidget(title)
            box.addWidget(group)
            grid.addWidget(frame, row, col)
            self.emotion_groups[quadrant] = group
        layout.addLayout(grid)

        layout.addWidget(self._section("What did you do?", content))
        self.activities = ChipGroup((), content, accessible_name="Activities")
        self.activities_hint = QLabel("Loading activities…", content)
        self.activities_hint.setProperty("role", "muted")
        layout.addWidget(self.activities)
        layout.addWidget(self.activities_hint)

        layout.addWidget(self._section("Note", content))
        self.note = QPlainTextEdit(content)
        self.note.setPlaceholderText("Anything you want to remember about now (optional)")
        self.note.setAccessibleName("Note")
        self.note.setTabChangesFocus(True)
        note = self.note
        fit_to_font(note, lambda: note.setFixedHeight(note.fontMetrics().height() * 4 + 20))
        self.note.installEventFilter(self)  # focus scrolls it into view on a short screen
        # Activities arrive after the dialog opens and push the note down: keep it in view.
        content.installEventFilter(self)
        layout.addWidget(self.note)
        when_row = QHBoxLayout()
        when_row.setSpacing(8)
        when_label = QLabel("When", content)
        when_label.setProperty("role", "muted")
        self.when = QDateTimeEdit(content)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when.setAccessibleName("When")
        self.when.setToolTip("Change this to log an earlier time, e.g. yesterday evening")
        now = QDateTime.currentDateTime()
        self.when.setDateTime(now)
        self.when.setMaximumDateTime(now.addSecs(60))
        self._when_initial = self.when.dateTime()
        when_label.setBuddy(self.when)
        when_row.addWidget(when_label)
        when_row.addWidget(self.when)
        when_row.addStretch(1)
        layout.addLayout(when_row)
        layout.addStretch(1)

        footer = QWidget(self)
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(28, 8, 28, 20)
        self.banner = Banner(footer)
        self.banner.setAccessibleName("Check-in message")
        buttons = QHBoxLayout()
        self.delete_button = QPushButton("Delete", footer)
        self.delete_button.setAccessibleName("Delete check-in")
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(self.editing is not None)
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.delete_button)
        self.cancel_button = QPushButton("Cancel", footer)
        self.cancel_button.setAccessibleName("Cancel check-in")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton("Save check-in", footer)
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName("Save check-in")
        self.save_button.setToolTip("Save (Ctrl+Enter)")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        footer_layout.addWidget(self.banner)
        footer_layout.addLayout(buttons)
        outer.addWidget(footer)

        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

        order: list[QWidget] = [
            self.mood,
            self.energy,
            self.anxiety,
            self.sleep_hours,
            self.sleep_quality,
            *[chip for g in self.emotion_groups.values() for chip in g.chips.values()],
            self.note,
            self.when,
            self.cancel_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _section(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setFont(scaled_font(self, 1.05, bold=True))
        return label

    # ---- behaviour ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.mood.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.note and event.type() == QEvent.Type.FocusIn:
            # after the focus change has been laid out, or the scroll lands short
            QTimer.singleShot(0, self._show_note)
        elif (
            event.type() == QEvent.Type.Resize
            and watched is self.scroll_area.widget()
            and self.note.hasFocus()
        ):
            QTimer.singleShot(0, self._show_note)
        return super().eventFilter(watched, event)

    def _show_note(self) -> None:
        note, content = self.note, self.scroll_area.widget()
        if content is not None:
            bottom = note.mapTo(content, note.rect().bottomLeft())
            self.scroll_area.ensureVisible(bottom.x(), bottom.y(), 0, 16)
        self.scroll_area.ensureWidgetVisible(note, 0, 16)

    def _fill(self, checkin: MoodCheckIn) -> None:
        """Show what ``checkin`` says, to correct it."""
        self.mood.set_value(checkin.mood)
        self.energy.set_value(checkin.energy)
        self.anxiety.set_value(checkin.anxiety)
        self.sleep_hours.setValue(
            checkin.sleep_hours if checkin.sleep_hours is not None else SLEEP_NOT_SET
        )
        self.sleep_quality.set_value(checkin.sleep_quality)
        for group in self.emotion_groups.values():
            group.set_selected(checkin.emotions)
        self.note.setPlainText(checkin.note)
        when = local_time(checkin.logged_at, checkin.tz_offset_min)
        self.when.setDateTime(
            QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
        )
        self._when_initial = self.when.dateTime()
        self.save_button.setText("Save changes")
        self.save_button.setAccessibleName("Save changes")

    def chosen_time(self) -> datetime | None:
        """The time set in "When", or None when it was left alone (now / unchanged)."""
        if self.when.dateTime() == self._when_initial:
            return None
        chosen: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        return chosen.astimezone()  # naive local → aware, with this machine's offset then

    def _load_activities(self) -> None:
        activities = self.ctx.session.activities

        def loaded(items: list[Activity]) -> None:
            keep = set(self.editing.activities) if self.editing else set()
            self.activities.set_options(a.name for a in items if not a.archived or a.name in keep)
            if self.editing is not None:
                self.activities.set_selected(self.editing.activities)
            chips = list(self.activities.chips.values())
            if chips:
                QWidget.setTabOrder(self.note, chips[0])
                QWidget.setTabOrder(chips[-1], self.cancel_button)
                last_emotion = list(
                    self.emotion_groups[Quadrant.LOW_ENERGY_PLEASANT].chips.values()
                )
                QWidget.setTabOrder(last_emotion[-1], chips[0])
                QWidget.setTabOrder(chips[-1], self.note)
                QWidget.setTabOrder(self.note, self.when)
                QWidget.setTabOrder(self.when, self.cancel_button)
            self.activities_hint.setVisible(not chips)
            self.activities_hint.setText("No activities yet.")

        def failed(exc: BaseException) -> None:
            self.activities_hint.setText("Activities could not be loaded.")

        self.ctx.tasks.run(self, activities.list, loaded, failed)

    def emotions(self) -> tuple[str, ...]:
        return tuple(word for group in self.emotion_groups.values() for word in group.selected())

    def checkin(self) -> NewCheckIn | None:
        """What the person entered, or None while mood is missing."""
        mood = self.mood.value()
        if mood is None:
            return None
        hours = self.sleep_hours.value()
        return NewCheckIn(
            mood=mood,
            energy=self.energy.value(),
            anxiety=self.anxiety.value(),
            sleep_hours=None if hours <= SLEEP_NOT_SET else hours,
            sleep_quality=self.sleep_quality.value(),
            emotions=self.emotions(),
            activities=self.activities.selected(),
            note=self.note.toPlainText(),
            logged_at=self.chosen_time(),
        )

    def save(self) -> None:
        if self._saving:
            return
        new = self.checkin()
        if new is None:
            self.banner.show_message(
                "Pick your mood from 1 to 10 first — just type a number.", "info", timeout_ms=0
            )
            self.mood.setFocus()
            return
        self._saving = True
        label = self.save_button.text()
        self.save_button.setEnabled(False)
        self.save_button.setText("Saving…")
        mood_service = self.ctx.session.mood
        editing = self.editing

        def done(checkin: MoodCheckIn) -> None:
            self._saving = False
            self.result_checkin = checkin
            self.saved.emit(checkin)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.save_button.setText(label)
            self.banner.show_error(exc, action_text="Retry", on_action=self.save)

        if editing is not None:
            self.ctx.tasks.run(self, lambda: mood_service.update(editing.id, new), done, failed)
        else:
            self.ctx.tasks.run(self, lambda: mood_service.log(new), done, failed)

    def delete(self) -> None:
        """Move the check-in being corrected to the trash (the caller offers Undo)."""
        editing = self.editing
        if editing is None or self._saving:
            return
        self._saving = True
        mood_service = self.ctx.session.mood

        def done(checkin_id: str) -> None:
            self._saving = False
            self.deleted.emit(checkin_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.banner.show_error(exc)

        self.ctx.tasks.run(self, lambda: mood_service.delete(editing.id), done, failed)
