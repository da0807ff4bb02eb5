"""Read-only chips for one entry's analysis: sentiment, strongest emotions, stress keywords.

The widget only renders; the screen that owns it reads the analysis and where each stress
keyword came from (``services/analysis_sources``, off the UI thread) and calls
``show_analysis``, ``show_pending`` or ``clear``. A stress chip's tooltip and accessible
description quote the words it was read in, so the person can check the claim it makes; a
keyword that could not be placed says nothing more than its name. Those quotes are the
person's words: ``clear`` (on lock) blanks them before the chips go. Colours follow
light/dark: they are recomputed whenever the palette changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.services.analysis_sources import KeywordSource
from neuroleaf_desktop.ui.widgets.flow_layout import FlowLayout
from neuroleaf_desktop.ui.widgets.style import (
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
    "feeling or stress without a chip may still be there. Point at a stress chip to see the "
    "words it was read from."
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


class AnalysisChips(QWidget):
    """A wrapping row of small read-only chips; hidden when it has nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Entry analysis")
        self.setAccessibleDescription(READ_CLEARLY)
        self.setToolTip(READ_CLEARLY)
        self._layout = FlowLayout(self, spacing=6)
        self._layout.setContentsMargins(0, 0, 0, 0)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._specs: list[ChipSpec] = []
        self.chips: list[QLabel] = []
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
        them."""
        self._set_specs([])

    def texts(self) -> list[str]:
        return [spec.text for spec in self._specs]

    def accessible_texts(self) -> list[str]:
        return [spec.accessible for spec in self._specs]

    def sources(self) -> list[str]:
        """Each chip's "from …" sentence ('' where there is none), as assistive tech reads it."""
        return [spec.source for spec in self._specs]

    # ---- rendering --------------------------------------------------------------------------
    def _set_specs(self, specs: list[ChipSpec]) -> None:
        if specs == self._specs and len(self.chips) == len(specs):
            return
        self._specs = specs
        for chip in self.chips:
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
            self._style_chip(chip, spec, dark)
            self._layout.addWidget(chip)
            self.chips.append(chip)
        self.setVisible(bool(specs))
        self.updateGeometry()

    def _style_chip(self, chip: QLabel, spec: ChipSpec, dark: bool) -> None:
        background, border, text = chip_colours(spec, dark)
        style = "italic" if spec.kind == "pending" else "normal"
        chip.setStyleSheet(
            f"QLabel#analysisChip {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 10px; padding: 2px 9px; color: {text}; font-style: {style}; }}"
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
