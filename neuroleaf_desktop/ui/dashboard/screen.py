"""The dashboard: mood timeline, emotion heatmap, sleep × mood, stress keywords,
activity effects — for a chosen date range, in the app's light or dark colours.

Start-up stays light: constructing the screen imports neither matplotlib nor the charts. The
chart cards and their canvases are built the first time the screen is shown, and the figures
are drawn on a worker (``DashboardService`` data + ``charts.figures`` builders); only the Qt
canvases are made on the UI thread. Writes refresh it (debounced) through ``ctx.bridge``.

Each chart also comes as words (``services/dashboard_text``), built on the same worker from the
same data and choices as its figure: the card's accessible description and its "Show as text".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from neuroleaf_desktop.domain.dashboard import (
    HEATMAP_CHOICES,
    NEGATIVE_AFFECT,
    DashboardSummary,
    RangePreset,
    range_for,
)
from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.dashboard_service import DashboardService
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.ui import text_size
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.dashboard.card import ChartCard
from neuroleaf_desktop.ui.widgets import (
    Banner,
    BannerKind,
    EmptyState,
    LoadingState,
    install_style,
)
from neuroleaf_desktop.ui.widgets.reflow_row import ReflowRow
from neuroleaf_desktop.ui.widgets.style import scaled_font

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from neuroleaf_desktop.charts.theme import ChartTheme

log = get_logger("ui.dashboard")

CHARTS: tuple[tuple[str, str], ...] = (
    ("timeline", "Mood over time"),
    ("heatmap", "Emotion heatmap"),
    ("cloud", "Stress keywords"),
    ("sleep", "Sleep and mood"),
    ("activities", "Activity effects"),
)
RANGE_LABELS: tuple[tuple[RangePreset, str], ...] = (
    (RangePreset.LAST_30, "Last 30 days"),
    (RangePreset.LAST_90, "Last 90 days"),
    (RangePreset.LAST_365, "Last 365 days"),
    (RangePreset.ALL, "All time"),
    (RangePreset.CUSTOM, "Custom…"),
)
REFRESH_DEBOUNCE_MS = 400
EXPORT_DPI = 144  # an exported chart at the system text size: 1.44 image pixels per screen pixel
_WATCHED = frozenset({Topic.CHECKIN, Topic.ENTRY, Topic.ACTIVITY})


@dataclass(frozen=True)
class DashboardView:
    """What a load produced: the data, and per chart key its figure and its words."""

    summary: DashboardSummary
    figures: dict[str, Figure]
    dark: bool
    profile_empty: bool = False
    texts: dict[str, str] = field(default_factory=dict)


def chart_theme_for(dark: bool) -> ChartTheme:
    """The chart colours, taken from the app's live palette where it has them."""
    from neuroleaf_desktop.charts.theme import chart_theme
    from neuroleaf_desktop.ui.theme import palette_for

    p = palette_for("dark" if dark else "light")
    return chart_theme(
        dark, background=p.surface, text=p.text, muted=p.muted, accent=p.accent, negative=p.danger
    )


def build_figures(
    summary: DashboardSummary, dark: bool, emotion: str, next_day: bool, keys: tuple[str, ...]
) -> dict[str, Figure]:
    """Draw the requested charts (runs on a worker; pure matplotlib, no Qt)."""
    from neuroleaf_desktop.charts import figures as f

    theme = chart_theme_for(dark)
    builders: dict[str, Callable[[], Figure]] = {
        "timeline": lambda: f.mood_timeline_figure(summary.timeline, theme),
        "heatmap": lambda: f.emotion_heatmap_figure(summary.heatmap, emotion, theme),
        "cloud": lambda: f.keyword_cloud_figure(summary.keywords, theme),
        "sleep": lambda: f.sleep_mood_figure(summary.sleep, theme),
        "activities": lambda: f.activity_effects_figure(
            summary.activities_next_day if next_day else summary.activities_same_day,
            theme,
            min_days=summary.min_activity_days,
        ),
    }
    return {key: builders[key]() for key in keys}


def build_texts(
    summary: DashboardSummary, emotion: str, next_day: bool, keys: tuple[str, ...]
) -> dict[str, str]:
    """The requested charts in words, from the data and choices their figures are drawn with
    (runs on the worker beside ``build_figures``)."""
    from neuroleaf_desktop.services.dashboard_text import chart_texts

    return chart_texts(summary, emotion, next_day, keys)


