"""The views of the unlock window. Thin: they collect input and emit it; the window works."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.services.profiles import ProfileInfo
from neuroleaf_desktop.ui.unlock.common import (
    NewPassphraseFields,
    busy_bar,
    message_label,
    password_field,
    show_message,
)


def _button(text: str, role: str = "", accessible: str | None = None) -> QPushButton:
    button = QPushButton(text)
    if role:
        button.setProperty("role", role)
    button.setAccessibleName(accessible or text.replace("…", "").strip())
    if role == "link":
        button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class _Page(QWidget):
    """Title, subtitle, body, an error banner and a busy row, in that order."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        self.error = message_label("error")
        self.busy = busy_bar()
        self.busy_label = QLabel()
        self.busy_label.setProperty("role", "small")
        self.busy_label.setVisible(False)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(self.body)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self._inputs: list[QWidget] = []

    def _feedback_here(self, *, error: bool = True) -> None:
        """Move the busy row (and the error) from the page's end into the body, at this point.

        Feedback belongs next to the button that caused it, not under the secondary links.
        """
        outer = self.layout()
        for widget in ([self.error] if error else []) + [self.busy_label, self.busy]:
            if outer is not None:
                outer.removeWidget(widget)
            self.body.addWidget(widget)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.busy_label.setText(text)
        self.busy_label.setVisible(busy and bool(text))
        for widget in self._inputs:
            widget.setEnabled(not busy)
        if busy:
            show_message(self.error, "")
        self.refresh_enabled()

    def refresh_enabled(self) -> None:
        """Subclasses re-evaluate which buttons may be pressed."""

    @property
    def is_busy(self) -> bool:
        return self.busy.isVisible()

    def show_error(self, text: str) -> None:
        show_message(self.error, text, "error")


class CreateProfilePage(_Page):
    submitted = Signal(str, str)  # name, passphrase
    demo_requested = Signal()
    unlock_instead = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Create your private journal",
            "Everything stays on this computer, encrypted with your passphrase. "
            "Nobody else can read it — not even us.",
            parent,
        )
        name_label = QLabel("Your name or a nickname")
        self.name = QLineEdit()
        self.name.setAccessibleName("Profile name")
        self.name.setPlaceholderText("e.g. Sam")
        self.name.setMaxLength(60)
        name_label.setBuddy(self.name)
        self.fields = NewPassphraseFields("Passphrase")
        self.create_button = _button("Create my journal", "primary")
        self.demo = _button("Explore with sample data", "link")
        self.back = _button("I already have a profile — unlock it", "link")
        self.body.addWidget(name_label)
        self.body.addWidget(self.name)
        self.body.addSpacing(4)
        self.body.addWidget(self.fields)
        self.body.addSpacing(6)
        self.body.addWidget(self.create_button)
        self._feedback_here()
        links = QHBoxLayout()
        links.addWidget(self.back)
        links.addStretch(1)
        links.addWidget(self.demo)
        self.body.addLayout(links)
        self._inputs = [self.name, self.fields, self.demo, self.back]

        self.name.textChanged.connect(self.refresh_enabled)
        self.fields.changed.connect(self.refresh_enabled)
        self.create_button.clicked.connect(self._submit)
        self.fields.confirm.returnPressed.connect(self._submit)
        self.demo.clicked.connect(self.demo_requested)
        self.back.clicked.connect(self.unlock_instead)
        self.setTabOrder(self.name, self.fields.passphrase)
        self.setTabOrder(self.fields.show_box, self.create_button)
        self.setTabOrder(self.create_button, self.back)
        self.setTabOrder(self.back, self.demo)
        self.refresh_enabled()

    def set_can_go_back(self, can: bool) -> None:
        self.back.setVisible(can)

    def refresh_enabled(self) -> None:
        ok = bool(self.name.text().strip()) and self.fields.is_valid() and not self.is_busy
        self.create_button.setEnabled(ok)

    def _submit(self) -> None:
        if self.create_button.isEnabled():
            self.submitted.emit(self.name.text().strip(), self.fields.value())

    def reset(self) -> None:
        self.name.clear()
        self.fields.clear()
        show_message(self.error, "")


