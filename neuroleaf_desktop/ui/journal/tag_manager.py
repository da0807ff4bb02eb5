"""Manage tags: every tag with its entry count; rename, merge or remove one everywhere at once.

Each change goes to ``JournalService.tag_manager`` on a task (one vault transaction, all or
nothing) and touches entries in the trash too, which the dialog says, so a restored entry
never brings an old tag back. Before a change that touches more than one entry, the dialog
names the count and asks. The counts are read from the vault when the dialog opens and again
after every change, here or elsewhere (the change bridge). "Show entries" (Enter or a
double-click) asks the journal to list the entries with that tag.

Keys: Tab between the filter, the list and the buttons; Enter shows entries, F2 renames,
Delete removes; the list takes Shift/Ctrl to choose several for Merge.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.tag_changes import TagUsage
from neuroleaf_desktop.domain.wording import plural
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.tag_service import TagService
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.widgets import Banner, BannerKind, install_style
from neuroleaf_desktop.ui.widgets.announce import announce
from neuroleaf_desktop.ui.widgets.confirm import ask_yes
from neuroleaf_desktop.ui.widgets.list_delegate import SECONDARY_ROLE, TwoLineDelegate
from neuroleaf_desktop.ui.widgets.style import scaled_font

USAGE_ROLE = Qt.ItemDataRole.UserRole
TRASH_NOTE = (
    "A change reaches every entry with the tag, entries in the trash too, so an entry you "
    "restore later does not bring an old tag back."
)


def count_words(usage: TagUsage) -> str:
    """'12 entries · 1 in the trash': what a row says under the tag's name."""
    words = plural(usage.live, "entry")
    return f"{words} · {usage.trashed} in the trash" if usage.trashed else words


def touched(usages: list[TagUsage]) -> str:
    """How many entries a change will touch, counted now ('13 entries (1 in the trash)')."""
    live, trashed = sum(u.live for u in usages), sum(u.trashed for u in usages)
    held = plural(live + trashed, "entry")
    return f"{held} ({trashed} in the trash)" if trashed else held


