"""PHQ-9 and GAD-7: the published items with their four answers, a score with its band, and
the "not a diagnosis" note in plain view. PHQ-9 item 9 above "Not at all" always opens the
safety card, whatever the total.

Keyboard: Tab moves between questions, the arrow keys between answers, and the digits 0–3 pick
an answer for the focused question and move on to the next one.
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
from neuroleaf_desktop.ui.care.safety_card import show_safety_card
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.widgets import Banner, install_style
from neuroleaf_desktop.ui.widgets.style import scaled_font

INSTRUMENT_PURPOSE = {
    "phq9": "A nine-question check on low mood over the last two weeks.",
    "gad7": "A seven-question check on anxiety over the last two weeks.",
}


class _ItemGroup(QFrame):
    """One question and its four answers (an exclusive group of radio buttons)."""

    answered = Signal(int, int)  # item index, answer value

    def __init__(self, index: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setProperty("role", "card")
        self.setAccessibleName(f"Question {index + 1}")
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
            button.setAccessibleName(f"Question {index + 1}: {label}")
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

    def focus(self) -> None:
        checked = self.group.checkedButton()
        target = checked if isinstance(checked, QRadioButton) else self.buttons[0]
        target.setFocus(Qt.FocusReason.TabFocusReason)


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
        install_style(self)
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
            group = _ItemGroup(index, text, content)
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
        self.progress.setText(f"{done} of {total} answered")
        self.submit_button.setEnabled(done == total and not self._saving)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if isinstance(watched, QRadioButton) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if text in ("0", "1", "2", "3"):
                for position, item in enumerate(self.items):
                    if watched in item.buttons:
                        item.set_value(int(text))
                        if position + 1 < len(self.items):
                            nxt = self.items[position + 1]
                            nxt.focus()
                            self.scroll_area.ensureWidgetVisible(nxt)
                        else:
                            self.submit_button.setFocus()
                        return True
        return super().eventFilter(watched, event)

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
        self.completed.emit(result)
        if result.needs_safety_card:
            self._open_safety_card()

    def _open_safety_card(self) -> None:
        # parented to our parent: the card must outlive this dialog when it is closed
        show_safety_card(self.ctx, self.parentWidget())
