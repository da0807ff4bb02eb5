"""The app unlocked on a profile, and its Settings dialog opened as a person opens it (Ctrl+,):
the steps the settings tests share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.main_window import MainWindow
from neuroleaf_desktop.ui.settings import SettingsDialog
from tests.conftest import PASSPHRASE


def store_setting(slug: str, key: str, value: object) -> None:
    """Set ``key`` in a locked profile, as the CLI would before the app starts."""
    stored = ProfileStore(app_paths()).open(slug, PASSPHRASE)
    try:
        stored.settings.set(key, value)
    finally:
        stored.close()


def unlocked_main(
    qtbot: QtBot, make_controller: Callable[..., AppController], slug: str
) -> tuple[AppController, MainWindow]:
    controller = make_controller(profile=slug, passphrase=PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    main = controller.main_window
    assert main is not None
    return controller, main


def opened_settings(qtbot: QtBot, main: MainWindow) -> SettingsDialog:
    """The one Settings dialog, once it has read the profile's settings."""
    main.settings_action.trigger()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
    qtbot.waitUntil(dialog.tabs.isEnabled, timeout=5_000)
    return dialog
