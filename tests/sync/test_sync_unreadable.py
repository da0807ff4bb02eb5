"""Authentic records this app cannot store: a device with a broken clock, or a damaged vault,
may push an entry dated in the year 1 or a check-in with a mood of 42. Sealed with the
account's key they pass verification; they must still never reach the vault (no later read
could show them), never stop the rest of the page from arriving, and never make sync fail
over and over. The device that holds a readable copy keeps it and sends it back over the
broken one; the person is told once, in words.

Against the real server and PostgreSQL, like ``test_sync.py``.
"""

from __future__ import annotations

import base64
import uuid
from typing import Any

import httpx

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.sync import items, records
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import Device, join

_STAMP = "2031-01-01T00:00:00.000000Z"  # later than anything the devices wrote


def _server_items(server: ServerProcess, token: str) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    cursor = 0
    while True:
        page = httpx.get(
            server.url + "/v1/items",
            params={"cursor": cursor},
            headers={"Authorization": f"Bearer {token}"},
        ).json()
        found.update({item["id"]: item for item in page["items"]})
        if not page.get("more"):
            return found
        cursor = page["cursor"]


def _push_as_other_device(
    server: ServerProcess, device: Device, records_to_push: list[tuple[str, str, dict[str, Any]]]
) -> None:
    """Seal and push records the way a device holding the account's key would."""
    account = device.sync.account()
    assert account is not None
    on_server = _server_items(server, account.access_token)
    pushed = []
    for kind, local_id, data in records_to_push:
        item = items.item_id(account.sync_key, kind, local_id)
        base = on_server[item]["version"] if item in on_server else 0
        payload = items.Payload(kind, local_id, data, _STAMP)
        blob = items.seal(account.sync_key, account.account_id, item, base + 1, payload)
        pushed.append({"id": item, "base_version": base, "blob": base64.b64encode(blob).decode()})
    response = httpx.post(
        server.url + "/v1/items",
        json={"items": pushed},
        headers={"Authorization": f"Bearer {account.access_token}"},
    )
    assert response.status_code == 200, response.text


def test_broken_records_are_not_applied_and_the_readable_copy_wins(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    kept = a.session.journal.add(NewEntry(title="Harbour", body="Gulls over the harbour wall."))
    checkin = a.session.mood.log(NewCheckIn(mood=6, energy=4))
    join(a, b, server, identifier)
    before = b.records()
    entry_record = before[(records.ENTRY, kept.id)]
    checkin_record = before[(records.CHECKIN, checkin.id)]

    fresh_id = str(uuid.uuid4())
    fresh = {**entry_record, "title": "Ferry", "body": "Took the early ferry."}
    broken = [
        # the held entry rewritten with a date no journal holds
        (records.ENTRY, kept.id, {**entry_record, "created_at": "0001-01-01T00:00:00.000000Z"}),
        # a new entry from the year 9999
        (records.ENTRY, str(uuid.uuid4()), {**fresh, "updated_at": "9999-06-01T00:00:00.000000Z"}),
        # a new entry whose text is missing, and one whose title is not text
        (records.ENTRY, str(uuid.uuid4()), {k: v for k, v in fresh.items() if k != "body"}),
        (records.ENTRY, str(uuid.uuid4()), {**fresh, "title": None}),
        # a new entry whose tags are one string, not a list
        (records.ENTRY, str(uuid.uuid4()), {**fresh, "tags": "ferry"}),
        # the held check-in with a mood off the scale, and a new one logged in the year 1
        (records.CHECKIN, checkin.id, {**checkin_record, "mood": 42}),
        (
            records.CHECKIN,
            str(uuid.uuid4()),
            {**checkin_record, "logged_at": "0001-03-01T08:00:00.000000Z"},
        ),
        # and one good entry in the same push: it must arrive
        (records.ENTRY, fresh_id, fresh),
    ]
    _push_as_other_device(server, a, broken)

    report = b.sync.sync_now()  # no exception: an unreadable record is not tampering
    assert report.unreadable == 7 and report.rejected == 0
    after = b.records()
    assert after[(records.ENTRY, fresh_id)]["body"] == "Took the early ferry."
    assert {k: v for k, v in after.items() if k[1] != fresh_id} == before  # nothing else moved
    assert b.session.journal.get(kept.id).created_at == kept.created_at
    status = b.sync.status()
    assert status.error.startswith("7 records from another device could not be read")
    assert "this computer kept its own copy" in status.text(kept.created_at)

    # B sent its readable copies back over the broken ones; A, whose own copies were
    # overwritten on the server, receives them and still reads its journal.
    again = b.sync.sync_now()
    assert again.unreadable == 0 and b.sync.status().error == ""
    account = b.sync.account()
    assert account is not None
    on_server = _server_items(server, account.access_token)
    for kind, local_id in ((records.ENTRY, kept.id), (records.CHECKIN, checkin.id)):
        assert on_server[items.item_id(account.sync_key, kind, local_id)]["version"] == 3
    a_report = a.sync.sync_now()
    assert a_report.unreadable == 5  # the five broken new records; its two held ones came back
    assert a.records()[(records.ENTRY, kept.id)] == entry_record
    assert a.records()[(records.CHECKIN, checkin.id)] == checkin_record
    assert a.session.journal.get(fresh_id).title == "Ferry"


def test_readable_check_rejects_each_fault_by_name_only() -> None:
    """The fault is named by its kind alone: the log line carries no date or text."""
    entry = {
        "created_at": "2026-01-01T00:00:00.000000Z",
        "updated_at": "2026-01-01T00:00:00.000000Z",
        "tz_offset_min": 60,
        "title": "Canary-7f3 title",
        "body": "Canary-7f3 body",
        "tags": [],
        "source": "text",
        "voice_duration_s": None,
        "deleted_at": None,
    }
    records.check_readable(records.ENTRY, "x", entry)
    records.check_readable(records.ENTRY, "x", None)  # a deletion is always readable
    records.check_readable("future_kind", "x", {"anything": 1})
    faults = []
    for broken in (
        {**entry, "deleted_at": "0999-12-31T23:59:59.000000Z"},
        {**entry, "created_at": "not a time"},
        {**entry, "tz_offset_min": "east"},
        {**entry, "tags": ["ok", 3]},
    ):
        try:
            records.check_readable(records.ENTRY, "x", broken)
        except records.UnreadableRecordError as exc:
            faults.append(str(exc))
    assert faults == ["ValidationError", "ValueError", "ValueError", "TypeError"]
