"""The breathing exercise: an animated circle that grows as you breathe in and shrinks as you
breathe out, with a spoken-style count ("Breathe in… 4") and a one-tap rating before and after.

With motion reduced (``ui/motion.py`` decides) the circle keeps one size: inside it the step in
words, the seconds left, and one dot per second of the step that fills as each second passes.
Numbers change once a second; nothing grows, shrinks or pulses. The timing, the keys and what a
screen reader is told stay the same.

Sound: QtMultimedia is not part of PySide6-Essentials, so the optional "gentle sound" is the
system's own alert sound (``QApplication.beep()``) at each phase change, off by default.

Time comes from an injectable monotonic source (``time_source``), so tests drive the animation
phase by phase without sleeping.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.wording import duration_words
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.ui.care.breathing_model import (
    DEFAULT_DURATION_MIN,
    DURATIONS_MIN,
    PATTERNS,
    PHASE_WORDS,
    BreathingPattern,
    BreathState,
    state_at,
)
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.motion import follow_settings, policy
from neuroleaf_desktop.ui.theme import palette_for
from neuroleaf_desktop.ui.widgets import Banner, RatingSelector, install_style
from neuroleaf_desktop.ui.widgets.announce import announce
from neuroleaf_desktop.ui.widgets.style import is_dark, scaled_font

log = get_logger("ui.care.breathing")

TimeSource = Callable[[], float]
FRAME_MS = 33  # ~30 frames a second: smooth enough, cheap enough
STILL_TICK_MS = 100  # still: only the count changes, a tenth of a second is early enough
STILL_SCALE = 0.62  # the one size of the circle when it keeps still (0 smallest .. 1 full)


class BreathingGuide(QWidget):
    """The animated circle. ``start(pattern, duration_s)``; ``tick()`` is called by the timer.

    Emits ``state_changed(BreathState)`` when the visible count or phase changes, ``phase_changed``
    at each new phase and ``finished`` when the duration is over. ``still`` (from the motion
    policy, asked at construction, at each start and whenever the choice changes) keeps the
    circle at one size and repaints only when the count changes.
    """

    state_changed = Signal(object)
    phase_changed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None, *, time_source: TimeSource | None = None):
        super().__init__(parent)
        self.time_source: TimeSource = time_source or time.monotonic
        self.pattern: BreathingPattern = PATTERNS["box"]
        self.duration_s = DEFAULT_DURATION_MIN * 60.0
        self.state: BreathState = state_at(self.pattern, 0.0)
        self._started_at: float | None = None
        self._elapsed = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.tick)
        self.still = False
        self._follow_motion()
        policy().changed.connect(self._follow_motion)
        self.setAccessibleName("Breathing guide")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # ---- control --------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def elapsed_s(self) -> float:
        return self._elapsed

    def _follow_motion(self, *, fresh: bool = False) -> None:
        still = not policy().moves(fresh=fresh)
        if still == self.still:
            return
        self.still = still
        self._timer.setInterval(STILL_TICK_MS if still else FRAME_MS)
        self.update()

    def start(self, pattern: BreathingPattern, duration_s: float) -> None:
        self._follow_motion(fresh=True)  # the desktop's preference may have changed since
        self.pattern = pattern
        self.duration_s = duration_s
        self._started_at = self.time_source()
        self._elapsed = 0.0
        self.state = state_at(pattern, 0.0)
        self.phase_changed.emit(self.state)
        self.state_changed.emit(self.state)
        self._timer.start()
        self.update()

    def stop(self) -> None:
        if self._started_at is not None:
            self._elapsed = min(self.duration_s, self.time_source() - self._started_at)
        self._started_at = None
        self._timer.stop()

    def tick(self) -> None:
        if self._started_at is None:
            return
        elapsed = self.time_source() - self._started_at
        if elapsed >= self.duration_s:
            self._elapsed = self.duration_s
            self.stop()
            self.state = state_at(self.pattern, 0.0)  # rest at the smallest circle
            self.update()
            self.finished.emit()
            return
        self._elapsed = elapsed
        old = self.state
        self.state = state_at(self.pattern, elapsed)
        if (self.state.phase_index, self.state.cycle) != (old.phase_index, old.cycle):
            self.phase_changed.emit(self.state)
        counted = self.state.label != old.label or self.state.cycle != old.cycle
        if counted:
            self.state_changed.emit(self.state)
        if counted or not self.still:
            self.update()

    @property
    def remaining_s(self) -> float:
        return max(0.0, self.duration_s - self._elapsed)

    # ---- painting -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(320, 320)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(200, 200)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        pal = palette_for("dark" if is_dark(self) else "light")
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        centre = QPointF(self.width() / 2, self.height() / 2)
        r_max = side / 2
        r_min = r_max * 0.38
        scale = STILL_SCALE if self.still else self.state.scale
        radius = r_min + (r_max - r_min) * scale

        # the guide ring: where a full breath reaches (a still circle reaches nowhere: none)
        if not self.still:
            ring = QColor(pal.border)
            painter.setPen(QPen(ring, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, r_max, r_max)

        # a soft halo (it would pulse: none when still), then the breath itself
        accent = QColor(pal.accent)
        if not self.still:
            halo = QColor(accent)
            halo.setAlphaF(0.16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawEllipse(centre, radius + r_max * 0.07, radius + r_max * 0.07)
        fill = QColor(pal.accent_soft)
        painter.setBrush(fill)
        painter.setPen(QPen(accent, 2.0))
        painter.drawEllipse(centre, radius, radius)

        # the count in the middle
        painter.setPen(QColor(pal.text))
        font = scaled_font(self, 2.4, bold=True)
        painter.setFont(font)
        text = str(self.state.count) if self.running else ""
        box = QRectF(centre.x() - r_min, centre.y() - r_min, 2 * r_min, 2 * r_min)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        if self.still and self.running:
            self._paint_still_cue(painter, centre, radius, r_min, pal.text, accent)
        painter.end()

    def _paint_still_cue(
        self,
        painter: QPainter,
        centre: QPointF,
        radius: float,
        r_min: float,
        text_colour: str,
        accent: QColor,
    ) -> None:
        """The step in words above the count and one dot per second of the step below it,
        filled for each second gone: a progress cue that changes once a second, in place."""
        word = PHASE_WORDS[self.state.kind].rstrip("…")
        painter.setPen(QColor(text_colour))
        painter.setFont(scaled_font(self, 1.05, bold=False))
        line = painter.fontMetrics().height()
        above = QRectF(centre.x() - radius, centre.y() - r_min - line * 0.6, 2 * radius, line)
        painter.drawText(above, Qt.AlignmentFlag.AlignCenter, word)

        phase = self.pattern.phases[self.state.phase_index]
        dots = max(1, math.ceil(phase.seconds - 1e-9))
        gone = min(dots, max(0, dots - self.state.count))
        dot = max(3.0, r_min * 0.09)
        gap = dot * 3.2
        width = gap * (dots - 1)
        y = centre.y() + r_min * 0.78
        painter.setPen(QPen(accent, 1.5))
        for i in range(dots):
            painter.setBrush(accent if i < gone else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(centre.x() - width / 2 + i * gap, y), dot, dot)


def _minutes_text(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class BreathingDialog(QDialog):
    """``BreathingDialog(ctx, parent=None, nudge_id=None)``: choose, breathe, rate, save."""

    saved = Signal(str)  # the breathing session id
    nudge_marked = Signal(str)  # the nudge this exercise came from is now "opened"

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        nudge_id: str | None = None,
        *,
        time_source: TimeSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nudge_id = nudge_id
        self.session_id: str | None = None
        self._recorded = False
        self._started = False
        self.setWindowTitle("Breathing exercise")
        self.setAccessibleName("Breathing exercise")
        self.setModal(False)
        self.guide = BreathingGuide(self, time_source=time_source)
        self._build()
        self._show_motion()
        policy().changed.connect(self._show_motion)
        follow_settings(ctx, self)
        install_style(self)
        self.resize(560, 640)
        if nudge_id:
            self._mark_nudge_opened(nudge_id)

    # ---- building -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(12)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)
        self.banner = Banner(self)
        outer.addWidget(self.banner)
        self.pages.addWidget(self._build_setup())
        self.pages.addWidget(self._build_exercise())
        self.pages.addWidget(self._build_after())

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setFont(scaled_font(self, 1.45, bold=True))
        label.setWordWrap(True)
        return label

    def _muted(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setProperty("role", "muted")
        label.setWordWrap(True)
        return label

    def _build_setup(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._heading("Take a few slow breaths", page))
        self.intro = self._muted("", page)
        layout.addWidget(self.intro)
        section = QLabel("Pattern", page)
        section.setFont(scaled_font(self, 1.0, bold=True))
        layout.addWidget(section)
        self.pattern_group = QButtonGroup(page)
        self.pattern_buttons: dict[str, QRadioButton] = {}
        for pattern in PATTERNS.values():
            button = QRadioButton(f"{pattern.name} — {pattern.description}", page)
            button.setAccessibleName(pattern.name)
            button.setAccessibleDescription(pattern.description)
            self.pattern_group.addButton(button)
            self.pattern_buttons[pattern.key] = button
            layout.addWidget(button)
        self.pattern_buttons["box"].setChecked(True)

        row = QHBoxLayout()
        row.setSpacing(10)
        duration_label = QLabel("Length", page)
        duration_label.setFont(scaled_font(self, 1.0, bold=True))
        self.duration = QComboBox(page)
        for minutes in DURATIONS_MIN:
            self.duration.addItem(f"{minutes} minute{'s' if minutes > 1 else ''}", minutes)
        self.duration.setCurrentIndex(DURATIONS_MIN.index(DEFAULT_DURATION_MIN))
        self.duration.setAccessibleName("Length of the exercise")
        duration_label.setBuddy(self.duration)
        row.addWidget(duration_label)
        row.addWidget(self.duration)
        row.addStretch(1)
        layout.addLayout(row)

        self.sound = QCheckBox("Soft sound at each change (your system's alert sound)", page)
        self.sound.setAccessibleName("Sound at each phase change")
        self.sound.setChecked(False)
        layout.addWidget(self.sound)

        before = QLabel("How do you feel right now? (optional)", page)
        before.setFont(scaled_font(self, 1.0, bold=True))
        layout.addWidget(before)
        self.before = RatingSelector(
            1,
            10,
            page,
            accessible_name="How you feel before",
            low_label="Very tense",
            high_label="Very calm",
        )
        layout.addWidget(self.before)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton("Not now", page)
        self.cancel_button.setAccessibleName("Close without starting")
        self.cancel_button.clicked.connect(self.close)
        self.start_button = QPushButton("Start", page)
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName("Start the breathing exercise")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        return page

    def _build_exercise(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.pattern_title = self._muted("", page)
        self.pattern_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.pattern_title)
        layout.addWidget(self.guide, 1)
        self.phase_label = QLabel("", page)
        self.phase_label.setFont(scaled_font(self, 1.6, bold=True))
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.phase_label.setAccessibleName("Breathing step")
        layout.addWidget(self.phase_label)
        self.time_left = self._muted("", page)
        self.time_left.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.time_left.setAccessibleName("Time left")
        layout.addWidget(self.time_left)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.finish_button = QPushButton("I'm done", page)
        self.finish_button.setAccessibleName("Finish the exercise now")
        self.finish_button.clicked.connect(self.finish)
        buttons.addWidget(self.finish_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.guide.state_changed.connect(self._on_state)
        self.guide.phase_changed.connect(self._on_phase)
        self.guide.finished.connect(self._on_finished)
        return page

    def _build_after(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._heading("Well done", page))
        self.summary = self._muted("", page)
        layout.addWidget(self.summary)
        after = QLabel("How do you feel now?", page)
        after.setFont(scaled_font(self, 1.0, bold=True))
        layout.addWidget(after)
        self.after = RatingSelector(
            1,
            10,
            page,
            accessible_name="How you feel after",
            low_label="Very tense",
            high_label="Very calm",
        )
        layout.addWidget(self.after)
        self.compare = self._muted("", page)
        self.compare.setAccessibleName("Before and after")
        layout.addWidget(self.compare)
        self.after.value_changed.connect(self._compare)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.again_button = QPushButton("Breathe again", page)
        self.again_button.setAccessibleName("Start another round")
        self.again_button.clicked.connect(self._again)
        self.done_button = QPushButton("Save and close", page)
        self.done_button.setProperty("role", "primary")
        self.done_button.setAccessibleName("Save how you feel and close")
        self.done_button.clicked.connect(self.save)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        return page

    def _show_motion(self) -> None:
        """Say how to follow the guide the way it is drawn (the guide asked the policy first)."""
        follow = (
            "Follow the words and the count: the circle keeps still, and a dot fills for each "
            "second of the step."
            if self.guide.still
            else "Follow the circle: it grows as you breathe in and shrinks as you breathe out."
        )
        self.intro.setText(f"{follow} Nothing here is timed against you — stop whenever you like.")

    # ---- flow -----------------------------------------------------------------------------
    @property
    def pattern_key(self) -> str:
        for key, button in self.pattern_buttons.items():
            if button.isChecked():
                return key
        return "box"

    def set_pattern(self, key: str) -> None:
        self.pattern_buttons[key].setChecked(True)

    @property
    def duration_s(self) -> int:
        return int(self.duration.currentData()) * 60

    def start(self) -> None:
        pattern = PATTERNS[self.pattern_key]
        self._started = True
        self._recorded = False
        self.pattern_title.setText(pattern.name)
        self.pages.setCurrentIndex(1)
        self.guide.start(pattern, float(self.duration_s))
        self.finish_button.setFocus()

    def finish(self) -> None:
        if self.guide.running:
            self.guide.stop()
        self._on_finished()

    def _on_state(self, state: BreathState) -> None:
        self.phase_label.setText(state.label)
        self.time_left.setText(f"{_minutes_text(self.guide.remaining_s)} left")

    def _on_phase(self, state: BreathState) -> None:
        self.phase_label.setAccessibleDescription(state.label)
        if self.guide.running:
            announce(self.phase_label, state.spoken)  # polite: once a phase, not each count
        if self.sound.isChecked() and self.guide.running and self.guide.elapsed_s > 0:
            QApplication.beep()

    def _on_finished(self) -> None:
        spent = duration_words(self.guide.elapsed_s)
        self.summary.setText(
            f"You breathed with {PATTERNS[self.pattern_key].name.lower()} for {spent}."
        )
        self.after.set_value(None)
        self.pages.setCurrentIndex(2)
        self.after.setFocus()
        announce(self, f"Well done. {self.summary.text()}")

    def _compare(self, after: object) -> None:
        before = self.before.value()
        if before is None or not isinstance(after, int):
            self.compare.setText("")
        elif after > before:
            self.compare.setText(f"Before: {before} · now: {after}. A little calmer.")
        else:
            self.compare.setText(f"Before: {before} · now: {after}.")

    def _again(self) -> None:
        self._record(self.after.value(), close=False)
        self.before.set_value(self.after.value())
        self.pages.setCurrentIndex(0)
        self.start_button.setFocus()

    def save(self) -> None:
        self._record(self.after.value(), close=True)

    # ---- storage --------------------------------------------------------------------------
    def _record(self, after: int | None, *, close: bool) -> None:
        if self._recorded or not self._started:
            if close:
                self.accept()
            return
        self._recorded = True
        care = self.ctx.session.care
        pattern, duration = self.pattern_key, round(self.guide.elapsed_s)
        before, nudge_id = self.before.value(), self.nudge_id

        def write() -> str:
            return care.record_breathing(pattern, duration, before, after, nudge_id)

        def done(session_id: str) -> None:
            self.session_id = session_id
            self.saved.emit(session_id)
            if close:
                self.accept()

        def failed(exc: BaseException) -> None:
            self._recorded = False
            self.banner.show_error(exc)

        self.done_button.setEnabled(False)
        self.ctx.tasks.run(self, write, done, failed)
        self.done_button.setEnabled(True)

    def _mark_nudge_opened(self, nudge_id: str) -> None:
        care = self.ctx.session.care

        def mark() -> str:
            care.mark_nudge(nudge_id, "opened")
            return nudge_id

        def failed(exc: BaseException) -> None:
            log.warning("care.nudge_mark_failed", error=type(exc).__name__)

        self.ctx.tasks.run(self, mark, self.nudge_marked.emit, failed)

    def reject(self) -> None:
        """Closing mid-way (Esc, the window's close button) still keeps the practice."""
        if self.guide.running:
            self.guide.stop()
        if self._started and not self._recorded:
            self._record(self.after.value(), close=False)
        super().reject()
