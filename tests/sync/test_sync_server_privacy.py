"""What the sync server holds and can do, against the real server and PostgreSQL: no byte of
the journal, the account's secrets or its identifier reaches its store or its logs; items are
padded to size buckets and bound to their id and version; and any change it makes to an item
(a flipped byte, a swapped or replayed ciphertext) is detected, reported and never applied.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.models import EntryPatch, NewCheckIn, NewEntry
from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.services.sync.errors import TamperError
from neuroleaf_server.testing import PostgresCluster, ServerProcess
from tests.sync.conftest import Device, join


def _scan(folder: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            hits += [f"{path}: {n!r}" for n in needles if n in data]
    return hits


def test_canary_reaches_no_byte_of_the_server(
    devices: tuple[Device, Device, str], server: ServerProcess, postgres: PostgresCluster
) -> None:
    a, b, identifier = devices
    canary = f"canary{uuid.uuid4().hex[:12]}"
    entry = a.session.journal.add(
        NewEntry(title=f"{canary} title", body=f"My {canary} secret.", tags=(f"{canary}tag",))
    )
    a.session.mood.log(NewCheckIn(mood=3, note=f"note {canary}", emotions=("sad",)))
    join(a, b, server, identifier)
    assert canary in b.session.journal.get(entry.id).body  # it did travel, encrypted
    postgres.execute("CHECKPOINT")
    # a record's own field names and values as its JSON spells them: the bare three bytes
    # "sad" turn up by chance in megabytes of ciphertext (the cluster holds every sync test's)
    needles = [
        canary.encode(),
        canary.encode("utf-16-le"),
        entry.id.encode(),
        b'"sad"',
        b'"emotions"',
    ]
    assert _scan(postgres.data, needles) == []
    account = a.sync.account()
    assert account is not None
    secrets_ = [identifier.encode(), account.access_token.encode(), account.refresh_token.encode()]
    assert _scan(server.folder, needles + secrets_) == []  # server log and its TMPDIR
    client_logs = Path(os.environ["NEUROLEAF_HOME"]) / "logs"  # may name entry ids, no more
    assert _scan(client_logs, [canary.encode(), *secrets_]) == []


def test_a_template_canary_reaches_no_byte_of_the_server_nor_the_clients_disk(
    devices: tuple[Device, Device, str], server: ServerProcess, postgres: PostgresCluster
) -> None:
    """A template is as private as an entry: its name, text and tags travel only inside the
    sealed item. Nothing the server stores or logs holds them, nor its id; on both clients'
    disks (every file under the app's home and its temporary folder: the vaults are
    encrypted, the logs hold ids and counts at most) no byte spells them."""
    a, b, identifier = devices
    canary = f"canary{uuid.uuid4().hex[:12]}"
    made = a.session.journal.templates.create(
        TemplateDraft(f"{canary} name", f"{canary} title", f"What {canary} today?\n", (canary,))
    )
    join(a, b, server, identifier)
    arrived = b.session.journal.templates.get(made.id)
    assert canary in arrived.name and canary in arrived.body  # it did travel, encrypted
    b.session.journal.templates.edit(
        made.id, TemplateDraft(f"{canary} name", "", f"And {canary} tomorrow?\n")
    )
    b.sync.sync_now()
    a.sync.sync_now()
    a.session.journal.templates.delete(made.id)  # the tombstone, too
    a.sync.sync_now()
    b.sync.sync_now()
    postgres.execute("CHECKPOINT")
    needles = [canary.encode(), canary.encode("utf-16-le"), made.id.encode(), b'"position"']
    assert _scan(postgres.data, needles) == []
    assert _scan(server.folder, needles) == []
    for folder in (os.environ["NEUROLEAF_HOME"], os.environ["TMPDIR"]):
        assert list(Path(folder).rglob("*")) or folder == os.environ["TMPDIR"]
        assert _scan(Path(folder), [canary.encode(), canary.encode("utf-16-le")]) == []


def _item(device: Device, kind: str, local_id: str) -> str:
    from neuroleaf_desktop.services.sync.items import item_id

    account = device.sync.account()
    assert account is not None
    return item_id(account.sync_key, kind, local_id)


def _serve(postgres: PostgresCluster, server: ServerProcess, item: str, sql_set: str) -> None:
    """Change one stored item behind the clients' backs and make it the newest change."""
    db = server.db_url.rsplit("/", 1)[1]
    postgres.execute(
        f"UPDATE accounts SET last_seq = last_seq + 1 WHERE id = "
        f"(SELECT account_id FROM items WHERE id = '{item}');"
        f"UPDATE items SET {sql_set}, change_seq = (SELECT last_seq FROM accounts "
        f"WHERE accounts.id = items.account_id) WHERE id = '{item}'",
        db,
    )


def test_tampering_is_detected_reported_and_never_applied(
    devices: tuple[Device, Device, str], server: ServerProcess, postgres: PostgresCluster
) -> None:
    a, b, identifier = devices
    one = a.session.journal.add(NewEntry(title="One", body="First version."))
    two = a.session.journal.add(NewEntry(title="Two", body="Other entry."))
    join(a, b, server, identifier)
    db = server.db_url.rsplit("/", 1)[1]
    id_one, id_two = _item(a, "entry", one.id), _item(a, "entry", two.id)
    old_blob = postgres.execute(f"SELECT encode(blob, 'hex') FROM items WHERE id = '{id_one}'", db)
    a.session.journal.edit(one.id, EntryPatch(body="Second version."))
    a.sync.sync_now()
    b.sync.sync_now()
    before = b.records()

    attacks = [
        # a flipped byte inside the ciphertext
        "blob = set_byte(blob, 90, get_byte(blob, 90) # 1)",
        # another item's ciphertext under this id
        f"blob = (SELECT blob FROM items i WHERE i.id = '{id_two}')",
        # the old version replayed as itself (older than what B has seen)
        f"blob = decode('{old_blob[0][0]}', 'hex'), version = 1",
        # the old ciphertext presented as a newer version
        f"blob = decode('{old_blob[0][0]}', 'hex'), version = 7",
    ]
    for attack in attacks:
        _serve(postgres, server, id_one, attack)
        with pytest.raises(TamperError, match="failed verification"):
            b.sync.sync_now()
        assert b.records() == before, attack
        assert "failed verification" in b.sync.status().error
    assert b.session.journal.get(one.id).body == "Second version."


def test_items_are_padded_to_buckets_and_bound_to_their_id_and_version() -> None:
    """Pure crypto (no server): sizes leak only a bucket; id and version are authenticated."""
    from neuroleaf_desktop.services.sync import items

    key = bytes(range(32))
    item = items.item_id(key, "entry", "e1")
    assert item == items.item_id(key, "entry", "e1") != items.item_id(key, "checkin", "e1")

    def sealed(text: str, version: int = 1) -> bytes:
        payload = items.Payload("entry", "e1", {"body": text}, "t")
        return items.seal(key, "acct", item, version, payload)

    assert len(sealed("a")) == len(sealed("a" * 400))  # same 512-byte bucket
    assert len(sealed("a" * 3000)) == len(sealed("a" * 4000)) > len(sealed("a"))
    blob = sealed("hello", version=3)
    assert items.open_item(key, "acct", item, 3, blob).data == {"body": "hello"}
    for account, version in (("acct", 4), ("other", 3)):
        with pytest.raises(TamperError):
            items.open_item(key, account, item, version, blob)
    with pytest.raises(TamperError):
        items.open_item(key, "acct", items.item_id(key, "entry", "e2"), 3, blob)