KEY_FONT_FAMILIES = ("DejaVu Sans Mono", "Menlo", "Consolas")
NON_BREAKING_HYPHEN = "\u2011"


def recovery_key_font() -> QFont:
    """A monospace face whose O/0 and I/1 look different (DejaVu Sans Mono first)."""
    font = QFont()
    font.setFamilies(list(KEY_FONT_FAMILIES))
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.25)
    return font


def recovery_key_lines(key: str) -> str:
    """The key as two even lines of groups. Groups are joined by non-breaking hyphens so no
    layout can wrap inside a line; the line break falls between groups, without a dash."""
    groups = [g for g in key.split("-") if g]
    half = (len(groups) + 1) // 2
    lines = [groups[:half], groups[half:]]
    return "\n".join(NON_BREAKING_HYPHEN.join(line) for line in lines if line)


class RecoveryKeyPage(_Page):
    finished = Signal()
    save_requested = Signal(str)  # file path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Your recovery key",
            "If you ever forget your passphrase, this key is the only way back into your "
            "journal. It is shown only this once: store it somewhere safe, such as on paper "
            "or in a password manager.",
            parent,
        )
        self.key = QLabel()
        self.key.setProperty("role", "mono")
        # Two fixed lines, never re-wrapped (a wrap at a hyphen splits a group from its dash),
        # in a face where O/0 and I/1 differ.
        self.key.setWordWrap(False)
        self.key.setFont(recovery_key_font())
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key.setAccessibleName("Recovery key")
        self._key = ""
        self.copy = _button("Copy")
        self.save = _button("Save as text file…")
        self.info = message_label("success")
        self.stored = QCheckBox("I have stored my recovery key somewhere safe")
        self.stored.setAccessibleName("I have stored my recovery key")
        self.proceed = _button("Continue", "primary")
        row = QHBoxLayout()
        row.addWidget(self.copy)
        row.addWidget(self.save)
        row.addStretch(1)
        self.body.addWidget(self.key)
        self.body.addLayout(row)
        self.body.addWidget(self.info)
        self.body.addSpacing(6)
        self.body.addWidget(self.stored)
        self.body.addWidget(self.proceed)
        self._inputs = [self.copy, self.save, self.stored]

        self.copy.clicked.connect(self._copy)
        self.save.clicked.connect(self._ask_path)
        self.stored.toggled.connect(self.refresh_enabled)
        self.proceed.clicked.connect(self._finish)
        self.setTabOrder(self.copy, self.save)
        self.setTabOrder(self.save, self.stored)
        self.setTabOrder(self.stored, self.proceed)
        self.refresh_enabled()

    def set_key(self, key: str) -> None:
        self._key = key
        self.key.setText(recovery_key_lines(key))  # two even lines copy by hand easily
        self.stored.setChecked(False)
        show_message(self.info, "")
        self.refresh_enabled()

    def refresh_enabled(self) -> None:
        self.proceed.setEnabled(self.stored.isChecked() and not self.is_busy)

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self._key)
            show_message(self.info, "Copied. Paste it somewhere safe.", "success")

    def _ask_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save recovery key", "neuroleaf-recovery-key.txt", "Text files (*.txt)"
        )
        if path:
            self.save_requested.emit(path)

    def recovery_key(self) -> str:
        return self._key

    def show_info(self, text: str) -> None:
        show_message(self.info, text, "success")

    def _finish(self) -> None:
        if self.proceed.isEnabled():
            self.key.clear()  # shown once: do not keep it in the widget
            self._key = ""
            self.finished.emit()


