"""The open entry's analysis chips, read off the UI thread.

Kept apart from the editor because it is its own small task: find the stored analysis of the
entry shown (nothing for a new or still-saving entry; "Analysing…" while the stored analysis is
missing or describes older text), quote where each stress keyword was read, and drop a result
that lands after the person moved on. Needs no background services: a plain vault read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.templates import without_template_lines
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.analysis_sources import KeywordSource, stress_sources
from neuroleaf_desktop.ui.context import UiContext
from neuroleaf_desktop.ui.journal.store import EntryStore, is_pending
from neuroleaf_desktop.ui.widgets.analysis_chips import AnalysisChips

log = get_logger("ui.journal")


class ChipsReader:
    """``ChipsReader(ctx, store, chips, owner)``; ``load(entry_id, is_shown)`` reads and shows,
    ``clear()`` empties the chips. Each call bumps a generation: a read that lands after a newer
    call, or after ``is_shown(entry_id)`` turned false, is dropped."""

    def __init__(
        self, ctx: UiContext, store: EntryStore, chips: AnalysisChips, owner: QWidget
    ) -> None:
        self.ctx = ctx
        self.store = store
        self.chips = chips
        self.owner = owner  # the task's owner: its results die with it
        self._generation = 0

    def load(self, entry_id: str | None, is_shown: Callable[[str], bool]) -> None:
        """Read the entry's analysis and show it as chips.

        The same task quotes where each stress keyword was read (``stress_sources``: the
        entry is read again, which takes as long as analysing it), so the chips and their
        "from …" tooltips arrive together and a late result is dropped as one.
        """
        self._generation += 1
        generation = self._generation
        entry = self.store.get(entry_id) if entry_id is not None else None
        if entry_id is None or is_pending(entry_id) or entry is None:
            self.chips.clear()
            return
        analyses = self.ctx.session.analysis
        journal = self.ctx.session.journal
        title, body = entry.title, entry.body

        def load() -> tuple[EntryAnalysis | None, tuple[KeywordSource, ...]]:
            analysis = analyses.current(entry_id, title, body)
            if analysis is None:
                return None, ()
            try:  # quoted from the person's words: unchanged template lines are not read
                read = without_template_lines(title, body, journal.template_lines(entry_id))
                return analysis, stress_sources(*read, analysis)
            except Exception as exc:  # the chips matter more than their quotes
                log.warning("journal.analysis_sources_failed", error=type(exc).__name__)
                return analysis, ()

        def done(result: tuple[EntryAnalysis | None, tuple[KeywordSource, ...]]) -> None:
            if generation != self._generation or not is_shown(entry_id):
                return
            analysis, sources = result
            if analysis is None:
                self.chips.show_pending()
            else:
                self.chips.show_analysis(analysis, sources)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.chips.clear()
            log.warning("journal.analysis_read_failed", error=type(exc).__name__)

        self.ctx.tasks.run(self.owner, load, done, failed)

    def clear(self) -> None:
        """Drop the chips; a read still running is dropped when it lands."""
        self._generation += 1
        self.chips.clear()
