"""Read-only chips for one entry's analysis: sentiment, strongest emotions, stress keywords.

The widget only renders; the screen that owns it reads the analysis and where each stress
keyword came from (``services/analysis_sources``, off the UI thread) and calls
``show_analysis``, ``show_pending`` or ``clear``. A stress chip's tooltip and accessible
description quote the words it was read in, so the person can check the claim it makes; a
keyword that could not be placed says nothing more than its name. Those quotes are the
person's words: ``clear`` (on lock) blanks them before the chips go. Colours follow
light/dark: they are recomputed whenever the palette changes.

The row is one stop in the Tab order and the arrow keys move between its chips, so a keyboard or
screen-reader user reaches the quotes too: the chip in focus holds the real keyboard focus (its
accessible name and description are what a screen reader announces), wears the theme's focus
ring, and shows its tooltip at once. Tab leaves the row as if from the row itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QToolTip, QWidget

from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.services.analysis_sources import KeywordSource
from neuroleaf_desktop.ui.widgets.flow_layout import FlowLayout
from neuroleaf_desktop.ui.widgets.focus_chain import leave_group
from neuroleaf_desktop.ui.widgets.style import (
    accent,
    card_background,
    card_border,
    hex_of,
    is_dark,
    mood_color,
    muted_text,
    quadrant_tint,
    subtle_fill,
)

MAX_EMOTIONS = 3
# The analysis shows only what it reads clearly (a learned gate withdraws labels it doubts), so
# a missing chip means "not read clearly", never "not felt": the row says so to whoever asks.
READ_CLEARLY = (
    "What the app read clearly in this entry. It leaves out what it is not sure of, so a "
    "feeling or stress without a chip may still be there. Point at a stress chip, or reach it "
    "with Tab and the arrow keys, to see the words it was read from."
)
MAX_KEYWORDS = 3
MIN_EMOTION_SCORE = 0.3


@dataclass(frozen=True)
class ChipSpec:
    """One chip: what it says, what assistive tech reads, and how it is tinted."""

    text: str
    accessible: str
    kind: str  # "sentiment" | "emotion" | "stress" | "pending"
    compound: float = 0.0
    source: str = ""  # where a stress keyword was read: quotes of the entry's own words

    @property
    def tooltip(self) -> str:
        """The accessible text, or for a stress chip with a source, where it came from."""
        return isolated(self.source) if self.source else self.accessible


SENTIMENT_WORDS = {
    "positive": "Positive",
    "negative": "Negative",
    "mixed": "Mixed",
    "neutral": "Neutral",
}


def sentiment_word(analysis: EntryAnalysis) -> str:
    """Positive / Negative / Mixed / Neutral, from the clause-level label (mixed feelings are
    shown as mixed, not as whichever side is a little larger)."""
    return SENTIMENT_WORDS[analysis.sentiment.label]


# Unicode isolates round a quote: a right-to-left quote inside an English sentence keeps its
# own order and does not drag the closing quote mark or the words after it along.
_FSI, _PDI = "\u2068", "\u2069"


def isolated(text: str) -> str:
    """``text`` with each “quote” bidi-isolated, for display (assistive tech gets it plain)."""
    return text.replace("“", "“" + _FSI).replace("”", _PDI + "”")


def _places(n: int) -> str:
    return f"{n} more place{'' if n == 1 else 's'}"


def source_sentence(source: KeywordSource) -> str:
    """'Stress: work — from “the rota changed again for Saturday”', a second place on a line
    of its own, and how many more places there were."""
    quotes = [f"“{quote.text}”" for quote in source.quotes]
    lines = [f"Stress: {source.keyword} — from {quotes[0]}", *(f"and {q}" for q in quotes[1:])]
    if source.more:
        lines.append(f"(and {_places(source.more)} in this entry)")
    return "\n".join(lines)


def chip_specs(analysis: EntryAnalysis, sources: Sequence[KeywordSource] = ()) -> list[ChipSpec]:
    """The chips for ``analysis``: sentiment first, then emotions, then stress keywords, each
    stress chip with where it was read when ``sources`` place it.

    Emotion chips agree with the sentiment chip (``EntryAnalysis.agreeing_emotions``): no
    "Negative" beside "Calm"; a text with both shows "Mixed" and both kinds of emotion.
    """
    where = {source.keyword: source_sentence(source) for source in sources}
    compound = analysis.sentiment.compound
    word = sentiment_word(analysis)
    specs = [ChipSpec(word, f"Sentiment: {word.lower()} ({compound:.2f})", "sentiment", compound)]
    for name, score in analysis.agreeing_emotions(MAX_EMOTIONS, MIN_EMOTION_SCORE):
        specs.append(ChipSpec(name.capitalize(), f"Emotion: {name} ({score:.2f})", "emotion"))
    for keyword, weight in analysis.stress_keywords[:MAX_KEYWORDS]:
        accessible = f"Stress keyword: {keyword} ({weight:.2f})"
        specs.append(ChipSpec(keyword, accessible, "stress", source=where.get(keyword, "")))
    return specs


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def chip_colours(spec: ChipSpec, dark: bool) -> tuple[str, str, str]:
    """(background, border, text) for a chip, soft enough to sit under the entry title."""
    surface = card_background(dark)
    text = "palette(window-text)"
    if spec.kind == "sentiment":
        tone = mood_color(1.0 + (spec.compound + 1.0) / 2.0 * 9.0, dark)  # -1..1 -> 1..10
        return hex_of(_mix(surface, tone, 0.3)), hex_of(_mix(surface, tone, 0.75)), text
    if spec.kind == "stress":
        tint = quadrant_tint("high_energy_unpleasant", dark)
        return hex_of(tint), hex_of(_mix(tint, card_border(dark), 0.5)), text
    if spec.kind == "pending":
        return "transparent", hex_of(card_border(dark)), hex_of(muted_text(dark))
    return hex_of(subtle_fill(dark)), hex_of(card_border(dark)), text


# Keys that move between chips: (key, step); Home and End jump to the ends.
_STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
}
_SHOW_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_RESHOW_KEYS = frozenset(
    (*_STEPS, *_SHOW_KEYS, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
)
TIP_LABEL = "qtooltip_label"  # the object name Qt gives the one tooltip window


def forget_tooltip() -> None:
    """Hide the tooltip and blank the label Qt shows it in: the window lives on until Qt
    deletes it, and while it does it would still hold the last chip's quote."""
    QToolTip.hideText()
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == TIP_LABEL and isinstance(widget, QLabel):
            widget.clear()


