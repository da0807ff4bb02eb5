"""Start the desktop app: QApplication, theme, unlock window, then the main window.

Start-up stays light: only Qt and the storage layer are imported before the first paint.
torch, chromadb, faster_whisper, llama_cpp and matplotlib are loaded lazily by the features that
need them, never here (``tests/ui/test_startup_imports.py`` checks it).

The :class:`AppController` owns the life cycle: unlocked → main window + auto-lock + tray;
locked → session closed, every content widget wiped and destroyed, unlock window shown.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from neuroleaf_desktop import APP_NAME, __version__
from neuroleaf_desktop.logging_setup import configure_logging, get_logger
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.settings_service import SCHEMA
from neuroleaf_desktop.ui import motion
from neuroleaf_desktop.ui import text_size as sizing
from neuroleaf_desktop.ui.autolock import AutoLock, MonotonicClock, scrub
from neuroleaf_desktop.ui.bridge import ChangeBridge
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.prefs import UI_PREFS_FILE, UiPrefs
from neuroleaf_desktop.ui.probes import HEAVY_MODULES as HEAVY_MODULES  # re-exported
from neuroleaf_desktop.ui.probes import (
    SMOKE_REPORT_ENV,
    UsableProbe,
    heavy_modules_loaded,
    process_age_s,
    write_report,
)
from neuroleaf_desktop.ui.tasks import TaskRunner
from neuroleaf_desktop.ui.theme import ThemeManager, app_icon
from neuroleaf_desktop.ui.tray import Tray, TrayFactory, create_tray
from neuroleaf_desktop.ui.unlock import UnlockWindow

if TYPE_CHECKING:
    from neuroleaf_desktop.services.background import BackgroundServices
    from neuroleaf_desktop.services.jobs import JobStatus
    from neuroleaf_desktop.services.session import Session
    from neuroleaf_desktop.ui.care.hook import CareHook
    from neuroleaf_desktop.ui.main_window import MainWindow

log = get_logger("ui.app")


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (or the existing one, in tests), named and high-DPI ready."""
    existing = QApplication.instance()
    if existing is not None:
        return cast(QApplication, existing)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(list(argv) if argv else [sys.argv[0] if sys.argv else "neuroleaf"])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("neuroleaf")
    app.setWindowIcon(app_icon())
    return app  # the system font is the base: the text size and the stylesheet scale from it


