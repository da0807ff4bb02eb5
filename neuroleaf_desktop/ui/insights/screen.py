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
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.insight_service import InsightAnswer, InsightService, Stage
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.tasks import Task

log = get_logger("ui.insights")
DEFAULT_QUESTION = "What helped last time I felt low?"
WARM_DELAY_MS = 1500  # a glance at the screen does not load a gigabyte-sized model
PREFETCH_DELAY_MS = 700  # a pause in typing: read the draft question's evidence into the model
STAGE_TEXT: dict[str, str] = {
    "reading": "Reading your journal…",
    "loading": "Loading the language model (the first time takes a while)…",
    "writing": "Writing, and checking each sentence against your journal…",
}
_CITE = re.compile(r"\[(\d{4}-\d{2}-\d{2})\]")


def linkify(text: str, answer: InsightAnswer) -> str:
    """HTML for an answer: escaped text, citations as links to that day's first entry."""
    # A cited date links to the entry the evidence item rests on: one written that day if
    # there is one, else the latest entry of the item's window (e.g. the evening before).
    entry_for: dict[date, str] = {}
    for item in answer.evidence:
        entries = [c for c in item.citations if c.kind == "entry"]
        for day in {item.day, *item.dates}:
            same_day = [c for c in entries if c.day == day]
            pick = same_day[-1] if same_day else (entries[-1] if entries else None)
            if pick is not None and day not in entry_for:
                entry_for[day] = pick.id

    def link(match: re.Match[str]) -> str:
        try:
            day = date.fromisoformat(match[1])
        except ValueError:
            return match[0]
        entry_id = entry_for.get(day)
        if entry_id is None:
            return match[0]
        return f'<a href="entry:{entry_id}">[{match[1]}]</a>'

    escaped = html.escape(text).replace("\n", "<br>")
    return _CITE.sub(link, escaped)


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
        row = QHBoxLayout()
        row.addWidget(self.question, 1)
        row.addWidget(self.ask_button)
        row.addWidget(self.stop_button)
        self.status = QLabel("")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.topic_label = QLabel("")
        self.topic_label.setProperty("role", "subtitle")
        self.topic_label.setAccessibleName("Topic")
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        self.answer_view = QTextBrowser()
        self.answer_view.setOpenLinks(False)
        self.answer_view.setAccessibleName("Answer")
        self.answer_view.anchorClicked.connect(self._on_link)
        evidence_title = QLabel("Evidence from your journal")
        evidence_title.setProperty("role", "subtitle")
        self.evidence_view = QTextBrowser()
        self.evidence_view.setOpenLinks(False)
        self.evidence_view.setAccessibleName("Evidence")
        self.evidence_view.anchorClicked.connect(self._on_link)

        # Empty boxes say what will appear in them, so nothing on the page is unexplained.
        self.answer_view.setPlaceholderText(
            "Ask a question above. The answer appears here, built only from your own entries "
            "and check-ins."
        )
        self.evidence_view.setPlaceholderText(
            "The days, check-ins and entries behind the answer are listed here, so you can "
            "check every sentence."
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)  # the same page margins as the other screens
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.no_llm)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.topic_label)
        layout.addWidget(self.answer_view, 2)
        layout.addWidget(evidence_title)
        layout.addWidget(self.evidence_view, 2)

    # ---- lifecycle ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._prepared:
            QTimer.singleShot(WARM_DELAY_MS, self, self._warm_up)  # not after deletion

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
        self.answer_view.clear()
        self.topic_label.setText("")
        self._show_stage("reading", None)
        self.ask_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        use_llm = not self.no_llm.isChecked()
        service = self.service

        def work(emit: Callable[[object], None], cancelled: threading.Event) -> InsightAnswer:
            return service.ask(
                text,
                on_token=lambda claim: emit(("claim", claim)),
                cancel=cancelled,
                use_llm=use_llm,
                on_stage=lambda stage, fraction: emit(("stage", stage, fraction)),
                on_topic=lambda topic: emit(("topic", topic.heading)),
            )

        self._task = self.ctx.tasks.stream(
            self, work, self._on_item, self._on_finished, self._on_error
        )

    def cancel(self) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()
            self.status.setText("Stopping…")

    def _on_item(self, item: object) -> None:
        if not isinstance(item, tuple) or not item:
            return
        if item[0] == "stage":
            self._show_stage(item[1], item[2])
        elif item[0] == "topic":
            self.topic_label.setText(str(item[1]))
        elif item[0] == "claim":
            self._streamed.append(str(item[1]))
            self.answer_view.setPlainText("".join(self._streamed))

    def _show_stage(self, stage: Stage, fraction: float | None) -> None:
        self.status.setText(STAGE_TEXT.get(stage, ""))
        self.progress.show()
        if fraction is None:
            self.progress.setRange(0, 0)  # busy, length unknown
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(round(100 * fraction))

    def _on_error(self, exc: BaseException) -> None:
        log.warning("insights.ask_failed", kind=type(exc).__name__)
        self._done()
        self.status.setText(getattr(exc, "user_message", "Something went wrong."))

    def _on_finished(self, answer: InsightAnswer) -> None:
        self._done()
        if answer.topic is not None:
            self.topic_label.setText(answer.topic.heading)
        if answer.kind == "safety":
            from neuroleaf_desktop.ui.care.safety_card import show_safety_card

            self.answer_view.setPlainText(answer.text)
            self.status.setText("")
            show_safety_card(self.ctx, self, message=answer.text)
        else:
            self.answer_view.setHtml(linkify(answer.text, answer))
            notice = answer.outcome.message
            if answer.outcome.reason == "no-data":
                notice = "Not enough in your journal for this yet."
            elif not answer.used_llm and answer.kind == "evidence" and not notice:
                notice = "Showing the evidence itself."
            self.status.setText(notice)
        self.evidence_view.setHtml(self._evidence_html(answer))
        self.answered.emit(answer)

    def _done(self) -> None:
        self._task = None
        self.progress.hide()
        self.ask_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    def _evidence_html(self, answer: InsightAnswer) -> str:
        parts: list[str] = []
        for item in answer.evidence:
            entry = next((c for c in item.citations if c.kind == "entry"), None)
            head = html.escape(item.day.isoformat())
            if entry is not None:
                head = f'<a href="entry:{entry.id}">{head}</a>'
            text = html.escape(item.summary)
            if item.quote:
                text += f" <i>“{html.escape(item.quote)}”</i>"
            parts.append(f"<p><b>{item.number}.</b> {head} — {text}</p>")
        for note in answer.notes:
            parts.append(f"<p><i>{html.escape(note)}</i></p>")
        return "".join(parts)

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("entry:"):
            self.open_entry_requested.emit(text.removeprefix("entry:"))
