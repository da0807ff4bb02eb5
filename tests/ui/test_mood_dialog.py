"""The mood check-in: the common case is a handful of keystrokes, with no mouse at all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.mood import MoodCheckInDialog
from tests.ui.helpers.ui_context import drain

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def dialog(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[MoodCheckInDialog]:
    dlg = MoodCheckInDialog(ui_ctx)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: bool(dlg.activities.chips))  # activities loaded
    yield dlg
    dlg.close()
    drain(ui_ctx)
    dlg.deleteLater()


class Keyboard:
    """Types into whatever has the focus, counting keystrokes (a chord counts as one)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(
        self, key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        target = QApplication.focusWidget()
        assert isinstance(target, QWidget), "nothing has the keyboard focus"
        self.qtbot.keyClick(target, key, modifier)
        self.count += 1


def test_common_case_takes_two_keystrokes(
    qtbot: QtBot, dialog: MoodCheckInDialog, session: Session
) -> None:
    assert QApplication.focusWidget() is dialog.mood  # focus starts on mood
    keys = Keyboard(qtbot)
    keys.press("7")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert keys.count <= 10
    qtbot.waitUntil(lambda: len(session.mood.list()) == 1)
    (checkin,) = session.mood.list()
    assert checkin.mood == 7
    assert checkin.energy is None and checkin.emotions == ()
    qtbot.waitUntil(lambda: dialog.result() == MoodCheckInDialog.DialogCode.Accepted)


def test_richer_check_in_stays_under_ten_keystrokes(
    qtbot: QtBot, dialog: MoodCheckInDialog, session: Session
) -> None:
    keys = Keyboard(qtbot)
    keys.press("0")  # 0 means 10
    keys.press(Qt.Key.Key_Tab)
    keys.press("4")  # energy
    keys.press(Qt.Key.Key_Tab)
    keys.press("2")  # anxiety
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Up)  # sleep hours: from "not set" to 0
    keys.press(Qt.Key.Key_Enter, CTRL)
    assert keys.count <= 10
    qtbot.waitUntil(lambda: len(session.mood.list()) == 1)
    (checkin,) = session.mood.list()
    assert (checkin.mood, checkin.energy, checkin.anxiety) == (10, 4, 2)
    assert checkin.sleep_hours == 0.0


def test_arrows_and_emotions_and_activities(
    qtbot: QtBot, dialog: MoodCheckInDialog, session: Session
) -> None:
    qtbot.keyClick(dialog.mood, "5")
    qtbot.keyClick(dialog.mood, Qt.Key.Key_Right)
    assert dialog.mood.value() == 6
    dialog.emotion_groups[next(iter(dialog.emotion_groups))].chips["stressed"].click()
    dialog.activities.chips["walk"].click()
    qtbot.keyClicks(dialog.note, "long day")
    dialog.save()
    qtbot.waitUntil(lambda: len(session.mood.list()) == 1)
    (checkin,) = session.mood.list()
    assert checkin.mood == 6
    assert checkin.emotions == ("stressed",)
    assert checkin.activities == ("walk",)
    assert checkin.note == "long day"


def test_missing_mood_is_explained_inline(
    qtbot: QtBot, dialog: MoodCheckInDialog, session: Session
) -> None:
    qtbot.keyClick(dialog.mood, Qt.Key.Key_Return, CTRL)
    assert dialog.banner.isVisible()
    assert "mood" in dialog.banner.text.lower()
    assert dialog.isVisible()
    assert session.mood.list() == []


def test_service_error_is_shown_inline(
    qtbot: QtBot,
    dialog: MoodCheckInDialog,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(_new: object) -> None:
        raise ValidationError("Sleep must be between 0 and 24 hours.")

    monkeypatch.setattr(session.mood, "log", refuse)
    qtbot.keyClick(dialog.mood, "3")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.banner.isVisible())
    assert dialog.banner.text == "Sleep must be between 0 and 24 hours."
    assert dialog.isVisible()
    assert dialog.save_button.isEnabled()
