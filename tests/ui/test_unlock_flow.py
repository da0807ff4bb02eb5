"""First run → write → quit → start again → unlock, all through the UI; wrong passphrases."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui.app import AppController
from tests.ui.conftest import PASSPHRASE, widgets_containing

CANARY = "canary-pelican-7731 walked by the river"
LEFT = Qt.MouseButton.LeftButton


def _unlock_via_ui(qtbot: QtBot, controller: AppController, passphrase: str) -> None:
    page = controller.unlock_window.unlock_page
    assert controller.unlock_window.stack.currentWidget() is page
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.waitUntil(page.unlock.isEnabled)
    qtbot.mouseClick(page.unlock, LEFT)


def test_create_profile_write_quit_and_unlock_again(
    qtbot: QtBot, make_controller: Callable[..., AppController]
) -> None:
    controller = make_controller()
    window = controller.unlock_window
    create = window.create_page
    assert window.stack.currentWidget() is create
    assert not create.create_button.isEnabled()
    assert "at least 10 characters" in create.fields.rule.text()

    qtbot.keyClicks(create.name, "Robin")
    qtbot.keyClicks(create.fields.passphrase, PASSPHRASE)
    assert create.fields.strength_label.text().startswith("Strength:")
    qtbot.keyClicks(create.fields.confirm, PASSPHRASE)
    qtbot.waitUntil(create.create_button.isEnabled)
    qtbot.mouseClick(create.create_button, LEFT)

    recovery = window.recovery_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is recovery, timeout=10_000)
    assert len(recovery.recovery_key()) > 20
    assert not recovery.proceed.isEnabled()
    recovery.stored.click()
    assert recovery.proceed.isEnabled()
    qtbot.mouseClick(recovery.proceed, LEFT)

    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    main = controller.main_window
    assert main is not None and main.isVisible()
    assert not window.isVisible()
    assert recovery.key.text() == ""  # the key is shown once, then gone from the widget
    assert recovery.recovery_key() == ""

    session = controller.session
    assert session is not None
    journal = main.journal
    main.new_entry()
    qtbot.keyClicks(journal.title_edit, "Evening")
    qtbot.keyClicks(journal.body_edit, CANARY)
    qtbot.mouseClick(journal.save_button, LEFT)
    qtbot.waitUntil(lambda: controller.tasks.in_flight == 0)
    qtbot.waitUntil(lambda: any(CANARY in e.body for e in session.journal.list()), timeout=10_000)

    controller.quit()
    assert not session.vault.is_unlocked

    again = make_controller()
    page = again.unlock_window.unlock_page
    assert again.unlock_window.stack.currentWidget() is page
    assert page.selected_name() == "Robin"
    _unlock_via_ui(qtbot, again, PASSPHRASE)
    qtbot.waitUntil(lambda: again.main_window is not None, timeout=10_000)
    assert again.session is not None
    assert [e.body for e in again.session.journal.list()] == [CANARY]
    main2 = again.main_window
    assert main2 is not None
    qtbot.waitUntil(
        lambda: any(w.window() is main2 for w in widgets_containing("canary-pelican")),
        timeout=10_000,
    )


def test_wrong_passphrase_shows_message_and_stays_locked(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    profile_with_entries("Kim", "hello")
    controller = make_controller()
    page = controller.unlock_window.unlock_page
    _unlock_via_ui(qtbot, controller, "not the right one at all")
    qtbot.waitUntil(lambda: page.error.isVisible() and bool(page.error.text()), timeout=10_000)
    assert "doesn't open this journal" in page.error.text()
    assert controller.main_window is None and controller.is_locked
    assert "Traceback" not in page.error.text()

    _unlock_via_ui(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert not page.error.isVisible()


def test_backoff_countdown_after_several_failures(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    profile_with_entries("Lee")
    controller = make_controller()
    page = controller.unlock_window.unlock_page
    for attempt in range(3):  # three free attempts, then the back-off starts
        _unlock_via_ui(qtbot, controller, f"wrong guess number {attempt}")
        qtbot.waitUntil(lambda: not page.is_busy, timeout=10_000)
    qtbot.waitUntil(page.countdown.isVisible, timeout=5_000)
    assert "try again in" in page.countdown.text()
    assert not page.unlock.isEnabled()
    assert controller.is_locked


def test_recovery_key_resets_passphrase(
    qtbot: QtBot, make_controller: Callable[..., AppController]
) -> None:
    controller = make_controller()
    window = controller.unlock_window
    create = window.create_page
    qtbot.keyClicks(create.name, "Ada")
    qtbot.keyClicks(create.fields.passphrase, PASSPHRASE)
    qtbot.keyClicks(create.fields.confirm, PASSPHRASE)
    qtbot.mouseClick(create.create_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.recovery_page, timeout=10_000)
    key = window.recovery_page.recovery_key()
    shown = window.recovery_page.key.text()
    # two lines of groups joined by non-breaking hyphens: no wrap inside a line, no dash
    # left hanging at the line break
    assert shown.replace("\u2011", "-").replace("\n", "-") == key
    assert "-" not in shown and shown.count("\n") == 1
    assert not window.recovery_page.key.wordWrap()
    assert window.recovery_page.key.font().families()[0] == "DejaVu Sans Mono"
    window.recovery_page.stored.click()
    qtbot.mouseClick(window.recovery_page.proceed, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    controller.lock()

    qtbot.mouseClick(window.unlock_page.recovery, LEFT)
    reset = window.reset_page
    assert window.stack.currentWidget() is reset
    new = "a brand new passphrase"
    qtbot.keyClicks(reset.key, key)
    qtbot.keyClicks(reset.fields.passphrase, new)
    qtbot.keyClicks(reset.fields.confirm, new)
    qtbot.mouseClick(reset.reset_button, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    controller.lock()
    _unlock_via_ui(qtbot, controller, new)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
