"""A "work in progress" bar that moves only when motion is allowed.

Qt draws an indeterminate bar (range 0..0) as a chunk sliding back and forth for as long as it
is shown. With motion reduced (``ui/motion.py``) the bar is a steady, full line instead: a
light that is on while the work runs, gone when it ends. Its accessible name says the rest.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

from neuroleaf_desktop.ui.motion import policy


class BusyBar(QProgressBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextVisible(False)
        self._follow_motion()
        policy().changed.connect(self._follow_motion)

    @property
    def still(self) -> bool:
        return self.maximum() != 0

    def _follow_motion(self) -> None:
        if policy().moves():
            self.setRange(0, 0)
        else:
            self.setRange(0, 1)
            self.setValue(1)
