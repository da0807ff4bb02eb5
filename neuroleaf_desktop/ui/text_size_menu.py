"""View → Larger text (Ctrl++ or Ctrl+=), Smaller text (Ctrl+-), Actual size (Ctrl+0).

Each step goes to the next size in ``text_size.CHOICES``, applies it at once (the window grows or
shrinks under the person's eyes) and stores it like a choice made in Settings; the items at an
end of the list are disabled there, so a key press that can do nothing says so in the menu.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.ui import text_size
from neuroleaf_desktop.ui.context import UiContext

log = get_logger("ui.text_size")

LARGER_KEYS = ("Ctrl++", "Ctrl+=")  # "=" is the unshifted "+" on many keyboards
SMALLER_KEYS = ("Ctrl+-",)
ACTUAL_KEYS = ("Ctrl+0",)


class TextSizeActions(QObject):
    """The three actions on ``window`` (its shortcuts work wherever the focus is in it) and in
    ``menu``; ``on_error`` hears a size that could not be stored."""

    def __init__(
        self,
        ctx: UiContext,
        window: QWidget,
        menu: QMenu,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self._on_error = on_error
        self._wanted = text_size.DEFAULT
        self._writing = False
        self.larger = self._action("&Larger text", LARGER_KEYS, self.step_larger)
        self.smaller = self._action("&Smaller text", SMALLER_KEYS, self.step_smaller)
        self.actual = self._action("&Actual size", ACTUAL_KEYS, self.actual_size)
        for action in (self.larger, self.smaller, self.actual):
            menu.addAction(action)
        size = text_size.current()
        size.changed.connect(self._refresh)
        self._refresh(size.percent)

    def _action(self, text: str, keys: Sequence[str], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def step_larger(self) -> None:
        self.choose(text_size.larger(text_size.current().percent))

    def step_smaller(self) -> None:
        self.choose(text_size.smaller(text_size.current().percent))

    def actual_size(self) -> None:
        self.choose(text_size.DEFAULT)

    def choose(self, percent: int | None) -> None:
        """Apply ``percent`` now, then store it (None, past an end of the list: nothing)."""
        size = text_size.current()
        if percent is None or percent == size.percent:
            return
        size.set_percent(percent)
        self._wanted = percent
        if not self._writing:
            self._write()

    def _write(self) -> None:
        """Store the size last chosen; one write at a time, so quick steps land in order."""
        percent, settings = self._wanted, self._ctx.session.settings
        self._writing = True

        def written(_result: object) -> None:
            self._writing = False
            if self._wanted != percent:  # stepped again while this one was being stored
                self._write()

        self._ctx.tasks.run(
            self, lambda: settings.set(text_size.SETTING, percent), written, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self._writing = False
        log.warning("text_size.unsaved", error=type(exc).__name__)
        if self._on_error is not None:
            self._on_error(exc)

    def _refresh(self, percent: int) -> None:
        self.larger.setEnabled(text_size.larger(percent) is not None)
        self.smaller.setEnabled(text_size.smaller(percent) is not None)
        self.actual.setEnabled(percent != text_size.DEFAULT)