class TagManagerDialog(QDialog):
    """``TagManagerDialog(ctx, parent)``; emits ``show_entries(tag)``."""

    show_entries = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.usages: list[TagUsage] = []
        self.loaded = False
        self._origin = f"tag-manager:{id(self)}"
        self.setWindowTitle("Manage tags")
        self.setAccessibleName("Manage tags")
        self._build()
        install_style(self)
        self.resize(560, 560)
        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(150)
        self._reread.timeout.connect(self.reload)
        ctx.bridge.changed.connect(self._on_change)
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel("Tags", self)
        heading.setFont(scaled_font(self, 1.4, bold=True))
        hint = QLabel(TRASH_NOTE, self)
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.banner = Banner(self)
        self.banner.setAccessibleName("Tags message")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Filter tags…")
        self.filter_edit.setAccessibleName("Filter tags")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _text: self._render())
        self.list = QListWidget(self)
        self.list.setAccessibleName("Tags and how many entries have each")
        self.list.setAccessibleDescription(
            "Enter shows the entries, F2 renames, Delete removes; Shift or Ctrl chooses "
            "several to merge"
        )
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.show_selected())
        self.list.installEventFilter(self)
        self.empty_label = QLabel("No tags yet. Add tags to an entry under its text.", self)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.show_button = QPushButton("Show entries", self)
        self.show_button.setToolTip("List the entries with this tag in the journal (Enter)")
        self.show_button.clicked.connect(self.show_selected)
        self.rename_button = QPushButton("Rename…", self)
        self.rename_button.setToolTip("Rename this tag in every entry (F2)")
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button = QPushButton("Merge…", self)
        self.merge_button.setToolTip("Make the chosen tags one tag (choose two or more)")
        self.merge_button.clicked.connect(self.merge_selected)
        self.remove_button = QPushButton("Remove…", self)
        self.remove_button.setToolTip("Take this tag off every entry; the entries stay (Delete)")
        self.remove_button.clicked.connect(self.remove_selected)
        close = QPushButton("Close", self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        for button in (self.show_button, self.rename_button, self.merge_button):
            button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.show_button, self.rename_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        for widget in (heading, hint, self.banner, self.filter_edit, self.list, self.empty_label):
            layout.addWidget(widget)
        layout.setStretchFactor(self.list, 1)
        layout.addLayout(buttons)
        order = [self.filter_edit, self.list, self.show_button, self.rename_button]
        order += [self.merge_button, self.remove_button, close]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    # ---- reading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Count every tag's entries again, from the vault (on a task)."""
        manager = self._manager()
        self.ctx.tasks.run(self, manager.usage, self._show, self.banner.show_error, key="usage")

    def _show(self, usages: list[TagUsage]) -> None:
        chosen = set(self.selected_names())
        self.usages = usages
        self.loaded = True
        self._render(chosen)

    def _render(self, chosen: set[str] | None = None) -> None:
        keep = set(self.selected_names()) if chosen is None else chosen
        wanted = self.filter_edit.text().strip().lstrip("#").casefold()
        shown = [u for u in self.usages if wanted in u.name.casefold()]
        self.list.blockSignals(True)
        self.list.clear()
        for usage in shown:
            row = QListWidgetItem(f"#{usage.name}")
            row.setData(USAGE_ROLE, usage)
            row.setData(SECONDARY_ROLE, count_words(usage))
            row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, count_words(usage))
            self.list.addItem(row)
            row.setSelected(usage.name in keep)
        if shown and not self.list.selectedItems():
            self.list.setCurrentRow(0)
        elif shown:
            self.list.setCurrentItem(self.list.selectedItems()[0])
        self.list.blockSignals(False)
        self.list.setVisible(bool(self.usages))
        self.empty_label.setVisible(not self.usages)
        self._update_buttons()

    def selected(self) -> list[TagUsage]:
        found = [row.data(USAGE_ROLE) for row in self.list.selectedItems()]
        return [u for u in found if isinstance(u, TagUsage)]

    def selected_names(self) -> list[str]:
        return [u.name for u in self.selected()]

    def _update_buttons(self) -> None:
        count = len(self.selected())
        for button in (self.show_button, self.rename_button, self.remove_button):
            button.setEnabled(count == 1)
        self.merge_button.setEnabled(count >= 2)

    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.ENTRY and change.op != "analysed":
            self._reread.start()  # an entry's tags may have changed elsewhere: count again

    # ---- the actions ------------------------------------------------------------------------
    def show_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.show_entries.emit(chosen[0].name)

    def rename_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        usage = chosen[0]
        text, ok = QInputDialog.getText(
            self,
            "Rename tag",
            f"New name for '{usage.name}':",
            QLineEdit.EchoMode.Normal,
            usage.name,
        )
        if not ok:
            return
        try:
            target = TagService.clean(text)
        except ValidationError as exc:
            self.banner.show_error(exc)
            return
        if target == usage.name:
            return
        existing = next((u for u in self.usages if u.name == target), None)
        if existing is not None:
            question = (
                f"The tag '{target}' already exists. Merge '{usage.name}' into it? "
                f"{touched([usage]).capitalize()} will have '{target}' instead."
            )
            if not self.confirm("Merge tags?", question):
                return
        elif usage.total > 1 and not self.confirm(
            "Rename tag?", f"Rename '{usage.name}' to '{target}' in {touched([usage])}?"
        ):
            return
        manager, origin = self._manager(), self._origin
        self._run(
            lambda: manager.rename(usage.name, target, origin=origin),
            f"Renamed '{usage.name}' to '{target}'",
        )

    def merge_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) < 2:
            return
        names = [u.name for u in chosen]
        into, ok = QInputDialog.getItem(
            self,
            "Merge tags",
            "Keep which name? (or type a new one)",
            names,
            0,
            True,
        )
        if not ok:
            return
        try:
            target = TagService.clean(into)
        except ValidationError as exc:
            self.banner.show_error(exc)
            return
        listed = ", ".join(f"'{n}'" for n in names)
        if not self.confirm("Merge tags?", f"Merge {listed} into '{target}' in {touched(chosen)}?"):
            return
        manager, origin = self._manager(), self._origin
        self._run(
            lambda: manager.merge(names, into=target, origin=origin), f"Merged into '{target}'"
        )

    def remove_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        usage = chosen[0]
        if not self.confirm(
            "Remove tag?",
            f"Remove the tag '{usage.name}' from {touched([usage])}? The entries stay.",
        ):
            return
        manager, origin = self._manager(), self._origin
        self._run(lambda: manager.remove(usage.name, origin=origin), f"Removed '{usage.name}'")

    def confirm(self, title: str, text: str) -> bool:
        return ask_yes(self, title, text)

    # ---- internals ----------------------------------------------------------------------------
    def _manager(self) -> TagService:
        return self.ctx.session.journal.tag_manager

    def _run(self, work: Callable[[], int], done_words: str) -> None:
        def done(changed: int) -> None:
            message = f"{done_words} in {plural(changed, 'entry')}."
            self.banner.show_message(message, BannerKind.SUCCESS, timeout_ms=5000)
            announce(self.list, message)
            self.reload()

        def failed(exc: BaseException) -> None:
            self.banner.show_error(exc)
            self.reload()  # whatever the vault holds now (all or nothing: as before)

        self.ctx.tasks.run(self, work, done, failed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_F2:
                self.rename_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)
