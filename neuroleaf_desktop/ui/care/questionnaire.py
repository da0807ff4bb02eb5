"""PHQ-9 and GAD-7: the published items with their four answers, a score with its band, and
the "not a diagnosis" note in plain view. PHQ-9 item 9 above "Not at all" always opens the
safety card, whatever the total.

Keyboard: each question's answers are one group: Tab and Shift+Tab move between questions
(after the last, on to "See my score"), the arrow keys choose an answer within the question, and
the digits 0–3 pick an answer for the focused question and move on to the next one. A screen
reader hears "Question 3 of 9: …" with each answer (``services/questionnaire_text``), and the
score is announced when the result is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.questionnaires import (
    ANSWER_LABELS,
    ATTRIBUTION,
    INSTRUMENTS,
    NOT_A_DIAGNOSIS,
    QuestionnaireResult,
)
from neuroleaf_desktop.services.questionnaire_text import (
    answer_name,
    progress_text,
    question_name,
    score_announcement,
)
from neuroleaf_desktop.ui.care.safety_card import show_safety_card
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.widgets import Banner, install_style
from neuroleaf_desktop.ui.widgets.announce import announce
from neuroleaf_desktop.ui.widgets.style import accent, hex_of, scaled_font


def _answer_ring(dark: bool) -> str:
    """The answer in focus wears the theme's 2-px accent ring (transparent on the others, so
    nothing moves): the theme only tints a radio's circle, which a chosen answer already is."""
    ring = hex_of(accent(dark))
    return (
        "QRadioButton { border: 2px solid transparent; border-radius: 6px; padding: 2px 6px; }"
        f" QRadioButton:focus {{ border: 2px solid {ring}; }}"
    )


INSTRUMENT_PURPOSE = {
    "phq9": "A nine-question check on low mood over the last two weeks.",
    "gad7": "A seven-question check on anxiety over the last two weeks.",
}