class AppController(QObject):
    """Unlocked ↔ locked life cycle of the desktop app."""

    unlocked = Signal()
    locked = Signal(str)  # reason: manual | idle | minimized | tray

    def __init__(
        self,
        app: QApplication,
        store: ProfileStore,
        *,
        prefs: UiPrefs | None = None,
        tasks: TaskRunner | None = None,
        tray_factory: TrayFactory = create_tray,
        idle_clock: MonotonicClock = time.monotonic,
        idle_check_ms: int = 5_000,
        exit_fn: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.store = store
        self.prefs = prefs or UiPrefs(store.paths.config / UI_PREFS_FILE)
        self.tasks = tasks or TaskRunner(parent=self)
        self._exit = exit_fn or app.exit
        self.theme = ThemeManager(app, self.prefs.theme)
        self.theme.apply()
        motion.policy().set_choice(self.prefs.reduce_motion)  # the unlock window keeps still too
        sizing.current().set_percent(self.prefs.text_size)  # and has the person's text size
        self.theme.changed.connect(self._on_theme_changed)
        self.autolock = AutoLock(app, clock=idle_clock, check_interval_ms=idle_check_ms)
        self.autolock.setParent(self)
        self.autolock.lock_requested.connect(self.lock)
        self.tray: Tray = tray_factory(self)
        self.tray.show_requested.connect(self.show_window)
        self.tray.new_entry_requested.connect(self._tray_new_entry)
        self.tray.mood_requested.connect(self._tray_mood)
        self.tray.lock_requested.connect(lambda: self.lock("tray"))
        self.tray.quit_requested.connect(self.quit)

        self.session: Session | None = None
        self.ctx: UiContext | None = None
        self.main_window: MainWindow | None = None
        self.care: CareHook | None = None  # Care: scheduler, nudges, safety check
        self.background: BackgroundServices | None = None  # durable jobs + entry analysis
        self.settings_values: dict[str, Any] = {k: d for k, (d, _, _) in SCHEMA.items()}
        self._quitting = False
        self._retiring: list[tuple[QWidget | None, UiContext | None, Session]] = []
        # the status bar's background-jobs indicator (see _refresh_job_status)
        self._job_status_timer = QTimer(self)
        self._job_status_timer.setSingleShot(True)
        self._job_status_timer.setInterval(100)
        self._job_status_timer.timeout.connect(self._refresh_job_status)
        self._job_status_in_flight = False

        self.unlock_window = UnlockWindow(store, self.tasks)
        self.unlock_window.unlocked.connect(self._on_unlocked)
        self.unlock_window.quit_requested.connect(self.quit)
        app.setQuitOnLastWindowClosed(False)  # the tray may keep us running; quit() decides
        app.aboutToQuit.connect(self._final_cleanup)

    # ---- start ---------------------------------------------------------------------------------
    def start(self, profile: str | None = None, passphrase: str | None = None) -> None:
        self.unlock_window.refresh(profile)
        self.unlock_window.show()
        self.tray.set_locked(True)
        self.tray.show()
        if passphrase is not None:
            self.unlock_window.auto_unlock(profile, passphrase)

    # ---- unlocked -------------------------------------------------------------------------------
    def _on_unlocked(self, session: Session) -> None:
        if self.session is not None:  # should not happen; never keep two sessions open
            self.lock("manual")
        bridge = ChangeBridge(session.events, self)
        ctx = UiContext(session=session, tasks=self.tasks, bridge=bridge)
        ctx.dark = self.theme.is_dark
        self.session, self.ctx = session, ctx
        from neuroleaf_desktop.ui.main_window import MainWindow  # the screens load at unlock

        window = MainWindow(ctx)
        self.main_window = window
        window.lock_requested.connect(lambda: self.lock("manual"))
        window.quit_requested.connect(self.quit)
        window.settings_requested.connect(self.open_settings)
        window.close_requested.connect(self._on_main_close)
        bridge.changed.connect(self._on_change)
        geometry = self.prefs.main_geometry
        if geometry is not None:
            window.restoreGeometry(geometry)
        window.show()
        window.raise_()
        window.activateWindow()
        self.unlock_window.hide()
        self.tray.set_locked(False)
        self.autolock.set_policy(
            int(self.settings_values["auto_lock_minutes"]),
            bool(self.settings_values["lock_on_minimize"]),
        )
        self.autolock.start(window)
        self._start_care(ctx, window)  # scheduler, nudges and the safety check on save
        self._start_background(session)
        self._load_settings()
        log.info("ui.unlocked", profile=session.profile_slug)
        self.unlocked.emit()

    def _load_settings(self) -> None:
        session = self.session
        if session is None:
            return

        def apply(values: Any) -> None:
            if self.session is session:
                self.apply_settings(dict(values))

        self.tasks.run(self, session.settings.all, apply, lambda _exc: None)

    def apply_settings(self, values: dict[str, Any]) -> None:
        self.settings_values.update(values)
        theme = str(self.settings_values["theme"])
        if theme != self.theme.choice:
            self.theme.apply(theme)
        if self.prefs.theme != theme:
            self.prefs.theme = theme
        # the profile's reduce-motion choice, for everything that moves from unlock on (read with
        # the other settings at unlock and after every change)
        stillness = str(self.settings_values["reduce_motion"])
        motion.policy().set_choice(stillness)
        if self.prefs.reduce_motion != stillness:
            self.prefs.reduce_motion = stillness
        size = int(self.settings_values[sizing.SETTING])
        sizing.current().set_percent(size)
        if self.prefs.text_size != size:
            self.prefs.text_size = size
        self.autolock.set_policy(
            int(self.settings_values["auto_lock_minutes"]),
            bool(self.settings_values["lock_on_minimize"]),
        )

    def _on_change(self, change: Change) -> None:
        if change.topic == Topic.SETTINGS:
            self._load_settings()
        elif change.topic == Topic.JOB and self.background is not None:
            self._job_status_timer.start()  # coalesce a burst of job events into one read

    def _on_theme_changed(self, resolved: str) -> None:
        if self.ctx is not None:
            self.ctx.dark = resolved == "dark"

    def open_settings(self) -> None:
        if self.ctx is None or self.main_window is None:
            return
        from neuroleaf_desktop.ui.settings import SettingsDialog  # on demand

        dialog = SettingsDialog(self.ctx, self.theme, self.main_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()

    # ---- locking --------------------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> None:
        """Close the session and destroy every widget that showed journal content."""
        session, ctx, window = self.session, self.ctx, self.main_window
        if session is None:
            return
        self.session = self.ctx = self.main_window = None
        self.autolock.stop()
        self._stop_care()  # no scheduler outlives the session
        self._stop_background()
        if window is not None:
            self.prefs.main_geometry = window.saveGeometry()
            window.prepare_to_lock()
            window.hide()  # first: screens keep unsaved work (drafts) as they hide
            scrub(window)  # then: wipe every text out of the widgets
        if ctx is not None:
            ctx.bridge.detach()
        self.tray.set_locked(True)
        self.unlock_window.prepare_for_lock(session.profile_slug)
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()
        log.info("ui.locked", reason=reason)
        if window is not None:
            self.tasks.discard_within(window)  # late answers and reads go nowhere
        self.tasks.cancel_all()  # a streaming answer or transcription stops instead of running on
        self._retire(window, ctx, session, 0)
        self.locked.emit(reason)

    def _retire(
        self, window: QWidget | None, ctx: UiContext | None, session: Session, tries: int
    ) -> None:
        """Destroy the old window and close the vault once in-flight jobs have returned."""
        entry = (window, ctx, session)
        if entry not in self._retiring:
            self._retiring.append(entry)
        if self.tasks.in_flight > 0 and tries < 200:
            QTimer.singleShot(50, self, lambda: self._retire(window, ctx, session, tries + 1))
            return
        self._retiring.remove(entry)
        if window is not None:
            window.deleteLater()
        if ctx is not None:
            ctx.bridge.deleteLater()
        self.tasks.run(self, session.close, None, lambda _exc: None)

    # ---- Care hook: scheduler, nudges, safety check ----------------------------------------------
    def _start_care(self, ctx: UiContext, window: MainWindow) -> None:
        from neuroleaf_desktop.ui.care.hook import CareHook  # on unlock: APScheduler loads here

        self.care = CareHook(ctx, self.tray, window, self.show_window, parent=self)
        self.care.start()

    def _stop_care(self) -> None:
        care, self.care = self.care, None
        if care is not None:
            care.stop()
            care.deleteLater()

    # ---- durable background jobs (entry analysis) -----------------------------------------------
    def _start_background(self, session: Session) -> None:
        """Requeue jobs a crash left behind and start the job workers, off the UI thread."""
        from neuroleaf_desktop.services.background import attach_background

        def ready(result: object) -> None:
            from neuroleaf_desktop.services.background import BackgroundServices

            if not isinstance(result, BackgroundServices):
                return
            if self.session is not session:  # locked while starting: stop right away
                result.stop()
                return
            self.background = result
            self._refresh_job_status()  # catch-up jobs may already be queued

        def failed(exc: BaseException) -> None:
            log.error("ui.background_failed", kind=type(exc).__name__)

        self.tasks.run(self, lambda: attach_background(session, semantic=True), ready, failed)

    def _stop_background(self) -> None:
        background, self.background = self.background, None
        self._job_status_timer.stop()
        if background is not None:
            background.stop()

    # ---- the background-jobs indicator in the status bar ------------------------------------
    def _refresh_job_status(self) -> None:
        """Read the job queue's status on a worker and show it in the main window."""
        background, window = self.background, self.main_window
        if background is None or window is None:
            return
        if self._job_status_in_flight:  # one read at a time; ask again when it returns
            self._job_status_timer.start()
            return
        self._job_status_in_flight = True
        jobs = background.jobs

        def show(status: JobStatus) -> None:
            self._job_status_in_flight = False
            if self.main_window is window and self.background is background:
                window.set_job_status(" · ".join(status.labels), status.failed)

        def failed(exc: BaseException) -> None:
            self._job_status_in_flight = False
            log.warning("ui.job_status_failed", kind=type(exc).__name__)

        self.tasks.run(self, jobs.status, show, failed)

    @property
    def is_locked(self) -> bool:
        return self.session is None

    # ---- windows and tray ------------------------------------------------------------------
    def show_window(self) -> None:
        target: QWidget = self.main_window if self.main_window is not None else self.unlock_window
        if target.isMinimized():
            target.showNormal()
        target.show()
        target.raise_()
        target.activateWindow()

    def _tray_new_entry(self) -> None:
        self.show_window()
        if self.main_window is not None:
            self.main_window.new_entry()

    def _tray_mood(self) -> None:
        self.show_window()
        if self.main_window is not None:
            self.main_window.open_mood_checkin()

    def _on_main_close(self) -> None:
        window = self.main_window
        if window is None:
            return
        if bool(self.settings_values.get("close_to_tray")) and self.tray.available:
            window.hide()
            if not self.prefs.tray_hint_shown:
                self.tray.notify(
                    f"{APP_NAME} is still running",
                    "It stays in the tray so reminders keep working. "
                    "Choose Quit from the tray menu to close it completely.",
                )
                self.prefs.tray_hint_shown = True
            return
        self.quit()

    # ---- quitting ----------------------------------------------------------------------------
    def quit(self) -> None:
        if self._quitting:
            return
        self._quitting = True
        window = self.main_window
        if window is not None:
            self.prefs.main_geometry = window.saveGeometry()
            window.prepare_to_lock()
            window.allow_close = True
            window.hide()
        self.unlock_window.hide()
        self.tray.hide()
        self.autolock.stop()
        self._final_cleanup()
        self._exit(0)

    def _final_cleanup(self) -> None:
        """Wait for writes in flight, then close the vault. Safe to call twice."""
        self._stop_care()  # the scheduler stops before the vault closes
        self._stop_background()
        self.tasks.cancel_all()
        self.tasks.wait(10_000)
        session, self.session = self.session, None
        if self.ctx is not None:
            self.ctx.bridge.detach()
        if session is not None:
            session.close()
        for window, ctx, old in self._retiring:  # locked a moment ago, not yet torn down
            if window is not None:
                window.deleteLater()
            if ctx is not None:
                ctx.bridge.deleteLater()
            old.close()
        self._retiring.clear()
        self.prefs.sync()


class _FirstPaintProbe(QObject):
    """Benchmark mode: report the time to the first paint of ``window`` and exit."""

    def __init__(self, app: QApplication, window: QWidget, started: float) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._started = started
        self._done = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self._window or self._window.isAncestorOf(watched))
        ):
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        elapsed = time.perf_counter() - self._started
        result = {
            "first_paint_s": round(elapsed, 4),
            "process_first_paint_s": process_age_s(),
            "heavy_modules_loaded": heavy_modules_loaded(),
            "qt_platform": self._app.platformName(),
        }
        print(json.dumps(result), flush=True)
        self._app.removeEventFilter(self)
        self._app.exit(0)


