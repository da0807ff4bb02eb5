"""Settings → Privacy & security: "Unlock with this computer's keychain" (off by default).

Turning it on asks for the passphrase once; the box says plainly what it means (anyone who
can log in as you on this computer can then open the journal) and turns off with one click.
The work (Argon2id, the keychain) runs as a task; see services/keychain_unlock.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from neuroleaf_desktop.services.keychain_unlock import RISK, KeychainUnlock
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.unlock.common import (
    friendly_error,
    message_label,
    password_field,
    show_message,
)

EXPLAIN = (
    "Instead of typing your passphrase, you can open this journal with this computer's "
    "keychain (the unlock window then offers a button for it). " + RISK
)


class KeychainUnlockBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__("Unlock with this computer's keychain", parent)
        self.ctx = ctx
        self.unlocker = KeychainUnlock(ctx.session.vault)
        self.explain = QLabel(EXPLAIN)
        self.explain.setWordWrap(True)
        self.status = QLabel("…")
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Keychain unlock status")
        self.passphrase = password_field(
            "Passphrase, to turn on keychain unlock", "Your passphrase, to turn it on"
        )
        self.on_button = QPushButton("Turn on")
        self.on_button.setAccessibleName("Turn on keychain unlock")
        self.off_button = QPushButton("Turn off")
        self.off_button.setAccessibleName("Turn off keychain unlock")
        self.result = message_label("error")
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.on_button)
        row.addWidget(self.off_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.passphrase.textChanged.connect(self._refresh_buttons)
        self.passphrase.returnPressed.connect(self._turn_on)
        self.on_button.clicked.connect(self._turn_on)
        self.off_button.clicked.connect(self._turn_off)
        self._enabled = False
        self.refresh()

    def refresh(self) -> None:
        def read() -> tuple[bool, str]:
            return self.unlocker.enabled, self.unlocker.status_text()

        def shown(result: tuple[bool, str]) -> None:
            self._enabled, text = result
            self.status.setText(text)
            self._refresh_buttons()

        self.ctx.tasks.run(self, read, shown, self._failed)

    def _refresh_buttons(self) -> None:
        self.passphrase.setVisible(not self._enabled)
        self.on_button.setVisible(not self._enabled)
        self.on_button.setEnabled(bool(self.passphrase.text()))
        self.off_button.setVisible(self._enabled)

    def _turn_on(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        show_message(self.result, "")
        self.on_button.setEnabled(False)

        def done(_result: object) -> None:
            self.passphrase.clear()
            show_message(self.result, "Keychain unlock is on for this journal.", "success")
            self.refresh()

        self.ctx.tasks.run(self, lambda: self.unlocker.enable(passphrase), done, self._failed)

    def _turn_off(self) -> None:
        show_message(self.result, "")

        def done(_result: object) -> None:
            show_message(
                self.result, "Keychain unlock is off; only your passphrase opens it.", "success"
            )
            self.refresh()

        self.ctx.tasks.run(self, self.unlocker.disable, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        show_message(self.result, friendly_error(exc), "error")
        self.passphrase.selectAll()
        self.refresh()
