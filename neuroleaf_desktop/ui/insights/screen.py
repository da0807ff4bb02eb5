"""Ask your journal: a question box, the answer as it is written, and the evidence behind it.

The answer streams in token by token from the model's child process (``InsightService.ask``
runs as a ``ctx.tasks.stream`` task; its tokens are the stream's items). When it is
done the streamed text is replaced by the *checked* answer (sentences citing unknown dates
removed), with each [YYYY-MM-DD] citation turned into a link to that day's entry
(``entry:<id>`` → :attr:`InsightsScreen.open_entry_requested`). Stop kills the model process;
the evidence list is always shown, and "without the language model" shows only it.
The model is loaded on the first keystroke in the question box (see ``_warm_up``).
Crisis language in the question opens the safety card instead.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.insight_service import InsightAnswer, InsightService
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.tasks import Task

log = get_logger("ui.insights")
DEFAULT_QUESTION = "What helped last time I felt low?"
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


class InsightsScreen(QWidget):
    """``InsightsScreen(ctx, parent=None)``."""

    open_entry_requested = Signal(str)
    answered = Signal(object)  # the InsightAnswer, for tests and other views

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = InsightService(ctx.session)
        self._task: Task | None = None
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
        self.question.textEdited.connect(lambda _t: self._warm_up())
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

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.no_llm)
        layout.addWidget(self.status)
        layout.addWidget(self.answer_view, 2)
        layout.addWidget(evidence_title)
        layout.addWidget(self.evidence_view, 2)

    # ---- lifecycle ------------------------------------------------------------------------
    def _warm_up(self) -> None:
        """On the first keystroke: load the model and read the evidence into it while the
        person is still typing (not on show: a glance at the screen should not cost 1.8 GB)."""
        if not self._prepared and not self.no_llm.isChecked():
            self._prepared = True
            question = self.question.text() or DEFAULT_QUESTION  # read here, on the UI thread
            service = self.service
            self.ctx.tasks.run(
                self,
                lambda: service.prepare(question),
                None,
                self._prepare_failed,
                long_running=True,  # loads the model: seconds, like the answer stream
            )

    @staticmethod
    def _prepare_failed(exc: BaseException) -> None:
        log.info("insights.prepare_error", kind=type(exc).__name__)  # a warm-up is best effort

    # ---- asking ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def ask(self) -> None:
        text = self.question.text().strip()
        if not text or self.busy:
            return
        self._streamed = []
        self.answer_view.clear()
        self.status.setText("Looking through your journal…")
        self.ask_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        use_llm = not self.no_llm.isChecked()
        service = self.service

        def work(emit: Callable[[str], None], cancelled: threading.Event) -> InsightAnswer:
            return service.ask(text, on_token=emit, cancel=cancelled, use_llm=use_llm)

        self._task = self.ctx.tasks.stream(
            self, work, self._on_token, self._on_finished, self._on_error
        )

    def cancel(self) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()
            self.status.setText("Stopping…")

    def _on_token(self, piece: str) -> None:
        if not self._streamed:
            self.status.setText("Writing…")
        self._streamed.append(piece)
        self.answer_view.setPlainText("".join(self._streamed))

    def _on_error(self, exc: BaseException) -> None:
        log.warning("insights.ask_failed", kind=type(exc).__name__)
        self._done()
        self.status.setText(getattr(exc, "user_message", "Something went wrong."))

    def _on_finished(self, answer: InsightAnswer) -> None:
        self._done()
        if answer.kind == "safety":
            from neuroleaf_desktop.ui.care.safety_card import show_safety_card

            self.answer_view.setPlainText(answer.text)
            self.status.setText("")
            show_safety_card(self.ctx, self, message=answer.text)
        else:
            self.answer_view.setHtml(linkify(answer.text, answer))
            notice = answer.outcome.message
            if not answer.used_llm and answer.kind == "evidence" and not notice:
                notice = "Showing the evidence itself."
            self.status.setText(notice)
        self.evidence_view.setHtml(self._evidence_html(answer))
        self.answered.emit(answer)

    def _done(self) -> None:
        self._task = None
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
