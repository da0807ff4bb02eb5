"""What every screen receives: the unlocked session, the worker runner and the change bridge.

Screens are constructed as ``Screen(ctx: UiContext, parent=None)``; they read through
``ctx.tasks.run(self, ...)`` and refresh when ``ctx.bridge.changed`` says their data changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from neuroleaf_desktop.ui.bridge import ChangeBridge
from neuroleaf_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from neuroleaf_desktop.services.session import Session  # loads every service


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class UiContext:
    session: Session
    tasks: TaskRunner
    bridge: ChangeBridge
    clock: Callable[[], datetime] = field(default=_now)
    dark: bool = False  # the current resolved theme (light/dark)
