"""The window a person sees first: create a profile, or unlock one.

All vault work (Argon2id takes ~0.5 s on purpose) runs as tasks (``ui/tasks.py``); the pages
only show busy/error states. When a session is open the window emits ``unlocked(session)``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop import APP_NAME
from neuroleaf_desktop.errors import (
    NeuroLeafError,
    ProfileExistsError,
    UnlockThrottledError,
    WrongPassphraseError,
)
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.ui.tasks import TaskRunner
from neuroleaf_desktop.ui.theme import app_icon
from neuroleaf_desktop.ui.unlock.common import friendly_error
from neuroleaf_desktop.ui.unlock.pages import (
    CreateProfilePage,
    RecoveryKeyPage,
    ResetPassphrasePage,
    UnlockPage,
)

if TYPE_CHECKING:
    from neuroleaf_desktop.services.session import Session  # loads every service: at unlock

DEMO_MISSING = (
    "Sample data isn’t available in this build yet. Create your own journal to get started."
)


def _write_private_text(path: Path, text: str) -> None:
    """Write ``text`` readable by the owner only (the recovery key is a secret)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def _recovery_file_text(profile_name: str, key: str) -> str:
    return (
        f"{APP_NAME} recovery key for the profile “{profile_name}”\n\n"
        f"{key}\n\n"
        "Keep this file somewhere safe and private (e.g. a USB stick in a drawer or a\n"
        "password manager). Anyone with this key and your journal files can read your journal.\n"
    )


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # services.session.Session
    quit_requested = Signal()

    def __init__(
        self, store: ProfileStore, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self._pending: Session | None = None  # created, waiting for the recovery-key page
        self.setObjectName("unlockWindow")
        self.setWindowTitle(f"Unlock — {APP_NAME}")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(520, 560)
        self.resize(620, 760)

        self.create_page = CreateProfilePage()
        self.recovery_page = RecoveryKeyPage()
        self.unlock_page = UnlockPage()
        self.reset_page = ResetPassphrasePage()
        self.stack = QStackedWidget()
        for page in (self.create_page, self.recovery_page, self.unlock_page, self.reset_page):
            self.stack.addWidget(page)

        self._build_layout()
        self._connect()

    # ---- layout ------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(40, 40))
        icon.setAccessibleName(f"{APP_NAME} logo")
        name = QLabel(APP_NAME)
        name.setProperty("role", "heading")
        tagline = QLabel("A private, offline journal")
        tagline.setProperty("role", "muted")
        brand_text = QVBoxLayout()
        brand_text.setSpacing(0)
        brand_text.addWidget(name)
        brand_text.addWidget(tagline)
        brand = QHBoxLayout()
        brand.setSpacing(12)
        brand.addWidget(icon)
        brand.addLayout(brand_text)
        brand.addStretch(1)

        card = QFrame()
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(32, 28, 32, 28)
        card_layout.addWidget(self.stack)

        column = QVBoxLayout()
        column.setSpacing(18)
        column.addLayout(brand)
        column.addWidget(card)
        column.addStretch(1)
        column_widget = QWidget()
        column_widget.setLayout(column)
        column_widget.setMaximumWidth(520)

        content = QWidget()
        content.setObjectName("unlockContent")
        outer = QHBoxLayout(content)
        outer.setContentsMargins(24, 32, 24, 24)
        outer.addStretch(1)
        outer.addWidget(column_widget, 10)
        outer.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet(
            "QScrollArea, QWidget#unlockContent { background: transparent; border: none; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect(self) -> None:
        self.create_page.submitted.connect(self._create)
        self.create_page.demo_requested.connect(self._demo)
        self.create_page.unlock_instead.connect(lambda: self.refresh())
        self.recovery_page.finished.connect(self._recovery_done)
        self.recovery_page.save_requested.connect(self._save_key)
        self.unlock_page.submitted.connect(self._unlock)
        self.unlock_page.keychain_requested.connect(self._unlock_with_keychain)
        self.unlock_page.recovery_requested.connect(self._show_reset)
        self.unlock_page.create_requested.connect(self.show_create)
        self.unlock_page.demo_requested.connect(self._demo)
        self.unlock_page.profile_changed.connect(self._check_throttle)
        self.reset_page.submitted.connect(self._reset)
        self.reset_page.back.connect(lambda: self._show(self.unlock_page))

    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        # the title names the step; ending with the app name keeps Qt from appending it again
        step = {
            self.create_page: "Create a journal",
            self.recovery_page: "Your recovery key",
            self.reset_page: "Reset passphrase",
        }.get(page, "Unlock")  # type: ignore[call-overload]
        self.setWindowTitle(f"{step} — {APP_NAME}")
        focus: QWidget | None = {
            self.create_page: self.create_page.name,
            self.unlock_page: self.unlock_page.passphrase,
            self.reset_page: self.reset_page.key,
            self.recovery_page: self.recovery_page.copy,
        }.get(page)  # type: ignore[call-overload]
        if focus is not None:
            focus.setFocus()

    # ---- public ------------------------------------------------------------------------------
    def refresh(self, preselect: str | None = None) -> None:
        """Show the unlock page (or first-run page when there is no profile yet).

        Listing profiles reads one small key file per profile, synchronously: the first frame
        must already know whether this is a first run.
        """
        profiles = self.store.list()
        if not profiles:
            self.show_create()
            return
        self.unlock_page.set_profiles(profiles, preselect or self.store.last_used())
        self.unlock_page.reset()
        self._show(self.unlock_page)

    def show_create(self) -> None:
        self.create_page.reset()
        self.create_page.set_can_go_back(bool(self.store.list()))
        self._show(self.create_page)

    def prepare_for_lock(self, slug: str | None) -> None:
        """Back to a clean unlock page after the app locked itself."""
        self._pending = None
        self.recovery_page.set_key("")
        self.reset_page.reset()
        self.refresh(slug)

    def auto_unlock(self, profile: str | None, passphrase: str) -> None:
        """Start unlocking right away (``neuroleaf demo``, tests, the screenshot smoke)."""
        if profile and not self.unlock_page.select(profile):
            self.unlock_page.show_error(f"There is no profile called “{profile}”.")
            return
        if not self.unlock_page.selected_slug():
            return
        self._unlock(self.unlock_page.selected_slug(), passphrase)

    # ---- create ------------------------------------------------------------------------------
    def _create(self, name: str, passphrase: str) -> None:
        page = self.create_page
        page.set_busy(True, "Creating your encrypted journal…")
        store = self.store
        self.tasks.run(
            self, lambda: store.create(name, passphrase), self._created, self._create_failed
        )

    def _created(self, result: Any) -> None:
        session, key = result
        self.create_page.set_busy(False)
        self.create_page.reset()
        self._pending = session
        self.recovery_page.set_key(str(key))
        self._show(self.recovery_page)

    def _create_failed(self, exc: BaseException) -> None:
        self.create_page.set_busy(False)
        self.create_page.show_error(friendly_error(exc))

    def _save_key(self, path: str) -> None:
        key = self.recovery_page.recovery_key()
        name = self._pending.profile_name if self._pending is not None else ""
        text = _recovery_file_text(name, key)
        self.tasks.run(
            self,
            lambda: _write_private_text(Path(path), text),
            lambda _r: self.recovery_page.show_info(f"Saved to {path}"),
            lambda exc: self.recovery_page.show_error(
                friendly_error(exc)
                if isinstance(exc, NeuroLeafError)
                else "That file could not be written. Please choose another place."
            ),
        )

    def _recovery_done(self) -> None:
        session, self._pending = self._pending, None
        if session is not None:
            self.unlocked.emit(session)

    # ---- unlock ------------------------------------------------------------------------------
    def _unlock(self, slug: str, passphrase: str) -> None:
        page = self.unlock_page
        page.set_busy(True, "Unlocking…")
        store = self.store
        self.tasks.run(
            self,
            lambda: store.open(slug, passphrase),
            self._opened,
            lambda exc: self._unlock_failed(slug, exc),
        )

    def _unlock_with_keychain(self, slug: str) -> None:
        page = self.unlock_page
        page.set_busy(True, "Unlocking with this computer's keychain…")
        store = self.store
        self.tasks.run(
            self,
            lambda: store.open_with_keychain(slug),
            self._opened,
            lambda exc: self._keychain_failed(exc),
        )

    def _keychain_failed(self, exc: BaseException) -> None:
        """The keychain is missing, locked or lost its key: say so, and the passphrase field
        is right there (focused) as the way in."""
        page = self.unlock_page
        page.set_busy(False)
        page.show_error(friendly_error(exc))
        page.passphrase.setFocus()

    def _opened(self, session: Any) -> None:
        self.unlock_page.set_busy(False)
        self.unlock_page.reset()
        self.unlocked.emit(session)

    def _unlock_failed(self, slug: str, exc: BaseException) -> None:
        page = self.unlock_page
        page.set_busy(False)
        if isinstance(exc, UnlockThrottledError):
            page.show_error("")
            page.start_countdown(exc.retry_after_s)
            return
        if isinstance(exc, WrongPassphraseError):
            page.wrong_passphrase(exc.user_message)
            self._check_throttle(slug)
            return
        page.show_error(friendly_error(exc))

    def _check_throttle(self, slug: str) -> None:
        if not slug:
            return
        store = self.store

        def show(result: Any) -> None:
            seconds, keychain = result
            if self.unlock_page.selected_slug() != slug:
                return
            self.unlock_page.set_keychain_available(bool(keychain))
            if float(seconds) > 0:
                self.unlock_page.start_countdown(float(seconds))

        self.tasks.run(self, lambda: store.unlock_hints(slug), show)

    # ---- recovery key reset -------------------------------------------------------------------
    def _show_reset(self, slug: str) -> None:
        self.reset_page.reset()
        self.reset_page.set_profile(slug, self.unlock_page.selected_name())
        self._show(self.reset_page)

    def _reset(self, slug: str, key: str, new: str) -> None:
        page = self.reset_page
        page.set_busy(True, "Checking your recovery key…")
        store = self.store

        def work() -> Session:
            store.vault(slug).reset_passphrase(key, new)
            return store.open(slug, new)

        def done(session: Any) -> None:
            page.set_busy(False)
            page.reset()
            self.unlocked.emit(session)

        def failed(exc: BaseException) -> None:
            page.set_busy(False)
            page.show_error(friendly_error(exc))

        self.tasks.run(self, work, done, failed)

    # ---- sample data --------------------------------------------------------------------------
    def _demo(self) -> None:
        page = self.unlock_page if self.stack.currentWidget() is self.unlock_page else None
        target = page or self.create_page
        try:  # written by another part of the app; optional in some builds
            from neuroleaf_desktop.demo import generator
        except ImportError:
            target.show_error(DEMO_MISSING)
            return
        target.set_busy(True, "Writing two years of sample entries… this takes a moment.")
        store = self.store

        from neuroleaf_desktop.services.session import Session

        def work() -> Session:
            passphrase = str(getattr(generator, "DEMO_PASSPHRASE", ""))
            try:
                result: Any = generator.create_demo_profile(store, years=2)
            except ProfileExistsError:
                result = None
            if isinstance(result, Session):
                return result
            if isinstance(result, tuple) and result and isinstance(result[0], Session):
                return result[0]
            slug = getattr(result, "slug", result if isinstance(result, str) else "demo")
            return store.open(str(slug), passphrase)

        def done(session: Any) -> None:
            target.set_busy(False)
            self.unlocked.emit(session)

        def failed(exc: BaseException) -> None:
            target.set_busy(False)
            target.show_error(friendly_error(exc))

        self.tasks.run(self, work, done, failed)

    # ---- window --------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Closing the unlock window (hide() does not come here) ends the app."""
        self.quit_requested.emit()
        super().closeEvent(event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is self.reset_page:
            self._show(self.unlock_page)
            return
        super().keyPressEvent(event)
