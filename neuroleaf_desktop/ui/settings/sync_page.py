"""Settings → Sync: create or join an encrypted sync account, sync, sign out; and the
account's security: devices with their last-seen time (sign one out, or every device), the
account's activity, two-factor sign-in on and off.

Every network call runs on a worker (``ctx.tasks``); the page only shows what the sync
service reports, in words. Sync is optional: with no account the page explains and offers
the two ways in.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.services.sync.service import (
    AccountSecurity,
    SyncService,
    SyncStatus,
)
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


TOTP_ON = (
    "On: signing in on a new device asks for a code from your authenticator app. To turn "
    "it off, enter a current code or one of your recovery codes."
)
TOTP_OFF = "Off: signing in needs only the account password."
_SESSION_ROLE = Qt.ItemDataRole.UserRole  # a device's session id ("" for this computer)


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
        self.devices_label.setVisible(False)  # a one-line summary; the list below shows them
        self.result = message_label("error")
        devices = self._devices_box()
        two_factor = self._two_factor_box()
        activity = self._activity_box()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.devices_label)
        layout.addWidget(devices)
        layout.addWidget(two_factor)
        layout.addWidget(activity)
        layout.addWidget(self.secrets_label)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.refresh()

    def _devices_box(self) -> QGroupBox:
        self.devices_box = box = QGroupBox("Devices signed in to this account")
        self.devices = QTreeWidget()
        self.devices.setHeaderLabels(["Device", "Last seen"])
        self.devices.setRootIsDecorated(False)
        self.devices.setAccessibleName("Devices signed in to this account")
        self.devices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devices.setMinimumHeight(90)
        self.devices.setMaximumHeight(140)
        self.devices.itemSelectionChanged.connect(self._device_selected)
        self.revoke_button = QPushButton("Sign out this device")
        self.revoke_button.setAccessibleName("Sign out the selected device")
        self.revoke_button.setToolTip(
            "Its next sync fails and it asks to sign in again; its own journal stays complete."
        )
        self.revoke_button.clicked.connect(self._revoke)
        self.everywhere_button = QPushButton("Sign out everywhere…")
        self.everywhere_button.clicked.connect(self._ask_everywhere)
        self.everywhere_confirm = QPushButton("Yes, sign out every device")
        self.everywhere_confirm.setProperty("role", "danger")
        self.everywhere_confirm.clicked.connect(self._signout_everywhere)
        self.everywhere_note = QLabel(
            "Every device, this one too, is signed out of the account and must sign in "
            "again to sync. Each keeps its own journal."
        )
        self.everywhere_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        row.addWidget(self.everywhere_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.devices)
        layout.addLayout(row)
        layout.addWidget(self.everywhere_note)
        layout.addWidget(self.everywhere_confirm)
        self.everywhere_note.setVisible(False)
        self.everywhere_confirm.setVisible(False)
        self.revoke_button.setEnabled(False)
        box.setVisible(False)
        return box

    def _activity_box(self) -> QGroupBox:
        self.activity_box = box = QGroupBox("Account activity")
        note = QLabel("Sign-ins and security changes, newest first. Nothing from your journal.")
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.activity = QTreeWidget()
        self.activity.setHeaderLabels(["When", "What", "Device"])
        self.activity.setRootIsDecorated(False)
        self.activity.setAccessibleName("Account activity")
        self.activity.setMinimumHeight(120)
        self.activity.setMaximumHeight(220)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addWidget(self.activity)
        box.setVisible(False)
        return box

    def _device_selected(self) -> None:
        item = self.devices.currentItem()
        self.revoke_button.setEnabled(
            item is not None and bool(item.data(0, _SESSION_ROLE)) and not item.isDisabled()
        )

    def _revoke(self) -> None:
        item = self.devices.currentItem()
        if item is None or not item.data(0, _SESSION_ROLE):
            return
        session_id, name = str(item.data(0, _SESSION_ROLE)), item.text(0)
        self.revoke_button.setEnabled(False)
        self._call(lambda: self.sync.revoke_device(session_id), f"{name} was signed out.")

    def _ask_everywhere(self) -> None:
        self.everywhere_note.setVisible(True)
        self.everywhere_confirm.setVisible(True)
        self.everywhere_confirm.setFocus()

    def _signout_everywhere(self) -> None:
        self.everywhere_note.setVisible(False)
        self.everywhere_confirm.setVisible(False)
        self._call(
            lambda: self.sync.signout(everywhere=True),
            "Every device was signed out; this journal stays complete here.",
        )

    def _show_security(self, security: AccountSecurity | None) -> None:
        """Devices, activity and the two-factor state, or nothing when signed out/offline."""
        now = datetime.now(UTC)
        self.devices.clear()
        self.activity.clear()
        for box in (self.devices_box, self.activity_box):
            box.setVisible(security is not None)
        if security is None:
            self.totp_off_row.setVisible(False)
            self.totp_state.setVisible(False)
            return
        for device in security.devices:
            item = QTreeWidgetItem([device.label(), device.seen(now)])
            item.setData(0, _SESSION_ROLE, "" if device.current else device.session_id)
            self.devices.addTopLevelItem(item)
        for event in security.events:
            when = event.at.astimezone().strftime("%d %b %Y %H:%M")
            self.activity.addTopLevelItem(QTreeWidgetItem([when, event.what, event.device]))
        self.devices.resizeColumnToContents(0)
        for column in (0, 1):
            self.activity.resizeColumnToContents(column)
        self._device_selected()
        self.totp_button.setVisible(not security.two_factor)
        self.totp_off_row.setVisible(security.two_factor)
        self.totp_state.setText(TOTP_ON if security.two_factor else TOTP_OFF)
        self.totp_state.setVisible(True)

    def _totp_disable(self) -> None:
        code = self.totp_off_code.text().strip()

        def work() -> None:
            self.sync.totp_disable(code)

        self.totp_off_code.clear()
        self.recovery.setVisible(False)
        self._call(work, "Two-factor sign-in is off.")

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
        self.totp_off_code = QLineEdit()
        self.totp_off_code.setPlaceholderText("Code from the app, or a recovery code")
        self.totp_off_code.setAccessibleName("Code to turn off two-factor sign-in")
        self.totp_off_button = QPushButton("Turn off two-factor sign-in")
        self.totp_off_button.clicked.connect(self._totp_disable)
        self.totp_off_code.returnPressed.connect(self._totp_disable)
        self.totp_state = QLabel(TOTP_OFF)
        self.totp_state.setWordWrap(True)
        self.totp_state.setAccessibleName("Two-factor sign-in status")
        self.totp_state.setVisible(False)
        self.totp_off_row = QWidget()
        off_row = QHBoxLayout(self.totp_off_row)
        off_row.setContentsMargins(0, 0, 0, 0)
        off_row.addWidget(self.totp_off_code, 1)
        off_row.addWidget(self.totp_off_button)
        self.totp_off_row.setVisible(False)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.totp_code)
        confirm_row.addWidget(self.totp_confirm)
        layout = QVBoxLayout(box)
        layout.addWidget(self.totp_state)
        layout.addWidget(self.totp_button)
        layout.addWidget(self.totp_off_row)
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
            self.totp_button.setVisible(False)
            self.totp_off_row.setVisible(True)
            self.totp_state.setText(TOTP_ON)
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
        def shown(result: tuple[SyncStatus, AccountSecurity | None]) -> None:
            status, security = result
            self.status_label.setText(status.text(datetime.now(UTC)))
            for widget in (self.server, self.account, self.signup_button, self.signin_button):
                widget.setEnabled(not status.signed_in)
            self.password.setEnabled(not status.signed_in)
            self.sync_button.setEnabled(status.signed_in)
            self.signout_button.setEnabled(status.signed_in)
            self.totp_button.setVisible(status.signed_in)
            devices = security.devices if security is not None else []
            names = ", ".join(d.label() for d in devices)
            self.devices_label.setText(f"Devices: {names}" if names else "")
            self._show_security(security)

        def read() -> tuple[SyncStatus, AccountSecurity | None]:
            status = self.sync.status()
            security: AccountSecurity | None = None
            if status.signed_in:
                try:
                    security = self.sync.security()
                except Exception:  # offline: the status line already says what it can
                    security = None
            return status, security

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
