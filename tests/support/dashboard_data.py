"""Profiles for the dashboard tests: a 1-year demo (with entry analyses) and an empty one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from neuroleaf_desktop.demo.analysed import create_analysed_demo
from neuroleaf_desktop.paths import app_paths
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from tests.conftest import TEST_KDF_MEMORY_KIB

DEMO_END = date(2025, 6, 1)  # the demo's days are DEMO_END - 365 … DEMO_END - 1
PASSPHRASE = "dashboard tests passphrase"


def fixed_clock() -> datetime:
    return datetime(DEMO_END.year, DEMO_END.month, DEMO_END.day, 10, tzinfo=UTC)


@contextmanager
def private_home(root: Path) -> Iterator[ProfileStore]:
    names = ("NEUROLEAF_HOME", "NEUROLEAF_KDF_TARGET_MS", "NEUROLEAF_KDF_MEMORY_KIB")
    saved = {k: os.environ.get(k) for k in names}
    root.mkdir(parents=True, exist_ok=True)
    os.environ["NEUROLEAF_HOME"] = str(root)
    os.environ["NEUROLEAF_KDF_TARGET_MS"] = "5"
    os.environ["NEUROLEAF_KDF_MEMORY_KIB"] = TEST_KDF_MEMORY_KIB
    try:
        yield ProfileStore(app_paths())
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def make_demo(store: ProfileStore, years: float = 1, name: str = "Demo") -> Session:
    """The rules' own chips (not gated): the dashboard tests pin what the rules read."""
    return create_analysed_demo(
        store, years, name=name, end=DEMO_END, clock=fixed_clock, learned=False
    )


def make_empty(store: ProfileStore, name: str = "Empty") -> Session:
    session, _key = store.create(name, PASSPHRASE)
    session.clock = fixed_clock
    return session
