"""Settings: appearance, privacy & security, reminders, about.

Every change is written through ``session.settings.set`` as a task (``ui/tasks.py``) the moment
it is made (no Apply button); the text size, the theme and reduce motion are applied live (the
window itself is the preview of a text size), and an open
Journal follows the writing-prompts choice as soon as it is stored. The app controller
listens for the settings change and updates auto-lock and the tray behaviour.
"""

from __future__ import annotations

import platform
from collections.abc import Callable, Iterable
from typing import Any

import PySide6
from PySide6.QtCore import QRegularExpression, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop import APP_NAME, __version__
from neuroleaf_desktop.services import autostart
from neuroleaf_desktop.services.settings_service import SCHEMA
from neuroleaf_desktop.ui import text_size
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.motion import policy
from neuroleaf_desktop.ui.settings.keychain_box import KeychainUnlockBox
from neuroleaf_desktop.ui.settings.sync_page import SyncPage
from neuroleaf_desktop.ui.theme import ThemeManager
from neuroleaf_desktop.ui.unlock.common import (
    NewPassphraseFields,
    busy_bar,
    friendly_error,
    message_label,
    password_field,
    show_message,
)

MAX_REMINDERS = 6
TIME_PATTERN = QRegularExpression(r"^([01]\d|2[0-3]):[0-5]\d$")
AUTOLOCK_CHOICES = (1, 2, 5, 10, 15, 30, 60, 120, 240, 0)


def _minutes_text(minutes: int) -> str:
    if minutes == 0:
        return "Never"
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} hour" + ("s" if hours > 1 else "")
    return f"{minutes} minute" + ("s" if minutes > 1 else "")


THEMES = (("light", "Light"), ("dark", "Dark"), ("system", "Follow system"))
# reduce_motion: (value, what the button says, what a screen reader is told)
MOTIONS = (
    ("system", "Follow system", "Follow the system's animation setting"),
    ("on", "Keep still", "Reduce motion: keep animations still"),
    ("off", "Allow animations", "Allow animations"),
)


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def _section(layout: QVBoxLayout, title: str, note: str) -> None:
    """A section of a page: its heading, then one muted line saying what it does."""
    heading = QLabel(title)
    heading.setProperty("role", "heading")
    layout.addWidget(heading)
    layout.addWidget(_muted(note))


def _radio_choices(
    owner: QWidget,
    layout: QVBoxLayout,
    choices: Iterable[tuple[str, str, str]],
    chosen: Callable[[str], None],
) -> tuple[QButtonGroup, dict[str, QRadioButton]]:
    """One radio button per (value, text, name for assistive tech), in one group; ``chosen``
    hears the value of the button that gets checked."""
    group = QButtonGroup(owner)
    buttons: dict[str, QRadioButton] = {}
    for value, text, spoken in choices:
        button = QRadioButton(text)
        button.setAccessibleName(spoken)
        group.addButton(button)
        buttons[value] = button
        layout.addWidget(button)
        button.toggled.connect(lambda checked, v=value: chosen(v) if checked else None)
    return group, buttons


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setStyleSheet("QScrollArea { background: transparent; }")
    widget.setObjectName("settingsPage")
    widget.setStyleSheet("QWidget#settingsPage { background: transparent; }")
    return area


_LI = "margin-bottom: 4px;"  # a little air between the licence lines
LICENCES_HTML = f"""
<p><b>{APP_NAME}</b> {__version__} — a private, offline, encrypted journal.<br>
Licensed under the Apache License 2.0.</p>
<p><b>Built with</b></p>
<ul style="-qt-list-indent: 1;">
<li style="{_LI}"><b>Qt {qVersion()}</b> and <b>PySide6 {PySide6.__version__}</b> — GNU LGPL v3.
  Qt is linked dynamically; you may replace the Qt libraries with your own build.</li>
<li style="{_LI}"><b>SQLCipher</b> — BSD-style licence, © Zetetic LLC (encrypted database).</li>
<li style="{_LI}">argon2-cffi (MIT), cryptography (Apache-2.0 / BSD), structlog (MIT / Apache-2.0),
  platformdirs (MIT), click (BSD-3-Clause).</li>
<li style="{_LI}">Python {platform.python_version()} — PSF licence.</li>
</ul>
<p>Licences of the optional local models (speech, embeddings, language model) are listed in
the <b>NOTICE</b> file shipped with the app.</p>
<p>Your journal never leaves this computer: no account, no cloud, no telemetry.</p>
"""


class SettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, theme: ThemeManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.theme = theme
        self._loading = True
        self.setWindowTitle(f"Settings — {APP_NAME}")
        self.setMinimumSize(600, 560)
        self.resize(text_size.fitted_size(680, 640, self))

        self.status = message_label("error")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Settings sections")
        self.tabs.addTab(_scrolling(self._appearance_page()), "Appearance")
        self.tabs.addTab(_scrolling(self._privacy_page()), "Privacy && security")
        self.tabs.addTab(_scrolling(self._reminders_page()), "Reminders")
        self.sync_page = SyncPage(ctx)
        self.tabs.addTab(_scrolling(self.sync_page), "Sync")
        self.tabs.addTab(_scrolling(self._about_page()), "About")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAccessibleName("Close settings")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self._populate(
            {k: d for k, (d, _, _) in SCHEMA.items()}
            | {
                "theme": theme.choice,
                "reduce_motion": policy().choice,
                text_size.SETTING: text_size.current().percent,
            }
        )
        self.tabs.setEnabled(False)
        self.ctx.tasks.run(self, self.ctx.session.settings.all, self._loaded, self._load_failed)

    # ---- pages -----------------------------------------------------------------------------------
    def _appearance_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(10)
        _section(
            layout,
            "Text size",
            "Larger or smaller text everywhere in the app; the window changes as you choose. "
            "View → Larger text (Ctrl+=) and Smaller text (Ctrl+-) do the same.",
        )
        self.text_size = QComboBox()
        for percent in text_size.CHOICES:
            self.text_size.addItem(text_size.describe(percent), percent)
        self.text_size.setAccessibleName("Text size")
        self.text_size.setMaximumWidth(240)
        self.text_size.currentIndexChanged.connect(self._text_size_chosen)
        layout.addWidget(self.text_size)
        layout.addSpacing(12)
        _section(layout, "Theme", "Changes apply straight away.")
        themes = [(value, text, f"{text} theme") for value, text in THEMES]
        self.theme_group, self.theme_buttons = _radio_choices(
            self, layout, themes, self._theme_chosen
        )
        layout.addSpacing(12)
        _section(
            layout,
            "Reduce motion",
            "Keep the breathing circle and other animations still. "
            "“Follow system” uses your computer's own animation setting.",
        )
        self.motion_group, self.motion_buttons = _radio_choices(
            self, layout, MOTIONS, self._motion_chosen
        )
        layout.addSpacing(12)
        _section(
            layout,
            "Writing prompts",
            "A gentle question on a new, empty entry, to help you start. "
            "It is chosen by the date, never from what you write.",
        )
        self.writing_prompts = self._on_off_box(
            layout, "writing_prompts", "Offer a writing prompt on a blank page", "Writing prompts"
        )
        layout.addSpacing(12)
        _section(
            layout,
            "On this day",
            "Above your days, a quiet link to what you wrote on this date in earlier years. "
            "Nothing of an old entry is shown until you open it.",
        )
        self.on_this_day = self._on_off_box(
            layout,
            "on_this_day",
            "Show \u201cOn this day\u201d in the Journal",
            "Show On this day in the Journal",
        )
        layout.addStretch(1)
        return page

    def _privacy_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(14)

        locking = QGroupBox("Locking")
        form = QFormLayout(locking)
        form.setSpacing(10)
        self.autolock = QComboBox()
        for minutes in AUTOLOCK_CHOICES:
            self.autolock.addItem(_minutes_text(minutes), minutes)
        self.autolock.setAccessibleName("Lock after idle minutes")
        self.autolock.setMinimumWidth(160)
        self.autolock.setMaximumWidth(240)
        self.autolock.currentIndexChanged.connect(
            lambda _i: self._write("auto_lock_minutes", self.autolock_minutes())
        )
        form.addRow("Lock after being idle for", self.autolock)
        self.lock_on_minimize = QCheckBox("Lock when the window is minimised")
        self.lock_on_minimize.setAccessibleName("Lock when minimised")
        self.lock_on_minimize.toggled.connect(lambda on: self._write("lock_on_minimize", bool(on)))
        form.addRow(self.lock_on_minimize)
        self.close_to_tray = QCheckBox("Keep running in the tray when the window is closed")
        self.close_to_tray.setAccessibleName("Close to tray")
        self.close_to_tray.toggled.connect(lambda on: self._write("close_to_tray", bool(on)))
        form.addRow(self.close_to_tray)
        self.start_at_login = QCheckBox("Start NeuroLeaf when I log in (for reminders)")
        self.start_at_login.setAccessibleName("Start at login")
        self.start_at_login.setEnabled(autostart.supported())
        self.start_at_login.setChecked(autostart.supported() and autostart.is_enabled())
        self.start_at_login.toggled.connect(self._start_at_login)
        form.addRow(self.start_at_login)
        layout.addWidget(locking)

        change = QGroupBox("Change passphrase")
        box = QVBoxLayout(change)
        box.setSpacing(8)
        current_label = QLabel("Current passphrase")
        self.current_pass = password_field("Current passphrase")
        current_label.setBuddy(self.current_pass)
        self.new_pass = NewPassphraseFields("New passphrase")
        self.change_button = QPushButton("Change passphrase")
        self.change_button.setProperty("role", "primary")
        self.change_button.setAccessibleName("Change passphrase")
        self.change_busy = busy_bar()
        self.change_result = message_label("success")
        box.addWidget(_muted("Your entries are not re-encrypted; only the key that opens them."))
        box.addWidget(current_label)
        box.addWidget(self.current_pass)
        box.addWidget(self.new_pass)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.change_button)
        box.addLayout(row)
        box.addWidget(self.change_busy)
        box.addWidget(self.change_result)
        self.current_pass.textChanged.connect(self._refresh_change)
        self.new_pass.changed.connect(self._refresh_change)
        self.change_button.clicked.connect(self._change_passphrase)
        layout.addWidget(change)
        self.keychain_box = KeychainUnlockBox(self.ctx)
        layout.addWidget(self.keychain_box)

        data = QGroupBox("Your data")
        data_box = QVBoxLayout(data)
        data_box.addWidget(
            _muted(
                f"Everything is stored encrypted in one folder on this computer: "
                f"{self.ctx.session.vault.folder}"
            )
        )
        self.show_folder = QPushButton("Show data folder")
        self.show_folder.setAccessibleName("Show data folder")
        self.show_folder.clicked.connect(self._open_folder)
        data_row = QHBoxLayout()
        data_row.addWidget(self.show_folder)
        data_row.addStretch(1)
        data_box.addLayout(data_row)
        layout.addWidget(data)
        layout.addStretch(1)
        self.setTabOrder(self.autolock, self.lock_on_minimize)
        self.setTabOrder(self.lock_on_minimize, self.close_to_tray)
        self.setTabOrder(self.close_to_tray, self.current_pass)
        self.setTabOrder(self.current_pass, self.new_pass.passphrase)
        self.setTabOrder(self.new_pass.show_box, self.change_button)
        self.setTabOrder(self.change_button, self.keychain_box.passphrase)
        self.setTabOrder(self.keychain_box.off_button, self.show_folder)
        self._refresh_change()
        return page

    def _reminders_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(10)
        heading = QLabel("Daily reminders")
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        layout.addWidget(
            _muted(
                f"A gentle nudge to write or check in, at up to {MAX_REMINDERS} times a day. "
                "Reminders never show anything from your journal."
            )
        )
        self.reminders = QListWidget()
        self.reminders.setAccessibleName("Reminder times")
        self.reminders.setMaximumHeight(200)
        self.reminder_time = QLineEdit("20:30")
        self.reminder_time.setValidator(QRegularExpressionValidator(TIME_PATTERN, self))
        self.reminder_time.setPlaceholderText("HH:MM")
        self.reminder_time.setAccessibleName("New reminder time, HH:MM")
        self.reminder_time.setMaximumWidth(110)
        self.reminder_time.textChanged.connect(self._refresh_reminder_buttons)
        self.reminder_time.returnPressed.connect(self._add_reminder)
        self.add_reminder = QPushButton("Add")
        self.add_reminder.setAccessibleName("Add reminder time")
        self.remove_reminder = QPushButton("Remove selected")
        self.remove_reminder.setAccessibleName("Remove selected reminder time")
        self.add_reminder.clicked.connect(self._add_reminder)
        self.remove_reminder.clicked.connect(self._remove_reminder)
        self.reminders.currentRowChanged.connect(self._refresh_reminder_buttons)
        row = QHBoxLayout()
        row.addWidget(self.reminder_time)
        row.addWidget(self.add_reminder)
        row.addStretch(1)
        row.addWidget(self.remove_reminder)
        layout.addWidget(self.reminders)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setTabOrder(self.reminders, self.reminder_time)
        self.setTabOrder(self.reminder_time, self.add_reminder)
        self.setTabOrder(self.add_reminder, self.remove_reminder)
        return page

    def _about_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 20, 20, 20)
        about = QLabel(LICENCES_HTML)
        about.setWordWrap(True)
        about.setOpenExternalLinks(False)
        about.setAccessibleName("About and licences")
        layout.addWidget(about)
        layout.addStretch(1)
        return page

    # ---- loading ---------------------------------------------------------------------------------
    def _loaded(self, values: Any) -> None:
        self._populate(dict(values))
        policy().set_choice(str(values.get("reduce_motion", "system")))
        self.tabs.setEnabled(True)

    def _load_failed(self, exc: BaseException) -> None:
        self.tabs.setEnabled(True)
        show_message(self.status, friendly_error(exc), "error")

    def _populate(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            size = self.text_size.findData(values.get(text_size.SETTING, text_size.DEFAULT))
            self.text_size.setCurrentIndex(max(size, self.text_size.findData(text_size.DEFAULT)))
            button = self.theme_buttons.get(str(values.get("theme", "system")))
            if button is not None:
                button.setChecked(True)
            motion = self.motion_buttons.get(str(values.get("reduce_motion", "system")))
            if motion is not None:
                motion.setChecked(True)
            self.writing_prompts.setChecked(str(values.get("writing_prompts", "on")) == "on")
            self.on_this_day.setChecked(str(values.get("on_this_day", "on")) == "on")
            self.set_autolock_minutes(int(values.get("auto_lock_minutes", 5)))
            self.lock_on_minimize.setChecked(bool(values.get("lock_on_minimize", True)))
            self.close_to_tray.setChecked(bool(values.get("close_to_tray", True)))
            self.reminders.clear()
            for time_text in sorted(values.get("reminder_times", [])):
                self.reminders.addItem(str(time_text))
            self._refresh_reminder_buttons()
        finally:
            self._loading = False

    # ---- writing ---------------------------------------------------------------------------------
    def _on_off_box(self, layout: QVBoxLayout, key: str, label: str, name: str) -> QCheckBox:
        """A checkbox for an "on"/"off" setting ``key``, written as soon as it is toggled."""
        box = QCheckBox(label)
        box.setAccessibleName(name)
        box.toggled.connect(lambda on: self._write(key, "on" if on else "off"))
        layout.addWidget(box)
        return box

    def _write(self, key: str, value: Any) -> None:
        if self._loading:
            return
        settings = self.ctx.session.settings
        self.ctx.tasks.run(
            self,
            lambda: settings.set(key, value),
            lambda _r: show_message(self.status, ""),
            lambda exc: show_message(self.status, friendly_error(exc), "error"),
        )

    def _start_at_login(self, on: bool) -> None:
        """A per-computer choice kept as the autostart entry itself, not in the journal."""
        try:
            autostart.set_enabled(on)
        except OSError as exc:
            show_message(self.status, f"Could not change start at login: {exc.strerror}.", "error")

    def _theme_chosen(self, value: str) -> None:
        if self._loading:
            return
        self.theme.apply(value)
        self._write("theme", value)

    def _text_size_chosen(self, _index: int) -> None:
        """Applied at once, so the dialog and the window behind it are the preview; stored."""
        if self._loading:
            return
        percent = int(self.text_size.currentData())
        text_size.current().set_percent(percent)
        self._write(text_size.SETTING, percent)

    def _motion_chosen(self, value: str) -> None:
        """Applied at once (every moving widget hears the policy), then stored."""
        if self._loading:
            return
        policy().set_choice(value)
        self._write("reduce_motion", value)

    def autolock_minutes(self) -> int:
        return int(self.autolock.currentData())

    def set_autolock_minutes(self, minutes: int) -> None:
        index = self.autolock.findData(minutes)
        if index < 0:  # a value set from the CLI that is not one of the presets
            self.autolock.addItem(_minutes_text(minutes), minutes)
            index = self.autolock.count() - 1
        self.autolock.setCurrentIndex(index)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.session.vault.folder)))

    # ---- reminders -------------------------------------------------------------------------------
    def reminder_times(self) -> list[str]:
        return [self.reminders.item(i).text() for i in range(self.reminders.count())]

    def _refresh_reminder_buttons(self) -> None:
        self.add_reminder.setEnabled(self.reminders.count() < MAX_REMINDERS and self._valid_time())
        self.remove_reminder.setEnabled(self.reminders.currentRow() >= 0)

    def _valid_time(self) -> bool:
        return TIME_PATTERN.match(self.reminder_time.text().strip()).hasMatch()

    def _add_reminder(self) -> None:
        value = self.reminder_time.text().strip()
        times = self.reminder_times()
        if not self._valid_time() or value in times or len(times) >= MAX_REMINDERS:
            return
        self._set_reminders(sorted([*times, value]))

    def _remove_reminder(self) -> None:
        row = self.reminders.currentRow()
        if row >= 0:
            times = self.reminder_times()
            del times[row]
            self._set_reminders(times)

    def _set_reminders(self, times: list[str]) -> None:
        self.reminders.clear()
        self.reminders.addItems(times)
        self._refresh_reminder_buttons()
        self._write("reminder_times", times)

    # ---- passphrase ------------------------------------------------------------------------------
    def _refresh_change(self) -> None:
        self.change_button.setEnabled(
            bool(self.current_pass.text())
            and self.new_pass.is_valid()
            and not self.change_busy.isVisible()
        )

    def _change_passphrase(self) -> None:
        if not self.change_button.isEnabled():
            return
        vault = self.ctx.session.vault
        current, new = self.current_pass.text(), self.new_pass.value()
        self.change_busy.setVisible(True)
        show_message(self.change_result, "")
        self._refresh_change()

        def done(_result: Any) -> None:
            self.change_busy.setVisible(False)
            self.current_pass.clear()
            self.new_pass.clear()
            show_message(
                self.change_result,
                "Your passphrase was changed. Use the new one next time you unlock.",
                "success",
            )
            self._refresh_change()

        def failed(exc: BaseException) -> None:
            self.change_busy.setVisible(False)
            show_message(self.change_result, friendly_error(exc), "error")
            self._refresh_change()

        self.ctx.tasks.run(self, lambda: vault.change_passphrase(current, new), done, failed)
