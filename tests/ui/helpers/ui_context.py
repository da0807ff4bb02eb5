"""Build a UiContext for a test session, and tear it down without leaving workers behind."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.bridge import ChangeBridge
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.tasks import TaskRunner


def make_ctx(session: Session) -> UiContext:
    return UiContext(session, TaskRunner(), ChangeBridge(session.events))


def drain(ctx: UiContext) -> None:
    """Finish every job and deliver its result (so nothing runs after the vault closes)."""
    for _ in range(5):
        ctx.tasks.wait()
        QApplication.processEvents()
        if ctx.tasks.in_flight == 0:
            break


def close_ctx(ctx: UiContext) -> None:
    drain(ctx)
    ctx.bridge.detach()
