"""The form for one template: its name, title, text and tags (New, Edit, Save as template).

The save runs on a task through ``TemplateService`` (``create`` or ``edit``); a refusal (a
name in use, a title on two lines, a tag too long) is shown in the form's banner with the
service's own message, and the form stays open with what was typed. Esc cancels.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.templates import EntryTemplate, TemplateDraft
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.widgets import Banner, install_style

FIELDS_HINT = (
    "{date}, {weekday} and {time} are filled in when you start an entry; "
    "{{ writes a brace. Lines you leave unchanged are your questions, not your words: "
    "they are never read as how you feel."
)


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed in one line, separated by commas (or spaces between #tags)."""
    parts = text.replace("#", ",").split(",")
    return tuple(p.strip() for p in parts if p.strip())


class TemplateForm(QDialog):
    """``TemplateForm(ctx, parent, template=None, draft=None)``: ``template`` edits that one;
    ``draft`` pre-fills a new one (an entry saved as a template). Emits ``saved(template)``."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        template: EntryTemplate | None = None,
        draft: TemplateDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template = template
        self.setWindowTitle("Edit template" if template else "New template")
        self.setAccessibleName(self.windowTitle())
        self._build()
        install_style(self)
        self.resize(540, 520)
        source = template or draft
        if source is not None:
            self.name_edit.setText(source.name)
            self.title_edit.setText(source.title)
            self.body_edit.setPlainText(source.body)
            self.tags_edit.setText(", ".join(source.tags))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.banner = Banner(self)
        self.banner.setAccessibleName("Template message")
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName("Template name")
        self.name_edit.setPlaceholderText("e.g. Evening review")
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName("Title of entries made from it")
        self.title_edit.setPlaceholderText("e.g. Evening, {weekday} {date}")
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setAccessibleName("Text entries start with")
        self.body_edit.setPlaceholderText("One question a line, with room under each")
        self.body_edit.setTabChangesFocus(True)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setAccessibleName("Tags of entries made from it")
        self.tags_edit.setPlaceholderText("Separated by commas")
        form.addRow("&Name", self.name_edit)
        form.addRow("&Title", self.title_edit)
        form.addRow("Te&xt", self.body_edit)
        form.addRow("Ta&gs", self.tags_edit)
        hint = QLabel(FIELDS_HINT, self)
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.save_button = QPushButton("Save", self)
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton("Cancel", self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addWidget(self.banner)
        layout.addLayout(form, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        order = [self.name_edit, self.title_edit, self.body_edit, self.tags_edit]
        order += [cancel, self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def draft(self) -> TemplateDraft:
        return TemplateDraft(
            self.name_edit.text(),
            self.title_edit.text(),
            self.body_edit.toPlainText(),
            split_tags(self.tags_edit.text()),
        )

    def save(self) -> None:
        """Store the template on a task; close when stored, say why when refused."""
        draft, service = self.draft(), self.ctx.session.journal.templates
        editing = self.template.id if self.template is not None else None
        self.save_button.setEnabled(False)

        def work() -> EntryTemplate:
            return service.edit(editing, draft) if editing else service.create(draft)

        def done(template: EntryTemplate) -> None:
            self.save_button.setEnabled(True)
            self.saved.emit(template)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.banner.show_error(exc)
            self.name_edit.setFocus()

        self.ctx.tasks.run(self, work, done, failed)
