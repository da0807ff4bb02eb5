"""A quiet line under the editor's header that offers one writing prompt on a blank page.

"Something to write about: What made you smile today?" with two buttons: "Use this" (the
editor puts the prompt into the entry) and "Another" (the next prompt of the cycle, announced
politely to assistive tech). The editor says when a page is blank and new (:meth:`offer`) and
when it stops being so (:meth:`withdraw`: the person typed, or an entry was shown); the line
itself follows the ``writing_prompts`` setting, read on a task at start and again after every
settings change, so turning it off in Settings (or with the CLI) hides it at once.

The prompts come from ``services/prompt_service.py`` and read nothing of the journal; the
only thing ever logged about them is a prompt's id.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.prompt_service import PromptService, WritingPrompt
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.setting_follow import follow_setting
from neuroleaf_desktop.ui.widgets.announce import announce
from neuroleaf_desktop.ui.widgets.style import scaled_font

log = get_logger("ui.journal")

LEAD = "Something to write about:"


class PromptLine(QWidget):
    """``PromptLine(ctx)``; :attr:`used` carries the prompt chosen with "Use this"."""

    used = Signal(object)  # WritingPrompt

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = PromptService(lambda: self.ctx.clock(), ctx.session.settings)
        self._wanted = False  # the editor shows a blank new entry
        self._enabled: bool | None = None  # the setting; None until first read
        self._prompt: WritingPrompt | None = None
        self._day: date | None = None  # the day the current prompt was first offered on
        self._used = False  # the current prompt went into an entry: the next page moves on
        self.setAccessibleName("Writing prompt")
        # Two lines: a small quiet lead, then the question in the text's own colour, so a long
        # question wraps as a sentence of its own rather than mid-way after the lead.
        self.lead_label = QLabel(LEAD, self)
        self.lead_label.setProperty("role", "small")
        self.text_label = QLabel(self)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        question = scaled_font(self, 1.02)
        question.setItalic(True)
        self.text_label.setFont(question)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.use_button = self._button("Use this", "Use this prompt")
        self.use_button.setToolTip("Start the entry with this question (you can delete it)")
        self.another_button = self._button("Another", "Show another prompt")
        self.another_button.setToolTip("Show a different question")
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.lead_label)
        words.addWidget(self.text_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(8)
        row.addLayout(words, 1)
        row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.another_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.use_button.clicked.connect(self._use)
        self.another_button.clicked.connect(self.show_another)
        self.hide()
        follow_setting(ctx, self, self.service.enabled, self._take_setting, key="prompt-setting")

    def _button(self, text: str, spoken: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setProperty("role", "link")
        button.setAccessibleName(spoken)
        button.setAutoDefault(False)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def focus_order(self) -> list[QWidget]:
        """The buttons in Tab order (skipped by Tab while the line is hidden)."""
        return [self.use_button, self.another_button]

    # ==== what the editor says =================================================================
    @property
    def prompt(self) -> WritingPrompt | None:
        """The prompt on offer (or last offered)."""
        return self._prompt

    @property
    def offered(self) -> bool:
        """Whether the line is showing a prompt now (the page is blank, prompts are on)."""
        return self._wanted and self._enabled is True and self._prompt is not None

    def offer(self) -> None:
        """A blank new entry is shown: offer today's first prompt, or keep the one on offer
        (the next one once a prompt went into an entry)."""
        today = self.service.today()
        if self._prompt is None or self._day != today:
            self._set_prompt(self.service.first())
            self._day = today
        elif self._used:
            self._set_prompt(self.service.another(self._prompt))
        self._used = False
        self._wanted = True
        self._refresh()

    def withdraw(self) -> None:
        """The page is no longer blank (typing, an entry or a draft shown): hide the line."""
        if self._wanted:
            self._wanted = False
            self._refresh()

    def show_another(self) -> None:
        """The next prompt of the cycle, said to assistive tech (politely: no focus moves)."""
        if self._prompt is None:
            return
        self._set_prompt(self.service.another(self._prompt))
        log.info("journal.prompt_another", prompt=self._prompt.id)
        announce(self, self.spoken())

    def spoken(self) -> str:
        """The line as one sentence, as assistive tech is told it."""
        return f"{LEAD} {self._prompt.text}" if self._prompt is not None else ""

    # ==== inside ===============================================================================
    def _set_prompt(self, prompt: WritingPrompt) -> None:
        self._prompt = prompt
        self.text_label.setText(prompt.text)
        self.setAccessibleDescription(self.spoken())

    def _use(self) -> None:
        prompt = self._prompt
        if prompt is None:
            return
        self._used = True
        log.info("journal.prompt_used", prompt=prompt.id)
        self.used.emit(prompt)

    def _refresh(self) -> None:
        self.setVisible(self.offered)

    def _take_setting(self, on: bool) -> None:
        self._enabled = on
        self._refresh()
