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

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop import APP_NAME, __version__
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
from neuroleaf_desktop.ui.theme import app_icon

if TYPE_CHECKING:
    from neuroleaf_desktop.services.sync.service import SyncStatus

log = get_logger("ui.main")
S = TypeVar("S", bound=QWidget)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    settings_requested = Signal()
    close_requested = Signal()  # the window's close button: tray or quit, the controller decides

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allow_close = False
        self.setWindowTitle(f"{APP_NAME} — {ctx.session.profile_name}")
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
        self.search.open_entry_requested.connect(self.open_entry)
        self.insights.open_entry_requested.connect(self.open_entry)  # citations open the entry
        self.rail.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.rail.setCurrentRow(0)

        self._build_central()
        self._build_status_bar()
        self._build_menus()
        self.setTabOrder(self.rail, self.stack)

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
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.jobs_bar = QProgressBar()
        self.jobs_bar.setObjectName("busyBar")
        self.jobs_bar.setRange(0, 0)
        self.jobs_bar.setTextVisible(False)
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

    def _action(self, text: str, shortcut: str | QKeySequence, slot: Callable[[], None]) -> QAction:
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

        help_menu = menu_bar.addMenu("&Help")
        about = QAction(f"About {APP_NAME}", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

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

    def open_mood_checkin(self) -> None:
        dialog = MoodCheckInDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

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
        """Let the journal keep unsaved work (flush its draft) before lock."""
        try:
            self.journal.prepare_to_lock()
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
