"""End-to-end-encrypted sync against the real server and a real PostgreSQL cluster: records
travel between two devices and arrive exactly once, whatever happens on the way.

Two clients are two profiles with their own SQLCipher vaults, each with its own SyncService,
talking HTTP to `neuroleaf-server run` on 127.0.0.1, which stores into PostgreSQL. Here: every
kind of change travels (create, edit, trash, restore, purge, settings, the safety plan), offline
edits on both sides make one conflicted copy, a client or the server killed mid-sync loses and
duplicates nothing, the embedded SQLite server queues a burst of requests, and items of a kind
this version does not know are kept. What the server may see is
``test_sync_server_privacy.py``; signing in, ``test_sync_sign_in.py``; the ways a person runs
sync (background job, CLI, Settings), ``test_sync_front_ends.py``.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from neuroleaf_desktop.domain.models import EntryPatch, NewCheckIn, NewEntry
from neuroleaf_desktop.services.sync import records
from neuroleaf_desktop.storage.repositories.journal_repo import EntryFilter
from neuroleaf_server.testing import PostgresCluster, ServerProcess
from tests.conftest import PASSPHRASE
from tests.sync.conftest import Device, join


def test_create_edit_trash_restore_purge_travel(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    first = a.session.journal.add(
        NewEntry(title="Morning", body="Walked by the river.", tags=("walk",))
    )
    for n in range(9):  # more than a page (4) and a push batch (5)
        a.session.journal.add(NewEntry(title=f"Day {n}", body=f"Entry number {n}."))
    a.session.mood.log(NewCheckIn(mood=7, energy=5, emotions=("calm",), activities=("walk",)))
    a.session.settings.set("theme", "dark")
    plan = a.session.care.safety_plan()
    first_section = next(iter(plan))
    a.session.care.set_safety_plan({first_section: ["Call Sam"]})
    join(a, b, server, identifier)
    assert b.records() == a.records()
    assert b.session.journal.get(first.id).tags == ("walk",)
    assert b.session.settings.get("theme") == "dark"
    assert b.session.care.safety_plan()[first_section] == ["Call Sam"]

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


def test_client_killed_mid_push_loses_nothing_and_duplicates_nothing(
    devices: tuple[Device, Device, str], server: ServerProcess, postgres: PostgresCluster
) -> None:
    import subprocess
    import sys
    import time

    from tests.conftest import cli_env

    a, b, identifier = devices
    join(a, b, server, identifier)
    db = server.db_url.rsplit("/", 1)[1]
    account = a.sync.account()
    assert account is not None

    def stored() -> int:
        rows = postgres.execute(
            f"SELECT count(*) FROM items WHERE account_id = '{account.account_id}'", db
        )
        return int(rows[0][0])  # type: ignore[call-overload]

    home = Path(os.environ["NEUROLEAF_HOME"])
    for round_ in range(3):
        for n in range(12):
            a.session.journal.add(NewEntry(title=f"R{round_} #{n}", body=f"Round {round_}."))
        start = stored()
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.sync_child", "Laptop", "1"],
            env=cli_env(home, NEUROLEAF_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(Path.cwd())),
        )
        deadline = time.monotonic() + 60
        while stored() == start and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.02)
        child.kill()
        assert child.wait(10) == -9, "the child should die mid-push, not finish"
        assert stored() > start, "the kill should land after the first batch"
    a.sync.sync_now()
    b.sync.sync_now()
    assert a.records() == b.records()
    assert len(a.entries()) == 36 and a.sync.conflicts() == []
    assert stored() == len(a.records())  # one server item per record: no duplicate


def test_server_killed_mid_request_loses_nothing_and_duplicates_nothing(
    devices: tuple[Device, Device, str], server: ServerProcess, postgres: PostgresCluster
) -> None:
    import threading
    import time

    from neuroleaf_desktop.services.sync.errors import SyncError

    a, b, identifier = devices
    join(a, b, server, identifier)
    db = server.db_url.rsplit("/", 1)[1]
    account = a.sync.account()
    assert account is not None

    def stored() -> int:
        rows = postgres.execute(
            f"SELECT count(*) FROM items WHERE account_id = '{account.account_id}'", db
        )
        return int(rows[0][0])  # type: ignore[call-overload]

    # One item a request and forty a round, so the kill lands while pushes are still going
    # even when the machine is quick and polling the database is slow.
    a.sync.batch_size = 1
    per_round = 40
    for round_ in range(3):
        for n in range(per_round):
            a.session.journal.add(NewEntry(title=f"S{round_} #{n}", body=f"Server {round_}."))
        start = stored()
        errors: list[BaseException] = []

        def run(errors: list[BaseException] = errors) -> None:
            try:
                a.sync.sync_now()
            except SyncError as exc:
                errors.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        deadline = time.monotonic() + 60
        while stored() == start and time.monotonic() < deadline:
            time.sleep(0.01)
        server.kill()
        try:
            worker.join(60)
            assert errors, "the sync should have been cut off"
            assert "could not be reached" in errors[0].args[0]
        finally:
            server.start()  # the module's other tests share this server
    a.sync.sync_now()
    b.sync.sync_now()
    assert a.records() == b.records()
    assert len(a.entries()) == 3 * per_round and a.sync.conflicts() == []
    assert stored() == len(a.records())


def test_sqlite_server_handles_more_concurrent_requests_than_worker_threads(
    tmp_path: Path,
) -> None:
    """The embedded default (`neuroleaf-server run` with SQLite) queues requests instead of
    failing or deadlocking when more arrive at once than the server has worker threads."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    server = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}", tmp_path)
    server.start()
    try:
        made = httpx.post(
            server.url + "/v1/signup",
            json={"identifier": "many@example.org", "server_password": "p" * 64,
                  "key_params": "{}", "wrapped_sync_key": "w"},
        ).json()  # fmt: skip
        headers = {"Authorization": f"Bearer {made['access_token']}"}

        def call(n: int) -> int:
            if n % 2:
                body = {"items": [{"id": str(uuid.uuid4()), "base_version": 0, "blob": "AA=="}]}
                return httpx.post(
                    server.url + "/v1/items", json=body, headers=headers, timeout=120
                ).status_code
            return httpx.get(
                server.url + "/v1/items", params={"cursor": 0}, headers=headers, timeout=120
            ).status_code

        with ThreadPoolExecutor(100) as pool:
            codes = list(pool.map(call, range(100)))
        assert codes == [200] * 100
        page = httpx.get(server.url + "/v1/items", params={"cursor": 0}, headers=headers).json()
        assert len(page["items"]) == 50 and [i["seq"] for i in page["items"]] == list(range(1, 51))
    finally:
        server.stop()


