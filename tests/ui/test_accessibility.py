"""Every control a person can reach has a name a screen reader can say, in every screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui.app import AppController
from tests.ui.conftest import PASSPHRASE

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy().name == "NoFocus":
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or combo box: its owner carries the name
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName().strip() or text.strip().strip("&")):
            missing.append(f"{type(widget).__name__}:{widget.objectName() or '?'}")
    return missing


def test_every_screen_names_its_controls(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller = make_controller(profile_with_entries("A11y", "hello"), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert window is not None
    problems: dict[str, list[str]] = {}
    for title in list(window.screens):
        window.show_screen(title)
        QApplication.processEvents()  # let the screen lay out its first state
        missing = unnamed_controls(window)
        if missing:
            problems[title] = missing
    assert problems == {}


def test_unlock_window_names_its_controls(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller = make_controller(profile_with_entries("A11y2", "hello"))
    qtbot.waitUntil(lambda: controller.unlock_window.isVisible(), timeout=10_000)
    assert unnamed_controls(controller.unlock_window) == []


def test_dialogs_name_their_controls(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    from PySide6.QtWidgets import QDialog

    controller = make_controller(profile_with_entries("A11y3", "hello"), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert window is not None
    openers = {
        "mood": window.mood_action.trigger,
        "voice": window.voice_action.trigger,
        "export": window.export_action.trigger,
        "settings": controller.open_settings,
    }
    problems: dict[str, list[str]] = {}
    for name, open_dialog in openers.items():
        before = set(QApplication.topLevelWidgets())
        open_dialog()
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, QDialog) and w.isVisible()
                for w in set(QApplication.topLevelWidgets()) | set(window.findChildren(QDialog))
            ),
            timeout=5_000,
        )
        dialogs = [
            w
            for w in {*QApplication.topLevelWidgets(), *window.findChildren(QDialog)}
            if isinstance(w, QDialog) and w.isVisible()
        ]
        for dialog in dialogs:
            missing = unnamed_controls(dialog)
            if missing:
                problems[name] = missing
            dialog.reject()
        del before
    assert problems == {}
