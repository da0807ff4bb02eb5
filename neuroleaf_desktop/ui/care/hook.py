"""Wires Care into the running app while a profile is unlocked.

* :class:`TrayNotifier` implements the services' ``Notifier`` protocol on top of the app's
  :class:`~neuroleaf_desktop.ui.tray.Tray`. The scheduler calls it from its own thread, so every
  call is queued to the main thread. A click on the last notification opens what it offered:
  the breathing exercise for "breathing", the mood check-in for "mood". Where the desktop has
  no tray, the message appears as a banner on the Care screen instead.
* :class:`CareHook` starts a :class:`CareScheduler` at unlock and stops it at lock and quit
  (``AppController`` owns one per session), and has each saved journal entry checked by
  ``CareService.check_entry`` on a worker: when it is flagged, the safety card appears next to
  the journal. After a save the person made, the keyboard lands on it (its level and first row
  are announced), so a person using a keyboard or a screen reader meets it at once; it is never
  modal, and Escape goes back to the writing as it was. An entry written in the background (a
  voice transcript, an import) shows the card without taking the keyboard and says where it is.
  Nothing about the entry is logged or sent.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.care_service import CareService, EntryCheck
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.scheduler import CareScheduler
from neuroleaf_desktop.ui.care.breathing import BreathingDialog, TimeSource
from neuroleaf_desktop.ui.care.safety_card import SafetyCard, show_safety_card
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.tray import Tray
from neuroleaf_desktop.ui.widgets.announce import announce

if TYPE_CHECKING:
    from neuroleaf_desktop.domain.safety import Severity
    from neuroleaf_desktop.ui.care.screen import CareScreen
    from neuroleaf_desktop.ui.main_window import MainWindow

__all__ = ["CareHook", "EntryCheck", "TrayNotifier", "latest_open_breathing_nudge"]

log = get_logger("ui.care")

FLAGGED_MESSAGE = (
    "Something you wrote sounded really heavy. If you are struggling, you don't have to face "
    "it alone: here are your own plan and people you can talk to right now."
)


BACKGROUND_CARD = (
    "The safety card opened beside your journal. It stays open until you close it, and Help, "
    "Crisis lines and safety plan, brings it back."
)


def announce_background_card(window: QWidget | None, severity: str) -> None:
    """Tell assistive tech, from the window that keeps the keyboard, that a card opened."""
    if window is not None:
        announce(window, BACKGROUND_CARD, assertive=severity == "urgent")


class TrayNotifier(QObject):
    """``Notifier`` over the tray; safe to call from any thread."""

    action_requested = Signal(str)  # "breathing" | "mood" | …: the person clicked the message
    shown = Signal(str, str, str)  # title, message, action (on the main thread)
    _deliver = Signal(str, str, str)

    def __init__(self, tray: Tray, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray = tray
        self.last_action = ""
        self.sent: list[tuple[str, str, str]] = []
        self._deliver.connect(self._show, Qt.ConnectionType.QueuedConnection)
        tray.message_clicked.connect(self._clicked)

    def notify(self, title: str, message: str, *, action: str = "") -> None:
        self._deliver.emit(title, message, action)

    def _show(self, title: str, message: str, action: str) -> None:
        self.last_action = action
        self.sent.append((title, message, action))
        self.tray.notify(title, message)
        self.shown.emit(title, message, action)

    def _clicked(self) -> None:
        if self.last_action:
            self.action_requested.emit(self.last_action)

    def detach(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already gone
            self.tray.message_clicked.disconnect(self._clicked)


def reminder_text(title: str, message: str) -> str:
    """A notification's title and message as one sentence pair for the in-app banner:
    "How are you today? A 10-second mood check-in." (no colon after a question)."""
    title, message = title.strip(), message.strip()
    if not title or not message:
        return title or message
    joiner = " " if title[-1] in "?!.:" else ": "
    return f"{title}{joiner}{message}"


def latest_open_breathing_nudge(care: CareService) -> str | None:
    """The newest breathing nudge still in state "shown" (the one a click refers to)."""
    for nudge in care.nudges(10):
        if nudge.kind == "breathing":
            return nudge.id if nudge.state == "shown" else None
    return None


class CareHook(QObject):
    """Per-session Care wiring: ``start()`` after unlock, ``stop()`` before the vault closes."""

    entry_checked = Signal(object)  # EntryCheck, for tests and the "what helped" feature
    breathing_opened = Signal(object)  # BreathingDialog

    def __init__(
        self,
        ctx: UiContext,
        tray: Tray,
        window: MainWindow | None,
        show_window: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = window
        self._show_window = show_window
        self.time_source: TimeSource | None = None
        self.breathing_dialog: BreathingDialog | None = None
        self.notifier = TrayNotifier(tray, self)
        self.notifier.action_requested.connect(self.open_action)
        self.notifier.shown.connect(self._on_shown)
        self.scheduler = CareScheduler(ctx.session.care, self.notifier)
        self._lock = threading.Lock()
        self._stopped = False
        self._card_shown_for: dict[str, Severity] = {}
        self._banner_action = ""  # what the reminder in the Care banner offers, if any
        ctx.bridge.changed.connect(self._on_change)

    # ---- scheduler ------------------------------------------------------------------------
    def start(self) -> None:
        """Start the scheduler on a worker (its catch-up reads the vault)."""

        def start() -> list[str]:
            with self._lock:
                if self._stopped:
                    return []
                return self.scheduler.start(catch_up=True)

        def failed(exc: BaseException) -> None:
            log.warning("care.scheduler_start_failed", error=type(exc).__name__)

        self.ctx.tasks.run(self, start, None, failed)

    @property
    def running(self) -> bool:
        return bool(self.scheduler.scheduler.running)

    def stop(self) -> None:
        """Stop the scheduler (its thread is joined) and let go of the tray and the bridge."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
            self.scheduler.stop()
        self.notifier.detach()
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.bridge.changed.disconnect(self._on_change)
        log.info("care.stopped")

    # ---- notifications --------------------------------------------------------------------
    def _window(self) -> MainWindow | None:
        window = self.window
        return window if window is not None and shiboken6.isValid(window) else None

    def _care_screen(self) -> CareScreen | None:
        window = self._window()
        return window.care if window is not None else None

    def _on_shown(self, title: str, message: str, action: str) -> None:
        if self.notifier.tray.available:
            return
        screen = self._care_screen()
        if screen is None:
            return
        banner = screen.banner
        action_text = {
            "breathing": "Start breathing",
            "mood": "Check in",
            "questionnaire": "Open Care",
        }.get(action, "")
        self._banner_action = action
        banner.show_message(
            reminder_text(title, message),
            "info",
            action_text=action_text,
            on_action=(lambda: self.open_action(action)) if action_text else None,
            timeout_ms=0,
        )

    def open_action(self, action: str) -> None:
        if self._stopped:
            return
        if action == "breathing":
            self._show_window()
            care = self.ctx.session.care
            self.ctx.tasks.run(
                self,
                lambda: latest_open_breathing_nudge(care),
                self._open_breathing_for,
                lambda _exc: self._open_breathing_for(None),
            )
        elif action == "mood":
            self._show_window()
            window = self._window()
            if window is not None:
                window.open_mood_checkin()
        elif action == "questionnaire":  # the two-weekly reminder: the Care screen has both
            self._show_window()
            window = self._window()
            if window is not None:
                window.show_screen("Care")

    def _open_breathing_for(self, nudge_id: object) -> None:
        if self._stopped:
            return
        self.open_breathing(nudge_id if isinstance(nudge_id, str) else None)

    def open_breathing(self, nudge_id: str | None = None) -> BreathingDialog:
        dialog = BreathingDialog(self.ctx, self.window, nudge_id, time_source=self.time_source)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen = self._care_screen()
        if screen is not None:
            dialog.nudge_marked.connect(lambda _id: screen.refresh())
            dialog.saved.connect(lambda _id: screen.refresh())
        self.breathing_dialog = dialog
        dialog.destroyed.connect(self._forget_dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.breathing_opened.emit(dialog)
        return dialog

    def _forget_dialog(self) -> None:
        self.breathing_dialog = None

    # ---- the safety check on save ---------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.CHECKIN and change.op == "created":
            self._hide_mood_reminder()
        if change.topic is Topic.ENTRY and change.op in ("created", "updated") and change.id:
            # A save the person made in a view (it names itself as the origin) has just ended
            # an act of theirs, so the card may take the keyboard; an entry written in the
            # background (a transcript, an import) must not pull it out of what they are doing.
            self.check_entry(change.id, take_focus=bool(change.origin))

    def _hide_mood_reminder(self) -> None:
        """A check-in was just saved: a reminder to check in has done its job."""
        if self._banner_action != "mood":
            return
        screen = self._care_screen()
        if screen is not None:
            screen.banner.hide()
        self._banner_action = ""

    def check_entry(self, entry_id: str, *, take_focus: bool = False) -> None:
        care = self.ctx.session.care

        def failed(exc: BaseException) -> None:
            log.warning("care.entry_check_failed", error=type(exc).__name__)

        def checked(result: EntryCheck) -> None:
            self._on_checked(result, take_focus)

        self.ctx.tasks.run(self, lambda: care.check_entry(entry_id), checked, failed)

    def _on_checked(self, result: EntryCheck, take_focus: bool = False) -> None:
        if self._stopped:
            return
        if result.flagged:
            log.info("care.entry_flagged", severity=str(result.severity))
            previous = self._card_shown_for.get(result.entry_id)
            if previous is None or result.severity.rank > previous.rank:
                self._card_shown_for[result.entry_id] = result.severity
                self.show_card(
                    message=FLAGGED_MESSAGE, activate=take_focus, severity=str(result.severity)
                )
                if not take_focus:
                    announce_background_card(self._window(), str(result.severity))
        self.entry_checked.emit(result)

    def show_card(
        self, *, message: str = "", activate: bool = True, severity: str = "urgent"
    ) -> SafetyCard | None:
        return show_safety_card(
            self.ctx, self._window(), message=message, activate=activate, severity=severity
        )
