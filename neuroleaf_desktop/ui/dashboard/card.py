"""One dashboard chart card: the chart's canvas, its controls, "Export PNG…" and the chart in
words.

A chart is a picture; its card also carries what the picture shows as text
(``services/dashboard_text``, built from the same data as the figure): it is the card's and the
canvas's accessible description, so a screen reader says it when the card is reached, and a
"Show as text" toggle, reachable by keyboard like any button, opens it under the chart as
selectable text for anyone who would rather read the numbers. Importing this module does not
import matplotlib; the canvas class is made on first use.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from neuroleaf_desktop.ui import text_size
from neuroleaf_desktop.ui.widgets import Card
from neuroleaf_desktop.ui.widgets.reflow_row import ReflowRow

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SHOW_TEXT, HIDE_TEXT = "Show as text", "Hide text"


@functools.cache
def scrolling_canvas_class() -> Callable[[Figure], QWidget]:
    """A matplotlib canvas that lets the mouse wheel scroll the page. The stock canvas takes
    every wheel event (for zooming, which these charts do not do), so scrolling stopped dead
    whenever the pointer was over a chart. It also wraps the chart's title and subtitle again
    whenever its width changes (``charts/titles``), and draws the chart's text at the person's
    text size (``follow_text_size``). Built on first use: matplotlib loads lazily."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from neuroleaf_desktop.charts.titles import DPI, fit_titles

    class ScrollingCanvas(FigureCanvasQTAgg):
        def __init__(self, figure: Figure) -> None:
            super().__init__(figure)  # type: ignore[no-untyped-call]
            self._designed_height_in = float(figure.get_size_inches()[1])
            self.follow_text_size()
            text_size.current().changed.connect(self.follow_text_size)

        def follow_text_size(self, *_args: object) -> None:
            """The chart's text is sized in points, so it grows with the figure's dots per
            inch: the canvas keeps its pixel width while the figure's inches shrink by the
            text size's factor, and it asks for that much more height, so the larger text
            gets room instead of crowding the plot."""
            factor = text_size.current().factor
            dpi = DPI * factor
            # matplotlib's Qt canvas derives the figure's dpi from this at every change of
            # the screen's scale; set here, the text size survives a move to another screen
            self.figure._original_dpi = dpi  # type: ignore[attr-defined]
            self.figure.set_dpi(dpi * self.device_pixel_ratio)
            self.setMinimumHeight(int(self._designed_height_in * 72 * factor))
            size = self.size()
            self.resizeEvent(QResizeEvent(size, size))  # the figure's inches from the width

        def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
            event.ignore()  # up to the scroll area

        def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
            super().resizeEvent(event)  # type: ignore[no-untyped-call]  # sizes the figure
            fit_titles(self.figure)  # before the redraw, which waits for the event loop

    return ScrollingCanvas


class ChartCard(Card):
    """A card holding one chart canvas, with its own controls, "Show as text" and
    "Export PNG…"."""

    export_requested = Signal(str)

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent, padding=12)
        self.key = key
        self.title = title
        self.setAccessibleName(title)
        # the chart's own choices at the left, its actions at the right; the actions go under
        # the choices when the card is too narrow for both (a large text size)
        controls, actions = QWidget(self), QWidget(self)
        self.header = QHBoxLayout(controls)
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.setSpacing(8)
        action_row = QHBoxLayout(actions)
        action_row.setContentsMargins(0, 0, 0, 0)
        action_row.setSpacing(8)
        self.text_button = QPushButton(SHOW_TEXT, self)
        self.text_button.setCheckable(True)
        self.text_button.setProperty("flat-action", True)
        self.text_button.setAccessibleName(f"Show {title} as text")
        self.text_button.setToolTip("Show what this chart shows as text you can read and copy")
        self.text_button.toggled.connect(self._text_toggled)
        action_row.addWidget(self.text_button)
        self.export_button = QPushButton("Export PNG…", self)
        self.export_button.setAccessibleName(f"Export {title} as PNG")
        self.export_button.setToolTip("Save this chart as a PNG image")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.key))
        action_row.addWidget(self.export_button)
        self.body.addWidget(ReflowRow(controls, actions, self, spacing=8))
        self.canvas: QWidget | None = None
        self.placeholder = QLabel("Drawing…", self)
        self.placeholder.setProperty("role", "muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumHeight(260)
        self.body.addWidget(self.placeholder, 1)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_label.setAccessibleName(f"{title} as text")
        self.text_label.setVisible(False)
        self.body.addWidget(self.text_label)

    def add_control(self, widget: QWidget) -> None:
        """A chart's own control, at the header's left."""
        self.header.insertWidget(0, widget)

    @property
    def text(self) -> str:
        """What the chart shows, in words (its accessible description)."""
        return self.text_label.text()

    def set_text(self, text: str) -> None:
        """The chart in words: the card's and the canvas's description, and the shown text."""
        self.text_label.setText(text)
        self.text_label.setAccessibleDescription(text)
        self.setAccessibleDescription(text)
        if self.canvas is not None:
            self.canvas.setAccessibleDescription(text)

    def _text_toggled(self, shown: bool) -> None:
        self.text_label.setVisible(shown)
        self.text_button.setText(HIDE_TEXT if shown else SHOW_TEXT)  # its name stays; checked

    def set_figure(self, figure: Figure) -> None:
        from neuroleaf_desktop.charts.titles import narrowest_px

        canvas = scrolling_canvas_class()(figure)
        canvas.setParent(self)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        width, _height = figure.get_size_inches()  # its height follows the text size
        canvas.setMinimumWidth(narrowest_px(width))  # subtitles are wrapped to fit this
        canvas.setAccessibleName(self.accessibleName())
        canvas.setAccessibleDescription(self.text)
        old = self.canvas
        if old is not None:
            self.body.replaceWidget(old, canvas)
            old.deleteLater()
        else:
            self.body.replaceWidget(self.placeholder, canvas)
            self.placeholder.hide()
        self.canvas = canvas
        self.export_button.setEnabled(True)
