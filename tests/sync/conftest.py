"""The real parts every sync test shares: one throw-away PostgreSQL cluster per test session,
the real server per test module, and two clients (profiles with their own vaults)."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator

import pytest

from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.sync import records
from neuroleaf_desktop.services.sync.service import SyncService
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter
from neuroleaf_server.testing import PostgresCluster, ServerProcess
from tests.conftest import PASSPHRASE

ACCOUNT_PASSWORD = "a long account password"
_counter = itertools.count()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster()
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="module")
def server(
    postgres: PostgresCluster, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    url = postgres.create_database(f"sync_{uuid.uuid4().hex[:8]}")
    proc = ServerProcess(url, tmp_path_factory.mktemp("server"))
    proc.start()
    yield proc
    proc.stop()


class Device:
    """One client: a profile (its own vault) and its sync service."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # keychain=None: tests never touch the keychain of the person running them
        self.sync = SyncService(
            session.vault, session.events, page_size=4, batch_size=5, keychain=None
        )

    def records(self) -> dict[records.Key, records.Data]:
        with self.session.vault.reading() as conn:
            return records.snapshot(conn)

    def entries(self) -> dict[str, tuple[str, str, bool]]:
        out = {}
        for trash in (False, True):
            for e in self.session.journal.list(EntryFilter(deleted=trash, limit=10_000)):
                out[e.id] = (e.title, e.body, e.deleted_at is not None)
        return out


@pytest.fixture
def devices(
    store: ProfileStore, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Device, Device, str]]:
    monkeypatch.setenv("NEUROLEAF_SYNC_KDF_MEMORY_KIB", str(19 * 1024))
    a, _ = store.create("Laptop", PASSPHRASE)
    b, _ = store.create("Desktop", PASSPHRASE)
    identifier = f"person{next(_counter)}-{uuid.uuid4().hex[:6]}@example.org"
    yield Device(a), Device(b), identifier
    a.close()
    b.close()


@pytest.fixture
def third(store: ProfileStore) -> Iterator[Device]:
    """A third device of the same person (joined by the test when it needs it)."""
    session, _ = store.create("Tablet", PASSPHRASE)
    yield Device(session)
    session.close()


def join(a: Device, b: Device, server: ServerProcess, identifier: str) -> None:
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    a.sync.sync_now()
    b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    b.sync.sync_now()