class AnalysisChips(QWidget):
    """A wrapping row of small read-only chips; hidden when it has nothing to show.

    One Tab stop: the row takes Tab focus and hands it to its current chip (the first, or the
    one last visited); the chips themselves take focus only from the row or a click, never
    from Tab, and Tab and Shift+Tab leave the row for the widgets around it, whatever order Qt
    created the chips in.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Entry analysis")
        self.setAccessibleDescription(READ_CLEARLY)
        self.setToolTip(READ_CLEARLY)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._layout = FlowLayout(self, spacing=6)
        self._layout.setContentsMargins(0, 0, 0, 0)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._specs: list[ChipSpec] = []
        self.chips: list[QLabel] = []
        self.current = 0  # the chip the keyboard is on (kept while focus is elsewhere)
        self._handing_over = False  # focus parked on the row while its chips are replaced
        self._fallback: QWidget | None = None
        self.setVisible(False)

    # ---- public API -------------------------------------------------------------------------
    def show_analysis(self, analysis: EntryAnalysis, sources: Sequence[KeywordSource] = ()) -> None:
        """Chips for ``analysis``; ``sources`` (from ``stress_sources``) say where each stress
        keyword was read, in its chip's tooltip and accessible description."""
        self._set_specs(chip_specs(analysis, sources))

    def show_pending(self) -> None:
        self._set_specs(
            [
                ChipSpec(
                    "Analysing…", "Analysis: not ready yet, running in the background", "pending"
                )
            ]
        )

    def clear(self) -> None:
        """No chips; the quotes the old ones held are blanked at once, not when Qt deletes
        them, and so is the tooltip that showed one."""
        self._set_specs([])
        forget_tooltip()

    def set_focus_fallback(self, widget: QWidget) -> None:
        """Where keyboard focus goes when the chip it was on goes with nothing to replace it
        (the row emptied: another entry, a lock); without one Qt would pick the next widget."""
        self._fallback = widget

    def texts(self) -> list[str]:
        return [spec.text for spec in self._specs]

    def accessible_texts(self) -> list[str]:
        return [spec.accessible for spec in self._specs]

    def sources(self) -> list[str]:
        """Each chip's "from …" sentence ('' where there is none), as assistive tech reads it."""
        return [spec.source for spec in self._specs]

    def focused_chip(self) -> QLabel | None:
        """The chip holding keyboard focus, if one does."""
        return next((chip for chip in self.chips if chip.hasFocus()), None)

    # ---- keyboard ---------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        if self.chips and not self._handing_over:
            self.chips[min(self.current, len(self.chips) - 1)].setFocus(event.reason())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(watched, QLabel) or watched not in self.chips:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusIn:
            self.current = self.chips.index(watched)
            # Once the focus change has settled: Qt hides a tooltip on any later focus event
            # of the same change (the style's own, for one).
            QTimer.singleShot(0, self, self._tip_on_focus)
        elif event.type() == QEvent.Type.FocusOut:
            QToolTip.hideText()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        elif (
            event.type() == QEvent.Type.KeyRelease
            and isinstance(event, QKeyEvent)
            and Qt.Key(event.key()) in _RESHOW_KEYS
            and not event.isAutoRepeat()
        ):
            # Qt hides a tooltip on every key release, that of the key which just brought the
            # focus here too: the tip shown on focus comes back once that key is up.
            self.show_tip(watched)
        return False

    def _key(self, chip: QLabel, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        index = self.chips.index(chip)
        if key in _STEPS:
            target = max(0, min(len(self.chips) - 1, index + _STEPS[key]))
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = len(self.chips) - 1
        elif key in _SHOW_KEYS:
            self.show_tip(chip)
            return True
        elif key == Qt.Key.Key_Escape and QToolTip.isVisible():
            QToolTip.hideText()
            return True
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            leave_group(self, forward=forward)
            return True
        else:
            return False
        if target != index:
            self.chips[target].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.show_tip(chip)  # at an end: say again where the keyboard is
        return True

    def _tip_on_focus(self) -> None:
        chip = self.focused_chip()
        if chip is not None:
            self.show_tip(chip)

    def show_tip(self, chip: QLabel) -> None:
        """The chip's tooltip under it, as pointing at it would show it."""
        if chip.toolTip() and not (QToolTip.isVisible() and QToolTip.text() == chip.toolTip()):
            QToolTip.showText(chip.mapToGlobal(QPoint(0, chip.height() + 2)), chip.toolTip(), chip)

    # ---- rendering --------------------------------------------------------------------------
    def _set_specs(self, specs: list[ChipSpec]) -> None:
        if specs == self._specs and len(self.chips) == len(specs):
            return
        had_focus = self.focused_chip() is not None
        if had_focus:
            forget_tooltip()
            self._handing_over = True
            if specs or self._fallback is None:
                self.setFocus(Qt.FocusReason.OtherFocusReason)  # parked while the chips change
            else:
                self._fallback.setFocus(Qt.FocusReason.OtherFocusReason)
        self._specs = specs
        for chip in self.chips:
            chip.removeEventFilter(self)
            self._layout.removeWidget(chip)
            chip.setToolTip("")  # the entry's words go now, not when Qt gets to deleting
            chip.setAccessibleDescription("")
            chip.setAccessibleName("")
            chip.hide()
            chip.deleteLater()
        self.chips = []
        dark = is_dark(self)
        for spec in specs:
            chip = QLabel(spec.text, self)
            chip.setObjectName("analysisChip")
            chip.setProperty("kind", spec.kind)
            chip.setAccessibleName(spec.accessible)
            chip.setAccessibleDescription(spec.source)
            chip.setToolTip(spec.tooltip)
            chip.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            # reached through the row, never by Tab; a click focuses it (and shows its quote)
            chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            chip.installEventFilter(self)
            self._style_chip(chip, spec, dark)
            self._layout.addWidget(chip)
            chip.show()  # now, not when the layout's queued show runs: focus may move to it
            self.chips.append(chip)
        self.current = min(self.current, max(0, len(self.chips) - 1))
        self.setVisible(bool(specs))
        self.updateGeometry()
        self._handing_over = False
        if had_focus and self.chips:
            self.chips[self.current].setFocus(Qt.FocusReason.OtherFocusReason)

    def _style_chip(self, chip: QLabel, spec: ChipSpec, dark: bool) -> None:
        background, border, text = chip_colours(spec, dark)
        style = "italic" if spec.kind == "pending" else "normal"
        # In focus the border grows to the theme's 2-px accent ring (padding gives back the
        # pixel, so nothing moves): a change of shape as well as of colour.
        chip.setStyleSheet(
            f"QLabel#analysisChip {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 10px; padding: 2px 9px; color: {text}; font-style: {style}; }}"
            f" QLabel#analysisChip:focus {{ border: 2px solid {hex_of(accent(dark))};"
            f" padding: 1px 8px; }}"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.PaletteChange:
            dark = is_dark(self)
            for chip, spec in zip(self.chips, self._specs, strict=False):
                self._style_chip(chip, spec, dark)
        super().changeEvent(event)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._layout.heightForWidth(width)
