"""The Settings dialog's reduce-motion control: reachable by keyboard, named for screen readers,
applied at once to an open breathing exercise, and stored."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui import motion
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.care import BreathingDialog
from neuroleaf_desktop.ui.settings import SettingsDialog
from tests.ui.conftest import FakeClock
from tests.ui.helpers.settings_dialog import opened_settings, store_setting, unlocked_main

pytestmark = pytest.mark.usefixtures("motion_at_system")


def _open(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> tuple[AppController, SettingsDialog]:
    slug = profile_with_entries("Rae", "a quiet morning")
    controller, main = unlocked_main(qtbot, make_controller, slug)
    return controller, opened_settings(qtbot, main)


def test_the_control_is_named_and_starts_at_the_stored_choice(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    _controller, dialog = _open(qtbot, make_controller, profile_with_entries)
    buttons = dialog.motion_buttons
    assert set(buttons) == {"system", "on", "off"}
    assert buttons["system"].isChecked()
    names = [b.accessibleName() for b in buttons.values()]
    assert all(names) and len(set(names)) == 3
    assert any("reduce motion" in n.lower() for n in names)
    page = dialog.tabs.widget(0)
    assert page is not None and buttons["on"].isVisibleTo(page)
    said = [label.text() for label in page.findChildren(QLabel)]
    assert any("breathing circle and other animations still" in t for t in said)
    dialog.show()
    dialog.activateWindow()
    theme = dialog.theme_buttons["system"]
    theme.setFocus()
    qtbot.keyClick(theme, Qt.Key.Key_Tab)  # from the theme choice, Tab reaches this one
    assert QApplication.focusWidget() is buttons["system"]
    dialog.close()


def test_choosing_by_keyboard_stills_an_open_exercise_at_once_and_is_stored(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller, dialog = _open(qtbot, make_controller, profile_with_entries)
    session, ctx = controller.session, controller.ctx
    assert session is not None and ctx is not None
    breathing = BreathingDialog(ctx, controller.main_window, time_source=FakeClock())
    qtbot.addWidget(breathing)
    breathing.show()
    qtbot.waitUntil(lambda: motion.policy().choice == "system")
    breathing.start()
    assert not breathing.guide.still

    dialog.show()
    dialog.activateWindow()
    system = dialog.motion_buttons["system"]
    system.setFocus()
    qtbot.keyClick(system, Qt.Key.Key_Down)  # the next choice: keep still
    assert dialog.motion_buttons["on"].isChecked()
    assert breathing.guide.still  # no restart, no wait for the vault
    assert "circle keeps still" in breathing.intro.text()
    qtbot.waitUntil(lambda: session.settings.get("reduce_motion") == "on", timeout=5_000)

    dialog.motion_buttons["off"].click()
    assert not breathing.guide.still
    qtbot.waitUntil(lambda: session.settings.get("reduce_motion") == "off", timeout=5_000)
    breathing.reject()
    dialog.close()


def test_a_stored_choice_is_followed_at_unlock_and_shown_in_the_dialog(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Sol", "rain on the window")
    store_setting(slug, "reduce_motion", "on")
    _controller, main = unlocked_main(qtbot, make_controller, slug)
    # the window reads the stored choice itself: its busy light is still before any dialog opens
    qtbot.waitUntil(lambda: motion.policy().choice == "on", timeout=5_000)
    assert main.jobs_bar.still
    dialog = opened_settings(qtbot, main)
    assert dialog.motion_buttons["on"].isChecked()
    assert motion.policy().choice == "on"
    dialog.close()


def test_the_choice_is_kept_outside_the_vault_for_the_next_unlock_window(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller, dialog = _open(qtbot, make_controller, profile_with_entries)
    dialog.motion_buttons["on"].click()
    qtbot.waitUntil(lambda: controller.prefs.reduce_motion == "on", timeout=5_000)
    dialog.close()
    controller.prefs.sync()
    motion.policy().set_choice("system")  # as a fresh start of the app would find it

    # the next start: no vault open yet, the unlock window already keeps still
    again = make_controller()
    assert again.unlock_window is not None and again.main_window is None
    assert motion.policy().choice == "on" and not motion.policy().moves()
