"""Settings dialog: live theme switch, change passphrase, auto-lock minutes written through."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.settings import SettingsDialog
from neuroleaf_desktop.ui.theme import DARK, LIGHT
from tests.ui.conftest import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton


def _open_settings(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> tuple[AppController, SettingsDialog]:
    slug = profile_with_entries("Jo", "an entry")
    controller = make_controller(profile=slug, passphrase=PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    main = controller.main_window
    assert main is not None
    main.settings_action.trigger()  # Ctrl+,
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(dialog.tabs.isEnabled, timeout=5_000)
    return controller, dialog


def _window_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Window)


def test_theme_switch_applies_live_and_is_stored(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller, dialog = _open_settings(qtbot, make_controller, profile_with_entries)
    session = controller.session
    assert session is not None
    dialog.theme_buttons["dark"].click()
    assert controller.theme.resolved == "dark"
    assert _window_colour() == QColor(DARK.window)
    assert DARK.accent.lower() in QApplication.instance().styleSheet().lower()  # type: ignore[attr-defined]
    # the keyboard rows' focus ring follows the theme (its style sheet is a palette change of
    # its own, so it must settle on the new colour, not swing between the two)
    window = controller.main_window
    assert window is not None
    for rows in (window.history.checkins_list, window.insights.answer_list):
        assert DARK.accent.lower() in rows.styleSheet().lower()
    qtbot.waitUntil(lambda: session.settings.get("theme") == "dark", timeout=5_000)
    qtbot.waitUntil(lambda: controller.prefs.theme == "dark", timeout=5_000)  # for next start

    dialog.theme_buttons["light"].click()
    assert controller.theme.resolved == "light"
    assert _window_colour() == QColor(LIGHT.window)
    for rows in (window.history.checkins_list, window.insights.answer_list):
        assert LIGHT.accent.lower() in rows.styleSheet().lower()
    qtbot.waitUntil(lambda: session.settings.get("theme") == "light", timeout=5_000)


def test_change_passphrase_then_unlock_with_the_new_one(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller, dialog = _open_settings(qtbot, make_controller, profile_with_entries)
    dialog.tabs.setCurrentIndex(1)  # Privacy & security
    new = "maple kettle lantern drift"
    qtbot.keyClicks(dialog.current_pass, PASSPHRASE)
    qtbot.keyClicks(dialog.new_pass.passphrase, new)
    qtbot.keyClicks(dialog.new_pass.confirm, new)
    qtbot.waitUntil(dialog.change_button.isEnabled)
    qtbot.mouseClick(dialog.change_button, LEFT)
    qtbot.waitUntil(dialog.change_result.isVisible, timeout=10_000)
    assert "changed" in dialog.change_result.text()
    assert dialog.current_pass.text() == ""

    controller.lock()
    page = controller.unlock_window.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)  # the old one no longer opens it
    qtbot.mouseClick(page.unlock, LEFT)
    qtbot.waitUntil(page.error.isVisible, timeout=10_000)
    assert controller.is_locked

    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, new)
    qtbot.mouseClick(page.unlock, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)


def test_wrong_current_passphrase_is_explained(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    _controller, dialog = _open_settings(qtbot, make_controller, profile_with_entries)
    dialog.tabs.setCurrentIndex(1)  # Privacy & security
    new = "maple kettle lantern drift"
    qtbot.keyClicks(dialog.current_pass, "definitely not it")
    qtbot.keyClicks(dialog.new_pass.passphrase, new)
    qtbot.keyClicks(dialog.new_pass.confirm, new)
    qtbot.mouseClick(dialog.change_button, LEFT)
    qtbot.waitUntil(dialog.change_result.isVisible, timeout=10_000)
    assert "current passphrase is not right" in dialog.change_result.text()


def test_autolock_and_reminders_write_through(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller, dialog = _open_settings(qtbot, make_controller, profile_with_entries)
    session = controller.session
    assert session is not None
    dialog.autolock.setCurrentIndex(dialog.autolock.findData(15))
    qtbot.waitUntil(lambda: controller.autolock.minutes == 15, timeout=5_000)
    assert session.settings.get("auto_lock_minutes") == 15

    dialog.lock_on_minimize.click()
    qtbot.waitUntil(lambda: not controller.autolock.lock_on_minimize, timeout=5_000)

    dialog.reminder_time.clear()
    qtbot.keyClicks(dialog.reminder_time, "07:45")
    qtbot.mouseClick(dialog.add_reminder, LEFT)
    qtbot.waitUntil(
        lambda: session.settings.get("reminder_times") == ["07:45", "20:30"], timeout=5_000
    )


def test_start_at_login_checkbox_writes_the_autostart_entry(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    from neuroleaf_desktop.services import autostart

    _controller, dialog = _open_settings(qtbot, make_controller, profile_with_entries)
    assert not dialog.start_at_login.isChecked()  # off by default
    dialog.start_at_login.click()
    assert autostart.is_enabled()
    assert "neuroleaf" in (autostart.autostart_dir() / autostart.FILE_NAME).read_text().lower()
    dialog.start_at_login.click()
    assert not autostart.is_enabled()
