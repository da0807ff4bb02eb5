"""The Settings dialog's "On this day" box: on by default, named, reached by Tab from the
writing prompts, and turning it off hides the Journal's line at once (and is stored)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.ui.app import AppController
from tests.conftest import PASSPHRASE
from tests.ui.helpers.settings_dialog import opened_settings, unlocked_main

pytestmark = pytest.mark.gui


def _a_year_ago_today() -> datetime:
    now = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    back = 4 if (now.month, now.day) == (2, 29) else 1  # a leap day's last one
    return now.replace(year=now.year - back)


def test_the_box_is_named_on_by_default_and_hides_the_line_at_once(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Ines", "a walk to the bakery")
    stored = ProfileStore(app_paths()).open(slug, PASSPHRASE)
    try:
        moving = NewEntry(title="Moving day", body="boxes", created_at=_a_year_ago_today())
        stored.journal.add(moving)
    finally:
        stored.close()
    controller, main = unlocked_main(qtbot, make_controller, slug)
    session = controller.session
    assert session is not None
    line = main.journal.on_this_day
    qtbot.waitUntil(lambda: line.offering, timeout=5_000)

    dialog = opened_settings(qtbot, main)
    box = dialog.on_this_day
    assert box.isChecked() and box.accessibleName() == "Show On this day in the Journal"
    page = dialog.tabs.widget(0)
    assert page is not None and box.isVisibleTo(page)
    assert "On this day" in [label.text() for label in page.findChildren(QLabel)]
    dialog.show()
    dialog.activateWindow()
    dialog.writing_prompts.setFocus()
    qtbot.keyClick(dialog.writing_prompts, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box

    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    qtbot.waitUntil(lambda: not line.offering, timeout=2_000)
    assert session.settings.get("on_this_day") == "off"
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: line.offering, timeout=2_000)
    assert session.settings.get("on_this_day") == "on"
    dialog.close()
