"""The person's templates travel between their devices, end-to-end encrypted: the real server,
PostgreSQL and two (or three) vaults.

What a person expects of a synced catalogue: a template made, edited or deleted on one device
is so on the other (a deletion is a tombstone); two edits of one template before syncing lose
neither (words and place merge apart, a conflicted copy when both changed the words); two
templates given one name on two devices are both kept, one renamed visibly; the starters are
one set across devices (a deleted starter stays deleted, "Restore starter templates" brings
them back everywhere); the order follows the last move; broken records are refused as
unreadable; and an app that does not know templates leaves them on the server untouched.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from neuroleaf_desktop.domain.starter_templates import STARTERS
from neuroleaf_desktop.domain.templates import EntryTemplate, TemplateDraft, starter_template_id
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.jobs import JobRunner
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.sync import items, records, template_records
from neuroleaf_desktop.services.sync import service as sync_service
from neuroleaf_desktop.services.template_service import (
    EDITED_HERE,
    TEMPLATES_CHANGED,
)
from neuroleaf_desktop.storage.migrator import MIGRATIONS, _split
from neuroleaf_desktop.storage.repositories.job_repo import JobState
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import ACCOUNT_PASSWORD, Device, join
from tests.sync.test_sync_unreadable import _push_as_other_device, _server_items

HOMEWORK = TemplateDraft(
    "Therapy homework", "Homework", "What did I try this week?\n", ("therapy",)
)


def _catalogue(device: Device) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    """Every template as the person sees it, in their order."""
    return [
        (x.id, x.name, x.title, x.body, x.tags) for x in device.session.journal.templates.list()
    ]


def _named(device: Device, name: str) -> EntryTemplate:
    return device.session.journal.templates.find(name)


def _names(device: Device) -> list[str]:
    return [x.name for x in device.session.journal.templates.list()]


def _both(a: Device, b: Device) -> None:
    """Sync until both devices hold what the server holds."""
    a.sync.sync_now()
    b.sync.sync_now()
    a.sync.sync_now()


def _agree(a: Device, b: Device) -> None:
    assert _catalogue(a) == _catalogue(b)
    assert a.records() == b.records()
    assert a.sync.status().pending == 0 and b.sync.status().pending == 0


def test_made_edited_and_deleted_on_one_device_so_on_the_other(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    made = a.session.journal.templates.create(HOMEWORK)
    join(a, b, server, identifier)
    arrived = b.session.journal.templates.get(made.id)
    assert (arrived.name, arrived.title, arrived.body, arrived.tags) == (
        "Therapy homework",
        "Homework",
        "What did I try this week?\n",
        ("therapy",),
    )
    assert arrived.created_at == made.created_at and arrived.position == made.position
    _agree(a, b)  # the starters A was given are B's too, not a second set

    b.session.journal.templates.edit(
        made.id,
        TemplateDraft("Homework log", "Homework", "What did I try? How did it go?\n", ("therapy",)),
    )
    _both(b, a)
    assert _named(a, "homework log").body == "What did I try? How did it go?\n"
    _agree(a, b)

    a.session.journal.templates.delete(made.id)
    a.sync.sync_now()
    account = a.sync.account()
    assert account is not None
    on_server = _server_items(server, account.access_token)
    tombstone = on_server[items.item_id(account.sync_key, records.TEMPLATE, made.id)]
    assert tombstone["deleted"] is True
    b.sync.sync_now()
    assert "Homework log" not in _names(b)
    _agree(a, b)


def test_both_devices_edit_one_template_no_edit_is_lost(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    made = a.session.journal.templates.create(HOMEWORK)
    join(a, b, server, identifier)
    a.session.journal.templates.edit(
        made.id, TemplateDraft("Therapy homework", "Homework", "Which exercise did I do?\n")
    )
    b.session.journal.templates.edit(
        made.id, TemplateDraft("Therapy homework", "Homework", "What got in the way?\n")
    )
    a.sync.sync_now()
    report = b.sync.sync_now()
    assert report.conflicts == 1
    a.sync.sync_now()
    for device in (a, b):
        assert device.session.journal.templates.get(made.id).body == "Which exercise did I do?\n"
        copy = _named(device, "Therapy homework (conflicted copy)")
        assert copy.body == "What got in the way?\n" and copy.id != made.id and not copy.starter
    _agree(a, b)


def test_one_device_moves_a_template_the_other_edits_it_both_are_kept(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    templates = a.session.journal.templates
    walk = templates.create(TemplateDraft("Walk log", "", "Where did I walk?\n"))
    templates.create(TemplateDraft("Sleep notes", "", "How did I sleep?\n"))
    join(a, b, server, identifier)
    templates.move(walk.id, -3)  # A moves it up past three others
    b.session.journal.templates.edit(walk.id, TemplateDraft("Walk log", "", "Who came along?\n"))
    order_on_a = [x.id for x in templates.list()]
    _both(a, b)
    for device in (a, b):
        assert device.session.journal.templates.get(walk.id).body == "Who came along?\n"
        assert [x.id for x in device.session.journal.templates.list()] == order_on_a
        assert not any("conflicted" in name for name in _names(device))
    _agree(a, b)


def test_both_devices_reorder_the_later_move_wins(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    a.session.journal.templates.list()
    join(a, b, server, identifier)
    first_starter = starter_template_id(STARTERS[0].id)
    last_starter = starter_template_id(STARTERS[-1].id)
    a.session.journal.templates.move(last_starter, -1)
    a.sync.sync_now()  # A's move is seen first
    b.session.journal.templates.move(last_starter, -3)  # B's, seen later, puts it first
    b.session.journal.templates.move(first_starter, 1)
    order_on_b = [x.id for x in b.session.journal.templates.list()]
    _both(b, a)
    assert [x.id for x in a.session.journal.templates.list()] == order_on_b
    _agree(a, b)


def test_one_name_made_on_both_devices_both_are_kept_one_renamed(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    join(a, b, server, identifier)
    on_a = a.session.journal.templates.create(TemplateDraft("Evening pages", "", "What lit up?\n"))
    on_b = b.session.journal.templates.create(TemplateDraft("evening PAGES", "", "What weighed?\n"))
    a.sync.sync_now()
    b.sync.sync_now()  # A's arrives while B has its own: no crash, no refused sync
    a.sync.sync_now()  # each device now shows the other's as "(2)", kept back for a pull
    b.sync.sync_now()  # still taken on B's next pull: a real clash; A's, made first, keeps
    a.sync.sync_now()  # the name, and B sends its own as "(2)": A takes it as it is
    for device in (a, b):
        mine = device.session.journal.templates.get(on_b.id)
        theirs = device.session.journal.templates.get(on_a.id)
        assert (mine.name, mine.body) == ("evening PAGES (2)", "What weighed?\n")
        assert (theirs.name, theirs.body) == ("Evening pages", "What lit up?\n")
    _agree(a, b)


def test_a_name_freed_by_a_rename_in_the_same_pull_is_not_renamed_again(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """B renames "Notes" and gives the name to a new template it puts before the old one: A
    receives the new one before the rename, and still ends with B's two names, no "(2)"."""
    a, b, identifier = devices
    old = a.session.journal.templates.create(TemplateDraft("Notes", "", "Anything else?\n"))
    join(a, b, server, identifier)
    templates = b.session.journal.templates
    templates.edit(old.id, TemplateDraft("Old notes", "", "Anything else?\n"))
    new = templates.create(TemplateDraft("NOTES", "", "What do I want to keep?\n"))
    templates.move(old.id, 1)  # after the new one: B sends (and A receives) the new one first
    b.sync.sync_now()
    a.sync.sync_now()
    assert a.session.journal.templates.get(new.id).name == "NOTES"
    assert a.session.journal.templates.get(old.id).name == "Old notes"
    _agree(a, b)


