"""The journal's editor: the page on the right where one entry is written or read.

It owns everything about the text being edited and nothing about the lists: the title (with
the entry's star at the end of its row, ``star_button.py``), body and tag widgets, the header
(``header.py``: the entry's date and its day's mood), the analysis chips (read by
``entry_chips.py``), the save status, and the draft that keeps unsaved words safe. Drafts are
written every few seconds of typing (``AUTOSAVE_MS``), on focus loss and before another entry
is shown; after a crash or a lock the next editor offers them back. Saving itself is the screen's
action: the editor hands it a :class:`SaveRequest` and is told the outcome (``saved`` /
``save_failed``).

Versions make the rules exact: every edit bumps ``_version``; a draft is written only when
the text is newer than both the last draft and the last save, and a draft that lands after
the entry was saved is discarded as stale.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.models import Draft, JournalEntry
from neuroleaf_desktop.domain.templates import (
    FilledTemplate,
    TemplateLines,
    is_untouched,
)
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.domain.writing_prompts import WritingPrompt, as_heading
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import model
from neuroleaf_desktop.ui.journal.entry_chips import ChipsReader
from neuroleaf_desktop.ui.journal.header import EntryHeader
from neuroleaf_desktop.ui.journal.prompt_line import PromptLine
from neuroleaf_desktop.ui.journal.star_button import StarButton
from neuroleaf_desktop.ui.journal.store import EntryStore, is_pending
from neuroleaf_desktop.ui.widgets import Banner, BannerKind, Card, TagEditor
from neuroleaf_desktop.ui.widgets.analysis_chips import AnalysisChips
from neuroleaf_desktop.ui.widgets.reflow_row import ReflowRow
from neuroleaf_desktop.ui.widgets.style import fit_to_font, scaled_font

log = get_logger("ui.journal")


@dataclass(frozen=True)
class SaveRequest:
    """What the editor holds when Save is pressed, read on the UI thread for the worker."""

    title: str
    body: str
    tags: tuple[str, ...]
    version: int  # the edit this save covers
    draft_id: str  # discarded once the entry is saved
    entry_id: str | None  # None (or a pending id): a new entry
    created_at: datetime | None  # a new entry written for an earlier day; None: now
    starred: bool = False  # a new entry starred before its first save keeps the star
    template: TemplateLines | None = None  # a new entry started from a template: its lines


class JournalEditor(QWidget):
    """``JournalEditor(ctx, store)``: the draft offer bar above the editor card.

    Emits ``save_requested`` (Save button), ``delete_requested`` (Delete button),
    ``draft_restored(entry | None)`` after an offered draft was put in the editor, so the
    screen can select that entry's day, and ``failed(exception)`` when the drafts could not be
    listed or discarded (the screen's banner says so).
    """

    AUTOSAVE_MS = 3000
    star_clicked = Signal(bool)  # the person starred (True) or unstarred the entry shown
    save_requested = Signal()
    delete_requested = Signal()
    save_as_template_requested = Signal()
    draft_restored = Signal(object)
    failed = Signal(object)

    def __init__(self, ctx: UiContext, store: EntryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = store  # read only: the entry shown, as the lists show it
        self._current_id: str | None = None
        self._draft_id = str(uuid.uuid4())
        self._version = 0  # bumps on every edit
        self._draft_version = 0  # last version written to the draft
        self._saved_version = -1  # last version saved as the entry
        self._draft_in_flight = False
        self.saving = False
        self._filling = False
        self._pending_drafts: list[Draft] = []
        self._template: FilledTemplate | None = None  # what a new entry was started with
        self._restored_lines: TemplateLines | None = None  # ... as a restored draft kept it
        self._build()
        self._chips_reader = ChipsReader(ctx, store, self.analysis_chips, self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(self.AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._autosave_tick)
        ctx.bridge.changed.connect(self._on_change)

    # ==== building =========================================================================
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.draft_bar = Banner(self)
        self.draft_bar.setAccessibleName("Unsaved draft")
        layout.addWidget(self.draft_bar)
        card = Card("", self, padding=20)
        card.setAccessibleName("Editor")
        self.header = EntryHeader(self.ctx, card)  # the date, and the mood of that day
        self.entry_date, self.day_mood_label = self.header.entry_date, self.header.day_mood_label
        self.prompt_line = PromptLine(self.ctx, card)  # a question offered on a blank new page
        self.prompt_line.used.connect(self._use_prompt)
        self.title_edit = QLineEdit(card)
        self.title_edit.setPlaceholderText("Title")
        self.title_edit.setAccessibleName("Entry title")
        self.title_edit.setFont(scaled_font(self, 1.45, bold=True))
        self.title_edit.setFrame(False)
        self.title_edit.setStyleSheet(
            "QLineEdit { background: transparent; border: none; padding: 4px 0; }"
        )
        self.star_button = StarButton(card)  # the person's mark, at the end of the title's row
        self.star_button.star_clicked.connect(self.star_clicked)
        self.analysis_chips = AnalysisChips(card)  # sentiment, emotions, stress words
        self.body_edit = QPlainTextEdit(card)
        self.body_edit.setPlaceholderText(
            "Write what's on your mind…\n\nPlain text; # headings, - lists and *emphasis* "
            "are kept as you type them."
        )
        self.body_edit.setAccessibleName("Entry text")
        self.body_edit.setAccessibleDescription("Markdown-ish plain text")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.body_edit.setFont(scaled_font(self, 1.08))
        self.body_edit.setStyleSheet(
            "QPlainTextEdit { background: transparent; border: none; padding: 0; }"
        )
        self.tag_editor = TagEditor(card)
        self.status_label = QLabel(card)
        self.status_label.setProperty("role", "muted")
        self.status_label.setAccessibleName("Save status")
        self.delete_button = QPushButton("Delete", card)
        self.delete_button.setProperty("flat-action", True)
        self.delete_button.setAccessibleName("Delete entry")
        self.delete_button.setToolTip("Move this entry to the trash (you can undo)")
        self.delete_button.clicked.connect(self.delete_requested)
        self.save_button = QPushButton("Save", card)
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName("Save entry")
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.save_button.clicked.connect(self.save_requested)
        self.as_template_button = QPushButton("Save as template…", card)
        self.as_template_button.setProperty("flat-action", True)
        self.as_template_button.setAccessibleName("Save this entry as a template")
        self.as_template_button.setToolTip("Keep this entry's title, text and tags as a template")
        self.as_template_button.clicked.connect(self.save_as_template_requested)
        template = self.as_template_button
        fit_to_font(template, lambda: template.setMinimumWidth(template.sizeHint().width()))
        decide = QWidget(card)
        decide_row = QHBoxLayout(decide)
        decide_row.setContentsMargins(0, 0, 0, 0)
        decide_row.addWidget(self.delete_button)
        decide_row.addWidget(self.save_button)
        # each part goes under the one before it when the card is too narrow (large text)
        actions = ReflowRow(self.as_template_button, decide, card)
        footer = ReflowRow(self.status_label, actions, card)
        card.body.addWidget(self.header)
        card.body.addWidget(self.prompt_line)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.star_button)
        card.body.addLayout(title_row)
        card.body.addWidget(self.analysis_chips)
        card.body.addWidget(self.body_edit, 1)
        card.body.addWidget(self.tag_editor)
        card.body.addWidget(footer)
        layout.addWidget(card, 1)

        self.title_edit.textEdited.connect(self._edited)
        self.body_edit.textChanged.connect(self._edited)
        self.tag_editor.changed.connect(self._edited)
        for widget in (self.title_edit, self.body_edit, self.tag_editor.input):
            widget.installEventFilter(self)
        self.title_edit.returnPressed.connect(self.body_edit.setFocus)
        # a chip in focus that goes with nothing in its place hands the keyboard to the text
        self.analysis_chips.set_focus_fallback(self.body_edit)

    def focus_order(self) -> list[QWidget]:
        """The editor's widgets in Tab order (the screen chains them after the lists).

        The chip row comes after the text it describes, not between the title and the text
        where it is drawn: writing flows from the title to the text without a stop on the
        chips, and a reader meets what the app made of the entry once past it.
        """
        return [
            self.entry_date,
            *self.prompt_line.focus_order(),  # read before writing; skipped while hidden
            self.title_edit,
            self.star_button,  # where it is drawn: at the end of the title's row
            self.body_edit,
            self.analysis_chips,  # one stop; the arrow keys move between its chips
            self.tag_editor.input,
            self.as_template_button,
            self.delete_button,
            self.save_button,
        ]

    # ==== what is shown ======================================================================
    @property
    def current_id(self) -> str | None:
        """The id of the entry in the editor (a pending id while its first save runs)."""
        return self._current_id

    def mark_pending(self, temp_id: str) -> None:
        """The text in the editor is being saved as a new entry, shown as ``temp_id``."""
        self._current_id = temp_id

    def rename_current(self, old_id: str, new_id: str | None) -> None:
        """A pending entry got its real id (or, with None, its first save failed)."""
        if self._current_id == old_id:
            self._current_id = new_id

    @property
    def draft_id(self) -> str:
        return self._draft_id

    @property
    def template_id(self) -> str | None:
        """The template an unsaved new page was started from (None: none, or saved)."""
        return self._template.template_id if self._template is not None else None

    @property
    def is_dirty(self) -> bool:
        return self._version > max(self._saved_version, 0) and self._version != 0

    def show_entry(self, entry: JournalEntry | None, *, draft: Draft | None = None) -> None:
        """Put ``entry`` (None: a blank new entry), or a draft of it, in the editor."""
        self._filling = True
        try:
            self._current_id = entry.id if entry else None
            self._template = None
            self._restored_lines = draft.template if draft and entry is None else None
            self._draft_id = draft.id if draft else str(uuid.uuid4())
            title = draft.title if draft else (entry.title if entry else "")
            body = draft.body if draft else (entry.body if entry else "")
            tags = draft.tags if draft else (entry.tags if entry else ())
            self.title_edit.setText(title)
            self.body_edit.setPlainText(body)
            self.tag_editor.set_tags(tags)
        finally:
            self._filling = False
        self._version = 1 if draft else 0
        self._draft_version = self._version
        self._saved_version = -1 if draft else 0
        self.autosave_timer.stop()
        self._show_entry_meta(entry)
        self.status_label.setText("Restored from a draft — not saved yet" if draft else "")
        if entry is None and draft is None:
            self.prompt_line.offer()  # a blank page: a question may help start it
        else:
            self.prompt_line.withdraw()
        if draft is not None and entry is None:
            self.star_button.set_starred(draft.starred)  # a new entry's star waited in its draft
        self.load_analysis()

    def follow_stored_tags(self, before: tuple[str, ...], after: tuple[str, ...]) -> None:
        """The open entry's tags were renamed, merged or removed everywhere (the tag
        manager): show ``after`` if the tags shown are still ``before`` — the person's own
        tag edits win — without marking the entry edited."""
        if self.tag_editor.tags() != before or before == after:
            return
        self._filling = True
        try:
            self.tag_editor.set_tags(after)
        finally:
            self._filling = False

    def _show_entry_meta(self, entry: JournalEntry | None) -> None:
        """The header, and Delete only for an entry that exists (nothing to delete before the
        first save)."""
        saved = entry is not None and not is_pending(entry.id)
        self.delete_button.setVisible(saved)
        self.delete_button.setEnabled(saved)
        self.star_button.set_starred(entry.starred if entry is not None else False)
        self.header.show_entry(entry)

    def _today(self) -> date:
        return self.ctx.clock().astimezone().date()

    # ==== typing and drafts ==================================================================
    @property
    def autosave_ms(self) -> int:
        return self.autosave_timer.interval()

    @autosave_ms.setter
    def autosave_ms(self, value: int) -> None:
        self.autosave_timer.setInterval(value)

    def start_from(self, filled: FilledTemplate) -> None:
        """Put a filled template on the blank new page, the cursor at the end of its text.

        It goes in as the page's starting text, not as typing: while nothing is changed the
        page is as empty as a blank one (no draft, nothing to save). The lines it put there
        travel with the first save, so what reads the entry for feelings or safety signs
        sets the unchanged ones aside (``domain/templates.py``)."""
        self._filling = True
        try:
            self.title_edit.setText(filled.title)
            self.body_edit.setPlainText(filled.body)
            self.tag_editor.set_tags(filled.tags)
        finally:
            self._filling = False
        self._template, self._restored_lines = filled, None
        self.title_edit.setCursorPosition(0)  # a long title shows from its start
        self.prompt_line.withdraw()
        self.status_label.setText(f"From “{filled.name}”")
        cursor = self.body_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def _template_lines(self) -> TemplateLines | None:
        """The template lines a new entry goes out with: its template's, or its draft's."""
        return self._template.lines if self._template is not None else self._restored_lines

    def _untouched(self, title: str, body: str, tags: tuple[str, ...]) -> bool:
        """Blank, or still exactly the template it was started from: nothing written."""
        if not title.strip() and not body.strip():
            return not tags or self._template is not None
        return self._template is not None and is_untouched(title, body, tags, self._template)

    def _edited(self) -> None:
        if self._filling:
            return
        self.prompt_line.withdraw()  # the person has started: the offer steps aside
        self.ctx.session.embeddings.note_typing()  # background indexing yields to the keys
        self._version += 1
        words = model.word_count(self.body_edit.toPlainText())
        self.status_label.setText(f"Unsaved changes · {plural(words, 'word')}")
        if not self.autosave_timer.isActive():
            self.autosave_timer.start(self.autosave_ms)

    def _use_prompt(self, prompt: WritingPrompt) -> None:
        """Start the text with ``prompt`` as a heading line and put the cursor under it.

        The text, not the title: the title is the person's own name for the entry, what the
        lists show; a question there would make every prompted entry look alike. As a heading
        in the text the question stays beside the answer when the entry is read back, and it is
        plain text the person can delete or undo (Ctrl+Z) like anything they typed. It goes in
        as typing does, so the entry has unsaved changes and a draft follows.
        """
        cursor = self.body_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        cursor.insertText(f"{as_heading(prompt)}\n")
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def star_waits_for_save(self) -> None:
        """A new entry's star changed: it is kept only by the first save, so once there are
        words to keep, the draft is written again to hold it too."""
        if self._version > 0:
            self._version += 1
            if not self.autosave_timer.isActive():
                self.autosave_timer.start(self.autosave_ms)

    def _needs_draft(self) -> bool:
        return self._version > self._draft_version and self._version > self._saved_version

    def _autosave_tick(self) -> None:
        if not self._needs_draft():
            if not self._draft_in_flight:
                self.autosave_timer.stop()
            return
        self.flush_draft()

    def flush_draft(self) -> None:
        """Write the editor to its draft now (timer, focus loss, switching entries)."""
        if not self._needs_draft() or self._draft_in_flight:
            return
        title = self.title_edit.text()
        body = self.body_edit.toPlainText()
        tags = self.tag_editor.tags()
        starred = self.star_button.starred
        if self._untouched(title, body, tags):
            return
        version = self._version
        draft_id = self._draft_id
        entry_id = None if is_pending(self._current_id) else self._current_id
        template = self._template_lines() if entry_id is None else None
        drafts = self.ctx.session.drafts
        self._draft_in_flight = True

        def write() -> Draft:
            return drafts.save(
                draft_id, title, body, tags, entry_id, starred=starred, template=template
            )

        def written(draft: Draft) -> None:
            self._draft_in_flight = False
            if draft_id != self._draft_id:
                return
            self._draft_version = max(self._draft_version, version)
            if self._saved_version >= version:  # saved meanwhile: this draft is stale
                self.ctx.tasks.run(self, lambda: drafts.discard(draft_id))
                return
            when = model.when_label(draft.updated_at, self._today())
            self.status_label.setText(f"Draft saved {when} · not yet in your journal")

        def failed(exc: BaseException) -> None:
            self._draft_in_flight = False
            self.status_label.setText("Couldn't keep a draft — please save soon.")
            log.warning("journal.autosave_failed", error=type(exc).__name__)

        self.ctx.tasks.run(self, write, written, failed)

    def discard_draft(self) -> None:
        """Drop the draft of what is in the editor (a new entry thrown away)."""
        draft_id = self._draft_id
        drafts = self.ctx.session.drafts
        if self._version > 0:
            self.ctx.tasks.run(self, lambda: drafts.discard(draft_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusOut:
            self.flush_draft()
        return False

    # ==== drafts offered after unlock ==========================================================
    def offer_drafts(self) -> None:
        """Offer, one at a time, the drafts a crash or a lock left in the vault."""
        drafts = self.ctx.session.drafts

        def found(items: list[Draft]) -> None:
            self._pending_drafts = [d for d in items if d.id != self._draft_id]
            self._offer_next_draft()

        self.ctx.tasks.run(self, drafts.list, found, self.failed.emit)

    def _offer_next_draft(self) -> None:
        if not self._pending_drafts:
            return
        draft = self._pending_drafts.pop(0)
        when = model.when_label(draft.updated_at, self._today())
        about = draft.title.strip() or model.first_line(draft.body, 40)
        about_text = f" (“{about}”)" if about else ""
        self.draft_bar.show_message(
            f"You have an unsaved draft from {when}{about_text}.",
            BannerKind.INFO,
            action_text="Restore",
            on_action=lambda: self._restore_draft(draft),
            secondary_text="Discard",
            on_secondary=lambda: self._discard_offered(draft),
            timeout_ms=0,
        )

    def _restore_draft(self, draft: Draft) -> None:
        self.flush_draft()
        entry = self.store.get(draft.entry_id) if draft.entry_id else None
        self.show_entry(entry, draft=draft)
        self.draft_restored.emit(entry)
        self.body_edit.setFocus()
        self._offer_next_draft()

    def _discard_offered(self, draft: Draft) -> None:
        drafts = self.ctx.session.drafts
        self.ctx.tasks.run(self, lambda: drafts.discard(draft.id), None, self.failed.emit)
        self._offer_next_draft()

    # ==== saving (the screen runs the write) ===================================================
    def begin_save(self) -> SaveRequest | None:
        """Start a save of what is in the editor; None while one runs or with nothing
        written (no title, no text)."""
        if self.saving:
            return None
        self.tag_editor.commit_input()
        title = self.title_edit.text()
        body = self.body_edit.toPlainText()
        if not title.strip() and not body.strip():
            return None
        if self._untouched(title, body, self.tag_editor.tags()):
            self.status_label.setText("Nothing written under the template yet")
            return None
        new = self._current_id is None or is_pending(self._current_id)
        request = SaveRequest(
            title=title,
            body=body,
            tags=self.tag_editor.tags(),
            version=self._version,
            draft_id=self._draft_id,
            entry_id=self._current_id,
            created_at=self.header.chosen_created_at() if new else None,
            starred=self.star_button.starred,
            template=self._template_lines() if new else None,
        )
        self.saving = True
        self.save_button.setEnabled(False)
        self.status_label.setText("Saving…")
        return request

    def saved(self, version: int, entry: JournalEntry) -> None:
        """The save of ``version`` stored ``entry`` (the text may have changed since)."""
        self.saving = False
        known = self.tag_editor.suggestions()
        new_tags = [t for t in entry.tags if t not in known]
        if new_tags:  # offered from now on, without re-reading every tag count
            self.tag_editor.set_suggestions([*known, *new_tags])
        self.save_button.setEnabled(True)
        self._saved_version = max(self._saved_version, version)
        if self._current_id == entry.id:
            self._template = self._restored_lines = None  # saved: an entry like any other
            self._show_entry_meta(entry)
            self.load_analysis()  # the saved text is analysed anew: "Analysing…" until then
        if self._version <= version:
            self.status_label.setText("Saved ✓")
            self.autosave_timer.stop()

    def save_failed(self) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.status_label.setText("Not saved")

    # ==== analysis chips =======================================================================
    def load_analysis(self) -> None:
        """Show the shown entry's analysis as chips (read off the UI thread, ``entry_chips``)."""
        self._chips_reader.load(self._current_id, lambda entry_id: entry_id == self._current_id)

    def clear_analysis(self) -> None:
        """Before lock: drop the chips and the quotes in their tooltips (the entry's words);
        a read still running is dropped when it lands."""
        self._chips_reader.clear()

    # ==== changes made elsewhere ===============================================================
    def _on_change(self, change: Change) -> None:
        if (
            change.topic is Topic.ENTRY
            and change.op == "analysed"
            and change.id is not None
            and change.id == self._current_id
        ):
            self.load_analysis()
