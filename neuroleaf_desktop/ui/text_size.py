"""Text size: the one place that decides how large the app's text is, applied live everywhere.

People who write at night, people with low vision and people on a dense screen want the text
larger (or smaller) than the system's. The profile's ``text_size`` setting is a percentage of the
system font size, one of :data:`CHOICES`.

* :func:`larger`, :func:`smaller` are the rule for stepping through the list, pure.
* :func:`current` is the app's one :class:`TextSize`: it holds the size as last read or chosen
  and, when it changes, sets the application font (system size × factor) and makes every widget
  that derived a size from the old font derive it again (see :meth:`TextSize.set_percent`).
  Widgets need do nothing for this: a widget's font is either inherited (and follows the
  application font by itself) or was set from it with ``style.scaled_font`` (and keeps its
  proportion to it). Custom-painted widgets read ``self.font()`` when they paint; the theme's
  stylesheet, whose headings are multiples of the font size, is rebuilt by the theme manager.
* In the app, ``AppController.apply_settings`` sets it with the other settings, at unlock and
  after every change, and mirrors it to the non-private UI preferences so that the unlock
  window, built before any vault is open, already has the person's size.
"""

from __future__ import annotations

from typing import Final

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

SETTING: Final = "text_size"
CHOICES: Final[tuple[int, ...]] = (90, 100, 115, 130, 150)
DEFAULT: Final = 100
_FALLBACK_PT = 10.0  # a system font given in pixels only: sizes are taken from 10 pt
_SIZE_RESOLVED = 0x0002  # QFont::SizeResolved, which PySide6 does not expose


def describe(percent: int) -> str:
    """What a choice is called in the Settings dialog and the status line."""
    return f"{percent} % (system size)" if percent == DEFAULT else f"{percent} %"


def valid(percent: object) -> bool:
    return isinstance(percent, int) and not isinstance(percent, bool) and percent in CHOICES


def larger(percent: int) -> int | None:
    """The next larger choice, or None at the largest (an unknown size steps from 100 %)."""
    here = percent if percent in CHOICES else DEFAULT
    index = CHOICES.index(here)
    return CHOICES[index + 1] if index + 1 < len(CHOICES) else None


def smaller(percent: int) -> int | None:
    """The next smaller choice, or None at the smallest."""
    here = percent if percent in CHOICES else DEFAULT
    index = CHOICES.index(here)
    return CHOICES[index - 1] if index > 0 else None


def _explicit_size(font: QFont) -> bool:
    """Whether a widget's own font fixes its size (an inherited size follows by itself)."""
    return bool(font.resolveMask() & _SIZE_RESOLVED)


