"""Colours and fonts shared by the reusable widgets and the screens.

Everything here derives from the widget's current palette, so the widgets look right under the
shell's light and dark themes (and under a plain system palette). Font sizes are always relative
to the system font: people who enlarge their system font get larger text here too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

ACCENT_LIGHT = "#2f7d54"
ACCENT_DARK = "#6cc79a"

# Soft quadrant colours (circumplex of affect): (light, dark) background tints.
QUADRANT_TINTS: dict[str, tuple[str, str]] = {
    "high_energy_unpleasant": ("#fbe4e1", "#4a2c2a"),
    "high_energy_pleasant": ("#fbf0d2", "#4a4026"),
    "low_energy_unpleasant": ("#e1ebf8", "#26364a"),
    "low_energy_pleasant": ("#dff1e5", "#243f30"),
}

# Calm red → amber → green mood scale, light and dark variants (mood 1, 5.5, 10).
_MOOD_STOPS_LIGHT = ("#d97a6c", "#e9b85c", "#4f9e6d")
_MOOD_STOPS_DARK = ("#c0665a", "#c99a45", "#4c9a6a")
NO_DATA_LIGHT = "#e6e4df"
NO_DATA_DARK = "#3a3d40"


def is_dark(widget: QWidget | None = None, palette: QPalette | None = None) -> bool:
    """Dark theme? Judged by the text colour: light text means a dark theme.

    (A widget's Window colour can be transparent under a stylesheet; its text colour cannot.)
    """
    pal = palette if palette is not None else (widget.palette() if widget else QPalette())
    return pal.color(QPalette.ColorRole.WindowText).lightness() > 128


def _theme_colour(field: str, dark: bool, fallback: tuple[str, str]) -> QColor:
    """A colour from the shell's theme palette when it is there, else our fallback."""
    try:
        from neuroleaf_desktop.ui import theme

        return QColor(str(getattr(theme.palette_for("dark" if dark else "light"), field)))
    except (ImportError, AttributeError):
        return QColor(fallback[1] if dark else fallback[0])


def accent(dark: bool) -> QColor:
    return _theme_colour("accent", dark, (ACCENT_LIGHT, ACCENT_DARK))


def on_accent(dark: bool) -> QColor:
    return _theme_colour("accent_text", dark, ("#ffffff", "#0d1a12"))


def muted_text(dark: bool) -> QColor:
    return _theme_colour("muted", dark, ("#56625b", "#a2ada6"))


def card_background(dark: bool) -> QColor:
    return _theme_colour("surface", dark, ("#ffffff", "#1d2320"))


def card_border(dark: bool) -> QColor:
    return _theme_colour("border", dark, ("#d9dfd8", "#36403a"))


def subtle_fill(dark: bool) -> QColor:
    return _theme_colour("surface_alt", dark, ("#eceFea", "#262e29"))


def quadrant_tint(quadrant: str, dark: bool) -> QColor:
    light, dark_hex = QUADRANT_TINTS[quadrant]
    return QColor(dark_hex if dark else light)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def mood_color(mood: float | None, dark: bool) -> QColor:
    """Colour for a (mean) mood on 1..10; grey for no data."""
    if mood is None:
        return QColor(NO_DATA_DARK if dark else NO_DATA_LIGHT)
    low, mid, high = (QColor(c) for c in (_MOOD_STOPS_DARK if dark else _MOOD_STOPS_LIGHT))
    t = min(1.0, max(0.0, (mood - 1.0) / 9.0))
    return _mix(low, mid, t * 2) if t < 0.5 else _mix(mid, high, (t - 0.5) * 2)


def scaled_font(widget: QWidget, factor: float = 1.0, *, bold: bool = False) -> QFont:
    """The widget's font scaled relative to the system size (never a fixed pixel size); when
    the person's text size changes, ``ui/text_size.py`` keeps the proportion."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


class _FontFollower(QObject):
    """Runs a sizing step again whenever its widget's font changes."""

    def __init__(self, widget: QWidget, fit: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._fit = fit
        fit()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._widget and event.type() == QEvent.Type.FontChange:
            self._fit()
        return False


def fit_to_font(widget: QWidget, fit: Callable[[], None]) -> None:
    """Run ``fit`` now and after every change of ``widget``'s font (the text size chosen in an
    open window, a restyle): a size measured from a font, such as a minimum width that holds
    "00:00" or a height of four lines, stays right instead of clipping the larger text."""
    _FontFollower(widget, fit)


def hex_of(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


def base_qss(dark: bool) -> str:
    """Widget-level QSS for our object names; palette-based so any theme underneath works."""
    acc = hex_of(accent(dark))
    fg_on_acc = hex_of(on_accent(dark))
    card = hex_of(card_background(dark))
    border = hex_of(card_border(dark))
    muted = hex_of(muted_text(dark))
    chip_bg = hex_of(subtle_fill(dark))
    chip_border = hex_of(card_border(dark))
    hover = hex_of(card_border(dark))
    return f"""
QFrame#Card {{ background: {card}; border: 1px solid {border}; border-radius: 14px; }}
QFrame#Card QLabel {{ background: transparent; }}
QLabel[role="muted"] {{ color: {muted}; }}
QPushButton[chip="true"] {{
    background: {chip_bg}; border: 1px solid {chip_border}; border-radius: 14px;
    padding: 4px 12px; color: palette(window-text);
}}
QPushButton[chip="true"]:hover {{ background: {hover}; }}
QPushButton[chip="true"]:checked {{
    background: {acc}; border-color: {acc}; color: {fg_on_acc};
}}
QPushButton[chip="true"]:focus {{ border: 2px solid {acc}; }}
QPushButton[role="primary"] {{
    background: {acc}; color: {fg_on_acc}; border: none; border-radius: 8px;
    padding: 7px 18px; font-weight: 600;
}}
QPushButton[role="primary"]:disabled {{ background: {chip_border}; color: {muted}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid palette(window-text); }}
QPushButton[flat-action="true"] {{
    background: transparent; border: 1px solid {chip_border}; border-radius: 8px;
    padding: 6px 14px; color: palette(window-text);
}}
QPushButton[flat-action="true"]:hover {{ background: {hover}; }}
QPushButton[flat-action="true"]:focus {{ border: 2px solid {acc}; }}
"""


class _StyleWatcher(QObject):
    """Re-applies the QSS when the palette flips between light and dark."""

    def __init__(self, widget: QWidget, extra: Callable[[bool], str] | None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._extra = extra
        self._dark: bool | None = None
        self.apply()
        widget.installEventFilter(self)

    def apply(self) -> None:
        dark = is_dark(self._widget)
        if dark == self._dark:
            return
        self._dark = dark
        qss = base_qss(dark) + (self._extra(dark) if self._extra else "")
        self._widget.setStyleSheet(qss)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._widget and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            QTimer.singleShot(0, self, self.apply)
        return False


def install_style(widget: QWidget, extra: Callable[[bool], str] | None = None) -> None:
    """Give a screen (and its children) the shared widget styles, following light/dark."""
    _StyleWatcher(widget, extra)