class _ItemGroup(QFrame):
    """One question and its four answers (an exclusive group of radio buttons)."""

    answered = Signal(int, int)  # item index, answer value

    def __init__(self, index: int, total: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setProperty("role", "card")
        self.setAccessibleName(question_name(index, total, text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        question = QLabel(f"{index + 1}.  {text}", self)
        question.setWordWrap(True)
        question.setFont(scaled_font(self, 1.0, bold=True))
        layout.addWidget(question)
        row = QHBoxLayout()
        row.setSpacing(18)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for value, label in enumerate(ANSWER_LABELS):
            button = QRadioButton(label, self)
            button.setAccessibleName(answer_name(index, total, label))
            button.setAccessibleDescription(text)
            button.setToolTip(f"{label} (key {value})")
            self.group.addButton(button, value)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.group.idClicked.connect(lambda value: self.answered.emit(self.index, value))

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int) -> None:
        self.buttons[value].setChecked(True)
        self.answered.emit(self.index, value)

    def focus(self, reason: Qt.FocusReason = Qt.FocusReason.TabFocusReason) -> None:
        """The keyboard on this question: on its answer, or its first option if unanswered."""
        checked = self.group.checkedButton()
        target = checked if isinstance(checked, QRadioButton) else self.buttons[0]
        target.setFocus(reason)

    def step(self, button: QRadioButton, forward: bool) -> None:
        """The answer after (or before) ``button`` is chosen, and takes the keyboard."""
        position = self.buttons.index(button) + (1 if forward else -1)
        if 0 <= position < len(self.buttons):
            self.buttons[position].setFocus(Qt.FocusReason.OtherFocusReason)
            self.set_value(position)


class QuestionnaireDialog(QDialog):
    """``QuestionnaireDialog(ctx, instrument="phq9"|"gad7", parent=None)``."""

    completed = Signal(object)  # QuestionnaireResult

    def __init__(
        self, ctx: UiContext, instrument: str = "phq9", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if instrument not in INSTRUMENTS:
            raise ValueError(f"Unknown questionnaire {instrument!r}")
        self.ctx = ctx
        self.instrument = INSTRUMENTS[instrument]
        self.result_: QuestionnaireResult | None = None
        self._saving = False
        self.setWindowTitle(f"{self.instrument.name} questionnaire")
        self.setAccessibleName(f"{self.instrument.name} questionnaire")
        self._build()
        install_style(self, _answer_ring)
        self.resize(760, 820)

    # ---- building -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_questions())
        self.pages.addWidget(self._build_result())

    def _disclaimer(self, parent: QWidget) -> QLabel:
        label = QLabel(NOT_A_DIAGNOSIS, parent)
        label.setWordWrap(True)
        label.setProperty("role", "info")
        label.setAccessibleName("Not a diagnosis")
        label.setAccessibleDescription(NOT_A_DIAGNOSIS)
        return label

    def _build_questions(self) -> QWidget:
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        content.setObjectName("questionsContent")
        content.setStyleSheet("QWidget#questionsContent { background: transparent; }")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(12)
        title = QLabel(self.instrument.name, content)
        title.setFont(scaled_font(self, 1.5, bold=True))
        purpose = QLabel(INSTRUMENT_PURPOSE.get(self.instrument.key, ""), content)
        purpose.setProperty("role", "muted")
        purpose.setWordWrap(True)
        stem = QLabel(self.instrument.stem, content)
        stem.setWordWrap(True)
        stem.setFont(scaled_font(self, 1.05, bold=True))
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addWidget(self._disclaimer(content))
        layout.addWidget(stem)
        hint = QLabel("Tip: press 0–3 to answer and move to the next question.", content)
        hint.setProperty("role", "small")
        layout.addWidget(hint)
        self.items: list[_ItemGroup] = []
        for index, text in enumerate(self.instrument.items):
            group = _ItemGroup(index, len(self.instrument.items), text, content)
            group.answered.connect(self._on_answered)
            for button in group.buttons:
                button.installEventFilter(self)
            layout.addWidget(group)
            self.items.append(group)
        attribution = QLabel(ATTRIBUTION, content)
        attribution.setWordWrap(True)
        attribution.setProperty("role", "small")
        layout.addWidget(attribution)
        layout.addStretch(1)
        scroll.setWidget(content)
        self.scroll_area = scroll
        page_layout.addWidget(scroll, 1)

        self.banner = Banner(page)
        footer = QHBoxLayout()
        footer.setContentsMargins(28, 8, 28, 18)
        footer.setSpacing(10)
        self.progress = QLabel("", page)
        self.progress.setProperty("role", "muted")
        self.progress.setAccessibleName("Questions answered")
        footer.addWidget(self.progress)
        footer.addWidget(self.banner, 1)
        footer.addStretch(1)
        self.cancel_button = QPushButton("Cancel", page)
        self.cancel_button.setAccessibleName("Cancel the questionnaire")
        self.cancel_button.clicked.connect(self.reject)
        self.submit_button = QPushButton("See my score", page)
        self.submit_button.setProperty("role", "primary")
        self.submit_button.setAccessibleName("See my score")
        self.submit_button.clicked.connect(self.submit)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.submit_button)
        page_layout.addLayout(footer)
        self._update_progress()
        return page

    def _build_result(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(14)
        heading = QLabel("Your result", page)
        heading.setFont(scaled_font(self, 1.5, bold=True))
        layout.addWidget(heading)
        self.score_label = QLabel("", page)
        self.score_label.setFont(scaled_font(self, 2.2, bold=True))
        self.score_label.setAccessibleName("Score")
        layout.addWidget(self.score_label)
        self.band_label = QLabel("", page)
        self.band_label.setFont(scaled_font(self, 1.2, bold=True))
        self.band_label.setAccessibleName("Severity band")
        layout.addWidget(self.band_label)
        self.band_scale = QLabel("", page)
        self.band_scale.setProperty("role", "muted")
        self.band_scale.setWordWrap(True)
        layout.addWidget(self.band_scale)
        layout.addWidget(self._disclaimer(page))
        self.safety_note = QLabel(
            "You told us you have had thoughts of being better off dead or of hurting "
            "yourself. That takes courage to say. Your safety card is open with people you "
            "can talk to.",
            page,
        )
        self.safety_note.setWordWrap(True)
        self.safety_note.setProperty("role", "warning")
        self.safety_note.hide()
        layout.addWidget(self.safety_note)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.safety_button = QPushButton("Open my safety card", page)
        self.safety_button.setAccessibleName("Open my safety card")
        self.safety_button.clicked.connect(self._open_safety_card)
        self.safety_button.hide()
        buttons.addWidget(self.safety_button)
        buttons.addStretch(1)
        self.close_button = QPushButton("Close", page)
        self.close_button.setProperty("role", "primary")
        self.close_button.setAccessibleName("Close")
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        return page

    # ---- answering ------------------------------------------------------------------------
    def answers(self) -> list[int | None]:
        return [item.value() for item in self.items]

    def set_answers(self, answers: list[int]) -> None:
        for item, value in zip(self.items, answers, strict=True):
            item.set_value(value)

    def _on_answered(self, _index: int, _value: int) -> None:
        self._update_progress()

    def _update_progress(self) -> None:
        done = sum(v is not None for v in self.answers())
        total = len(self.items)
        self.progress.setText(progress_text(done, total))
        self.submit_button.setEnabled(done == total and not self._saving)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not (isinstance(watched, QRadioButton) and event.type() == QEvent.Type.KeyPress):
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        position = next((i for i, item in enumerate(self.items) if watched in item.buttons), -1)
        if position < 0:
            return super().eventFilter(watched, event)
        item = self.items[position]
        key = Qt.Key(event.key())
        text = event.text()
        if text in ("0", "1", "2", "3"):
            item.set_value(int(text))
            self._go_to(position + 1)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Down):
            item.step(watched, forward=key in (Qt.Key.Key_Right, Qt.Key.Key_Down))
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            backward = key == Qt.Key.Key_Backtab or shift
            if backward and position == 0:
                return super().eventFilter(watched, event)  # before the first: Qt's own order
            self._go_to(position - 1 if backward else position + 1)
            return True
        return super().eventFilter(watched, event)

    def _go_to(self, position: int) -> None:
        """The keyboard on question ``position``; past the last, on "See my score" (or Cancel
        while it cannot be pressed yet)."""
        if position < len(self.items):
            target = self.items[position]
            target.focus()
            self.scroll_area.ensureWidgetVisible(target)
        elif self.submit_button.isEnabled():
            self.submit_button.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.cancel_button.setFocus(Qt.FocusReason.TabFocusReason)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)  # type: ignore[arg-type]
        if self.pages.currentIndex() == 0 and self.items:
            self.items[0].focus()

    # ---- scoring --------------------------------------------------------------------------
    def submit(self) -> None:
        answers = self.answers()
        if any(a is None for a in answers):
            self.banner.show_error("Please answer every question to see a score.")
            return
        clean = [int(a) for a in answers if a is not None]
        care = self.ctx.session.care
        key = self.instrument.key
        self._saving = True
        self._update_progress()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self._update_progress()
            self.banner.show_error(exc)

        self.ctx.tasks.run(
            self,
            lambda: care.record_questionnaire(key, clean),
            self._show_result,
            failed,
        )

    def _show_result(self, result: QuestionnaireResult) -> None:
        self._saving = False
        self.result_ = result
        inst = self.instrument
        self.score_label.setText(f"{result.total} of {inst.max_total}")
        self.band_label.setText(f"{result.band_label} range")
        bands = ", ".join(f"{b.low}–{b.high} {b.severity.label.lower()}" for b in inst.bands)
        self.band_scale.setText(f"{inst.name} ranges: {bands}.")
        self.safety_note.setVisible(result.needs_safety_card)
        self.safety_button.setVisible(result.needs_safety_card)
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()
        announce(self, score_announcement(inst, result))
        self.completed.emit(result)
        if result.needs_safety_card:
            self._open_safety_card()

    def _open_safety_card(self) -> None:
        # parented to our parent: the card must outlive this dialog when it is closed
        show_safety_card(self.ctx, self.parentWidget())
