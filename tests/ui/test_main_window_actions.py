"""Menu actions of the main window reach the feature dialogs."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.voice import VoiceRecorderDialog
from tests.ui.conftest import PASSPHRASE


def test_voice_entry_action_opens_the_recorder(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    slug = profile_with_entries("Voice", "hello")
    controller = make_controller(slug, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert window is not None
    assert window.voice_action.shortcut().toString() == "Ctrl+Shift+N"
    window.voice_action.trigger()
    dialogs = [d for d in window.findChildren(VoiceRecorderDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
    qtbot.waitUntil(
        lambda: not any(d.isVisible() for d in window.findChildren(VoiceRecorderDialog))
    )


def test_export_action_opens_the_export_dialog(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    from neuroleaf_desktop.ui.export import ExportDialog

    controller = make_controller(profile_with_entries("Export", "hello"), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert window is not None
    window.export_action.trigger()
    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
