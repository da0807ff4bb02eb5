"""Measurement hooks for benchmarks and the screenshot smoke test (never active in normal use).

:class:`UsableProbe` waits until, after an unlock, the journal screen has loaded its first page
*and painted it*, then reports what is on screen (the visible screen, how many days and entries
the lists show) and how long it took. ``run_app(benchmark_unlock=True)`` prints the report and
exits; ``NEUROLEAF_SMOKE_REPORT=path`` writes it to ``path`` and keeps the app running.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from neuroleaf_desktop.ui.journal import JournalScreen
    from neuroleaf_desktop.ui.main_window import MainWindow

HEAVY_MODULES = ("torch", "chromadb", "faster_whisper", "llama_cpp", "matplotlib")
SMOKE_REPORT_ENV = "NEUROLEAF_SMOKE_REPORT"


def process_age_s() -> float | None:
    """Seconds since this process started (Linux), to include interpreter and import time."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = float(stat[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return round(uptime - start_ticks / os.sysconf("SC_CLK_TCK"), 3)
    except (OSError, ValueError, IndexError):
        return None


def heavy_modules_loaded() -> list[str]:
    return [m for m in HEAVY_MODULES if m in sys.modules]


def write_report(path: str, report: dict[str, Any]) -> None:
    target = Path(path)
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_text(json.dumps(report), encoding="utf-8")
    tmp.replace(target)  # readers never see half a file


class UsableProbe(QObject):
    """Report once the journal is loaded and painted after an unlock.

    ``unlocked`` is the app controller's signal and ``window`` returns its main window; the
    probe knows no more of the controller, so the controller can import the probe.
    """

    def __init__(
        self,
        app: QApplication,
        unlocked: SignalInstance,
        window: Callable[[], MainWindow | None],
        on_report: Callable[[dict[str, Any]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._window = window
        self._on_report = on_report
        self._started = time.perf_counter()  # reset by mark_unlock_start()
        self._unlocked_at: float | None = None
        self._journal: JournalScreen | None = None
        self._armed = False
        self._done = False
        unlocked.connect(self._on_unlocked)

    def mark_unlock_start(self) -> None:
        self._started = time.perf_counter()

    def _on_unlocked(self) -> None:
        window = self._window()
        if window is None or self._done:
            return
        self._unlocked_at = time.perf_counter()
        journal = window.journal
        self._journal = journal
        if journal.is_loaded:
            self._arm()
        else:
            journal.first_page_shown.connect(self._arm)

    def _arm(self) -> None:
        """From now on, the next paint of the journal (or a child) is the moment it is usable."""
        if self._armed:
            return
        self._armed = True
        self._app.installEventFilter(self)
        if self._journal is not None:
            self._journal.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        journal = self._journal
        if (
            not self._done
            and journal is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is journal or journal.isAncestorOf(watched))
        ):
            self._done = True
            painted = time.perf_counter()
            QTimer.singleShot(0, lambda: self._report(painted))
        return False

    def _report(self, painted: float) -> None:
        self._app.removeEventFilter(self)
        window = self._window()
        journal = self._journal
        report: dict[str, Any] = {
            "unlock_s": round((self._unlocked_at or painted) - self._started, 4),
            "unlock_to_usable_s": round(painted - self._started, 4),
            "process_s": process_age_s(),
            "heavy_modules_loaded": heavy_modules_loaded(),
            "qt_platform": self._app.platformName(),
            "screen": "",
            "window_title": "",
            "days": 0,
            "entries_in_day": 0,
            "entries_loaded": 0,
        }
        if window is not None and journal is not None:
            current = window.stack.currentWidget()
            report["screen"] = current.accessibleName() if current is not None else ""
            report["window_title"] = window.windowTitle()
            report["days"] = journal.day_list.count()
            report["entries_in_day"] = journal.entry_list.count()
            report["entries_loaded"] = len(journal.visible_entries())
        self._on_report(report)