class UnlockPage(_Page):
    submitted = Signal(str, str)  # profile slug, passphrase
    keychain_requested = Signal(str)  # profile slug: unlock with this computer's keychain
    recovery_requested = Signal(str)
    create_requested = Signal()
    demo_requested = Signal()
    profile_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Welcome back", "Unlock your journal to continue.", parent)
        profile_label = QLabel("Profile")
        self.profiles = QComboBox()
        self.profiles.setAccessibleName("Profile")
        profile_label.setBuddy(self.profiles)
        pass_label = QLabel("Passphrase")
        self.passphrase = password_field("Passphrase")
        pass_label.setBuddy(self.passphrase)
        self.countdown = message_label("warning")
        self.countdown.setAccessibleName("Wait before trying again")
        self.unlock = _button("Unlock", "primary")
        # Shown only for a profile whose owner turned keychain unlock on (Settings); used only
        # when pressed, so the passphrase field stays the first way in.
        self.keychain = _button("Unlock with this computer's keychain")
        self.keychain.setToolTip(
            "You turned this on in Settings. Anyone who can log in as you on this computer "
            "can open the journal this way; your passphrase always works too."
        )
        self.keychain.setVisible(False)
        self.recovery = _button("Forgot your passphrase? Use your recovery key", "link")
        self.create_link = _button("New profile", "link", "Create a new profile")
        self.demo = _button("Explore with sample data", "link")
        self.body.addWidget(profile_label)
        self.body.addWidget(self.profiles)
        self.body.addSpacing(4)
        self.body.addWidget(pass_label)
        self.body.addWidget(self.passphrase)
        outer = self.layout()
        if outer is not None:  # the error belongs right under the passphrase here
            outer.removeWidget(self.error)
        self.body.addWidget(self.error)
        self.body.addWidget(self.countdown)
        self.body.addSpacing(6)
        self.body.addWidget(self.unlock)
        self.body.addWidget(self.keychain)
        self._feedback_here(error=False)
        self.body.addWidget(self.recovery)
        links = QHBoxLayout()
        links.addWidget(self.create_link)
        links.addStretch(1)
        links.addWidget(self.demo)
        self.body.addSpacing(8)
        self.body.addLayout(links)
        self._inputs = [
            self.profiles,
            self.passphrase,
            self.keychain,
            self.recovery,
            self.create_link,
            self.demo,
        ]

        self._deadline: float | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_countdown)

        self.passphrase.textChanged.connect(self.refresh_enabled)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock.clicked.connect(self._submit)
        self.keychain.clicked.connect(lambda: self.keychain_requested.emit(self.selected_slug()))
        self.recovery.clicked.connect(lambda: self.recovery_requested.emit(self.selected_slug()))
        self.create_link.clicked.connect(self.create_requested)
        self.demo.clicked.connect(self.demo_requested)
        self.profiles.currentIndexChanged.connect(self._on_profile_changed)
        self.setTabOrder(self.profiles, self.passphrase)
        self.setTabOrder(self.passphrase, self.unlock)
        self.setTabOrder(self.unlock, self.keychain)
        self.setTabOrder(self.keychain, self.recovery)
        self.setTabOrder(self.recovery, self.create_link)
        self.setTabOrder(self.create_link, self.demo)
        self.refresh_enabled()

    # ---- profiles -------------------------------------------------------------------------
    def set_profiles(self, profiles: list[ProfileInfo], selected: str | None) -> None:
        self.profiles.blockSignals(True)
        self.profiles.clear()
        for info in profiles:
            self.profiles.addItem(info.name, info.slug)
        index = self.profiles.findData(selected) if selected else -1
        self.profiles.setCurrentIndex(max(index, 0))
        self.profiles.blockSignals(False)
        self.profiles.setEnabled(not self.is_busy)
        self._on_profile_changed()

    def select(self, slug_or_name: str) -> bool:
        index = self.profiles.findData(slug_or_name)
        if index < 0:
            index = self.profiles.findText(slug_or_name)
        if index >= 0:
            self.profiles.setCurrentIndex(index)
        return index >= 0

    def selected_slug(self) -> str:
        return str(self.profiles.currentData() or "")

    def selected_name(self) -> str:
        return self.profiles.currentText()

    def set_keychain_available(self, available: bool) -> None:
        self.keychain.setVisible(available)

    def _on_profile_changed(self) -> None:
        self.keychain.setVisible(False)  # until the window has read this profile's key file
        self.stop_countdown()
        show_message(self.error, "")
        self.subtitle.setText(
            f"Unlock {self.selected_name()}’s journal to continue."
            if self.selected_name()
            else "Unlock your journal to continue."
        )
        self.profile_changed.emit(self.selected_slug())

    # ---- back-off countdown ------------------------------------------------------------------
    def start_countdown(self, seconds: float) -> None:
        if seconds <= 0:
            self.stop_countdown()
            return
        self._deadline = time.monotonic() + seconds
        self._tick.start()
        self._update_countdown()

    def stop_countdown(self) -> None:
        self._deadline = None
        self._tick.stop()
        show_message(self.countdown, "")
        self.refresh_enabled()

    def countdown_active(self) -> bool:
        return self._deadline is not None

    def _update_countdown(self) -> None:
        if self._deadline is None:
            return
        left = self._deadline - time.monotonic()
        if left <= 0:
            self.stop_countdown()
            self.passphrase.setFocus()
            return
        secs = int(left) + (0 if left == int(left) else 1)
        show_message(
            self.countdown,
            f"Too many wrong attempts. For your safety, you can try again in {secs} s.",
            "warning",
        )
        self.refresh_enabled()

    # ---- submitting ---------------------------------------------------------------------------
    def refresh_enabled(self) -> None:
        self.unlock.setEnabled(
            bool(self.passphrase.text())
            and bool(self.selected_slug())
            and not self.is_busy
            and self._deadline is None
        )

    def set_busy(self, busy: bool, text: str = "") -> None:
        super().set_busy(busy, text)
        self.profiles.setEnabled(not busy)

    def _submit(self) -> None:
        if self.unlock.isEnabled():
            self.submitted.emit(self.selected_slug(), self.passphrase.text())

    def wrong_passphrase(self, message: str) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.show_error(message)

    def reset(self) -> None:
        self.passphrase.clear()
        show_message(self.error, "")


