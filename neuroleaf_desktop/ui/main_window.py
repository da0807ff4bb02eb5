"""The main window: a navigation rail, the screens, a status bar with a background-jobs light.

The window is built at unlock and destroyed at lock, so no journal text outlives the session.
It raises intents (lock, quit, settings, close) as signals; the app controller acts on them.
The app controller imports this module at unlock, so the screens' imports never slow the
first paint of the unlock window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop import APP_NAME, __version__
from neuroleaf_desktop.domain.models import MoodCheckIn
from neuroleaf_desktop.domain.templates import EntryTemplate
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.ui.care import CareScreen
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.dashboard import DashboardScreen
from neuroleaf_desktop.ui.history import HistoryScreen
from neuroleaf_desktop.ui.insights import InsightsScreen
from neuroleaf_desktop.ui.journal import JournalScreen
from neuroleaf_desktop.ui.mood import MoodCheckInDialog
from neuroleaf_desktop.ui.search import SearchPanel
from neuroleaf_desktop.ui.text_size_menu import TextSizeActions
from neuroleaf_desktop.ui.theme import app_icon
from neuroleaf_desktop.ui.widgets import Banner
from neuroleaf_desktop.ui.widgets.busy import BusyBar

if TYPE_CHECKING:
    from neuroleaf_desktop.services.sync.service import SyncStatus

log = get_logger("ui.main")
S = TypeVar("S", bound=QWidget)


def window_title(profile_name: str) -> str:
    """ "Lina — NeuroLeaf". Ending with the application's display name keeps Qt from adding
    it a second time (it appends the display name to titles that do not end with it)."""
    return f"{profile_name} — {APP_NAME}"


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    settings_requested = Signal()
    close_requested = Signal()  # the window's close button: tray or quit, the controller decides

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allow_close = False
        self.setWindowTitle(window_title(ctx.session.profile_name))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(880, 580)
        self.resize(1180, 780)

        self.rail = QListWidget()
        self.rail.setObjectName("navRail")
        self.rail.setAccessibleName("Navigation")
        self.rail.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        self.screens: dict[str, QWidget] = {}
        self.journal = self._add_screen("Journal", JournalScreen(ctx))
        self.history = self._add_screen("History", HistoryScreen(ctx))
        self.care = self._add_screen("Care", CareScreen(ctx))
        # charts are built on first show
        self.dashboard = self._add_screen("Dashboard", DashboardScreen(ctx))
        # no model is loaded until a question is typed
        self.insights = self._add_screen("Insights", InsightsScreen(ctx))
        # Ctrl+F; a result opens in the journal
        self.search = self._add_screen("Search", SearchPanel(ctx))
        # search results, insight citations and History's day view open the entry
        self.search.open_entry_requested.connect(self.open_entry)
        self.insights.open_entry_requested.connect(self.open_entry)
        self.history.open_entry_requested.connect(self.open_entry)
        # a check-in (a search result, or in History's day view) opens for correction
        self.search.edit_checkin_requested.connect(self.edit_checkin)
        self.history.edit_checkin_requested.connect(self.edit_checkin)
        self.rail.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.rail.setCurrentRow(0)

        self._build_central()
        self._build_status_bar()
        self._build_menus()
        self.setTabOrder(self.rail, self.stack)
        # Menu shortcuts must work while a text field has the focus: a line edit claims
        # Ctrl+E (end of line) and would swallow Export otherwise. Only the focused widget is
        # watched (an application-wide filter would run Python for every event).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._watch_focus)

    # ---- construction ------------------------------------------------------------------------
    def _add_screen(self, title: str, screen: S) -> S:
        screen.setAccessibleName(title)
        self.screens[title] = screen
        self.stack.addWidget(screen)
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(0, 42))
        self.rail.addItem(item)
        return screen

    def _build_central(self) -> None:
        brand_icon = QLabel()
        brand_icon.setPixmap(app_icon().pixmap(28, 28))
        brand_name = QLabel(APP_NAME)
        brand_name.setProperty("role", "heading")
        brand = QHBoxLayout()
        brand.setContentsMargins(18, 16, 12, 8)
        brand.setSpacing(8)
        brand.addWidget(brand_icon)
        brand.addWidget(brand_name)
        brand.addStretch(1)

        self.profile_label = QLabel(self.ctx.session.profile_name)
        self.profile_label.setProperty("role", "small")
        self.profile_label.setContentsMargins(20, 0, 12, 8)
        self.profile_label.setAccessibleName("Profile")

        self.lock_button = QPushButton("Lock")
        self.lock_button.setAccessibleName("Lock the journal")
        self.lock_button.setToolTip("Lock now (Ctrl+L)")
        self.lock_button.clicked.connect(self.lock_requested)
        lock_row = QHBoxLayout()
        lock_row.setContentsMargins(16, 8, 16, 16)
        lock_row.addWidget(self.lock_button)

        side = QWidget()
        side.setObjectName("sidePanel")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        side.setFixedWidth(200)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addLayout(brand)
        side_layout.addWidget(self.profile_label)
        side_layout.addWidget(self.rail, 1)
        side_layout.addLayout(lock_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        main_column = QVBoxLayout()
        main_column.setContentsMargins(0, 0, 0, 0)
        main_column.setSpacing(0)
        self.notice = Banner(central)  # confirmations for what happens in a dialog
        self.notice.setAccessibleName("Notice")
        self.notice.setContentsMargins(16, 8, 16, 0)
        main_column.addWidget(self.notice)
        main_column.addWidget(self.stack, 1)
        layout.addLayout(main_column, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.jobs_bar = BusyBar()  # still when motion is reduced
        self.jobs_bar.setObjectName("busyBar")
        self.jobs_bar.setAccessibleName("Background work in progress")
        self.jobs_bar.setFixedSize(96, 6)  # a slim light, clear of the window edge
        self.jobs_label = QLabel()
        self.jobs_label.setAccessibleName("Background jobs")
        # durable background jobs (analysis, embeddings), fed by set_job_status
        self.job_status_label = QLabel()
        self.job_status_label.setObjectName("jobStatus")
        self.job_status_label.setProperty("role", "muted")
        self.job_status_label.setAccessibleName("Background tasks")
        self.job_status_label.setVisible(False)
        self._workers_busy = 0
        self.saved_label = QLabel("Encrypted · stored only on this computer")
        self.saved_label.setAccessibleName("Privacy status")
        bar.addWidget(self.saved_label)
        bar.setContentsMargins(8, 0, 16, 0)
        bar.addPermanentWidget(self.job_status_label)
        bar.addPermanentWidget(self.jobs_label)
        bar.addPermanentWidget(self.jobs_bar)
        self.ctx.tasks.busy_changed.connect(self._on_busy)
        self._on_busy(self.ctx.tasks.in_flight)
        # Once sync is on, "stored only on this computer" is no longer the truth: the line
        # then says when it last synced, what waits, or what went wrong.
        self.ctx.bridge.changed.connect(self._on_change_for_sync)
        self._refresh_sync_status()

    def _on_change_for_sync(self, change: Change) -> None:
        if change.topic == Topic.SYNC:
            self._refresh_sync_status()

    def _refresh_sync_status(self) -> None:
        from neuroleaf_desktop.services.sync.service import SyncService

        service = SyncService(self.ctx.session.vault, self.ctx.session.events, keychain=None)
        self.ctx.tasks.run(self, service.status, self._show_sync_status, lambda _exc: None)

    def _show_sync_status(self, status: SyncStatus) -> None:
        if status.signed_in:
            self.saved_label.setText("Encrypted · " + status.text(datetime.now(UTC)))
        else:
            self.saved_label.setText("Encrypted · stored only on this computer")

    def _on_busy(self, count: int) -> None:
        self._workers_busy = count
        self.jobs_bar.setVisible(count > 0 or self.job_status_label.isVisibleTo(self))
        # while background tasks have their own text, the generic "Working…" would be noise
        self.jobs_label.setVisible(count > 0 and not self.job_status_label.isVisibleTo(self))
        self.jobs_label.setText("Working…" if count == 1 else f"Working on {count} things…")

    # ---- durable background jobs --------------------------------------------------------------
    def set_job_status(self, text: str, failed: int) -> None:
        """Show what the durable job queue is doing ("Analysing 3 entries…"); hidden when idle.

        ``failed`` jobs are named in the tooltip, with where to look at them.
        """
        tip = text
        if failed:
            noun = "job failed" if failed == 1 else "jobs failed"
            tip = f"{text}\n{failed} {noun} — see `neuroleaf jobs`" if text else ""
        self.job_status_label.setText(text)
        self.job_status_label.setToolTip(tip)
        self.job_status_label.setAccessibleDescription(tip)
        self.job_status_label.setVisible(bool(text))
        self._on_busy(self._workers_busy)

    def _action(
        self, text: str, shortcut: str | QKeySequence, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&File")
        self.new_entry_action = self._action("&New entry", "Ctrl+N", self.new_entry)
        self.mood_action = self._action("Log &mood…", "Ctrl+M", self.open_mood_checkin)
        self.voice_action = self._action(
            "New &voice entry…", "Ctrl+Shift+N", self.open_voice_recorder
        )
        self.settings_action = self._action("&Settings…", "Ctrl+,", self.settings_requested.emit)
        self.export_action = self._action("&Export…", "Ctrl+E", self.open_export)
        self.import_action = self._action("&Import…", "Ctrl+Shift+I", self.open_import)
        self.search_action = self._action("&Search…", "Ctrl+F", self.open_search)
        self.lock_action = self._action("&Lock", "Ctrl+L", self.lock_requested.emit)
        self.quit_action = self._action("&Quit", "Ctrl+Q", self.quit_requested.emit)
        file_menu.addAction(self.new_entry_action)
        self._build_template_menu(file_menu)
        file_menu.addAction(self.voice_action)
        file_menu.addAction(self.mood_action)
        file_menu.addAction(self.search_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)

        view_menu = menu_bar.addMenu("&View")
        for row, title in enumerate(self.screens):
            view_menu.addAction(
                self._action(title, f"Ctrl+{row + 1}", partial(self.rail.setCurrentRow, row))
            )
        view_menu.addSeparator()  # the text size, stored and applied live (ui/text_size.py)
        self.text_size = TextSizeActions(self.ctx, self, view_menu, self.notice.show_error)

        self.trash_action = QAction("&Trash…", self)
        self.trash_action.triggered.connect(lambda _checked=False: self.open_trash())
        file_menu.insertAction(self.export_action, self.trash_action)
        self.tags_action = QAction("Manage &tags…", self)
        self.tags_action.triggered.connect(lambda _checked=False: self.open_tag_manager())
        file_menu.insertAction(self.trash_action, self.tags_action)

        help_menu = menu_bar.addMenu("&Help")
        self.shortcuts_action = self._action("&Keyboard shortcuts", "Ctrl+/", self.open_shortcuts)
        self.encryption_action = QAction("&What is encrypted", self)
        self.encryption_action.triggered.connect(lambda _checked=False: self.open_encryption())
        self.crisis_action = QAction("&Crisis lines and safety plan", self)
        self.crisis_action.triggered.connect(lambda _checked=False: self.open_crisis())
        about = QAction(f"About {APP_NAME}", self)
        about.triggered.connect(self._about)
        for action in (self.shortcuts_action, self.encryption_action, self.crisis_action):
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(about)

    def _build_template_menu(self, file_menu: QMenu) -> None:
        """File → New from template (a submenu, read when opened), its Choose… (Ctrl+Shift+T),
        and File → Manage templates…."""
        from neuroleaf_desktop.ui.journal.template_picker import TemplateMenu

        self.template_menu = TemplateMenu(self.ctx, self)
        self.template_menu.chosen.connect(self.new_from_template)
        self.choose_template_action = self.template_menu.choose_action
        self.choose_template_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.choose_template_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.choose_template_action.triggered.connect(lambda _checked=False: self.choose_template())
        self.addAction(self.choose_template_action)
        self.manage_templates_action = QAction("Manage tem&plates…", self)
        self.manage_templates_action.triggered.connect(
            lambda _checked=False: self.open_template_manager()
        )
        self.template_menu.manage_action.triggered.connect(
            lambda _checked=False: self.open_template_manager()
        )
        file_menu.addMenu(self.template_menu)
        file_menu.addAction(self.manage_templates_action)

    # ---- actions -----------------------------------------------------------------------------
    def show_screen(self, title: str) -> None:
        if title in self.screens:
            self.rail.setCurrentRow(list(self.screens).index(title))

    def open_search(self) -> None:
        """Ctrl+F: the Search screen, with the cursor in its search field."""
        self.show_screen("Search")
        self.search.focus_search()

    def open_entry(self, entry_id: str) -> None:
        """Show an entry in the journal (from search results and insight links)."""
        self.show_screen("Journal")
        self.journal.open_entry(entry_id)

    def new_entry(self) -> None:
        self.show_screen("Journal")
        self.journal.new_entry()

    def open_mood_checkin(self, checkin: MoodCheckIn | None = None) -> MoodCheckInDialog:
        """A new check-in, or (given one) its correction; says so in the window when saved."""
        dialog = MoodCheckInDialog(self.ctx, self, checkin=checkin)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(partial(self._checkin_saved, checkin is not None))
        dialog.deleted.connect(self.checkin_deleted)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _checkin_saved(self, corrected: bool, checkin: MoodCheckIn) -> None:
        what = "Check-in corrected" if corrected else "Check-in saved"
        self.notice.show_message(f"{what} · mood {checkin.mood}/10", "success")

    def edit_checkin(self, checkin_id: str) -> None:
        """Open a check-in for correction (from History's day view and search results)."""
        mood = self.ctx.session.mood

        def loaded(checkin: MoodCheckIn) -> None:
            self.open_mood_checkin(checkin)

        self.ctx.tasks.run(self, lambda: mood.get(checkin_id), loaded, self.notice.show_error)

    def checkin_deleted(self, checkin_id: str) -> None:
        """A check-in went to the trash: say so, with Undo."""
        mood = self.ctx.session.mood

        def undo() -> None:
            self.ctx.tasks.run(
                self,
                lambda: mood.restore(checkin_id),
                lambda _none: self.notice.show_message("Check-in restored.", "success"),
                self.notice.show_error,
            )

        self.notice.show_message(
            "Check-in moved to the trash.", "info", action_text="Undo", on_action=undo
        )

    def open_trash(self) -> QWidget:
        from neuroleaf_desktop.ui.trash import TrashDialog  # loaded on first use

        dialog = TrashDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def choose_template(self) -> QWidget:
        """The template picker over the Journal (Ctrl+Shift+T)."""
        self.show_screen("Journal")
        return self.journal.choose_template()

    def new_from_template(self, template: EntryTemplate) -> None:
        self.show_screen("Journal")
        self.journal.start_from_template(template)

    def open_template_manager(self) -> QWidget:
        self.show_screen("Journal")
        return self.journal.open_template_manager()

    def open_tag_manager(self) -> QWidget:
        """Every tag with its entries, over the Journal (where "Show entries" lists them)."""
        self.show_screen("Journal")
        return self.journal.open_tag_manager()

    def open_shortcuts(self) -> QWidget:
        from neuroleaf_desktop.ui.help import ShortcutsDialog, shortcut_rows

        dialog = ShortcutsDialog(shortcut_rows(self.actions()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_encryption(self) -> QWidget:
        from neuroleaf_desktop.ui.help import EncryptionDialog

        dialog = EncryptionDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_crisis(self) -> QWidget:
        """Crisis lines for this country and the person's safety plan (never modal)."""
        from neuroleaf_desktop.ui.care.safety_card import show_safety_card

        return show_safety_card(self.ctx, self)

    # ---- shortcuts over text fields ----------------------------------------------------------
    def _watch_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        if new is not None and new.window() is self:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Let this window's menu shortcuts win over a text field's own binding of the same
        keys (a ShortcutOverride left unaccepted lets the shortcut fire)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self
            and QKeySequence(event.keyCombination()) in self._menu_keys()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _menu_keys(self) -> list[QKeySequence]:
        return [
            key
            for a in self.actions()
            if a.isEnabled()
            for key in a.shortcuts()  # Larger text has two
            if not key.isEmpty()
        ]

    def open_voice_recorder(self) -> None:
        """Speak an entry: record, transcribe locally, edit, save."""
        from neuroleaf_desktop.ui.voice import VoiceRecorderDialog  # loaded on first use

        dialog = VoiceRecorderDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_export(self) -> None:
        """JSON / PDF / encrypted backup; warns that JSON and PDF are not encrypted."""
        from neuroleaf_desktop.ui.export import ExportDialog  # loaded on first use

        dialog = ExportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_import(self) -> None:
        """Daylio / Day One / jrnl / NeuroLeaf files, with a preview and a mood mapping."""
        from neuroleaf_desktop.ui.importing import ImportDialog  # loaded on first use

        dialog = ImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def prepare_to_lock(self) -> None:
        """Before lock: the journal keeps unsaved work (flushes its draft), and the screens that
        list journal words drop their rows and move the keyboard off them, so nothing a screen
        reader could read outlives the session."""
        for screen in (self.journal, self.insights, self.history, self.search):
            try:
                screen.prepare_to_lock()
            except Exception:  # a screen must never stop the lock
                log.exception("ui.prepare_to_lock_failed")

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>A private, offline, encrypted journal.<br><br>"
            "Licences are listed in Settings → About.",
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.allow_close:
            super().closeEvent(event)
            return
        event.ignore()
        self.close_requested.emit()
