"""A demo profile with every entry already analysed, for charts, benchmarks and screenshots.

The app analyses entries in background jobs; a dashboard benchmark or a screenshot wants the
finished state at once, so this runs the same analyser synchronously over every entry.
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

    from neuroleaf_desktop.services.profiles import ProfileStore
    from neuroleaf_desktop.services.session import Session


def analyse_all(session: Session) -> int:
    """Analyse every entry now (stamped with its own creation time). Returns how many."""
    with session.vault.reading() as conn:
        entries = JournalRepository(conn).list(EntryFilter(limit=10_000_000))
    with session.vault.transaction() as conn:
        repo = AnalysisRepository(conn)
        for e in entries:
            repo.upsert(e.id, analyse(e.title, e.body), e.created_at)
    return len(entries)


def create_analysed_demo(
    store: ProfileStore,
    years: float,
    *,
    name: str = "Demo",
    end: date | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Session:
    """``create_demo_profile`` plus every entry analysed; ``clock`` pins "now" for its services."""
    session = create_demo_profile(store, years, name=name, end=end)
    if clock is not None:
        session.clock = clock
        session.mood.clock = clock
        session.journal.clock = clock
    analyse_all(session)
    return session
