"""The UI's own preferences, kept outside the vault in ``ui.ini`` (Qt's ``QSettings``).

Only what the app needs before any vault is open, or what is about the window rather than the
person: the theme, "reduce motion" and the text size mirrored from the vault's settings, whether
the tray hint was shown, and the main window's geometry. Nothing a person wrote goes here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from neuroleaf_desktop.ui import text_size as sizing

UI_PREFS_FILE = "ui.ini"


class UiPrefs:
    """Non-secret UI preferences kept outside the vault (theme, motion and text size before
    unlock, geometry).

    The theme, "reduce motion" and the text size live in the vault's settings too; this mirror
    lets the unlock window, which runs before any vault is open, already wear the person's theme
    and text size, and keep still if they asked for stillness.
    """

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: Any) -> Any:
        return self._settings.value(key, default)

    @property
    def theme(self) -> str:
        value = str(self._get("theme", "system"))
        return value if value in ("light", "dark", "system") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._settings.setValue("theme", value)

    @property
    def reduce_motion(self) -> str:
        value = str(self._get("reduce_motion", "system"))
        return value if value in ("system", "on", "off") else "system"

    @reduce_motion.setter
    def reduce_motion(self, value: str) -> None:
        self._settings.setValue("reduce_motion", value)

    @property
    def text_size(self) -> int:
        value = str(self._get(sizing.SETTING, sizing.DEFAULT))
        return int(value) if value.isdigit() and sizing.valid(int(value)) else sizing.DEFAULT

    @text_size.setter
    def text_size(self, value: int) -> None:
        self._settings.setValue(sizing.SETTING, int(value))

    @property
    def tray_hint_shown(self) -> bool:
        return str(self._get("tray_hint_shown", "false")).lower() == "true"

    @tray_hint_shown.setter
    def tray_hint_shown(self, value: bool) -> None:
        self._settings.setValue("tray_hint_shown", "true" if value else "false")

    @property
    def main_geometry(self) -> QByteArray | None:
        value = self._get("main_geometry", None)
        return value if isinstance(value, QByteArray) else None

    @main_geometry.setter
    def main_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("main_geometry", value)

    def sync(self) -> None:
        self._settings.sync()