def test_starters_are_one_set_across_devices(
    devices: tuple[Device, Device, str], server: ServerProcess, third: Device
) -> None:
    """The same untouched starter on both devices is one template (an edit of it on either
    wins over the app's words); a starter deleted on one device stays deleted on the other
    (also on a device that joins later, whether it had its starters already or not) until
    "Restore starter templates" is pressed on one."""
    a, b, identifier = devices
    starter_names = [s.name for s in STARTERS]
    a.session.journal.templates.list()
    b.session.journal.templates.list()  # B's own starters, made at another moment
    therapy = starter_template_id("therapy-session")
    b.session.journal.templates.edit(  # edited on B before it ever synced
        therapy, TemplateDraft("Therapy session note", "Session", "What we practised:\n")
    )
    join(a, b, server, identifier)
    a.sync.sync_now()
    assert _names(a) == _names(b) == starter_names  # one of each, no conflicted copy
    assert a.session.journal.templates.get(therapy).body == "What we practised:\n"
    _agree(a, b)

    hard_day = starter_template_id("hard-day")
    a.session.journal.templates.delete(hard_day)
    gratitude = starter_template_id("gratitude")
    a.session.journal.templates.edit(
        gratitude, TemplateDraft("Gratitude list", "Three good things", "1.\n2.\n3.\n")
    )
    _both(a, b)
    assert "A hard day" not in _names(b) and "A hard day" not in _names(a)
    assert b.session.journal.templates.get(gratitude).title == "Three good things"
    _agree(a, b)

    third.session.journal.templates.list()  # a fresh device with every starter untouched
    third.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    third.sync.sync_now()
    a.sync.sync_now()
    assert "A hard day" not in _names(third) and "A hard day" not in _names(a)
    assert third.session.journal.templates.get(gratitude).title == "Three good things"
    assert _catalogue(third) == _catalogue(a)

    b.session.journal.templates.restore_starters()
    _both(b, a)
    third.sync.sync_now()
    for device in (a, b, third):
        assert _names(device).count("A hard day") == 1
        assert device.session.journal.templates.get(hard_day).starter == "hard-day"
    _agree(a, b)


