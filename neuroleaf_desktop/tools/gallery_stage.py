"""The gallery's stage: what every renderer of a shot needs, apart from the shots themselves.

A temporary home for the throwaway profiles (so the person's own are never touched), the
theme, letting workers settle, and grabbing a widget to PNG. The renderers in
``gallery_widgets.py``, ``gallery_screens.py`` and ``gallery_window.py`` build on these;
``gallery.py`` runs them.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QVBoxLayout, QWidget

from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.bridge import ChangeBridge
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.tasks import TaskRunner

SETTLE_TIMEOUT_S = 15.0


@dataclass
class Profiles:
    """The two throwaway profiles a shot is taken on, and the store that made them."""

    empty: UiContext
    filled: UiContext
    store: ProfileStore | None = None
    recovery_key: str = ""


@contextlib.contextmanager
def temp_home() -> Iterator[Path]:
    names = ("NEUROLEAF_HOME", "NEUROLEAF_KDF_TARGET_MS", "NEUROLEAF_KDF_MEMORY_KIB",
             "NEUROLEAF_TESTING")  # fmt: skip
    saved = {k: os.environ.get(k) for k in names}
    with tempfile.TemporaryDirectory(prefix="neuroleaf-gallery-") as tmp:
        os.environ["NEUROLEAF_HOME"] = tmp
        os.environ["NEUROLEAF_KDF_TARGET_MS"] = "5"
        os.environ["NEUROLEAF_KDF_MEMORY_KIB"] = str(8 * 1024)  # the least the suite may use
        os.environ["NEUROLEAF_TESTING"] = "1"  # throwaway vaults: the fast KDF is fine
        try:
            yield Path(tmp)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def fallback_palette(dark: bool) -> QPalette:
    pal = QPalette()
    colours = (
        {"window": "#141916", "base": "#1d2320", "text": "#e4eae5", "alt": "#262e29"}
        if dark
        else {"window": "#f5f6f2", "base": "#ffffff", "text": "#1e2823", "alt": "#eceFea"}
    )
    pal.setColor(QPalette.ColorRole.Window, QColor(colours["window"]))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(colours["text"]))
    pal.setColor(QPalette.ColorRole.Base, QColor(colours["base"]))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor(colours["alt"]))
    pal.setColor(QPalette.ColorRole.Text, QColor(colours["text"]))
    pal.setColor(QPalette.ColorRole.Button, QColor(colours["base"]))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(colours["text"]))
    return pal


def apply_theme(app: QApplication, name: str) -> None:
    try:
        from neuroleaf_desktop.ui.theme import ThemeManager
    except ImportError:
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        app.setPalette(fallback_palette(name == "dark"))
        app.setStyleSheet("")
        return
    ThemeManager(app, name).apply()


def settle(app: QApplication, ctx: UiContext, until: Callable[[], bool] | None = None) -> None:
    """Let workers finish and their results arrive (bounded: a broken screen still renders)."""
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    quiet_rounds = 0
    while time.monotonic() < deadline:
        app.processEvents()
        ctx.tasks.wait(50)
        app.processEvents()
        done = ctx.tasks.in_flight == 0 and (until is None or until())
        quiet_rounds = quiet_rounds + 1 if done else 0
        if quiet_rounds >= 3:
            break


def shoot(app: QApplication, widget: QWidget, path: Path, size: tuple[int, int]) -> Path:
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(*size)
    widget.show()
    for _ in range(3):
        app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path), "PNG")
    return path


def close(app: QApplication, widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    app.processEvents()


def context(session: Session, dark: bool) -> UiContext:
    return UiContext(session, TaskRunner(), ChangeBridge(session.events), dark=dark)


def host(widget: QWidget, margin: int = 24) -> QWidget:
    """``widget`` on a plain styled background with a margin, as a shared widget sits in a
    screen (a widget grabbed alone would show no background of its own)."""
    from neuroleaf_desktop.ui.widgets import install_style

    holder = QWidget()
    holder.setAutoFillBackground(True)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(margin, margin, margin, margin)
    widget.setParent(holder)
    layout.addWidget(widget)
    install_style(holder)
    return holder
