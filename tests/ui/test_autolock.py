"""Idle auto-lock with a fake clock: the session closes and no widget keeps journal text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.ui.app import AppController
from tests.ui.conftest import PASSPHRASE, FakeClock, widgets_containing

CANARY = "canary-heron-4412 felt calm after the walk"


def _unlocked(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> AppController:
    slug = profile_with_entries("Noor", CANARY, "a second, ordinary entry")
    controller = make_controller(profile=slug, passphrase=PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    return controller


def test_idle_minutes_lock_the_app_and_wipe_content(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
    fake_clock: FakeClock,
) -> None:
    controller = _unlocked(qtbot, make_controller, profile_with_entries)
    main = controller.main_window
    session = controller.session
    assert main is not None and session is not None
    # the canary really was on screen before the lock
    qtbot.waitUntil(lambda: bool(widgets_containing("canary-heron")), timeout=10_000)

    minutes = controller.autolock.minutes
    assert minutes == 5  # SettingsService default
    fake_clock.advance(minutes * 60 - 5)
    qtbot.wait(60)  # a few idle checks run (the check interval is 20 ms in tests)
    assert not controller.is_locked

    fake_clock.advance(10)
    qtbot.waitUntil(lambda: controller.is_locked, timeout=5_000)
    assert controller.unlock_window.isVisible()
    assert controller.unlock_window.stack.currentWidget() is controller.unlock_window.unlock_page
    qtbot.waitUntil(lambda: not session.vault.is_unlocked, timeout=10_000)
    qtbot.waitUntil(lambda: not widgets_containing("canary-heron"), timeout=10_000)
    assert not widgets_containing("second, ordinary entry")


def test_user_input_resets_the_idle_timer(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
    fake_clock: FakeClock,
) -> None:
    controller = _unlocked(qtbot, make_controller, profile_with_entries)
    main = controller.main_window
    assert main is not None
    fake_clock.advance(4 * 60)
    qtbot.keyClick(main, Qt.Key.Key_Shift)
    fake_clock.advance(4 * 60)
    qtbot.wait(60)
    assert not controller.is_locked
    fake_clock.advance(2 * 60)
    qtbot.waitUntil(lambda: controller.is_locked, timeout=5_000)


def test_lock_on_minimise_and_manual_lock(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
) -> None:
    controller = _unlocked(qtbot, make_controller, profile_with_entries)
    main = controller.main_window
    assert main is not None and controller.autolock.lock_on_minimize
    main.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(lambda: controller.is_locked, timeout=5_000)
    qtbot.waitUntil(lambda: not widgets_containing("canary-heron"), timeout=10_000)

    page = controller.unlock_window.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.mouseClick(page.unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    main = controller.main_window
    assert main is not None
    main.lock_action.trigger()  # Ctrl+L
    qtbot.waitUntil(lambda: controller.is_locked, timeout=5_000)
    qtbot.waitUntil(lambda: not widgets_containing("canary-heron"), timeout=10_000)


def test_zero_minutes_never_locks(
    qtbot: QtBot,
    make_controller: Callable[..., AppController],
    profile_with_entries: Callable[..., str],
    fake_clock: FakeClock,
) -> None:
    controller = _unlocked(qtbot, make_controller, profile_with_entries)
    session = controller.session
    assert session is not None
    session.settings.set("auto_lock_minutes", 0)
    qtbot.waitUntil(lambda: controller.autolock.minutes == 0, timeout=5_000)
    fake_clock.advance(24 * 3600)
    qtbot.wait(60)
    assert not controller.is_locked