class ResetPassphrasePage(_Page):
    submitted = Signal(str, str, str)  # slug, recovery key, new passphrase
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Reset your passphrase",
            "Enter the recovery key you saved when you created this journal, then choose a "
            "new passphrase. Your entries stay exactly as they are.",
            parent,
        )
        self._slug = ""
        key_label = QLabel("Recovery key")
        self.key = QLineEdit()
        self.key.setAccessibleName("Recovery key")
        self.key.setPlaceholderText("The key you stored when you created this journal")
        key_label.setBuddy(self.key)
        self.fields = NewPassphraseFields("New passphrase")
        self.reset_button = _button("Reset passphrase and unlock", "primary")
        self.back_button = _button("Back", "link", "Back to unlock")
        self.body.addWidget(key_label)
        self.body.addWidget(self.key)
        self.body.addSpacing(4)
        self.body.addWidget(self.fields)
        self.body.addSpacing(6)
        self.body.addWidget(self.reset_button)
        self._feedback_here()
        self.body.addWidget(self.back_button)
        self._inputs = [self.key, self.fields, self.back_button]

        self.key.textChanged.connect(self.refresh_enabled)
        self.fields.changed.connect(self.refresh_enabled)
        self.reset_button.clicked.connect(self._submit)
        self.fields.confirm.returnPressed.connect(self._submit)  # Enter submits, as on create
        self.back_button.clicked.connect(self.back)
        self.setTabOrder(self.key, self.fields.passphrase)
        self.setTabOrder(self.fields.show_box, self.reset_button)
        self.setTabOrder(self.reset_button, self.back_button)
        self.refresh_enabled()

    def set_profile(self, slug: str, name: str) -> None:
        self._slug = slug
        self.title.setText(f"Reset {name}’s passphrase" if name else "Reset your passphrase")

    def refresh_enabled(self) -> None:
        ok = bool(self.key.text().strip()) and self.fields.is_valid() and not self.is_busy
        self.reset_button.setEnabled(ok)

    def _submit(self) -> None:
        if self.reset_button.isEnabled():
            self.submitted.emit(self._slug, self.key.text().strip(), self.fields.value())

    def reset(self) -> None:
        self.key.clear()
        self.fields.clear()
        show_message(self.error, "")
