"""Choosing a template to start an entry from: the picker dialog and the File menu's list.

``TemplatePicker`` (the "▾" beside "+ New entry", File → New from template → Choose…, or
Ctrl+Shift+T) lists the templates in the person's order with the first line of each; Enter
or a double-click starts the entry. ``TemplateMenu`` is the File menu's submenu: it reads the
templates on a task each time it opens (the last list stays meanwhile), one action each.
Both only say which template was chosen (``chosen(template)``); the journal fills it. An open
picker reads the templates again when sync brings some from another device.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.templates import EntryTemplate
from neuroleaf_desktop.services.events import Change
from neuroleaf_desktop.services.template_service import TEMPLATES_CHANGED
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal.template_manager import TEMPLATE_ROLE, preview
from neuroleaf_desktop.ui.widgets import Banner, install_style
from neuroleaf_desktop.ui.widgets.list_delegate import SECONDARY_ROLE, TwoLineDelegate
from neuroleaf_desktop.ui.widgets.style import scaled_font


class TemplatePicker(QDialog):
    """``TemplatePicker(ctx, parent)``: emits ``chosen(template)`` or ``manage_requested``."""

    chosen = Signal(object)
    manage_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.templates: list[EntryTemplate] = []
        self.loaded = False
        self.setWindowTitle("New from template")
        self.setAccessibleName("New entry from a template")
        self._build()
        install_style(self)
        self.resize(460, 440)
        ctx.bridge.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        service = self.ctx.session.journal.templates
        self.ctx.tasks.run(self, service.list, self._show, self.banner.show_error, key="list")

    def _on_change(self, change: Change) -> None:
        if change == TEMPLATES_CHANGED:
            self.reload()  # templates arrived from another device: offer them

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel("Start an entry from…", self)
        heading.setFont(scaled_font(self, 1.3, bold=True))
        self.banner = Banner(self)
        self.banner.setAccessibleName("Templates message")
        self.list = QListWidget(self)
        self.list.setAccessibleName("Templates")
        self.list.setAccessibleDescription("Enter starts a new entry from the chosen template")
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.itemDoubleClicked.connect(lambda _item: self.start())
        self.empty_label = QLabel(
            "No templates yet. “Manage templates…” makes one or brings the starters back.", self
        )
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.start_button = QPushButton("Start entry", self)
        self.start_button.setProperty("role", "primary")
        self.start_button.setDefault(True)  # Enter in the list: the default button starts
        self.start_button.clicked.connect(self.start)
        self.manage_button = QPushButton("Manage templates…", self)
        self.manage_button.setAutoDefault(False)
        self.manage_button.clicked.connect(self._manage)
        cancel = QPushButton("Cancel", self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.manage_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.start_button)
        for widget in (heading, self.banner, self.list, self.empty_label):
            layout.addWidget(widget)
        layout.setStretchFactor(self.list, 1)
        layout.addLayout(buttons)
        order = [self.list, self.manage_button, cancel, self.start_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.start_button.setEnabled(False)

    def _show(self, templates: list[EntryTemplate]) -> None:
        current = self.list.currentItem()
        chosen = current.data(TEMPLATE_ROLE) if current is not None else None
        keep = chosen.id if isinstance(chosen, EntryTemplate) else None
        self.templates = templates
        self.loaded = True
        self.list.clear()
        for template in templates:
            row = QListWidgetItem(template.name)
            row.setData(TEMPLATE_ROLE, template)
            row.setData(SECONDARY_ROLE, preview(template))
            row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, preview(template))
            self.list.addItem(row)
        if templates:
            ids = [x.id for x in templates]
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.list.setVisible(bool(templates))
        self.empty_label.setVisible(not templates)
        self.start_button.setEnabled(bool(templates))
        (self.list if templates else self.manage_button).setFocus()

    def start(self) -> None:
        row = self.list.currentItem()
        template = row.data(TEMPLATE_ROLE) if row is not None else None
        if isinstance(template, EntryTemplate):
            self.chosen.emit(template)  # first: the page it fills is where the keyboard goes
            self.accept()

    def _manage(self) -> None:
        self.accept()
        self.manage_requested.emit()


class TemplateMenu(QMenu):
    """File → New from template: one action per template, then Choose… and Manage…."""

    chosen = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__("New from &template", parent)
        self.ctx = ctx
        self.templates: list[EntryTemplate] = []
        self.choose_action = self.addAction("&Choose…")
        self.manage_action = self.addAction("&Manage templates…")
        self.aboutToShow.connect(self.refresh)
        self._render()

    def refresh(self) -> None:
        service = self.ctx.session.journal.templates
        self.ctx.tasks.run(self, service.list, self._loaded, None, key="list")

    def _loaded(self, templates: list[EntryTemplate]) -> None:
        self.templates = templates
        self._render()

    def _render(self) -> None:
        for action in self.actions():
            if action not in (self.choose_action, self.manage_action):
                self.removeAction(action)
                action.deleteLater()
        first = self.choose_action
        for template in self.templates:
            action = QAction(template.name.replace("&", "&&"), self)
            action.triggered.connect(lambda _checked=False, t=template: self.chosen.emit(t))
            self.insertAction(first, action)
        self.insertSeparator(first)
