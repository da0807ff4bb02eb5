"""The Settings dialog's writing-prompts control: named, on by default, reached by Tab from the
reduce-motion choice, applied at once to the Journal's blank page, and stored."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.settings import SettingsDialog
from tests.ui.helpers.settings_dialog import opened_settings, store_setting, unlocked_main

pytestmark = pytest.mark.gui


def _open(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> tuple[AppController, SettingsDialog]:
    slug = profile_with_entries("Noor", "tea by the window")
    controller, main = unlocked_main(qtbot, make_controller, slug)
    main.new_entry()
    qtbot.waitUntil(main.journal.editor.prompt_line.isVisible, timeout=5_000)
    return controller, opened_settings(qtbot, main)


def test_the_control_is_named_on_by_default_and_reached_by_tab(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    _controller, dialog = _open(qtbot, make_controller, profile_with_entries)
    box = dialog.writing_prompts
    assert box.isChecked()
    assert box.accessibleName() == "Writing prompts"
    page = dialog.tabs.widget(0)
    assert page is not None and box.isVisibleTo(page)
    said = [label.text() for label in page.findChildren(QLabel)]
    assert "Writing prompts" in said
    assert any("never from what you write" in t for t in said)
    dialog.show()
    dialog.activateWindow()
    motion = dialog.motion_buttons["system"]
    motion.setFocus()
    qtbot.keyClick(motion, Qt.Key.Key_Tab)  # from the reduce-motion choice, Tab reaches it
    assert QApplication.focusWidget() is box
    dialog.close()


def test_turning_it_off_by_keyboard_hides_the_prompt_at_once_and_is_stored(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller, dialog = _open(qtbot, make_controller, profile_with_entries)
    session, main = controller.session, controller.main_window
    assert session is not None and main is not None
    line = main.journal.editor.prompt_line
    dialog.show()
    dialog.activateWindow()
    box = dialog.writing_prompts
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=2_000)  # no restart, no new page
    assert session.settings.get("writing_prompts") == "off"

    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(line.isVisible, timeout=2_000)
    assert session.settings.get("writing_prompts") == "on"
    dialog.close()


def test_a_stored_off_is_shown_in_the_dialog(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Lin", "a long walk")
    store_setting(slug, "writing_prompts", "off")
    controller, main = unlocked_main(qtbot, make_controller, slug)
    main.new_entry()
    dialog = opened_settings(qtbot, main)
    assert not dialog.writing_prompts.isChecked()
    qtbot.waitUntil(lambda: controller.tasks.in_flight == 0, timeout=5_000)  # setting read
    assert not main.journal.editor.prompt_line.isVisible()
    dialog.close()
