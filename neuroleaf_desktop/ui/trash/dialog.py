"""Trash: what was deleted (entries and check-ins), to restore or delete for good.

Deleting in the app only moves things here (Undo stays possible for the retention window, as
in the CLI's ``journal restore``); "Delete for good" and "Empty trash" are the only ways to
remove them now, and both ask first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.timeutil import local_time
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.services.journal_service import DEFAULT_TRASH_DAYS
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal import model as journal_model
from neuroleaf_desktop.ui.widgets import Banner, install_style
from neuroleaf_desktop.ui.widgets.confirm import ask_yes
from neuroleaf_desktop.ui.widgets.style import scaled_font

ITEM_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class TrashItem:
    kind: str  # "entry" | "checkin"
    item_id: str
    label: str
    deleted_at: datetime


def load_trash(session: Session) -> list[TrashItem]:
    """Entries and check-ins in the trash, most recently deleted first (runs on a worker)."""
    items = [
        TrashItem(
            "entry",
            e.id,
            f"Entry · {local_time(e.created_at, e.tz_offset_min):%a %d %b %Y} · "
            f"{journal_model.display_title(e)}",
            e.deleted_at or e.updated_at,
        )
        for e in session.journal.trash()
    ]
    items += [
        TrashItem(
            "checkin",
            c.id,
            f"Check-in · {local_time(c.logged_at, c.tz_offset_min):%a %d %b %Y %H:%M} · "
            f"mood {c.mood}/10" + (f" · “{c.note[:60]}”" if c.note else ""),
            c.deleted_at or c.logged_at,
        )
        for c in session.mood.trash()
    ]
    return sorted(items, key=lambda i: i.deleted_at, reverse=True)


def _restore(session: Session, item: TrashItem) -> None:
    if item.kind == "entry":
        session.journal.restore(item.item_id)
    else:
        session.mood.restore(item.item_id)


def _purge(session: Session, item: TrashItem) -> None:
    if item.kind == "entry":
        session.journal.purge(item.item_id)
    else:
        session.mood.purge(item.item_id)


class TrashDialog(QDialog):
    """``TrashDialog(ctx, parent)``: list, restore, delete for good, empty."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[TrashItem] = []
        self.loaded = False
        self.setWindowTitle("Trash")
        self.setAccessibleName("Trash")
        self._build()
        install_style(self)
        self.resize(640, 520)
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel("Trash", self)
        heading.setFont(scaled_font(self, 1.4, bold=True))
        hint = QLabel(
            f"Deleted entries and check-ins stay here for {DEFAULT_TRASH_DAYS} days, "
            "then they are deleted for good.",
            self,
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.banner = Banner(self)
        self.banner.setAccessibleName("Trash message")
        self.list = QListWidget(self)
        self.list.setAccessibleName("Items in the trash")
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty_label = QLabel("The trash is empty.", self)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.hide()
        buttons = QHBoxLayout()
        self.restore_button = QPushButton("Restore", self)
        self.restore_button.setProperty("role", "primary")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton("Delete for good…", self)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button = QPushButton("Empty trash…", self)
        self.empty_button.clicked.connect(self.empty_trash)
        close = QPushButton("Close", self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(close)
        for widget in (heading, hint, self.banner, self.list, self.empty_label):
            layout.addWidget(widget)
        layout.setStretchFactor(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # ---- behaviour ------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.ctx.session
        self.ctx.tasks.run(self, lambda: load_trash(session), self._show, self.banner.show_error)

    def _show(self, items: list[TrashItem]) -> None:
        self.items = items
        self.loaded = True
        self.list.clear()
        for item in items:
            row = QListWidgetItem(item.label)
            row.setData(ITEM_ROLE, item)
            self.list.addItem(row)
        self.list.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        if items:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected(self) -> TrashItem | None:
        row = self.list.currentItem()
        found = row.data(ITEM_ROLE) if row is not None else None
        return found if isinstance(found, TrashItem) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.empty_button.setEnabled(bool(self.items))

    def restore_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        session = self.ctx.session

        def done(_none: None) -> None:
            self.banner.show_message("Restored.", "success")
            self.reload()

        self.ctx.tasks.run(self, lambda: _restore(session, item), done, self.banner.show_error)

    def _confirm(self, text: str) -> bool:
        return ask_yes(self, "Delete for good?", text)

    def purge_selected(self) -> None:
        item = self.selected()
        if item is None or not self._confirm("This cannot be undone. Delete it for good?"):
            return
        session = self.ctx.session

        def done(_none: None) -> None:
            self.banner.show_message("Deleted for good.", "success")
            self.reload()

        self.ctx.tasks.run(self, lambda: _purge(session, item), done, self.banner.show_error)

    def empty_trash(self) -> None:
        items = list(self.items)
        if not items or not self._confirm(
            f"Delete {plural(len(items), 'item')} for good? This cannot be undone."
        ):
            return
        session = self.ctx.session

        def purge_all() -> None:
            for item in items:
                _purge(session, item)

        def done(_none: None) -> None:
            self.banner.show_message("The trash is empty.", "success")
            self.reload()

        self.ctx.tasks.run(self, purge_all, done, self.banner.show_error)
