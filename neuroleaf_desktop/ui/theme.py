"""Calm light and dark themes: a QPalette for the Fusion style plus one QSS stylesheet.

Soft neutrals, one green accent, rounded cards, generous spacing. Font sizes are never fixed in
pixels: headings are multiples of the system font size, so a larger system font makes the whole
app larger.

Widgets opt into the shared look with a dynamic ``role`` property (set it before the widget is
shown, or call :func:`repolish` after changing it):

* ``QFrame[role="card"]``        rounded surface with a hairline border
* ``QLabel[role="title"]``       window/page title (1.7× the system font)
* ``QLabel[role="heading"]``     section heading (1.25×)
* ``QLabel[role="muted"]``       secondary text
* ``QLabel[role="error"|"success"|"info"]``  inline message banners
* ``QPushButton[role="primary"]``  the one main action of a view
* ``QPushButton[role="link"]``   a quiet, text-only action
* ``QProgressBar[level="0".."4"]``  the passphrase strength meter colours
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

THEME_CHOICES = ("light", "dark", "system")


@dataclass(frozen=True)
class Palette:
    name: str
    window: str  # app background
    surface: str  # cards, inputs
    surface_alt: str  # hover, rails, subtle fills
    text: str
    muted: str
    border: str
    accent: str
    accent_hover: str
    accent_text: str  # text on the accent colour
    accent_soft: str  # selected items, soft highlights
    danger: str
    danger_soft: str
    warning: str
    success_soft: str
    disabled_text: str


LIGHT = Palette(
    name="light",
    window="#F5F6F2",
    surface="#FFFFFF",
    surface_alt="#ECEFEA",
    text="#1E2823",
    muted="#56625B",
    border="#D9DFD8",
    accent="#2E7D57",
    accent_hover="#256849",
    accent_text="#FFFFFF",
    accent_soft="#DCEEE3",
    danger="#A8312A",
    danger_soft="#FBE9E7",
    warning="#9A6A00",
    success_soft="#E3F2E8",
    disabled_text="#9AA39D",
)

DARK = Palette(
    name="dark",
    window="#141916",
    surface="#1D2320",
    surface_alt="#262E29",
    text="#E4EAE5",
    muted="#A2ADA6",
    border="#36403A",
    accent="#6CC79A",
    accent_hover="#86D6AD",
    accent_text="#0D1A12",
    accent_soft="#24402F",
    danger="#F2A7A0",
    danger_soft="#3B2220",
    warning="#E8C168",
    success_soft="#1F3528",
    disabled_text="#66716A",
)


def palette_for(resolved: str) -> Palette:
    return DARK if resolved == "dark" else LIGHT


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark)


def resolve(choice: str) -> str:
    """``light``/``dark`` stay as they are; ``system`` follows the desktop's colour scheme."""
    if choice == "dark":
        return "dark"
    if choice == "light":
        return "light"
    return "dark" if system_prefers_dark() else "light"


def icons_dir() -> Path:
    """Icons shipped inside the package (``neuroleaf_desktop/assets/icons``)."""
    return Path(str(resources.files("neuroleaf_desktop") / "assets" / "icons"))


def app_icon_path() -> Path:
    """The leaf icon used by the windows and the tray."""
    return icons_dir() / "neuroleaf.svg"


def app_icon() -> QIcon:
    return QIcon(str(app_icon_path()))


def qpalette(p: Palette) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.window,
        QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.surface,
        QPalette.ColorRole.AlternateBase: p.surface_alt,
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.BrightText: p.danger,
        QPalette.ColorRole.Highlight: p.accent,
        QPalette.ColorRole.HighlightedText: p.accent_text,
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.PlaceholderText: p.muted,
        QPalette.ColorRole.Link: p.accent,
        QPalette.ColorRole.LinkVisited: p.accent_hover,
        QPalette.ColorRole.Light: p.surface,
        QPalette.ColorRole.Midlight: p.surface_alt,
        QPalette.ColorRole.Mid: p.border,
        QPalette.ColorRole.Dark: p.border,
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.disabled_text))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor(p.surface_alt))
    return pal


