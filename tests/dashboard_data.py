"""Profiles for the dashboard tests: a 1-year demo (with entry analyses) and an empty one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from neuroleaf_desktop.demo.generator import create_demo_profile
from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.analysis_repo import AnalysisRepository
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter, JournalRepository

DEMO_END = date(2025, 6, 1)  # the demo's days are DEMO_END - 365 … DEMO_END - 1
PASSPHRASE = "dashboard tests passphrase"


def fixed_clock() -> datetime:
    return datetime(DEMO_END.year, DEMO_END.month, DEMO_END.day, 10, tzinfo=UTC)


def analyse_all(session: Session) -> int:
    """Analyse every entry synchronously (the app does it on background jobs)."""
    with session.vault.reading() as conn:
        entries = JournalRepository(conn).list(EntryFilter(limit=10_000_000))
    with session.vault.transaction() as conn:
        repo = AnalysisRepository(conn)
        for e in entries:
            repo.upsert(e.id, analyse(e.title, e.body), e.created_at)
    return len(entries)


@contextmanager
def private_home(root: Path) -> Iterator[ProfileStore]:
    saved = {k: os.environ.get(k) for k in ("NEUROLEAF_HOME", "NEUROLEAF_KDF_TARGET_MS")}
    root.mkdir(parents=True, exist_ok=True)
    os.environ["NEUROLEAF_HOME"] = str(root)
    os.environ["NEUROLEAF_KDF_TARGET_MS"] = "5"
    try:
        yield ProfileStore(app_paths())
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def make_demo(store: ProfileStore, years: float = 1, name: str = "Demo") -> Session:
    session = create_demo_profile(store, years, name=name, end=DEMO_END)
    session.clock = fixed_clock
    session.mood.clock = fixed_clock
    session.journal.clock = fixed_clock
    analyse_all(session)
    return session


def make_empty(store: ProfileStore, name: str = "Empty") -> Session:
    session, _key = store.create(name, PASSPHRASE)
    session.clock = fixed_clock
    return session
