"""``ctx.workers.run`` for a view that may be gone when the result arrives.

A screen can be closed (lock, navigation) while its job runs; the result must then be dropped
instead of touching deleted Qt objects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.ui.workers import WorkerRunner

log = get_logger("ui.jobs")
T = TypeVar("T")


def run_for(
    owner: QObject,
    workers: WorkerRunner,
    fn: Callable[[], T],
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    def ok(result: Any) -> None:
        if on_result is not None and shiboken6.isValid(owner):
            on_result(result)

    def bad(exc: BaseException) -> None:
        if on_error is not None and shiboken6.isValid(owner):
            on_error(exc)
        else:
            log.warning("ui.job_failed", error=type(exc).__name__)

    workers.run(fn, ok, bad)
