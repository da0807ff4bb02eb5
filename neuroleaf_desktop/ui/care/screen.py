"""The Care screen: how the mood trend looks and why, breathing, nudges (with their "why",
snooze, quiet hours and an off switch), PHQ-9 / GAD-7 over time, and the safety plan.

Each questionnaire chart carries its results in words, built on the worker with the data
(``services/questionnaire_text``): the chart's accessible description, and a keyboard-reachable
"Show as text" toggle that opens them under it as selectable text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.care_records import NudgeRecord, QuestionnaireRecord
from neuroleaf_desktop.domain.care_schedule import parse_hhmm
from neuroleaf_desktop.domain.questionnaires import GAD7, INSTRUMENTS, PHQ9
from neuroleaf_desktop.domain.wording import duration_words, plural
from neuroleaf_desktop.services.care_service import CareService
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.questionnaire_text import history_text
from neuroleaf_desktop.ui.care.breathing import BreathingDialog, TimeSource
from neuroleaf_desktop.ui.care.breathing_model import PATTERNS
from neuroleaf_desktop.ui.care.chart import QuestionnaireChart
from neuroleaf_desktop.ui.care.questionnaire import QuestionnaireDialog
from neuroleaf_desktop.ui.care.safety_card import SafetyCard, show_safety_card
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.widgets import Banner, Card, install_style
from neuroleaf_desktop.ui.widgets.reflow_row import ReflowRow
from neuroleaf_desktop.ui.widgets.style import fit_to_font, scaled_font

REMINDER_DAYS = 14
SHOW_TEXT, HIDE_TEXT = "Show as text", "Hide text"
NUDGE_STATES = {"shown": "Shown", "opened": "Opened", "dismissed": "Dismissed"}
NUDGE_KINDS = {"breathing": "Breathing suggestion", "mood": "Check-in reminder"}
CARE_SETTINGS = (
    "nudges_enabled",
    "nudge_snoozed_until",
    "quiet_hours_start",
    "quiet_hours_end",
    "questionnaire_reminders",
)


@dataclass(frozen=True)
class CareData:
    trend: str
    nudges: list[NudgeRecord]
    settings: dict[str, Any]
    breathing: list[dict[str, Any]]
    results: dict[str, list[QuestionnaireRecord]]
    now: datetime
    result_texts: dict[str, str] = field(default_factory=dict)  # each chart in words


def load_care(care: CareService) -> CareData:
    """Everything the screen shows, read in one go on a worker."""
    all_settings = care.settings.all()
    results = {key: care.questionnaire_history(key) for key in INSTRUMENTS}
    return CareData(
        trend=care.trend_report().summary,
        nudges=care.nudges(50),
        settings={k: all_settings[k] for k in CARE_SETTINGS},
        breathing=care.breathing_sessions(),
        results=results,
        now=care.now_local(),
        result_texts={
            key: history_text(INSTRUMENTS[key], result_points(records))
            for key, records in results.items()
        },
    )


def result_points(records: list[QuestionnaireRecord]) -> list[tuple[datetime, int]]:
    """A chart's dots: each result's local time and total."""
    return [(r.taken_at.astimezone(), r.total) for r in records]


def snooze_until_tomorrow(care: CareService) -> datetime:
    """Snooze until the end of tomorrow morning's quiet hours (08:00 by default)."""
    now = care.now_local()
    end = parse_hhmm(str(care.settings.get("quiet_hours_end")))
    target = (now + timedelta(days=1)).replace(
        hour=end.hour, minute=end.minute, second=0, microsecond=0
    )
    return care.snooze((target - now).total_seconds() / 3600)


