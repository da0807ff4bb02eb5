"""Open the dashboard on a test session as a person sees it: at a fixed clock, at a size its
cards fit, once its first load has settled."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.dashboard import DashboardScreen
from tests.support.dashboard_data import fixed_clock
from tests.ui.helpers.ui_context import make_ctx


def open_screen(
    qtbot: QtBot, session: Session, *, dark: bool = False
) -> tuple[DashboardScreen, UiContext]:
    """The screen and its context; the caller closes the context (``close_ctx``)."""
    ctx = make_ctx(session)
    ctx.dark = dark
    ctx.clock = fixed_clock
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 900)
    screen.show()
    qtbot.waitUntil(screen.is_settled, timeout=30_000)
    return screen, ctx