def test_a_device_that_joins_before_it_ever_listed_templates_gets_no_deleted_starter(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    a.session.journal.templates.list()
    a.session.journal.templates.delete(starter_template_id("therapy-session"))
    join(a, b, server, identifier)  # B never showed templates before its first sync
    assert "Therapy session note" not in _names(b)  # not offered again on B afterwards
    assert b.session.journal.templates.restore_starters() == 1  # still there to bring back
    _both(b, a)
    assert "Therapy session note" in _names(a)
    _agree(a, b)


def test_broken_template_records_are_refused_as_unreadable(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    made = a.session.journal.templates.create(HOMEWORK)
    join(a, b, server, identifier)
    good = b.records()[(records.TEMPLATE, made.id)]
    before = b.records()

    def new(data: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
        return (records.TEMPLATE, str(uuid.uuid4()), data)

    fresh = {**good, "name": "Body scan", "body": "Where do I feel it?\n", "tags": []}
    broken = [
        (records.TEMPLATE, made.id, {**good, "name": None}),  # the held one, nameless
        new({**fresh, "tags": "scan"}),  # tags as one string
        new({**fresh, "position": "first"}),  # a place that is no number
        new({k: v for k, v in fresh.items() if k != "body"}),  # text missing
        new({**fresh, "name": "Body\nscan"}),  # a name no form would take
        new({**fresh, "title": "", "body": "   "}),  # nothing to start an entry with
        new({**fresh, "starter": "hard-day"}),  # a starter under another id
        new({**fresh, "created_at": "0001-01-01T00:00:00.000000Z"}),  # a broken clock
    ]
    fine_id = str(uuid.uuid4())
    _push_as_other_device(server, a, [*broken, (records.TEMPLATE, fine_id, fresh)])

    report = b.sync.sync_now()  # no exception
    assert report.unreadable == len(broken) and report.rejected == 0
    after = b.records()
    assert after[(records.TEMPLATE, fine_id)]["name"] == "Body scan"
    assert {k: v for k, v in after.items() if k[1] != fine_id} == before
    status = b.sync.status()
    assert status.error.startswith(f"{len(broken)} records from another device could not")
    assert "Homework" not in status.error and "Body" not in status.error
    again = b.sync.sync_now()  # B's readable copy of the held one goes back over the broken
    assert again.unreadable == 0
    a.sync.sync_now()
    assert a.session.journal.templates.get(made.id).name == "Therapy homework"


def test_readable_check_names_each_template_fault_by_kind_only() -> None:
    good = {
        "name": "Canary-9e1 name",
        "title": "",
        "body": "Canary-9e1 body\n",
        "tags": ["calm"],
        "position": 0,
        "starter": "",
        "created_at": "2026-01-01T00:00:00.000000Z",
        "updated_at": "2026-01-01T00:00:00.000000Z",
    }
    records.check_readable(records.TEMPLATE, "x", good)
    records.check_readable(records.TEMPLATE, "x", None)  # a deletion is always readable
    records.check_readable(records.TEMPLATE, "starter-gratitude", {**good, "starter": "gratitude"})
    faults = []
    for broken in (
        {**good, "position": True},
        {**good, "position": -1},
        {**good, "tags": ["calm", 3]},
        {**good, "updated_at": "9999-12-31T00:00:00.000000Z"},
        {**good, "name": "x" * 41},
        {**good, "tags": ["Calm"]},  # not as the app stores tags (lower case)
    ):
        with pytest.raises(records.UnreadableRecordError) as caught:
            records.check_readable(records.TEMPLATE, "x", broken)
        faults.append(str(caught.value))
        assert "Canary" not in str(caught.value)
    assert faults == [
        "TypeError",
        "ValueError",
        "TypeError",
        "ValidationError",
        "ValidationError",
        "ValueError",
    ]


def test_an_app_that_does_not_know_templates_leaves_them_on_the_server(
    devices: tuple[Device, Device, str], server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B behaves as an app from before templates synced: the kind is not one of its kinds,
    it holds none and stores none. A's templates stay on the server as A pushed them."""
    a, b, identifier = devices
    made = a.session.journal.templates.create(HOMEWORK)
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    a.sync.sync_now()
    b.session.journal.templates.list()  # B's starters, under the ids 0015 gives them
    with monkeypatch.context() as older:
        older.setattr(records, "KINDS", tuple(k for k in records.KINDS if k != records.TEMPLATE))
        older.setattr(template_records, "snapshot", lambda _conn: {})
        older.setattr(template_records, "read_one", lambda _conn, _id: None)
        older.setattr(template_records, "apply", lambda _conn, _id, _data, _renamed=None: None)
        b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
        b.sync.sync_now()
        report = b.sync.sync_now()
        assert report.pushed == 0 and b.sync.status().pending == 0
    account = a.sync.account()
    assert account is not None
    on_server = _server_items(server, account.access_token)
    item = on_server[items.item_id(account.sync_key, records.TEMPLATE, made.id)]
    assert item["version"] == 1 and not item["deleted"]
    assert a.sync.sync_now().pulled == 0
    assert a.session.journal.templates.get(made.id).body == HOMEWORK.body

    # B upgrades: the migration that brings the kind runs, and the templates the older app
    # saw but never stored are fetched, not taken for deletions.
    upgrade = next(m for m in MIGRATIONS if "template" in m.sql and "sync_items" in m.sql)
    with b.session.vault.transaction() as conn:
        for statement in _split(upgrade.sql):
            conn.execute(statement)
    report = b.sync.sync_now()
    assert report.pulled >= 1 and report.conflicts == 0
    assert b.session.journal.templates.get(made.id).body == HOMEWORK.body
    a.sync.sync_now()
    assert a.session.journal.templates.get(made.id).body == HOMEWORK.body
    on_server = _server_items(server, account.access_token)
    assert not on_server[items.item_id(account.sync_key, records.TEMPLATE, made.id)]["deleted"]
    _agree(a, b)
    assert b.sync.sync_now().pulled == 0  # fetched once, not on every run


def test_a_change_to_the_catalogue_is_announced_so_sync_sends_it_soon(session: Session) -> None:
    """Sync's job is queued after any change on a data topic; a template written through the
    session's own service is announced on the template topic as that service's own (the views
    that wrote it do not re-read), a refused one not at all, and nothing on the settings topic
    (whose listeners would drop the settings cache for it)."""
    heard: list[Change] = []
    settings_heard: list[Change] = []
    session.events.subscribe(heard.append, Topic.TEMPLATE)
    session.events.subscribe(settings_heard.append, Topic.SETTINGS)
    service = session.journal.templates
    made = service.create(TemplateDraft("Body scan", "", "Where do I feel it?\n"))
    service.edit(made.id, TemplateDraft("Body scan", "", "Where, and how much?\n"))
    service.move(made.id, -1)
    service.delete(made.id)
    assert service.restore_starters() == 0
    assert len(heard) == 5  # one per write (the starters came with the first, in one go)
    assert set(heard) == {EDITED_HERE} and EDITED_HERE != TEMPLATES_CHANGED
    with pytest.raises(ValidationError):
        service.create(TemplateDraft("Evening review", "", "Taken name\n"))
    assert len(heard) == 5
    assert settings_heard == []


def test_a_template_edited_in_the_app_queues_a_sync_like_an_edited_entry(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """The app's own template service (``session.journal.templates``) announces its changes
    on the template topic, which the sync job listens to: the template reaches the other
    device with the next queued sync, not only at the next unlock."""
    a, b, identifier = devices
    join(a, b, server, identifier)
    runner = JobRunner(a.session.vault, a.session.events)  # never started: the queue is read
    a.sync.attach(runner)
    try:
        (at_once,) = runner.list([JobState.QUEUED], kind=sync_service.JOB_KIND)
        assert runner.cancel(at_once.id)  # the sync queued on attaching, out of the way
        a.session.journal.templates.create(HOMEWORK)
        queued = runner.list([JobState.QUEUED], kind=sync_service.JOB_KIND)
    finally:
        a.sync.detach()
    assert len(queued) == 1 and queued[0].id != at_once.id
