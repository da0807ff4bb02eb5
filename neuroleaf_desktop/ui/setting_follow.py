"""Keep a widget in step with one of the profile's settings, wherever it is changed.

A setting can change in the Settings dialog, from the CLI (``neuroleaf settings set …``), by a
reset or an import; every change is said on the bridge as ``Topic.SETTINGS``. A widget that
shows something a setting decides reads it with :func:`follow_setting`: now, and again after
every such change, always on ``ctx.tasks`` (reading the settings opens the vault, which never
happens on the UI thread), for as long as the owner lives. A late read for a closed owner is
dropped by the task idiom; a newer read supersedes an older one by its ``key``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.events import Change, Topic

if TYPE_CHECKING:
    from neuroleaf_desktop.ui.context import UiContext

log = get_logger("ui.settings")
T = TypeVar("T")


def follow_setting(
    ctx: UiContext,
    owner: QObject,
    read: Callable[[], T],
    apply: Callable[[T], None],
    *,
    key: str,
) -> None:
    """Run ``read()`` on a worker and ``apply(value)`` on the UI thread, now and after every
    settings change, while ``owner`` lives."""

    def failed(exc: BaseException) -> None:
        log.warning("settings.unread", setting=key, error=type(exc).__name__)

    def refresh() -> None:
        ctx.tasks.run(owner, read, apply, failed, key=key)

    def on_change(change: object) -> None:
        if isinstance(change, Change) and change.topic == Topic.SETTINGS:
            refresh()

    ctx.bridge.changed.connect(on_change)
    owner.destroyed.connect(lambda *_a: _disconnect(ctx, on_change))
    refresh()


def _disconnect(ctx: UiContext, slot: object) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # the bridge went first
        ctx.bridge.changed.disconnect(slot)