def _label(text: str, parent: QWidget, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


class CareScreen(QWidget):
    """``CareScreen(ctx, parent=None)``."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: CareData | None = None
        self.time_source: TimeSource | None = None  # tests drive the breathing animation
        self._filling = False
        self._generation = 0
        self.setObjectName("CareScreen")
        self.setAccessibleName("Care")
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
        content = QWidget(scroll)
        content.setObjectName("careContent")
        content.setStyleSheet("QWidget#careContent { background: transparent; }")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        scroll.setWidget(content)
        outer.addWidget(scroll)

        title = QLabel("Care", content)
        title.setProperty("role", "title")
        subtitle = _label(
            "Small things that help on harder days. Everything here stays on this computer.",
            content,
            "muted",
        )
        layout.addWidget(title)
        layout.addWidget(subtitle)
        self.banner = Banner(content)
        layout.addWidget(self.banner)

        left = QWidget(content)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._build_trend(left))
        column.addWidget(self._build_breathing(left))
        column.addWidget(self._build_safety(left))
        column.addStretch(1)
        # two columns of cards, one under the other when the screen is too narrow (large text)
        nudges = self._build_nudges(content)
        layout.addWidget(ReflowRow(left, nudges, content, spacing=16, share=True))
        layout.addWidget(self._build_questionnaires(content))
        layout.addStretch(1)

    def _build_trend(self, parent: QWidget) -> Card:
        card = Card("How things are going", parent)
        self.trend_label = _label("Looking at your recent check-ins…", card)
        self.trend_label.setAccessibleName("Mood trend")
        card.body.addWidget(self.trend_label)
        card.body.addWidget(
            _label(
                "A nudge appears when your daily mood has gone down three or more days in a "
                "row. It is a pattern in your check-ins, nothing more.",
                card,
                "small",
            )
        )
        return card

    def _build_breathing(self, parent: QWidget) -> Card:
        card = Card("Breathe", parent)
        card.body.addWidget(
            _label("One to five minutes of slow breathing, guided by a calm circle.", card, "muted")
        )
        self.breathing_button = QPushButton("Start a breathing exercise", card)
        self.breathing_button.setProperty("role", "primary")
        self.breathing_button.setAccessibleName("Start a breathing exercise")
        self.breathing_button.clicked.connect(lambda: self.open_breathing())
        row = QHBoxLayout()
        row.addWidget(self.breathing_button)
        row.addStretch(1)
        card.body.addLayout(row)
        self.breathing_summary = _label("", card, "small")
        self.breathing_summary.setAccessibleName("Last breathing exercise")
        card.body.addWidget(self.breathing_summary)
        return card

    def _build_safety(self, parent: QWidget) -> Card:
        card = Card("Safety", parent)
        card.body.addWidget(
            _label(
                "Your own plan for hard moments, and crisis lines for where you are.",
                card,
                "muted",
            )
        )
        self.safety_button = QPushButton("My safety plan", card)
        self.safety_button.setAccessibleName("Open my safety plan")
        self.safety_button.clicked.connect(self.open_safety_plan)
        row = QHBoxLayout()
        row.addWidget(self.safety_button)
        row.addStretch(1)
        card.body.addLayout(row)
        return card

    def _build_nudges(self, parent: QWidget) -> Card:
        card = Card("Gentle nudges", parent)
        self.nudges_enabled = QCheckBox("Nudge me when my mood has been sliding", card)
        self.nudges_enabled.setAccessibleName("Gentle nudges on or off")
        self.nudges_enabled.toggled.connect(
            lambda on: self._set_setting("nudges_enabled", bool(on))
        )
        card.body.addWidget(self.nudges_enabled)
        card.body.addWidget(_label("At most one a day, never during quiet hours.", card, "small"))

        quiet = QHBoxLayout()
        quiet.setSpacing(8)
        quiet_label = QLabel("Quiet hours from", card)
        self.quiet_start = QTimeEdit(card)
        self.quiet_start.setDisplayFormat("HH:mm")
        self.quiet_start.setAccessibleName("Quiet hours start")
        quiet_label.setBuddy(self.quiet_start)
        to_label = QLabel("to", card)
        self.quiet_end = QTimeEdit(card)
        self.quiet_end.setDisplayFormat("HH:mm")
        self.quiet_end.setAccessibleName("Quiet hours end")
        for edit in (self.quiet_start, self.quiet_end):
            edit.setButtonSymbols(QTimeEdit.ButtonSymbols.NoButtons)  # arrow keys still step
            fit_to_font(edit, partial(_fit_time_width, edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            edit.setToolTip("Type a time, or use the Up and Down keys")
        for edit, key in (
            (self.quiet_start, "quiet_hours_start"),
            (self.quiet_end, "quiet_hours_end"),
        ):
            edit.editingFinished.connect(lambda e=edit, k=key: self._time_edited(e, k))
        quiet.addWidget(quiet_label)
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(to_label)
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        card.body.addLayout(quiet)

        snooze = QHBoxLayout()
        snooze.setSpacing(8)
        self.snooze_hour = QPushButton("Snooze 1 hour", card)
        self.snooze_hour.setAccessibleName("Snooze nudges for one hour")
        self.snooze_hour.clicked.connect(lambda: self.snooze(1.0))
        self.snooze_tomorrow = QPushButton("Snooze until tomorrow", card)
        self.snooze_tomorrow.setAccessibleName("Snooze nudges until tomorrow morning")
        self.snooze_tomorrow.clicked.connect(self.snooze_until_tomorrow)
        self.resume_button = QPushButton("Resume", card)
        self.resume_button.setProperty("role", "link")
        self.resume_button.setAccessibleName("Resume nudges now")
        self.resume_button.clicked.connect(lambda: self._set_setting("nudge_snoozed_until", ""))
        snooze.addWidget(self.snooze_hour)
        snooze.addWidget(self.snooze_tomorrow)
        snooze.addWidget(self.resume_button)
        snooze.addStretch(1)
        card.body.addLayout(snooze)
        self.snooze_label = _label("", card, "small")
        self.snooze_label.setAccessibleName("Snooze status")
        card.body.addWidget(self.snooze_label)

        history = QLabel("Recent nudges", card)
        history.setFont(scaled_font(self, 1.0, bold=True))
        card.body.addWidget(history)
        self.nudge_list = QListWidget(card)
        self.nudge_list.setAccessibleName("Recent nudges and why they appeared")
        self.nudge_list.setWordWrap(True)
        self.nudge_list.setMinimumHeight(150)
        self.nudge_list.itemActivated.connect(self._nudge_activated)
        card.body.addWidget(self.nudge_list, 1)
        self.nudge_empty = _label(
            "No nudges yet. If your mood slides for a few days, a gentle suggestion will "
            "appear here with the reason it was shown.",
            card,
            "muted",
        )
        card.body.addWidget(self.nudge_empty)
        # the card is as tall as the column beside it: while there is no list to take the
        # spare height, it goes under the lines, which stay together at the top
        card.body.addStretch(0)
        return card

    def _build_questionnaires(self, parent: QWidget) -> Card:
        card = Card("Check-in questionnaires", parent)
        card.body.addWidget(
            _label(
                "The PHQ-9 (mood) and GAD-7 (anxiety) are short, standard questionnaires. "
                "Taking one every two weeks shows how things change. A score is not a diagnosis.",
                card,
                "muted",
            )
        )
        row = QHBoxLayout()
        row.setSpacing(16)
        self.charts: dict[str, QuestionnaireChart] = {}
        self.latest_labels: dict[str, QLabel] = {}
        self.take_buttons: dict[str, QPushButton] = {}
        self.text_buttons: dict[str, QPushButton] = {}
        self.chart_texts: dict[str, QLabel] = {}
        for inst, topic in ((PHQ9, "mood"), (GAD7, "anxiety")):
            column = QVBoxLayout()
            column.setSpacing(6)
            heading = QLabel(f"{inst.name} · {topic}", card)
            heading.setFont(scaled_font(self, 1.0, bold=True))
            chart = QuestionnaireChart(inst, card)
            latest = _label("No results yet.", card, "small")
            latest.setAccessibleName(f"Latest {inst.name}")
            button = QPushButton(f"Take the {inst.name}", card)
            button.setAccessibleName(f"Take the {inst.name} questionnaire")
            button.clicked.connect(lambda _c=False, key=inst.key: self.open_questionnaire(key))
            as_text = QPushButton(SHOW_TEXT, card)
            as_text.setCheckable(True)
            as_text.setProperty("flat-action", True)
            as_text.setAccessibleName(f"Show the {inst.name} results as text")
            as_text.setToolTip("Show every result the chart draws as text you can read and copy")
            text = _label("", card, "small")
            text.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            text.setAccessibleName(f"{inst.name} results as text")
            text.hide()
            as_text.toggled.connect(lambda shown, b=as_text, t=text: self._text_shown(b, t, shown))
            column.addWidget(heading)
            column.addWidget(chart)
            column.addWidget(latest)
            column.addWidget(text)
            buttons = QHBoxLayout()
            buttons.addWidget(button)
            buttons.addWidget(as_text)
            buttons.addStretch(1)
            column.addLayout(buttons)
            column.addStretch(1)  # the two columns stay top-aligned when one shows its text
            row.addLayout(column, 1)
            self.charts[inst.key] = chart
            self.latest_labels[inst.key] = latest
            self.take_buttons[inst.key] = button
            self.text_buttons[inst.key] = as_text
            self.chart_texts[inst.key] = text
        card.body.addLayout(row)
        self.reminders = QCheckBox("Remind me every two weeks", card)
        self.reminders.setAccessibleName("Questionnaire reminder every two weeks")
        self.reminders.toggled.connect(
            lambda on: self._set_setting("questionnaire_reminders", bool(on))
        )
        card.body.addWidget(self.reminders)
        self.due_label = _label("", card, "info")
        self.due_label.setAccessibleName("Questionnaire due")
        self.due_label.hide()
        card.body.addWidget(self.due_label)
        return card

    @staticmethod
    def _text_shown(button: QPushButton, text: QLabel, shown: bool) -> None:
        text.setVisible(shown)
        button.setText(HIDE_TEXT if shown else SHOW_TEXT)  # its name stays; it is checked

    # ---- data -----------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.topic in (Topic.SETTINGS, Topic.CHECKIN):
            self._refresh_timer.start()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        care = self.ctx.session.care

        def loaded(data: CareData) -> None:
            if generation == self._generation:
                self.show_data(data)

        self.ctx.tasks.run(self, lambda: load_care(care), loaded, self.banner.show_error)

    def show_data(self, data: CareData) -> None:
        self.data = data
        self._filling = True
        try:
            self.trend_label.setText(data.trend)
            self._show_breathing(data)
            self._show_nudges(data)
            self._show_results(data)
        finally:
            self._filling = False

    def _show_breathing(self, data: CareData) -> None:
        if not data.breathing:
            self.breathing_summary.setText("")
            return
        last = max(data.breathing, key=lambda s: str(s.get("started_at", "")))
        pattern = PATTERNS.get(str(last.get("pattern")))
        name = pattern.name if pattern else str(last.get("pattern"))
        text = f"Last time: {name} for {duration_words(float(last.get('duration_s') or 0))}"
        before, after = last.get("before"), last.get("after")
        if before is not None and after is not None:
            text += f" · felt {before} → {after}"
        count = len(data.breathing)
        text += f" · {plural(count, 'session')} so far"
        self.breathing_summary.setText(text)

    def _show_nudges(self, data: CareData) -> None:
        values = data.settings
        self.nudges_enabled.setChecked(bool(values["nudges_enabled"]))
        self.quiet_start.setTime(QTime.fromString(str(values["quiet_hours_start"]), "HH:mm"))
        self.quiet_end.setTime(QTime.fromString(str(values["quiet_hours_end"]), "HH:mm"))
        self.reminders.setChecked(bool(values["questionnaire_reminders"]))
        snoozed = str(values["nudge_snoozed_until"])
        until = datetime.fromisoformat(snoozed) if snoozed else None
        active = until is not None and until > data.now
        if until is not None and active:
            self.snooze_label.setText(f"Snoozed until {until.astimezone():%a %H:%M}.")
        else:
            self.snooze_label.setText("" if values["nudges_enabled"] else "Nudges are off.")
        self.snooze_label.setVisible(bool(self.snooze_label.text()))
        self.resume_button.setVisible(active)
        for button in (self.snooze_hour, self.snooze_tomorrow):
            button.setEnabled(bool(values["nudges_enabled"]))

        self.nudge_list.clear()
        for nudge in data.nudges:
            when = nudge.created_at.astimezone()
            kind = NUDGE_KINDS.get(nudge.kind, nudge.kind.capitalize())
            state = NUDGE_STATES.get(nudge.state, nudge.state)
            item = QListWidgetItem(
                f"{when:%a %d %b, %H:%M} · {kind} · {state}\nWhy: {nudge.reason}"
            )
            item.setData(Qt.ItemDataRole.UserRole, nudge.id)
            item.setToolTip(f"Why this appeared: {nudge.reason}")
            self.nudge_list.addItem(item)
        self.nudge_list.setVisible(bool(data.nudges))
        self.nudge_empty.setVisible(not data.nudges)

    def _show_results(self, data: CareData) -> None:
        for key, records in data.results.items():
            inst = INSTRUMENTS[key]
            text = data.result_texts.get(key, "")
            self.charts[key].set_points(result_points(records), text)
            self.chart_texts[key].setText(self.charts[key].text)
            self.chart_texts[key].setAccessibleDescription(self.charts[key].text)
            if records:
                last = max(records, key=lambda r: r.taken_at)
                band = inst.band_for(last.total).severity.label
                self.latest_labels[key].setText(
                    f"Latest: {last.total} of {inst.max_total} ({band}) on "
                    f"{last.taken_at.astimezone():%d %b %Y}"
                )
            else:
                self.latest_labels[key].setText("No results yet.")
        due = [
            INSTRUMENTS[key].name
            for key, records in data.results.items()
            if records
            and data.now - max(r.taken_at for r in records) >= timedelta(days=REMINDER_DAYS)
        ]
        show_due = bool(data.settings["questionnaire_reminders"]) and bool(due)
        self.due_label.setText(
            f"It has been two weeks or more since your last {' and '.join(due)}. "
            "Take it again when you have a quiet moment."
        )
        self.due_label.setVisible(show_due)

    # ---- actions --------------------------------------------------------------------------
    def _set_setting(self, key: str, value: Any) -> None:
        if self._filling:
            return
        settings = self.ctx.session.settings
        self.ctx.tasks.run(
            self,
            lambda: settings.set(key, value),
            None,
            self._write_failed,
        )

    def _write_failed(self, exc: BaseException) -> None:
        self.banner.show_error(exc)
        self.refresh()  # roll the controls back to what is stored

    def _time_edited(self, edit: QTimeEdit, key: str) -> None:
        value = edit.time().toString("HH:mm")
        if self.data is None or self.data.settings.get(key) != value:
            self._set_setting(key, value)

    def snooze(self, hours: float) -> None:
        care = self.ctx.session.care
        self.ctx.tasks.run(self, lambda: care.snooze(hours), None, self._write_failed)

    def snooze_until_tomorrow(self) -> None:
        care = self.ctx.session.care
        self.ctx.tasks.run(self, lambda: snooze_until_tomorrow(care), None, self._write_failed)

    def _nudge_activated(self, item: QListWidgetItem) -> None:
        nudge_id = item.data(Qt.ItemDataRole.UserRole)
        nudge = next((n for n in (self.data.nudges if self.data else []) if n.id == nudge_id), None)
        if nudge is not None and nudge.kind == "breathing":
            self.open_breathing(nudge.id if nudge.state == "shown" else None)

    def open_breathing(self, nudge_id: str | None = None) -> BreathingDialog:
        dialog = BreathingDialog(self.ctx, self.window(), nudge_id, time_source=self.time_source)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.nudge_marked.connect(lambda _id: self.refresh())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_questionnaire(self, instrument: str) -> QuestionnaireDialog:
        dialog = QuestionnaireDialog(self.ctx, instrument, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(True)
        dialog.completed.connect(lambda _r: self.refresh())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_safety_plan(self) -> SafetyCard:
        return show_safety_card(self.ctx, self.window())


def _fit_time_width(edit: QWidget) -> None:
    """Wide enough for "00:00" plus the theme's padding, or the time is clipped away."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00:00") + 36)