class TextSize(QObject):
    """The chosen text size, and the act of applying it to the whole application.

    The system's size is read when this is made (before the app changes its font), and again
    whenever the desktop sets a new application font while the app runs; every size is a
    percentage of it, so stepping up and down never drifts.
    """

    changed = Signal(int)  # the new percentage, after every widget has its new font

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        system = app.font().pointSizeF()
        self._system_pt = system if system > 0 else _FALLBACK_PT
        self._percent = DEFAULT
        self._applied_pt = self._system_pt  # the application font's size as last set here
        self._applying = False
        # each widget's own size as a proportion of the application font, as last applied
        # (keyed by the widget's address: a widget's Python wrapper may come and go)
        self._proportions: dict[int, float] = {}
        self._desktop_pending = False
        # a platform theme that follows the desktop's font settings sets the application font
        # itself when the person changes them (the Qt event is ApplicationFontChange)
        app.fontChanged.connect(self._font_changed_elsewhere)

    @property
    def percent(self) -> int:
        return self._percent

    @property
    def factor(self) -> float:
        return self._percent / 100.0

    @property
    def system_point_size(self) -> float:
        return self._system_pt

    def point_size(self, percent: int | None = None) -> float:
        """The application font's size at ``percent`` (now: the current one)."""
        return self._system_pt * (self._percent if percent is None else percent) / 100.0

    def set_percent(self, percent: int) -> None:
        """Apply a new size at once: the application font, then every widget whose own font
        fixes a size (a heading made with ``scaled_font``) keeps its proportion to it. A value
        not in :data:`CHOICES`, or the current one, changes nothing. On the UI thread only."""
        if not valid(percent) or percent == self._percent:
            return
        if self._desktop_pending:
            self._follow_desktop()  # a new desktop font first: the new size is taken from it
        self._percent = percent
        self._apply(self._app.font().pointSizeF())

    def _apply(self, before: float, known: dict[int, float] | None = None) -> None:
        """Set the application font to the current size of the system font, and every widget
        that fixed its own size to its proportion to the application font of ``before`` pt
        (``known``: the proportions as last applied, for widgets a restyle may have reset)."""
        proportions = _explicit_proportions(before, known or {}) if before > 0 else []
        font = QFont(self._app.font())
        font.setPointSizeF(self.point_size())
        self._applied_pt = font.pointSizeF()
        self._applying = True
        try:
            self._app.setFont(font)  # the theme rebuilds its stylesheet for the new size
        finally:
            self._applying = False
        # windows hear of the new font by a posted event: deliver it now, so inherited fonts
        # have followed before anyone (a test, a layout) reads them
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        for widget, proportion in proportions:
            own = QFont(widget.font())
            own.setPointSizeF(font.pointSizeF() * proportion)
            widget.setFont(own)
        self._proportions = {_address(widget): proportion for widget, proportion in proportions}
        self.changed.emit(self._percent)

    def _font_changed_elsewhere(self, font: QFont) -> None:
        """The application font was set by someone else: the desktop's font settings changed
        while the app runs. That font is the new system font, so the person's choice is taken
        from it (150 % of the new size, not of the size read at start). It is applied once
        every other listener has had the desktop's font (the theme restyles the app, which
        may reset a heading's size), and headings keep the proportion they had."""
        if self._applying:
            return
        new_system = font.pointSizeF()
        if new_system <= 0:
            return
        self._system_pt = new_system
        if not self._desktop_pending:
            self._desktop_pending = True
            QTimer.singleShot(0, self, self._follow_desktop)

    def _follow_desktop(self) -> None:
        if not self._desktop_pending:
            return
        self._desktop_pending = False
        before, wanted = self._applied_pt, self.point_size()
        if abs(self._app.font().pointSizeF() - wanted) < 0.01 and abs(before - wanted) < 0.01:
            return  # the size it had: nothing to derive again
        self._apply(before, self._proportions)


def _address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


def _explicit_proportions(base_pt: float, known: dict[int, float]) -> list[tuple[QWidget, float]]:
    """Every widget that set its own font size, with that size's proportion to the application
    font it was set from: as ``known`` from the last time, else read now (before the font
    changes: a restyle in between may reset it). Children that inherit a font follow their
    parent and are not listed."""
    found: list[tuple[QWidget, float]] = []
    for widget in QApplication.allWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        font = widget.font()
        if font.pointSizeF() > 0 and _explicit_size(font):
            proportion = known.get(_address(widget), font.pointSizeF() / base_pt)
            found.append((widget, proportion))
    return found


def fitted_size(width: int, height: int, widget: QWidget) -> QSize:
    """A dialog's designed size (at 100 %) grown with the text size, within the screen it opens
    on, so its tabs and lines are not cut off the moment it opens at 130 % or 150 %."""
    factor = max(1.0, current().factor)
    size = QSize(round(width * factor), round(height * factor))
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry().size()
        size = size.boundedTo(QSize(max(width, room.width()), max(height, room.height())))
    return size


_CURRENT: TextSize | None = None


def current() -> TextSize:
    """The app's one text size (made on first use, living as long as the QApplication)."""
    global _CURRENT
    if _CURRENT is None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            raise RuntimeError("the text size needs a QApplication")
        _CURRENT = TextSize(app, app)
        _CURRENT.destroyed.connect(_forget)
    return _CURRENT


def _forget(*_args: object) -> None:
    global _CURRENT
    _CURRENT = None
