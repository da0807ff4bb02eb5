"""The microphone's input level while recording: a bar that follows the voice, or, with motion
reduced (``ui/motion.py``), a word that changes at most once a second.

The bar moves ten times a second, which is what makes it useful ("is it hearing me?") and what
someone who asked for stillness does not want. The still form answers the same question in
words — "Quiet", "Hearing you", "Very loud" — and holds each for a second, so it never flickers.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from neuroleaf_desktop.ui.motion import policy

QUIET_BELOW = 0.25  # the level maps -60..0 dBFS to 0..1: under -45 dBFS is room noise
LOUD_ABOVE = 0.95  # over -3 dBFS: close to clipping
HOLD_S = 1.0  # a word stays at least this long


def level_word(level: float) -> str:
    """The level in a word: what the bar would show, said once."""
    if level < QUIET_BELOW:
        return "Quiet"
    if level > LOUD_ABOVE:
        return "Very loud"
    return "Hearing you"


class LevelMeter(QWidget):
    """``LevelMeter(parent, clock=time.monotonic)``; :meth:`set_level` takes 0..1."""

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._shown_at = float("-inf")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.bar.setAccessibleName("Input level")
        self.words = QLabel("Quiet", self)
        self.words.setAccessibleName("Input level")
        row.addWidget(self.bar, 1)
        row.addWidget(self.words, 1)
        self._follow_motion()
        policy().changed.connect(self._follow_motion)

    @property
    def still(self) -> bool:
        return self.words.isVisibleTo(self)

    def set_level(self, level: float) -> None:
        self.bar.setValue(round(level * 100))
        word = level_word(level)
        now = self._clock()
        # a level back to zero (stopped, paused) is said at once; a live one is held a second
        if word != self.words.text() and (level == 0.0 or now - self._shown_at >= HOLD_S):
            self.words.setText(word)
            self._shown_at = now

    def _follow_motion(self) -> None:
        moves = policy().moves()
        self.bar.setVisible(moves)
        self.words.setVisible(not moves)
