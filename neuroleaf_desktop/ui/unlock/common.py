"""Small pieces shared by the unlock pages and the settings dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.passphrase import MIN_LENGTH, estimate_strength
from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.ui.theme import repolish
from neuroleaf_desktop.ui.widgets.busy import BusyBar

log = get_logger("ui")

PASSPHRASE_RULE = (
    f"Use at least {MIN_LENGTH} characters. A few unrelated words work well, "
    "for example “river lamp quietly orange”."
)


def friendly_error(exc: BaseException) -> str:
    """The calm message a person sees; never a traceback."""
    if isinstance(exc, NeuroLeafError):
        return exc.user_message
    log.error("ui.unexpected_error", error_type=type(exc).__name__)
    return "Something went wrong and nothing was changed. Please try again."


def message_label(role: str = "error") -> QLabel:
    """An inline message banner, hidden until it has something to say."""
    label = QLabel()
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setVisible(False)
    label.setAccessibleName("Message")
    return label


def show_message(label: QLabel, text: str, role: str | None = None) -> None:
    if role is not None and label.property("role") != role:
        label.setProperty("role", role)
        repolish(label)
    label.setText(text)
    label.setVisible(bool(text))


def busy_bar() -> QProgressBar:
    """An indeterminate bar, shown while a worker runs (still when motion is reduced)."""
    bar = BusyBar()
    bar.setVisible(False)
    bar.setAccessibleName("Working")
    return bar


def password_field(accessible_name: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    return field


class NewPassphraseFields(QWidget):
    """New passphrase + confirmation, with a strength meter and the rule spelt out."""

    changed = Signal()

    def __init__(self, label: str = "Passphrase", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = password_field(label, "At least 10 characters")
        self.confirm = password_field(f"Confirm {label.lower()}", "Type it again")
        self.show_box = QCheckBox("Show passphrase")
        self.show_box.setAccessibleName("Show passphrase")
        self.meter = QProgressBar()
        self.meter.setRange(0, 5)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName("Passphrase strength")
        self.meter.setProperty("level", "0")
        self.strength_label = QLabel("Strength: –")
        self.strength_label.setProperty("role", "small")
        self.rule = QLabel(PASSPHRASE_RULE)
        self.rule.setProperty("role", "small")
        self.rule.setWordWrap(True)
        self.mismatch = QLabel("The two passphrases don’t match yet.")
        self.mismatch.setProperty("role", "small")
        self.mismatch.setVisible(False)

        first = QLabel(label)
        first.setBuddy(self.passphrase)
        second = QLabel(f"Confirm {label.lower()}")
        second.setBuddy(self.confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(first)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.meter)
        layout.addWidget(self.strength_label)
        layout.addWidget(self.rule)
        layout.addSpacing(6)
        layout.addWidget(second)
        layout.addWidget(self.confirm)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.show_box)

        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self.show_box.toggled.connect(self._toggle_echo)
        self.setTabOrder(self.passphrase, self.confirm)
        self.setTabOrder(self.confirm, self.show_box)

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _update(self) -> None:
        text = self.passphrase.text()
        strength = estimate_strength(text)
        self.meter.setValue(strength.score + 1 if text else 0)
        self.meter.setProperty("level", str(strength.score))
        repolish(self.meter)
        if not text:
            self.strength_label.setText("Strength: –")
        elif not strength.acceptable:
            self.strength_label.setText(f"Strength: {strength.label} — not accepted yet")
        else:
            self.strength_label.setText(f"Strength: {strength.label}")
        self.meter.setAccessibleDescription(self.strength_label.text())
        confirm = self.confirm.text()
        self.mismatch.setVisible(bool(confirm) and confirm != text)
        self.changed.emit()

    def is_valid(self) -> bool:
        text = self.passphrase.text()
        return estimate_strength(text).acceptable and self.confirm.text() == text

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.show_box.setChecked(False)