def stylesheet(p: Palette, base_pt: float) -> str:
    """The app's QSS. ``base_pt`` is the system font size; headings scale from it."""
    title = f"{base_pt * 1.7:.1f}pt"
    heading = f"{base_pt * 1.25:.1f}pt"
    small = f"{max(base_pt * 0.9, 7.0):.1f}pt"
    check = (icons_dir() / f"check-{p.name}.svg").as_posix()
    chevron = (icons_dir() / f"chevron-{p.name}.svg").as_posix()
    return f"""
QMainWindow, QDialog, QWidget#unlockWindow {{ background: {p.window}; }}
QWidget {{ color: {p.text}; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    border-radius: 6px; padding: 4px 8px; }}

QFrame[role="card"] {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: 14px; }}

QLabel[role="title"] {{ font-size: {title}; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {heading}; font-weight: 600; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="small"] {{ color: {p.muted}; font-size: {small}; }}
QLabel[role="error"] {{ color: {p.danger}; background: {p.danger_soft};
    border-radius: 8px; padding: 8px 12px; }}
QLabel[role="warning"] {{ color: {p.warning}; background: {p.surface_alt};
    border-radius: 8px; padding: 8px 12px; }}
QLabel[role="success"], QLabel[role="info"] {{ color: {p.text}; background: {p.success_soft};
    border-radius: 8px; padding: 8px 12px; }}
QLabel[role="mono"] {{ font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace;
    font-size: {heading}; background: {p.surface_alt}; border: 1px dashed {p.border};
    border-radius: 10px; padding: 12px 14px; }}

QPushButton {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    border-radius: 8px; padding: 7px 16px; min-height: 1.3em; }}
QPushButton:hover {{ background: {p.surface_alt}; }}
QPushButton:pressed {{ background: {p.border}; }}
QPushButton:focus {{ border: 1px solid {p.accent}; }}
QPushButton:disabled {{ color: {p.disabled_text}; background: {p.surface_alt};
    border-color: {p.surface_alt}; }}
QPushButton[role="primary"] {{ background: {p.accent}; color: {p.accent_text};
    border: 1px solid {p.accent}; font-weight: 600; padding: 8px 20px; }}
QPushButton[role="primary"]:hover {{ background: {p.accent_hover};
    border-color: {p.accent_hover}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {p.text}; }}
QPushButton[role="primary"]:disabled {{ background: {p.surface_alt}; color: {p.disabled_text};
    border-color: {p.surface_alt}; }}
QPushButton[role="link"] {{ background: transparent; border: none; color: {p.accent};
    padding: 4px 2px; text-align: left; }}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}
QPushButton[role="link"]:focus {{ text-decoration: underline; border: none; }}

QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    border-radius: 8px; padding: 6px 8px; selection-background-color: {p.accent};
    selection-color: {p.accent_text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus {{ border: 1px solid {p.accent}; }}
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled {{
    background: {p.surface_alt}; color: {p.disabled_text}; }}
/* Without buttons, a spin box must still give its text the room: the style sheet otherwise
   keeps room for arrows that are not there and the value (e.g. a time) is clipped away. */
QAbstractSpinBox[buttonSymbols="NoButtons"]::up-button,
QAbstractSpinBox[buttonSymbols="NoButtons"]::down-button {{ subcontrol-origin: border;
    width: 0; }}
QDateEdit::drop-down, QDateTimeEdit::drop-down {{ border: none; width: 24px;
    subcontrol-origin: padding; subcontrol-position: center right; }}
QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{ image: url({chevron}); width: 12px;
    height: 12px; }}
QCalendarWidget QWidget {{ background: {p.surface}; color: {p.text};
    alternate-background-color: {p.surface_alt}; }}
QCalendarWidget QToolButton {{ background: transparent; color: {p.text}; border: none;
    padding: 4px 8px; }}
QCalendarWidget QAbstractItemView:disabled {{ color: {p.disabled_text}; }}
QLineEdit[readOnly="true"] {{ background: {p.surface_alt}; }}
QComboBox::drop-down {{ border: none; width: 28px; subcontrol-origin: padding;
    subcontrol-position: center right; }}
QComboBox::down-arrow {{ image: url({chevron}); width: 14px; height: 14px; }}
QComboBox QAbstractItemView {{ background: {p.surface}; color: {p.text};
    border: 1px solid {p.border}; selection-background-color: {p.accent_soft};
    selection-color: {p.text}; outline: none; }}

QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QCheckBox, QRadioButton {{ spacing: 8px; background: transparent; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 16px; height: 16px;
    border: 1px solid {p.muted}; background: {p.surface}; }}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: 9px; }}
QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {p.accent}; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border-color: {p.accent}; }}
QCheckBox::indicator:checked {{ background: {p.accent}; border-color: {p.accent};
    image: url({check}); }}
QRadioButton::indicator:checked {{ border-color: {p.accent}; background: qradialgradient(
    cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {p.accent}, stop:0.45 {p.accent},
    stop:0.55 {p.surface}, stop:1 {p.surface}); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {p.disabled_text}; background: {p.surface_alt}; }}

QListWidget, QListView, QTreeView, QTableView {{ background: {p.surface};
    border: 1px solid {p.border}; border-radius: 10px; outline: none; }}
QListWidget::item, QListView::item {{ padding: 6px 8px; border-radius: 6px; }}
QListWidget::item:selected, QListView::item:selected {{ background: {p.accent_soft};
    color: {p.text}; }}

QWidget#sidePanel {{ background: {p.surface_alt}; border-right: 1px solid {p.border}; }}
QListWidget#navRail {{ background: transparent; border: none; border-radius: 0;
    padding: 8px 0; }}
QListWidget#navRail::item {{ padding: 10px 14px; margin: 2px 10px; border-radius: 10px;
    color: {p.muted}; }}
QListWidget#navRail::item:hover {{ background: {p.surface}; color: {p.text}; }}
QListWidget#navRail::item:selected {{ background: {p.accent_soft}; color: {p.text};
    font-weight: 600; }}

QTabWidget::pane {{ border: 1px solid {p.border}; border-radius: 12px;
    background: {p.surface}; top: -1px; }}
QTabBar::tab {{ background: transparent; color: {p.muted}; padding: 8px 16px;
    margin-right: 4px; border-top-left-radius: 8px; border-top-right-radius: 8px; }}
QTabBar::tab:selected {{ background: {p.surface}; color: {p.text};
    border: 1px solid {p.border}; border-bottom: 1px solid {p.surface}; }}
QTabBar::tab:hover:!selected {{ color: {p.text}; }}

QGroupBox {{ border: 1px solid {p.border}; border-radius: 12px; margin-top: 1.4em;
    padding: 14px 12px 12px 12px; background: transparent; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px;
    color: {p.text}; font-weight: 600; }}

QProgressBar {{ background: {p.surface_alt}; border: none; border-radius: 4px;
    max-height: 8px; min-height: 8px; text-align: center; }}
QProgressBar::chunk {{ background: {p.accent}; border-radius: 4px; }}
QProgressBar[level="0"]::chunk, QProgressBar[level="1"]::chunk {{ background: {p.danger}; }}
QProgressBar[level="2"]::chunk {{ background: {p.warning}; }}
QProgressBar#busyBar {{ max-height: 6px; min-height: 6px; max-width: 90px; }}

QStatusBar {{ background: {p.window}; color: {p.muted}; border-top: 1px solid {p.border}; }}
QStatusBar QLabel {{ color: {p.muted}; padding: 2px 10px; }}
QStatusBar::item {{ border: none; }}
QMenuBar {{ background: {p.window}; color: {p.text}; }}
QMenuBar::item {{ padding: 4px 10px; background: transparent; border-radius: 6px; }}
QMenuBar::item:selected {{ background: {p.surface_alt}; }}
QMenu {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    border-radius: 8px; padding: 4px; }}
QMenu::item {{ padding: 6px 24px 6px 14px; border-radius: 6px; }}
QMenu::item:selected {{ background: {p.accent_soft}; color: {p.text}; }}
QMenu::separator {{ height: 1px; background: {p.border}; margin: 4px 8px; }}

QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 4px; min-height: 28px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
QScrollBar::handle:horizontal {{ background: {p.border}; border-radius: 4px; min-width: 28px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
"""


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after changing a ``role``/``level`` property at runtime."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class ThemeManager(QObject):
    """Owns the current theme choice and applies it to the whole application at runtime."""

    changed = Signal(str)  # the resolved theme: "light" or "dark"

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self._choice = choice if choice in THEME_CHOICES else "system"
        self._resolved = ""
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_scheme_changed)
        # A new application font (the person's text size): the headings' sizes follow it.
        app.fontChanged.connect(self._on_font_changed)

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def resolved(self) -> str:
        return self._resolved or resolve(self._choice)

    @property
    def is_dark(self) -> bool:
        return self.resolved == "dark"

    @property
    def palette(self) -> Palette:
        return palette_for(self.resolved)

    def apply(self, choice: str | None = None) -> str:
        """Apply ``choice`` (or re-apply the current one); returns the resolved theme."""
        if choice is not None:
            self._choice = choice if choice in THEME_CHOICES else "system"
        resolved = resolve(self._choice)
        p = palette_for(resolved)
        self._app.setPalette(qpalette(p))
        self._app.setStyleSheet(stylesheet(p, self.base_pt))
        changed = resolved != self._resolved
        self._resolved = resolved
        if changed:
            self.changed.emit(resolved)
        return resolved

    @property
    def base_pt(self) -> float:
        """The application font's size, which the stylesheet's headings are multiples of."""
        size = self._app.font().pointSizeF()
        return size if size > 0 else 10.0

    def _on_font_changed(self, _font: QFont) -> None:
        if self._resolved:  # applied once already: rebuild the sheet for the new size
            self._app.setStyleSheet(stylesheet(self.palette, self.base_pt))

    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":
            self.apply()


def apply_theme(app: QApplication, choice: str) -> ThemeManager:
    """Convenience: a manager for ``app`` with ``choice`` applied."""
    manager = ThemeManager(app, choice)
    manager.apply()
    return manager
