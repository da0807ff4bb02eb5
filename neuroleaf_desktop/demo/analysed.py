"""A demo profile with every entry already analysed, for charts, benchmarks and screenshots.

The app analyses entries in background jobs; a dashboard benchmark or a screenshot wants the
finished state at once, so this runs the same analyser synchronously over every entry: the
rules through the learned gate when MiniLM and its weights are present (what the app's jobs
store, stamped with the gate's version), the rules alone otherwise (stamped ungated, so the
app re-gates them once the gate can read).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from neuroleaf_desktop.demo.generator import create_demo_profile
from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.storage.repositories.analysis_repo import AnalysisRepository
from neuroleaf_desktop.storage.repositories.journal_repo import JournalRepository

if TYPE_CHECKING:
    from collections.abc import Callable

    from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
    from neuroleaf_desktop.services.profiles import ProfileStore
    from neuroleaf_desktop.services.session import Session


def analyse_all(session: Session, *, learned: bool = True) -> int:
    """Analyse every entry now (stamped with its own creation time). Returns how many.

    ``learned`` (default): through the learned gate where it can read, as the app would store
    them. Off for fixtures that pin the rules' own chips (and skip embedding every entry).
    """
    with session.vault.reading() as conn:
        entries = JournalRepository(conn).list(EntryFilter(limit=10_000_000))
    gate = None
    analyser: Callable[[str, str], EntryAnalysis] = analyse
    if learned:
        from neuroleaf_desktop.ai.analysis_gate import AnalysisGate

        gate = AnalysisGate()
        if gate.version():
            analyser = gate.analyse
    try:
        results = [(e, analyser(e.title, e.body)) for e in entries]  # embedding: no lock held
    finally:
        if gate is not None:
            gate.close()
    with session.vault.transaction() as conn:
        repo = AnalysisRepository(conn)
        for e, result in results:
            repo.upsert(e.id, result, e.created_at)
    return len(entries)


def create_analysed_demo(
    store: ProfileStore,
    years: float,
    *,
    name: str = "Demo",
    end: date | None = None,
    clock: Callable[[], datetime] | None = None,
    learned: bool = True,
) -> Session:
    """``create_demo_profile`` plus every entry analysed (``learned``: see ``analyse_all``);
    ``clock`` pins "now" for its services."""
    session = create_demo_profile(store, years, name=name, end=end)
    if clock is not None:
        session.clock = clock
        session.mood.clock = clock
        session.journal.clock = clock
    analyse_all(session, learned=learned)
    return session