def test_items_of_an_unknown_kind_are_kept_not_deleted(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """A record type from a newer app version is left alone, never taken for a deletion."""
    import base64

    import httpx

    from neuroleaf_desktop.services.sync import items

    a, b, identifier = devices
    join(a, b, server, identifier)
    account = a.sync.account()
    assert account is not None
    unknown = [("future_kind", "x1", {"anything": 1}), ("setting", "future_key", {"value": 2})]
    pushed_items = []
    for kind, local_id, data in unknown:
        item = items.item_id(account.sync_key, kind, local_id)
        payload = items.Payload(kind, local_id, data, "2030-01-01T00:00:00.000000Z")
        blob = items.seal(account.sync_key, account.account_id, item, 1, payload)
        pushed_items.append(
            {"id": item, "base_version": 0, "blob": base64.b64encode(blob).decode()}
        )
    pushed = httpx.post(
        server.url + "/v1/items",
        json={"items": pushed_items},
        headers={"Authorization": f"Bearer {account.access_token}"},
    )
    assert pushed.status_code == 200
    before = b.records()
    b.sync.sync_now()
    report = b.sync.sync_now()
    assert report.pushed == 0 and b.records() == before
    page = httpx.get(
        server.url + "/v1/items",
        params={"cursor": 0},
        headers={"Authorization": f"Bearer {account.access_token}"},
    ).json()
    ids = {p["id"] for p in pushed_items}
    kept = [i for i in page["items"] if i["id"] in ids]
    assert len(kept) == 2 and all(not i["deleted"] and i["version"] == 1 for i in kept)