class DashboardScreen(QWidget):
    """``DashboardScreen(ctx)``: cheap to construct; charts are built on first show."""

    loaded = Signal()  # a load (or re-draw) has been shown

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("DashboardScreen")
        self.setAccessibleName("Dashboard")
        self.service = DashboardService(ctx.session)
        self.preset = RangePreset.LAST_90
        self.custom_range: tuple[date, date] | None = None
        self.emotion = NEGATIVE_AFFECT
        self.next_day = True
        self.summary: DashboardSummary | None = None
        self.figures: dict[str, Figure] = {}
        self.cards: dict[str, ChartCard] = {}
        self.built = False
        self.load_count = 0
        self._generation = 0
        self._shown_generation = -1
        self._dirty = False
        self._last_dir = Path.home()
        self._drawn_dark = ctx.dark
        self._build_shell()
        install_style(self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.bridge.changed.connect(self._on_change)

    # ---- the light shell (no matplotlib) ------------------------------------------------------
    def _build_shell(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.setSpacing(12)
        heading = QLabel("Dashboard", self)
        heading.setFont(scaled_font(self, 1.6, bold=True))
        choices = QWidget(self)
        header = QHBoxLayout(choices)
        header.setContentsMargins(0, 0, 0, 0)
        self.range_combo = QComboBox(self)
        self.range_combo.setAccessibleName("Date range")
        for preset, label in RANGE_LABELS:
            self.range_combo.addItem(label, preset.value)
        self.range_combo.setCurrentIndex([p for p, _l in RANGE_LABELS].index(self.preset))
        self.range_combo.currentIndexChanged.connect(self._on_range_changed)
        today = self.service.today()
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit, name, value in (
            (self.from_edit, "From", today - timedelta(days=29)),
            (self.to_edit, "To", today),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(f"{name} date")
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.setVisible(False)
            edit.dateChanged.connect(self._on_custom_dates)
        self.range_label = QLabel(self)
        self.range_label.setProperty("role", "muted")
        header.addWidget(self.range_label)
        header.addWidget(self.range_combo)
        header.addWidget(self.from_edit)
        header.addWidget(self.to_edit)
        outer.addWidget(ReflowRow(heading, choices, self))  # the range under it, if narrow

        self.banner = Banner(self)
        self.banner.setAccessibleName("Dashboard message")
        outer.addWidget(self.banner)

        self.stack = QStackedWidget(self)
        self.loading = LoadingState("Gathering your charts…", self.stack, lines=5)
        self.empty = EmptyState(
            "Your dashboard fills in as you go",
            "Log how you feel (Ctrl+M) and write entries; charts of your mood, sleep, "
            "emotions and what helps appear here. Everything stays on this computer.",
            icon="◔",
            parent=self.stack,
        )
        self.empty_range = EmptyState(
            "Nothing in this range",
            "There are no check-ins or entries between these dates.",
            icon="◔",
            action_text="Show all time",
            on_action=lambda: self.set_range(RangePreset.ALL),
            parent=self.stack,
        )
        self.charts_area = QScrollArea(self.stack)
        self.charts_area.setWidgetResizable(True)
        self.charts_area.setFrameShape(QFrame.Shape.NoFrame)
        for page in (self.loading, self.empty, self.empty_range, self.charts_area):
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self.loading)
        outer.addWidget(self.stack, 1)

    def _build_charts(self) -> None:
        """The chart cards (first show). Still no matplotlib: canvases come with figures."""
        content = QWidget(self.charts_area)
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.setSpacing(14)
        for key, title in CHARTS:
            card = ChartCard(key, title, content)
            card.export_requested.connect(self.export_dialog)
            self.cards[key] = card
        self.emotion_combo = QComboBox(self.cards["heatmap"])
        self.emotion_combo.setAccessibleName("Emotion for the heatmap")
        for choice in HEATMAP_CHOICES:
            self.emotion_combo.addItem(choice.capitalize(), choice)
        self.emotion_combo.currentIndexChanged.connect(self._on_emotion_changed)
        self.cards["heatmap"].add_control(self.emotion_combo)
        self.lag_combo = QComboBox(self.cards["activities"])
        self.lag_combo.setAccessibleName("Compare mood on")
        self.lag_combo.addItem("Mood the next day", True)
        self.lag_combo.addItem("Mood the same day", False)
        self.lag_combo.currentIndexChanged.connect(self._on_lag_changed)
        self.cards["activities"].add_control(self.lag_combo)
        grid.addWidget(self.cards["timeline"], 0, 0, 1, 2)
        grid.addWidget(self.cards["heatmap"], 1, 0)
        grid.addWidget(self.cards["cloud"], 1, 1)
        grid.addWidget(self.cards["sleep"], 2, 0, 1, 2)
        grid.addWidget(self.cards["activities"], 3, 0, 1, 2)
        grid.setRowStretch(4, 1)
        self.charts_area.setWidget(content)
        self.built = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Build the cards and load the data the first time (or after a missed change)."""
        if not self.built:
            self._build_charts()
            self.refresh()
        elif self._dirty:
            self.refresh()

    # ---- range and choices -----------------------------------------------------------------
    def current_range(self) -> tuple[date | None, date]:
        if self.preset is RangePreset.CUSTOM and self.custom_range is not None:
            return self.custom_range
        return range_for(self.preset, self.service.today())

    def set_range(self, preset: RangePreset, custom: tuple[date, date] | None = None) -> None:
        if custom is not None:
            start, end = sorted(custom)
            self.custom_range = (start, end)
            for edit, value in ((self.from_edit, start), (self.to_edit, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)
        index = [p for p, _l in RANGE_LABELS].index(preset)
        if self.range_combo.currentIndex() != index:
            self.range_combo.setCurrentIndex(index)  # → _on_range_changed → refresh
        else:
            self.preset = preset
            self._sync_custom_visibility()
            self.refresh()

    def _on_range_changed(self, index: int) -> None:
        self.preset = RangePreset(self.range_combo.itemData(index))
        if self.preset is RangePreset.CUSTOM and self.custom_range is None:
            self.custom_range = (_to_date(self.from_edit.date()), _to_date(self.to_edit.date()))
        self._sync_custom_visibility()
        self.refresh()

    def _sync_custom_visibility(self) -> None:
        custom = self.preset is RangePreset.CUSTOM
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)

    def _on_custom_dates(self, _value: QDate) -> None:
        start, end = _to_date(self.from_edit.date()), _to_date(self.to_edit.date())
        self.custom_range = (min(start, end), max(start, end))
        if self.preset is RangePreset.CUSTOM:
            self.refresh()

    def _on_emotion_changed(self, index: int) -> None:
        self.emotion = str(self.emotion_combo.itemData(index))
        self.redraw(("heatmap",))

    def _on_lag_changed(self, index: int) -> None:
        self.next_day = bool(self.lag_combo.itemData(index))
        self.redraw(("activities",))

    # ---- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the data for the current range and draw every chart (on a worker)."""
        if not self.built:
            self._dirty = True
            return
        self._dirty = False
        self._generation += 1
        generation = self._generation
        start, end = self.current_range()
        self.range_label.setText(_range_text(start, end))
        if self.summary is None:
            self.stack.setCurrentWidget(self.loading)
        service, dark = self.service, self.ctx.dark
        emotion, next_day = self.emotion, self.next_day
        keys = tuple(k for k, _t in CHARTS)

        def work() -> DashboardView:
            summary = service.summary(start, end)
            figures = (
                {} if summary.is_empty else build_figures(summary, dark, emotion, next_day, keys)
            )
            profile_empty = summary.is_empty and not service.has_any_data()
            texts = build_texts(summary, emotion, next_day, keys)
            return DashboardView(summary, figures, dark, profile_empty, texts)

        def done(view: DashboardView) -> None:
            if generation == self._generation:
                self._show(view, generation)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            log.warning("dashboard.load_failed", error=type(exc).__name__)
            self._shown_generation = generation
            if self.summary is None:
                self.stack.setCurrentWidget(self.empty)
            self.banner.show_error(exc, action_text="Retry", on_action=self.refresh)
            self.loaded.emit()

        self.ctx.tasks.run(self, work, done, failed)

    def redraw(self, keys: tuple[str, ...]) -> None:
        """Re-draw some charts from the data already loaded (a choice changed)."""
        summary = self.summary
        if summary is None or summary.is_empty:
            return
        self._generation += 1
        generation = self._generation
        dark, emotion, next_day = self.ctx.dark, self.emotion, self.next_day

        def work() -> DashboardView:
            figures = build_figures(summary, dark, emotion, next_day, keys)
            texts = build_texts(summary, emotion, next_day, keys)
            return DashboardView(summary, figures, dark, texts=texts)

        def done(view: DashboardView) -> None:
            if generation == self._generation:
                self._show(view, generation)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._shown_generation = generation
                self.banner.show_error(exc)

        self.ctx.tasks.run(self, work, done, failed)

    def _show(self, view: DashboardView, generation: int) -> None:
        self.summary = view.summary
        self._drawn_dark = view.dark
        self._shown_generation = generation
        self.load_count += 1
        summary = view.summary
        for key, text in view.texts.items():
            self.cards[key].set_text(text)
        if summary.is_empty:
            start, _end = self.current_range()
            whole = view.profile_empty or start is None
            self.stack.setCurrentWidget(self.empty if whole else self.empty_range)
            self.figures = {}
            for card in self.cards.values():
                card.export_button.setEnabled(False)
        else:
            for key, figure in view.figures.items():
                self.figures[key] = figure
                self.cards[key].set_figure(figure)
            self.stack.setCurrentWidget(self.charts_area)
        self.loaded.emit()

    def is_settled(self) -> bool:
        """True when the latest requested load has been shown (tests and the gallery wait)."""
        return self.built and self._shown_generation == self._generation

    @property
    def showing_empty(self) -> bool:
        return self.stack.currentWidget() in (self.empty, self.empty_range)

    def _on_change(self, change: object) -> None:
        if isinstance(change, Change) and change.topic in _WATCHED:
            if self.built and self.isVisible():
                self._refresh_timer.start()
            else:
                self._dirty = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.summary is not None:
            if self.figures and self.ctx.dark != self._drawn_dark:
                self.redraw(tuple(self.figures))
            self._drawn_dark = self.ctx.dark

    # ---- export ----------------------------------------------------------------------------
    def export_chart(self, key: str, path: str | Path) -> Path:
        """Write chart ``key`` as a PNG at ``path``; returns the path written.

        The save dialog already asked before replacing a file, hence ``force``; the rest of the
        output rules (never inside the app's own folders) still apply. The image has the words
        at the size the person chose, as the open chart shows them: the canvas draws a larger
        text size at more dots per inch on fewer inches, so the file is saved at that many
        more dots per inch too, the same pixels across with the words larger in them.
        """
        import io

        from neuroleaf_desktop.services.output_paths import write_output

        figure = self.figures.get(key)
        if figure is None:
            raise KeyError(f"no chart {key!r} drawn yet")
        target = Path(path)
        if target.suffix.lower() != ".png":
            target = target.with_suffix(".png")
        buffer = io.BytesIO()
        dpi = EXPORT_DPI * text_size.current().factor
        figure.savefig(buffer, format="png", dpi=dpi, facecolor=figure.get_facecolor())
        return write_output(target, buffer.getvalue(), force=True)

    def export_dialog(self, key: str) -> None:
        start, end = self.current_range()
        suggested = self._last_dir / f"neuroleaf-{key}-{(start or end).isoformat()}.png"
        path, _filter = QFileDialog.getSaveFileName(
            self, "Export chart as PNG", str(suggested), "PNG image (*.png)"
        )
        if not path:
            return
        try:
            written = self.export_chart(key, path)
        except NeuroLeafError as exc:
            self.banner.show_error(exc.user_message)
            return
        except (OSError, KeyError) as exc:
            self.banner.show_error(f"The chart could not be saved: {exc}")
            return
        self._last_dir = written.parent
        self.banner.show_message(
            f"Saved {written.name}. Note: the image is not encrypted.", BannerKind.SUCCESS
        )


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _range_text(start: date | None, end: date) -> str:
    if start is None:
        return f"to {end:%d %b %Y}"
    return f"{start:%d %b %Y} – {end:%d %b %Y}"
