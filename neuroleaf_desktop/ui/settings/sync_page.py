"""Settings → Sync: create or join an encrypted sync account, see devices, sync, sign out.

Every network call runs on a worker (``ctx.tasks``); the page only shows what the sync
service reports, in words. Sync is optional: with no account the page explains and offers
the two ways in.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.services.sync.service import SyncService, SyncStatus
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.unlock.common import (
    friendly_error,
    message_label,
    password_field,
    show_message,
)

INTRO = (
    "Sync keeps your journal the same on your computers. Everything is encrypted on this "
    "computer with a key made from your account password: the server stores only sealed "
    "items and cannot read them. Sync is optional and off until you sign in."
)


class SyncPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync = SyncService(ctx.session.vault, ctx.session.events)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.status_label = QLabel("…")
        self.status_label.setAccessibleName("Sync status")
        self.status_label.setWordWrap(True)
        self.secrets_label = QLabel(self.sync.secrets_location)
        self.secrets_label.setWordWrap(True)

        self.server = QLineEdit()
        self.server.setPlaceholderText("https://sync.example.org")
        self.server.setAccessibleName("Sync server address")
        self.account = QLineEdit()
        self.account.setAccessibleName("Sync account name")
        self.password = password_field("Sync account password")
        self.code = QLineEdit()
        self.code.setAccessibleName("Two-factor code (if the account has one)")
        form = QFormLayout()
        form.addRow("Server", self.server)
        form.addRow("Account", self.account)
        form.addRow("Password", self.password)
        form.addRow("Two-factor code", self.code)

        self.signup_button = QPushButton("Create account")
        self.signin_button = QPushButton("Sign in")
        self.sync_button = QPushButton("Sync now")
        self.signout_button = QPushButton("Sign out")
        self.signup_button.clicked.connect(self._signup)
        self.signin_button.clicked.connect(self._signin)
        self.sync_button.clicked.connect(lambda: self._call(self.sync.sync_now, "Synced."))
        self.signout_button.clicked.connect(
            lambda: self._call(self.sync.signout, "Signed out; this journal stays complete here.")
        )
        buttons = QHBoxLayout()
        for button in (
            self.signup_button,
            self.signin_button,
            self.sync_button,
            self.signout_button,
        ):
            buttons.addWidget(button)
        self.devices_label = QLabel("")
        self.devices_label.setWordWrap(True)
        self.devices_label.setAccessibleName("Signed-in devices")
        self.result = message_label("error")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.devices_label)
        layout.addWidget(self.secrets_label)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        def shown(result: tuple[SyncStatus, list[dict[str, Any]]]) -> None:
            status, devices = result
            self.status_label.setText(status.text(datetime.now(UTC)))
            for widget in (self.server, self.account, self.signup_button, self.signin_button):
                widget.setEnabled(not status.signed_in)
            self.password.setEnabled(not status.signed_in)
            self.sync_button.setEnabled(status.signed_in)
            self.signout_button.setEnabled(status.signed_in)
            names = [
                f"{d['device_name']}{' (this computer)' if d['current'] else ''}" for d in devices
            ]
            self.devices_label.setText("Devices: " + ", ".join(names) if names else "")

        def read() -> tuple[SyncStatus, list[dict[str, Any]]]:
            status = self.sync.status()
            devices: list[dict[str, Any]] = []
            if status.signed_in:
                try:
                    devices = [dict(d) for d in self.sync.devices()]
                except Exception:  # offline: the status line already says what it can
                    devices = []
            return status, devices

        self.ctx.tasks.run(self, read, shown, lambda exc: self.status_label.setText(
            friendly_error(exc)
        ))  # fmt: skip

    def _signup(self) -> None:
        server, account, password = self.server.text(), self.account.text(), self.password.text()

        def work() -> object:
            self.sync.signup(server, account, password)
            return self.sync.sync_now()

        self._call(work, "Account created and synced.")

    def _signin(self) -> None:
        server, account, password = self.server.text(), self.account.text(), self.password.text()
        code = self.code.text().strip() or None

        def work() -> object:
            self.sync.signin(server, account, password, code)
            return self.sync.sync_now()

        self._call(work, "Signed in and synced.")

    def _call(self, fn: Any, success: str) -> None:
        show_message(self.result, "")

        def done(_result: object) -> None:
            self.password.clear()
            self.code.clear()
            show_message(self.result, success, "success")
            self.refresh()

        def failed(exc: BaseException) -> None:
            show_message(self.result, friendly_error(exc), "error")
            self.refresh()

        self.ctx.tasks.run(self, fn, done, failed)
