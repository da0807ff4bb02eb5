"""Settings → Sync: create or join an encrypted sync account, see devices, sync, sign out.

Every network call runs on a worker (``ctx.tasks``); the page only shows what the sync
service reports, in words. Sync is optional: with no account the page explains and offers
the two ways in.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    """A QR code of ``text`` drawn from the code's module matrix (no image library)."""
    import qrcode

    code = qrcode.QRCode(border=2)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix) * scale
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                for dy in range(scale):
                    for dx in range(scale):
                        image.setPixel(x * scale + dx, y * scale + dy, black)
    return QPixmap.fromImage(image)


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
        two_factor = self._two_factor_box()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.devices_label)
        layout.addWidget(two_factor)
        layout.addWidget(self.secrets_label)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.refresh()

    def _two_factor_box(self) -> QGroupBox:
        box = QGroupBox("Two-factor sign-in")
        self.totp_button = QPushButton("Turn on two-factor sign-in…")
        self.totp_button.clicked.connect(self._totp_setup)
        self.totp_qr = QLabel()
        self.totp_qr.setAccessibleName("QR code for the authenticator app")
        self.totp_secret = QLabel()
        self.totp_secret.setAccessibleName("Two-factor key as text")
        self.totp_secret.setWordWrap(True)
        self.totp_code = QLineEdit()
        self.totp_code.setAccessibleName("First code from the authenticator app")
        self.totp_confirm = QPushButton("Confirm")
        self.totp_confirm.clicked.connect(self._totp_enable)
        self.recovery = QPlainTextEdit()
        self.recovery.setReadOnly(True)
        self.recovery.setAccessibleName("Recovery codes")
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.totp_code)
        confirm_row.addWidget(self.totp_confirm)
        layout = QVBoxLayout(box)
        layout.addWidget(self.totp_button)
        layout.addWidget(self.totp_qr)
        layout.addWidget(self.totp_secret)
        layout.addLayout(confirm_row)
        layout.addWidget(self.recovery)
        for widget in (self.totp_qr, self.totp_secret, self.totp_code, self.totp_confirm):
            widget.setVisible(False)
        self.recovery.setVisible(False)
        return box

    def _totp_setup(self) -> None:
        def shown(result: tuple[str, str]) -> None:
            secret, uri = result
            self.totp_qr.setPixmap(qr_pixmap(uri))
            self.totp_secret.setText(
                f"Scan this with your authenticator app, or type the key: {secret}"
            )
            for widget in (self.totp_qr, self.totp_secret, self.totp_code, self.totp_confirm):
                widget.setVisible(True)

        self.ctx.tasks.run(
            self, self.sync.totp_setup, shown,
            lambda exc: show_message(self.result, friendly_error(exc), "error"),
        )  # fmt: skip

    def _totp_enable(self) -> None:
        code = self.totp_code.text().strip()

        def shown(codes: list[str]) -> None:
            for widget in (self.totp_qr, self.totp_secret, self.totp_code, self.totp_confirm):
                widget.setVisible(False)
            self.totp_button.setEnabled(False)
            self.recovery.setPlainText(
                "Two-factor sign-in is on. Keep these recovery codes somewhere safe; each "
                "works once if you lose your phone. They are shown only now:\n\n" + "\n".join(codes)
            )
            self.recovery.setVisible(True)

        self.ctx.tasks.run(
            self, lambda: self.sync.totp_enable(code), shown,
            lambda exc: show_message(self.result, friendly_error(exc), "error"),
        )  # fmt: skip

    def refresh(self) -> None:
        def shown(result: tuple[SyncStatus, list[dict[str, Any]]]) -> None:
            status, devices = result
            self.status_label.setText(status.text(datetime.now(UTC)))
            for widget in (self.server, self.account, self.signup_button, self.signin_button):
                widget.setEnabled(not status.signed_in)
            self.password.setEnabled(not status.signed_in)
            self.sync_button.setEnabled(status.signed_in)
            self.signout_button.setEnabled(status.signed_in)
            self.totp_button.setVisible(status.signed_in)
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
