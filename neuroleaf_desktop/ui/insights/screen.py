"""Ask your journal: a question box, what it is looking at, the checked answer, the evidence.

``InsightService.ask`` runs as a ``ctx.tasks.stream`` task. Its items say what is happening
("reading your journal", "loading the model", "writing" with a fraction) for the progress bar,
which topic the question was understood as ("Looking at: sleep"), and each supported claim as
soon as it was checked. When it is done the answer is shown with each [YYYY-MM-DD] citation
turned into a link to that day's entry (``entry:<id>`` →
:attr:`InsightsScreen.open_entry_requested`). Stop kills the model process; the evidence is
always shown, and "without the language model" shows only it. The model is loaded (and the
fixed system prompt read) soon after the screen is shown, as a cancellable task, so the first
question does not wait for it. Crisis language in the question opens the safety card instead.

By keyboard and screen reader: Tab goes question → Ask → Stop → the model switch → the answer
→ the evidence; Enter asks and Escape stops. The topic line, each stage and the finished answer
are announced as they change (no polling). Each sentence of the answer and each evidence item
is a row of its own (``ui/widgets/row_list``), walked with the arrow keys: its accessible name
is the sentence as shown, its description the evidence it cites as the list shows it, and Enter
opens the entry it cites. The rows' wording is built on the worker
(``services/insight_reading``). When the answer arrives the keyboard lands on its first row.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.insight_reading import (
    AnswerReading,
    ReadRow,
    linkify,
    read_answer,
    streamed_row,
)
from neuroleaf_desktop.services.insight_service import InsightAnswer, InsightService, Stage
from neuroleaf_desktop.services.insight_suggestions import Suggestion, suggest
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.insights.suggestions import SuggestionChips
from neuroleaf_desktop.ui.tasks import Task
from neuroleaf_desktop.ui.widgets.announce import announce, description_changed
from neuroleaf_desktop.ui.widgets.row_list import RowList, RowText

__all__ = ["InsightsScreen", "linkify"]

log = get_logger("ui.insights")
DEFAULT_QUESTION = "What helped last time I felt low?"
WARM_DELAY_MS = 1500  # a glance at the screen does not load a gigabyte-sized model
PREFETCH_DELAY_MS = 700  # a pause in typing: read the draft question's evidence into the model
SUGGEST_DELAY_MS = 800  # after the last change of a burst: read the questions to offer once
STAGE_TEXT: dict[str, str] = {
    "reading": "Reading your journal…",
    "loading": "Loading the language model (the first time takes a while)…",
    "writing": "Writing, and checking each sentence against your journal…",
}
PAGE_MARGINS = (24, 20, 24, 20)  # left, top, right, bottom: as Dashboard and History


class InsightsScreen(QWidget):
    """``InsightsScreen(ctx, parent=None)``."""

    open_entry_requested = Signal(str)
    answered = Signal(object)  # the InsightAnswer, for tests and other views

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = InsightService(ctx.session)
        self._task: Task | None = None
        self._warm_task: Task | None = None
        self._prepared = False
        self._streamed: list[str] = []

        title = QLabel("What helped last time?")
        title.setProperty("role", "title")
        hint = QLabel(
            "Answers come only from your own entries and check-ins, found on this computer. "
            "Not medical advice."
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        self.question = QLineEdit(DEFAULT_QUESTION)
        self.question.setAccessibleName("Question")
        self.question.returnPressed.connect(self.ask)
        # While a question is typed, its topic's evidence is read into the model ahead of time
        # (``InsightService.prefetch``) once typing pauses.
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_DELAY_MS)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self._prefetch_task: Task | None = None
        self.question.textEdited.connect(lambda _text: self._prefetch_timer.start())
        self.ask_button = QPushButton("Ask")
        self.ask_button.clicked.connect(self.ask)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.cancel)
        self.no_llm = QCheckBox("Without the language model (evidence only)")
        # Questions this journal can answer, offered under the box; read again after a change.
        self.suggestions = SuggestionChips()
        self.suggestions.chosen.connect(self.ask_suggested)
        self._suggestions_stale = True
        self._suggest_task: Task | None = None
        # a burst of changes (an import, a day of check-ins synced) is read once, after it
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self._load_suggestions)
        ctx.bridge.changed.connect(self._on_change)
        row = QHBoxLayout()
        row.addWidget(self.question, 1)
        row.addWidget(self.ask_button)
        row.addWidget(self.stop_button)
        self.status = QLabel("")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        # Labels whose text changes keep no accessible name of their own: the text is the
        # name, so what is heard is what is shown (and a lock that blanks it blanks both).
        self.status.setAccessibleDescription("What the question is waiting for")
        self.topic_label = QLabel("")
        self.topic_label.setProperty("role", "subtitle")
        self.topic_label.setAccessibleDescription("What the question was read as being about")
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        self._stage: Stage | None = None
        self.answer_list = RowList("Answer")
        self.answer_list.set_focus_fallback(self.question)
        self.answer_list.link_activated.connect(self._on_link)
        self.answer_list.activated.connect(lambda i: self._open_row(self._answer_rows, i))
        evidence_title = QLabel("Evidence from your journal")
        evidence_title.setProperty("role", "subtitle")
        self.evidence_list = RowList("Evidence")
        self.evidence_list.set_focus_fallback(self.question)
        self.evidence_list.link_activated.connect(self._on_link)
        self.evidence_list.activated.connect(lambda i: self._open_row(self._evidence_rows, i))
        self._answer_rows: Sequence[ReadRow] = ()
        self._evidence_rows: Sequence[ReadRow] = ()

        # Empty boxes say what will appear in them, so nothing on the page is unexplained.
        self.answer_list.set_placeholder(
            "Ask a question above. The answer appears here, built only from your own entries "
            "and check-ins."
        )
        self.evidence_list.set_placeholder(
            "The days, check-ins and entries behind the answer are listed here, so you can "
            "check every sentence."
        )
        # One scroll area for the answer and its evidence: a short answer is followed at once
        # by what it rests on, and a long one pushes the evidence down instead of squeezing it.
        results = QWidget()
        stack = QVBoxLayout(results)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.answer_list)
        stack.addSpacing(12)
        stack.addWidget(evidence_title)
        stack.addWidget(self.evidence_list)
        stack.addStretch(1)
        self.results_area = _scrolling(results)

        # Escape stops a running question (only then: otherwise it is the window's to use).
        self.stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stop_shortcut.setEnabled(False)
        self.stop_shortcut.activated.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)  # the same page margins as the other screens
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.no_llm)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.topic_label)
        layout.addWidget(self.results_area, 1)
        self._set_tab_order()

    def focus_order(self) -> list[QWidget]:
        """The screen's Tab order: ask (or pick a question offered), then read."""
        return [
            self.question,
            self.ask_button,
            self.stop_button,
            *self.suggestions.buttons,
            self.no_llm,
            self.answer_list,
            self.evidence_list,
        ]

    def _set_tab_order(self) -> None:
        for first, second in itertools.pairwise(self.focus_order()):
            QWidget.setTabOrder(first, second)

    # ---- lifecycle ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._prepared:
            QTimer.singleShot(WARM_DELAY_MS, self, self._warm_up)  # not after deletion
        if self._suggestions_stale:
            self._load_suggestions()

    # ---- questions offered ------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        # an entry's analysis changes nothing a question is read or answered from
        if change.topic in (Topic.ENTRY, Topic.CHECKIN) and change.op != "analysed":
            self._suggestions_stale = True
            if self.isVisible():
                self._suggest_timer.start()

    def _load_suggestions(self) -> None:
        """Read which questions this journal can answer, on the worker (a newer read replaces
        an older one still on its way)."""
        self._suggestions_stale = False
        service = self.service
        self._suggest_task = self.ctx.tasks.run(
            self,
            lambda: suggest(service),
            self._show_suggestions,
            self._suggestions_failed,
            key="insights.suggestions",
            long_running=True,  # reading a question may load the embedding model
        )

    @property
    def reading_suggestions(self) -> bool:
        """Whether the questions to offer are still being read."""
        return self._suggest_task is not None and self._suggest_task.running

    def _show_suggestions(self, suggestions: list[Suggestion]) -> None:
        in_box = self.question.text().strip()  # already one click away: Ask
        self.suggestions.set_suggestions([s for s in suggestions if s.question != in_box])
        self._set_tab_order()

    def _suggestions_failed(self, exc: BaseException) -> None:
        log.info("insights.suggestions_error", kind=type(exc).__name__)  # an offer, not a need
        self.suggestions.clear()

    def ask_suggested(self, question: str) -> None:
        """A question offered was picked: it goes in the box and is asked."""
        if self.busy:
            return
        self.question.setText(question)
        self.ask()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        if self._warm_task is not None and self._warm_task.running:
            self._warm_task.cancel()  # left before the model was ready: free the memory
            self._prepared = False

    def _warm_up(self) -> None:
        """Soon after the screen opens: start the model child, load the model and read the
        system prompt, so the first question starts writing at once. Not for a glance at the
        screen (it must still be showing after ``WARM_DELAY_MS``); cancelled on leaving."""
        if self._prepared or self.no_llm.isChecked() or not self.isVisible():
            return
        self._prepared = True
        service = self.service
        question = self.question.text()  # its evidence is read too: it is usually asked

        def warm(_emit: Callable[[object], None], cancelled: threading.Event) -> bool:
            return service.prepare(cancelled, question)

        self._warm_task = self.ctx.tasks.stream(self, warm, None, None, self._prepare_failed)

    def _prefetch(self) -> None:
        """Typing paused: read the draft's evidence into the model (best effort, one at a
        time, never while the model is loading or answering)."""
        busy = [t for t in (self._task, self._warm_task, self._prefetch_task) if t is not None]
        if not self._prepared or self.no_llm.isChecked() or any(t.running for t in busy):
            return
        service = self.service
        draft = self.question.text()

        def prefetch(_emit: Callable[[object], None], _cancelled: threading.Event) -> bool:
            return service.prefetch(draft)  # not cancellable: stopping it would stop the model

        self._prefetch_task = self.ctx.tasks.stream(
            self, prefetch, None, None, self._prepare_failed
        )

    @staticmethod
    def _prepare_failed(exc: BaseException) -> None:
        log.info("insights.prepare_error", kind=type(exc).__name__)  # a warm-up is best effort

    # ---- asking ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def ask(self) -> None:
        text = self.question.text().strip()  # widgets are read here, on the UI thread
        if not text or self.busy:
            return
        self._streamed = []
        self._answer_rows = self._evidence_rows = ()
        self.answer_list.clear()
        self.evidence_list.clear()
        self.topic_label.setText("")
        self._stage = None
        self._show_stage("reading", None)
        self.ask_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.stop_shortcut.setEnabled(True)
        use_llm = not self.no_llm.isChecked()
        service = self.service

        def work(
            emit: Callable[[object], None], cancelled: threading.Event
        ) -> tuple[InsightAnswer, AnswerReading]:
            answer = service.ask(
                text,
                on_token=lambda claim: emit(("claim", claim)),
                cancel=cancelled,
                use_llm=use_llm,
                on_stage=lambda stage, fraction: emit(("stage", stage, fraction)),
                on_topic=lambda topic: emit(("topic", topic.heading)),
            )
            return answer, read_answer(answer)  # the rows' wording, here on the worker

        self._task = self.ctx.tasks.stream(
            self, work, self._on_item, self._on_finished, self._on_error
        )

    def cancel(self) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()
            self.status.setText("Stopping…")
            announce(self.status, "Stopping…")

    def _on_item(self, item: object) -> None:
        if not isinstance(item, tuple) or not item:
            return
        if item[0] == "stage":
            self._show_stage(item[1], item[2])
        elif item[0] == "topic":
            self.topic_label.setText(str(item[1]))
            announce(self.topic_label, str(item[1]))
        elif item[0] == "claim":
            self._streamed.append(str(item[1]))
            row = streamed_row(str(item[1]))
            self.answer_list.append(RowText(row.html, row.name, row.description))

    def _show_stage(self, stage: Stage, fraction: float | None) -> None:
        text = STAGE_TEXT.get(stage, "")
        self.status.setText(text)
        self.progress.show()
        if fraction is None:
            self.progress.setRange(0, 0)  # busy, length unknown
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(round(100 * fraction))
        if stage != self._stage:  # a new stage is said once, not at every step of the bar
            self._stage = stage
            self.progress.setAccessibleDescription(text)
            description_changed(self.progress)
            announce(self.status, text)

    def _on_error(self, exc: BaseException) -> None:
        log.warning("insights.ask_failed", kind=type(exc).__name__)
        self._done()
        message = getattr(exc, "user_message", "Something went wrong.")
        self.status.setText(message)
        announce(self.status, message, assertive=True)
        if self._keyboard_here():
            self.question.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_finished(self, result: tuple[InsightAnswer, AnswerReading]) -> None:
        answer, reading = result
        self._done()
        keyboard_here = self._keyboard_here()
        if answer.topic is not None:
            self.topic_label.setText(answer.topic.heading)
        self._answer_rows, self._evidence_rows = reading.answer_rows, reading.evidence_rows
        self.answer_list.set_rows([_row_text(r) for r in reading.answer_rows])
        self.evidence_list.set_rows([_row_text(r) for r in reading.evidence_rows])
        self.status.setText(reading.notice)
        if answer.kind == "safety":
            from neuroleaf_desktop.ui.care.safety_card import show_safety_card

            show_safety_card(self.ctx, self, message=answer.text)
        else:
            announce(self.answer_list, reading.announcement)
            # The keyboard was on Ask or Stop (Stop has just been switched off): it goes on to
            # the first sentence, which a screen reader then reads with what it cites.
            if keyboard_here and self.answer_list.rows:
                self.answer_list.focus_row(0)
            elif keyboard_here:
                self.question.setFocus(Qt.FocusReason.OtherFocusReason)
        self.answered.emit(answer)

    def _keyboard_here(self) -> bool:
        """Whether the keyboard focus is on this screen (or nowhere in its window)."""
        focus = self.window().focusWidget() if self.window() is not None else None
        return focus is None or focus is self or self.isAncestorOf(focus)

    def _done(self) -> None:
        self._task = None
        self.progress.hide()
        self.ask_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.stop_shortcut.setEnabled(False)

    def prepare_to_lock(self) -> None:
        """Before lock: the answer's rows go with their names and descriptions (a screen
        reader's copy of the journal's words), and the keyboard goes to the question box."""
        self.question.setFocus(Qt.FocusReason.OtherFocusReason)
        self._streamed = []
        self._answer_rows = self._evidence_rows = ()
        self.answer_list.clear()
        self.evidence_list.clear()
        self.topic_label.clear()
        self.status.clear()
        self.progress.setAccessibleDescription("")
        self._suggest_timer.stop()
        self.suggestions.clear()  # they can name the person's activities
        self._suggestions_stale = True

    def _open_row(self, rows: Sequence[ReadRow], index: int) -> None:
        """Enter on a row: open the entry it cites, if it cites one."""
        if 0 <= index < len(rows) and rows[index].target:
            self.open_entry_requested.emit(rows[index].target)

    def _on_link(self, link: str) -> None:
        if link.startswith("entry:"):
            self.open_entry_requested.emit(link.removeprefix("entry:"))


def _row_text(row: ReadRow) -> RowText:
    return RowText(row.html, row.name, row.description)


def _scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that never takes the keyboard itself."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area
