"""Toggle chips: a wrapping group of checkable pills (activities, emotion words)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from neuroleaf_desktop.ui.widgets.flow_layout import FlowLayout


class ToggleChip(QPushButton):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)
        self.setProperty("chip", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(text)
        self.toggled.connect(self._announce)
        self._announce(False)

    def _announce(self, checked: bool) -> None:
        self.setAccessibleDescription("selected" if checked else "not selected")


class ChipGroup(QWidget):
    """Options shown as toggle chips; ``selected()`` keeps the order of the options."""

    changed = Signal()

    def __init__(
        self,
        options: Iterable[str] = (),
        parent: QWidget | None = None,
        *,
        accessible_name: str = "Options",
    ) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self, spacing=6)
        self.chips: dict[str, ToggleChip] = {}
        self.setAccessibleName(accessible_name)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.set_options(options)

    def set_options(self, options: Iterable[str]) -> None:
        keep = set(self.selected())
        for chip in self.chips.values():
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = {}
        for option in dict.fromkeys(options):
            chip = ToggleChip(option, self)
            chip.setChecked(option in keep)
            chip.toggled.connect(lambda _checked: self.changed.emit())
            self._layout.addWidget(chip)
            self.chips[option] = chip
        self.updateGeometry()

    def options(self) -> list[str]:
        return list(self.chips)

    def selected(self) -> tuple[str, ...]:
        return tuple(name for name, chip in self.chips.items() if chip.isChecked())

    def set_selected(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for name, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(name in wanted)
            chip._announce(name in wanted)
            chip.blockSignals(False)
        self.changed.emit()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._layout.heightForWidth(width)
