"""End-to-end-encrypted sync against the real server and a real PostgreSQL cluster.

Two clients are two profiles with their own SQLCipher vaults, each with its own SyncService,
talking HTTP to `neuroleaf-server run` on 127.0.0.1, which stores into PostgreSQL.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.models import EntryPatch, NewCheckIn, NewEntry
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.sync import records
from neuroleaf_desktop.services.sync.errors import TamperError
from neuroleaf_desktop.services.sync.service import SyncService
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter
from tests.conftest import PASSPHRASE
from tests.sync_helpers import PostgresCluster, ServerProcess

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
        self.sync = SyncService(session.vault, session.events, page_size=4, batch_size=5)

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


def join(a: Device, b: Device, server: ServerProcess, identifier: str) -> None:
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    a.sync.sync_now()
    b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    b.sync.sync_now()


def test_create_edit_trash_restore_purge_travel(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    first = a.session.journal.add(NewEntry(title="Morning", body="Walked by the river.", tags=("walk",)))
    for n in range(9):  # more than a page (4) and a push batch (5)
        a.session.journal.add(NewEntry(title=f"Day {n}", body=f"Entry number {n}."))
    a.session.mood.log(NewCheckIn(mood=7, energy=5, emotions=("calm",), activities=("walk",)))
    a.session.settings.set("theme", "dark")
    join(a, b, server, identifier)
    assert b.records() == a.records()
    assert b.session.journal.get(first.id).tags == ("walk",)
    assert b.session.settings.get("theme") == "dark"

    a.session.journal.edit(first.id, EntryPatch(body="Walked by the river, then tea."))
    gone = a.session.journal.list(EntryFilter(limit=1))[0]
    a.session.journal.delete(gone.id)
    a.sync.sync_now()
    b.sync.sync_now()
    assert b.session.journal.get(first.id).body == "Walked by the river, then tea."
    assert b.entries()[gone.id][2] is True  # in B's trash too

    b.session.journal.restore(gone.id)  # restore on the other device
    b.sync.sync_now()
    a.sync.sync_now()
    assert a.entries()[gone.id][2] is False

    a.session.journal.purge(gone.id)
    a.sync.sync_now()
    b.sync.sync_now()
    assert gone.id not in b.entries()
    assert b.records() == a.records()
    status = b.sync.status()
    assert status.signed_in and status.pending == 0 and status.error == ""


def test_offline_edits_on_both_make_one_conflicted_copy(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    entry = a.session.journal.add(NewEntry(title="Plans", body="Draft of the week."))
    join(a, b, server, identifier)
    a.session.journal.edit(entry.id, EntryPatch(body="Written on the laptop."))
    a.session.settings.set("theme", "light")
    b.session.journal.edit(entry.id, EntryPatch(body="Written on the desktop."))
    a.sync.status()  # the laptop notices its change first ...
    b.session.settings.set("theme", "dark")  # ... the desktop's setting is the later write
    a.sync.sync_now()
    report = b.sync.sync_now()
    a.sync.sync_now()
    assert report.conflicts == 1
    for device in (a, b):
        bodies = sorted(body for _t, body, _d in device.entries().values())
        assert bodies == ["Written on the desktop.", "Written on the laptop."]
        assert device.session.settings.get("theme") == "dark"
    conflicts = b.sync.conflicts()
    assert len(conflicts) == 1 and conflicts[0][1] == entry.id
    assert b.session.journal.get(conflicts[0][0]).title.endswith(records.CONFLICT_MARK)
    assert a.records() == b.records()
    # Syncing again changes nothing and makes no further copies.
    assert a.sync.sync_now().conflicts == 0 and b.sync.sync_now().conflicts == 0
    assert len(a.entries()) == 2