def _install_signal_handlers(controller: AppController) -> QTimer:
    """Ctrl+C / SIGTERM quit cleanly (vault closed) even while Qt's loop runs."""

    def handler(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, controller.quit)

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    timer = QTimer(controller)
    timer.timeout.connect(lambda: None)  # lets Python run its signal handlers
    timer.start(500)
    return timer


def _usable_probe(
    app: QApplication, controller: AppController, benchmark_unlock: bool
) -> UsableProbe | None:
    report_path = os.environ.get(SMOKE_REPORT_ENV)
    if not benchmark_unlock and not report_path:
        return None

    def report(result: dict[str, Any]) -> None:
        if report_path:
            write_report(report_path, result)
        if benchmark_unlock:
            print(json.dumps(result), flush=True)
            controller.quit()

    return UsableProbe(app, controller.unlocked, lambda: controller.main_window, report, controller)


def run_app(
    argv: list[str] | None = None,
    *,
    profile: str | None = None,
    passphrase: str | None = None,
    benchmark_startup: bool = False,
    benchmark_unlock: bool = False,
) -> int:
    """Run the desktop app until it quits; returns the exit code.

    ``profile``/``passphrase`` preselect a profile and unlock it straight away (``neuroleaf
    demo``, the screenshot smoke test). ``benchmark_startup`` prints the time to the first paint
    of the unlock window as JSON on stdout and exits. ``benchmark_unlock`` unlocks ``profile``
    with ``passphrase``, prints the time until the journal has loaded and painted its first page
    (JSON on stdout) and quits. With ``NEUROLEAF_SMOKE_REPORT=path`` in the environment the same
    report (screen shown, days and entries listed) is written to ``path`` and the app keeps
    running (the Xvfb screenshot test).
    """
    started = time.perf_counter()
    app = create_application(argv)
    paths = app_paths()
    configure_logging(paths.logs)
    store = ProfileStore(paths)
    controller = AppController(app, store)
    if benchmark_startup:
        _FirstPaintProbe(app, controller.unlock_window, started)
        controller.unlock_window.refresh(profile)
        controller.unlock_window.show()
        code = app.exec()
        controller.tray.hide()
        return int(code)
    _install_signal_handlers(controller)
    probe = _usable_probe(app, controller, benchmark_unlock)
    if probe is not None:
        probe.mark_unlock_start()
    controller.start(profile=profile, passphrase=passphrase)
    code = app.exec()
    controller._final_cleanup()
    log.info("ui.exit", code=code)
    return int(code)
