"""Manage templates (File → Manage templates…): the person's templates in their order.

New, Edit, Duplicate, Delete (asks first), Move up / Move down and Restore starters, each on
a task through ``TemplateService``; the list is read again after every change, and when sync
brings templates from another device (``TEMPLATES_CHANGED`` on the change bridge). Entries made
from a template are not touched by any of it: an entry keeps the words it was made with.

Keys: Tab between the list and the buttons; Enter edits, Insert makes a new one, Delete
deletes, Alt+Up / Alt+Down move the chosen template.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.templates import EntryTemplate
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.services.events import Change
from neuroleaf_desktop.services.template_service import TEMPLATES_CHANGED
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal.template_form import TemplateForm
from neuroleaf_desktop.ui.widgets import Banner, BannerKind, install_style
from neuroleaf_desktop.ui.widgets.announce import announce
from neuroleaf_desktop.ui.widgets.confirm import ask_yes
from neuroleaf_desktop.ui.widgets.list_delegate import SECONDARY_ROLE, TwoLineDelegate
from neuroleaf_desktop.ui.widgets.style import scaled_font

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole


def preview(template: EntryTemplate, width: int = 60) -> str:
    """The line under a template's name: its first line with words in it (a list's bare
    "1." says nothing of the template), or its title."""
    worded = (x.strip() for x in template.body.split("\n") if sum(c.isalpha() for c in x) > 1)
    first = next(worded, template.title)
    return first if len(first) <= width else first[: width - 1] + "…"


class TemplateManagerDialog(QDialog):
    """``TemplateManagerDialog(ctx, parent)``; emits ``changed`` after every stored change."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.templates: list[EntryTemplate] = []
        self.loaded = False
        self.setWindowTitle("Manage templates")
        self.setAccessibleName("Manage templates")
        self._build()
        install_style(self)
        self.resize(600, 540)
        ctx.bridge.changed.connect(self._on_change)
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel("Templates", self)
        heading.setFont(scaled_font(self, 1.4, bold=True))
        hint = QLabel(
            "Shapes to start an entry from, in the order “New from template” offers them. "
            "Changing or deleting one never changes entries already written.",
            self,
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.banner = Banner(self)
        self.banner.setAccessibleName("Templates message")
        self.list = QListWidget(self)
        self.list.setAccessibleName("Templates in your order")
        self.list.setAccessibleDescription(
            "Enter edits, Insert makes a new one, Delete deletes, Alt+Up and Alt+Down move"
        )
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.list.installEventFilter(self)
        self.empty_label = QLabel(
            "No templates yet: “New…” makes one, “Restore starters” brings back the ones "
            "the app offers.",
            self,
        )
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        def button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
            made = QPushButton(text, self)
            made.setToolTip(tip)
            made.setAutoDefault(False)
            made.clicked.connect(lambda _checked=False: slot())
            return made

        self.new_button = button("New…", "Make a new template (Insert)", self.new_template)
        self.edit_button = button("Edit…", "Change this template (Enter)", self.edit_selected)
        self.duplicate_button = button(
            "Duplicate", "Make a copy to change", self.duplicate_selected
        )
        self.delete_button = button(
            "Delete…", "Delete this template (Delete)", self.delete_selected
        )
        self.up_button = button(
            "Move up", "Earlier in the list (Alt+Up)", lambda: self.move_selected(-1)
        )
        self.down_button = button(
            "Move down", "Later in the list (Alt+Down)", lambda: self.move_selected(1)
        )
        self.restore_button = button(
            "Restore starters", "Bring back the starter templates you deleted", self.restore
        )
        close = button("Close", "", self.reject)
        grid = QGridLayout()
        row_one = (self.new_button, self.edit_button, self.duplicate_button, self.delete_button)
        row_two = (self.up_button, self.down_button, self.restore_button)
        for column, widget in enumerate(row_one):
            grid.addWidget(widget, 0, column)
        for column, widget in enumerate(row_two):
            grid.addWidget(widget, 1, column)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        for shown in (heading, hint, self.banner, self.list, self.empty_label):
            layout.addWidget(shown)
        layout.setStretchFactor(self.list, 1)
        layout.addLayout(grid)
        layout.addLayout(bottom)
        order = [self.list, *row_one, *row_two, close]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    # ---- reading --------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the templates again (on a task); ``select`` an id to choose after."""
        service = self.ctx.session.journal.templates
        current = self.selected()
        keep = select or (current.id if current is not None else None)

        def shown(templates: list[EntryTemplate]) -> None:
            self.templates = templates
            self.loaded = True
            self._render(keep)

        self.ctx.tasks.run(self, service.list, shown, self.banner.show_error, key="list")

    def _render(self, keep: str | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for template in self.templates:
            row = QListWidgetItem(template.name)
            row.setData(TEMPLATE_ROLE, template)
            row.setData(SECONDARY_ROLE, preview(template))
            row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, preview(template))
            self.list.addItem(row)
        ids = [x.id for x in self.templates]
        if self.templates:
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.list.blockSignals(False)
        self.list.setVisible(bool(self.templates))
        self.empty_label.setVisible(not self.templates)
        self._update_buttons()

    def _on_change(self, change: Change) -> None:
        if change == TEMPLATES_CHANGED:
            self.reload()  # templates arrived from another device: show them

    def selected(self) -> EntryTemplate | None:
        row = self.list.currentItem()
        found = row.data(TEMPLATE_ROLE) if row is not None else None
        return found if isinstance(found, EntryTemplate) else None

    def names(self) -> list[str]:
        return [x.name for x in self.templates]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        at = self.list.currentRow()
        for widget in (self.edit_button, self.duplicate_button, self.delete_button):
            widget.setEnabled(chosen is not None)
        self.up_button.setEnabled(chosen is not None and at > 0)
        self.down_button.setEnabled(chosen is not None and at < len(self.templates) - 1)

    # ---- the actions ------------------------------------------------------------------------
    def new_template(self) -> TemplateForm:
        return self._open_form(TemplateForm(self.ctx, self))

    def edit_selected(self) -> TemplateForm | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return self._open_form(TemplateForm(self.ctx, self, template=chosen))

    def _open_form(self, form: TemplateForm) -> TemplateForm:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda t: self._stored(f"Saved '{t.name}'.", t.id))
        form.open()
        return form

    def duplicate_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            service = self.ctx.session.journal.templates
            self._run(lambda: service.duplicate(chosen.id).id, "Copied", select_result=True)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.confirm(
            "Delete template?",
            f"Delete the template '{chosen.name}'? Entries made from it stay as they are.",
        ):
            return
        service = self.ctx.session.journal.templates
        self._run(lambda: service.delete(chosen.id), f"Deleted '{chosen.name}'.")

    def move_selected(self, step: int) -> None:
        chosen = self.selected()
        if chosen is not None:
            service = self.ctx.session.journal.templates
            where = "up" if step < 0 else "down"
            self._run(lambda: service.move(chosen.id, step), f"Moved '{chosen.name}' {where}.")

    def restore(self) -> None:
        service = self.ctx.session.journal.templates

        def done(count: int) -> None:
            words = f"Restored {plural(count, 'starter template')}."
            self._stored(words if count else "Every starter template is already here.", None)

        self.ctx.tasks.run(self, service.restore_starters, done, self.banner.show_error)

    def confirm(self, title: str, text: str) -> bool:
        return ask_yes(self, title, text)

    # ---- internals ----------------------------------------------------------------------------
    def _stored(self, message: str, select: str | None) -> None:
        self.banner.show_message(message, BannerKind.SUCCESS, timeout_ms=5000)
        announce(self.list, message)
        self.changed.emit()
        self.reload(select)
        self.list.setFocus()

    def _run(self, work: Callable[[], object], words: str, *, select_result: bool = False) -> None:
        current = self.selected()
        keep = current.id if current is not None else None

        def done(result: object) -> None:
            made = result if select_result and isinstance(result, str) else keep
            self._stored(words if not select_result else "Copied.", made)

        def failed(exc: BaseException) -> None:
            self.banner.show_error(exc)
            self.reload()

        self.ctx.tasks.run(self, work, done, failed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()  # here, so the key never reaches a dialog's default button
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
            if event.key() == Qt.Key.Key_Insert:
                self.new_template()
                return True
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)
