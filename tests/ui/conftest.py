"""Fixtures for the desktop UI tests: offscreen Qt, a private NEUROLEAF_HOME, fast Argon2id.

The root ``tests/conftest.py`` provides ``home`` (NEUROLEAF_HOME in tmp and
NEUROLEAF_KDF_TARGET_MS=5); here we add a controllable idle clock and a factory for the app
controller with a substitute tray.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui import motion
from neuroleaf_desktop.ui.app import AppController
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.history import HistoryScreen
from neuroleaf_desktop.ui.journal import JournalScreen
from neuroleaf_desktop.ui.journal.editor import JournalEditor
from neuroleaf_desktop.ui.tasks import TaskRunner
from neuroleaf_desktop.ui.tray import NullTray
from tests.conftest import PASSPHRASE
from tests.ui.helpers.announcements import Announcements, record_announcements
from tests.ui.helpers.ui_context import close_ctx, drain, make_ctx

__all__ = ["PASSPHRASE"]


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def ui_home(home: Path) -> Path:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return home


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_controller(
    qapp: QApplication, ui_home: Path, fake_clock: FakeClock
) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []
    # Finish deleting widgets that earlier tests left behind, before we touch the palette.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()

    def make(profile: str | None = None, passphrase: str | None = None) -> AppController:
        controller = AppController(
            qapp,
            ProfileStore(app_paths()),
            tasks=TaskRunner(),
            tray_factory=NullTray,
            idle_clock=fake_clock,
            idle_check_ms=20,
            exit_fn=lambda _code: None,
        )
        controller.start(profile=profile, passphrase=passphrase)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.quit()
        controller.autolock.detach()
        for widget in (controller.main_window, controller.unlock_window):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        controller.theme.deleteLater()
        controller.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    qapp.setStyleSheet("")
    qapp.setPalette(QPalette())
    qapp.processEvents()


@pytest.fixture
def profile_with_entries(ui_home: Path) -> Callable[..., str]:
    """Create a profile (without the UI) holding entries with the given bodies."""

    def create(name: str, *bodies: str) -> str:
        store = ProfileStore(app_paths())
        session, _key = store.create(name, PASSPHRASE)
        try:
            for i, body in enumerate(bodies):
                session.journal.add(NewEntry(title=f"Entry {i + 1}", body=body))
        finally:
            session.close()
        return session.profile_slug

    return create


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    found: list[str] = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)

    def columns(parent: QModelIndex) -> int:
        try:
            return max(1, model.columnCount(parent))
        except TypeError:  # list models make columnCount private
            return 1

    def has_children(index: QModelIndex) -> bool:
        try:
            return bool(model.hasChildren(index))
        except TypeError:  # list/table models make hasChildren private
            return False

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                values: dict[Any, Any] = dict(model.itemData(index))  # every role, custom too
                for role in roles:
                    values[role] = model.data(index, role)
                found.extend(str(v) for v in values.values() if isinstance(v, str) and v)
                if column == 0 and has_children(index):
                    walk(index)

    walk(QModelIndex())
    return found


def widget_texts(widget: QWidget) -> list[str]:
    """Every piece of text a widget holds (labels, editors, item models, combo items)."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel | QLineEdit):
        texts.append(widget.text())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QAbstractItemView):
        texts.extend(_model_texts(widget))
    if isinstance(widget, QComboBox):
        texts.extend(widget.itemText(i) for i in range(widget.count()))
    return [t for t in texts if t]


def widgets_containing(text: str) -> list[QWidget]:
    """All live widgets in the application that hold ``text`` anywhere."""
    return [w for w in QApplication.allWidgets() if any(text in t for t in widget_texts(w))]


@pytest.fixture
def ui_ctx(session: Session) -> Iterator[UiContext]:
    """A UI context over the test's session, closed (tasks drained) afterwards."""
    ctx = make_ctx(session)
    yield ctx
    close_ctx(ctx)


@pytest.fixture
def history_screens(ui_ctx: UiContext) -> Iterator[list[HistoryScreen]]:
    """History screens a test opens (append them): closed after it with their refresh timer
    stopped and their pending reads drained, so none outlives its context."""
    opened: list[HistoryScreen] = []
    yield opened
    for screen in opened:
        screen._refresh_timer.stop()
        screen.close()
        drain(ui_ctx)
        screen.deleteLater()


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> Announcements:
    """What the test's widgets tell assistive tech (``tests/ui/helpers/announcements``)."""
    return record_announcements(monkeypatch)


@pytest.fixture
def said(announcements: Announcements) -> list[str]:
    """The messages announced during the test, in order."""
    return announcements.said


@pytest.fixture
def said_how(announcements: Announcements) -> list[tuple[str, bool]]:
    """The messages announced during the test, each with whether it was assertive."""
    return announcements.politely


@pytest.fixture
def heard(announcements: Announcements) -> list[tuple[str, str, QWidget | None]]:
    """Every accessibility event during the test: (event or "announce", text, widget)."""
    return announcements.events


@pytest.fixture
def motion_at_system(qtbot: QtBot) -> Iterator[None]:
    """Reduce motion as an app starts: "system", and the desktop's answer the one the tests'
    offscreen platform gives (none), so no answer a test left behind stands in the next one;
    put back after the test, once any answer on its way has landed."""
    _motion_as_at_start(qtbot)
    yield
    _motion_as_at_start(qtbot)


def _motion_as_at_start(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not motion.policy().reading, timeout=5_000)
    motion.policy().set_choice("system")
    motion.policy().moves(fresh=True)  # offscreen: read at once, and it says nothing


def close_journal_widget(ctx: UiContext, widget: JournalScreen | JournalEditor) -> None:
    """Close a journal screen or editor before the vault is locked: its timers stopped, its
    last reads drained."""
    widget.autosave_timer.stop()
    if isinstance(widget, JournalScreen):
        widget._reload_timer.stop()
    widget.close()
    drain(ctx)
    widget.deleteLater()


@pytest.fixture
def journal_screens(ui_ctx: UiContext) -> Iterator[list[JournalScreen]]:
    """Journal screens a test opens (append them); closed at its end."""
    made: list[JournalScreen] = []
    yield made
    for screen in made:
        close_journal_widget(ui_ctx, screen)


@pytest.fixture
def journal_editors(ui_ctx: UiContext) -> Iterator[list[JournalEditor]]:
    """Journal editors a test opens (append them); closed at its end."""
    made: list[JournalEditor] = []
    yield made
    for editor in made:
        close_journal_widget(ui_ctx, editor)
