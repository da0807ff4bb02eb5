"""Wires Care into the running app while a profile is unlocked.

* :class:`TrayNotifier` implements the services' ``Notifier`` protocol on top of the app's
  :class:`~neuroleaf_desktop.ui.tray.Tray`. The scheduler calls it from its own thread, so every
  call is queued to the main thread. A click on the last notification opens what it offered:
  the breathing exercise for "breathing", the mood check-in for "mood". Where the desktop has
  no tray, the message appears as a banner on the Care screen instead.
* :class:`CareHook` starts a :class:`CareScheduler` at unlock and stops it at lock and quit
  (``AppController`` owns one per session), and checks each saved journal entry with
  ``domain.safety.assess`` on a worker: when it is flagged, the safety card appears next to
  the journal without taking the focus. Nothing about the entry is logged or sent.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from neuroleaf_desktop.ai.embeddings import Embedder
from neuroleaf_desktop.ai.safety_semantic import EmbeddingSafetyScorer
from neuroleaf_desktop.domain.safety import Severity, assess
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.care_service import CareService
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.scheduler import CareScheduler
from neuroleaf_desktop.ui.care.breathing import BreathingDialog, TimeSource
from neuroleaf_desktop.ui.care.safety_card import SafetyCard, show_safety_card
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.tray import Tray

log = get_logger("ui.care")

FLAGGED_MESSAGE = (
    "Something you wrote sounded really heavy. If you are struggling, you don't have to face "
    "it alone: here are your own plan and people you can talk to right now."
)


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


@dataclass(frozen=True)
class EntryCheck:
    entry_id: str
    flagged: bool
    severity: Severity


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
        window: QWidget | None,
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

        self.ctx.workers.run(start, None, failed)

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
    def _care_screen(self) -> QWidget | None:
        screens = getattr(self.window, "screens", None)
        screen = screens.get("Care") if isinstance(screens, dict) else None
        return screen if isinstance(screen, QWidget) else None

    def _on_shown(self, title: str, message: str, action: str) -> None:
        if self.notifier.tray.available:
            return
        screen = self._care_screen()
        banner = getattr(screen, "banner", None)
        if banner is None:
            return
        action_text = {
            "breathing": "Start breathing",
            "mood": "Check in",
            "questionnaire": "Open Care",
        }.get(action, "")
        banner.show_message(
            f"{title}: {message}",
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
            self.ctx.workers.run(
                lambda: latest_open_breathing_nudge(care),
                self._open_breathing_for,
                lambda _exc: self._open_breathing_for(None),
            )
        elif action == "mood":
            self._show_window()
            open_mood = getattr(self.window, "open_mood_checkin", None)
            if callable(open_mood):
                open_mood()
        elif action == "questionnaire":  # the two-weekly reminder: the Care screen has both
            self._show_window()
            show_screen = getattr(self.window, "show_screen", None)
            if callable(show_screen):
                show_screen("Care")

    def _open_breathing_for(self, nudge_id: object) -> None:
        if self._stopped:
            return
        self.open_breathing(nudge_id if isinstance(nudge_id, str) else None)

    def open_breathing(self, nudge_id: str | None = None) -> BreathingDialog:
        dialog = BreathingDialog(self.ctx, self.window, nudge_id, time_source=self.time_source)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen = self._care_screen()
        refresh = getattr(screen, "refresh", None)
        if callable(refresh):
            dialog.nudge_marked.connect(lambda _id: refresh())
            dialog.saved.connect(lambda _id: refresh())
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
        if change.topic is Topic.ENTRY and change.op in ("created", "updated") and change.id:
            self.check_entry(change.id)

    def check_entry(self, entry_id: str) -> None:
        journal = self.ctx.session.journal
        embedder = self.ctx.session.embeddings.embedder

        def check() -> EntryCheck:
            entry = journal.get(entry_id)
            # With the embedding model present, paraphrases the phrase rules miss are caught
            # too; without it (or if it fails) the phrase rules answer alone.
            scorer = _semantic_scorer(embedder)
            result = assess(f"{entry.title}\n{entry.body}", scorer=scorer)
            return EntryCheck(entry.id, result.flagged, result.severity)

        def failed(exc: BaseException) -> None:
            log.warning("care.entry_check_failed", error=type(exc).__name__)

        self.ctx.workers.run(check, self._on_checked, failed)

    def _on_checked(self, result: EntryCheck) -> None:
        if self._stopped:
            return
        if result.flagged:
            log.info("care.entry_flagged", severity=str(result.severity))
            previous = self._card_shown_for.get(result.entry_id)
            if previous is None or result.severity.rank > previous.rank:
                self._card_shown_for[result.entry_id] = result.severity
                self.show_card(
                    message=FLAGGED_MESSAGE, activate=False, severity=str(result.severity)
                )
        self.entry_checked.emit(result)

    def show_card(
        self, *, message: str = "", activate: bool = True, severity: str = "urgent"
    ) -> SafetyCard | None:
        parent = self.window if self.window is not None and shiboken6.isValid(self.window) else None
        return show_safety_card(
            self.ctx, parent, message=message, activate=activate, severity=severity
        )


_SCORERS: dict[int, EmbeddingSafetyScorer] = {}


def _semantic_scorer(embedder: Embedder) -> EmbeddingSafetyScorer | None:
    """One scorer per embedder (its crisis anchors are embedded once), once the model is in
    memory. The background indexer loads it after unlock; a save never waits ~10 s for torch
    just for this check: until then the phrase rules answer alone."""
    if not getattr(embedder, "loaded", False) or not embedder.available():
        return None
    scorer = _SCORERS.get(id(embedder))
    if scorer is None or scorer.embedder is not embedder:
        scorer = _SCORERS[id(embedder)] = EmbeddingSafetyScorer(embedder)
    return scorer
