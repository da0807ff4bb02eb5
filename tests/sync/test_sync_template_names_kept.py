"""A provisional template name ("Notes (2)", given because the name was taken here when the
template arrived) settles as an uninterrupted pull would settle it, even when the pull is cut
short or lands between the other device's push batches: the real server, PostgreSQL and two
vaults, with the fault in the network between a device and the server.

What settling needs is kept in the vault, so a sync that fails after the page that renamed
a template (the network drops, the app dies) leaves the next sync to give the name back once
it is free. A clash still real at the end of a pull is sent back only if it is still real at
the end of the next pull: the other device may be between two push batches, the later of
which frees the name.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.services.sync.client import SyncClient
from neuroleaf_desktop.services.sync.errors import SyncUnreachableError
from neuroleaf_server.testing import ServerProcess
from tests.conftest import PASSPHRASE
from tests.sync.conftest import Device, join
from tests.sync.network import Network, through


def _names(device: Device) -> dict[str, str]:
    return {x.id: x.name for x in device.session.journal.templates.list()}


def _agree(a: Device, b: Device) -> None:
    assert _names(a) == _names(b)
    assert a.records() == b.records()
    assert a.sync.status().pending == 0 and b.sync.status().pending == 0


def _give_the_name_to_another(
    b: Device, old_id: str, old_name: str, other_id: str, new: str
) -> None:
    """B renames the old template away and gives its name to another one both devices hold,
    which comes first in B's order (so, both being changed templates, it is sent, and pulled,
    before the rename; a new template would go after the rename)."""
    theirs = b.session.journal.templates
    theirs.edit(old_id, TemplateDraft(old_name, "", theirs.get(old_id).body))
    theirs.edit(other_id, TemplateDraft(new, "", theirs.get(other_id).body))
    theirs.reorder([other_id, *(x.id for x in theirs.list() if x.id != other_id)])


def test_a_name_freed_after_the_pull_broke_off_goes_back_on_the_next_sync(
    devices: tuple[Device, Device, str], server: ServerProcess, store: ProfileStore
) -> None:
    """The network drops after the page that renamed B's "Mood LOG" (its "Lift" renamed)
    and before the page with B's rename of the old one; the app is closed. Opened again,
    the next sync gives "Mood LOG" its name back and sends nothing: B never sees a "(2)"."""
    a, b, identifier = devices
    old = a.session.journal.templates.create(TemplateDraft("Mood log", "", "How was it?\n"))
    new = a.session.journal.templates.create(TemplateDraft("Lift", "", "What lifted it?\n")).id
    join(a, b, server, identifier)
    a.sync.sync_now()  # A holds what B sent on joining: the pages to come are B's changes
    _give_the_name_to_another(b, old.id, "Mood log (old)", new, "Mood LOG")
    b.sync.sync_now()
    a.sync.page_size = 1
    a.sync.client_factory = through(Network(drop_pull=2))
    with pytest.raises(SyncUnreachableError):
        a.sync.sync_now()
    assert (_names(a)[new], _names(a)[old.id]) == ("Mood LOG (2)", "Mood log")  # cut between
    a.session.close()  # the app dies; it is opened again later
    again = Device(store.open("Laptop", PASSPHRASE))
    try:
        again.sync.page_size = 1
        report = again.sync.sync_now()
        assert (_names(again)[new], _names(again)[old.id]) == ("Mood LOG", "Mood log (old)")
        assert report.pushed == 0
        assert b.sync.sync_now().pulled == 0
        assert not any(name.endswith("(2)") for name in _names(b).values())
        _agree(again, b)
    finally:
        again.session.close()


def test_a_provisional_name_the_person_changed_after_a_broken_pull_stays_theirs(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """After the broken pull the person renames "Walk (2)" themselves: once the name is
    free the next sync does not take their choice away; their name reaches B."""
    a, b, identifier = devices
    old = a.session.journal.templates.create(TemplateDraft("Walk", "", "Where did I go?\n"))
    new = a.session.journal.templates.create(TemplateDraft("Outing", "", "Who came?\n")).id
    join(a, b, server, identifier)
    a.sync.sync_now()
    _give_the_name_to_another(b, old.id, "Walks, 2025", new, "walk")
    b.sync.sync_now()
    a.sync.page_size = 1
    a.sync.client_factory = through(Network(drop_pull=2))
    with pytest.raises(SyncUnreachableError):
        a.sync.sync_now()
    assert _names(a)[new] == "walk (2)"
    a.session.journal.templates.edit(new, TemplateDraft("Walk with Sam", "", "Who came?\n"))
    a.sync.client_factory = SyncClient
    a.sync.sync_now()
    b.sync.sync_now()
    assert _names(a)[new] == _names(b)[new] == "Walk with Sam"
    assert _names(b)[old.id] == "Walks, 2025"
    _agree(a, b)


def test_a_pull_between_the_other_devices_push_batches_sends_no_2_back(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """B sends one change per push; A syncs right after B's first push, which brought "NOTES"
    (B's "Keep" renamed) while B's rename of the old "Notes" was still to come. A keeps "NOTES (2)"
    to itself; its next sync frees the name and sends nothing; B never sees a "(2)"."""
    a, b, identifier = devices
    old = a.session.journal.templates.create(TemplateDraft("Notes", "", "Anything else?\n"))
    new = a.session.journal.templates.create(TemplateDraft("Keep", "", "What to keep?\n")).id
    join(a, b, server, identifier)
    _give_the_name_to_another(b, old.id, "Old notes", new, "NOTES")
    seen_between: dict[str, str] = {}

    def a_syncs() -> None:
        a.sync.sync_now()
        seen_between.update(_names(a))

    b.sync.batch_size = 1
    b.sync.client_factory = through(Network(after_push=a_syncs))
    b.sync.sync_now()
    assert (seen_between[new], seen_between[old.id]) == ("NOTES (2)", "Notes")
    report = a.sync.sync_now()
    assert (_names(a)[new], _names(a)[old.id]) == ("NOTES", "Old notes")
    assert report.pushed == 0
    assert b.sync.sync_now().pulled == 0
    assert not any(name.endswith("(2)") for name in _names(b).values())
    _agree(a, b)


def test_a_real_clash_is_sent_back_one_sync_later_and_both_devices_agree(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """Both devices made a "Journal" of their own, B first. A keeps B's as "Journal (2)"
    for one sync (waiting, not sent); still taken at the end of the next pull, it is a real
    clash: B's, made first, takes its name back and A's own is sent as "journal (2)", and
    both devices end with the same two names."""
    a, b, identifier = devices
    join(a, b, server, identifier)
    theirs = b.session.journal.templates.create(TemplateDraft("Journal", "", "Today:\n"))
    b.sync.sync_now()
    mine = a.session.journal.templates.create(TemplateDraft("journal", "", "Tonight:\n"))
    a.sync.sync_now()
    assert (_names(a)[mine.id], _names(a)[theirs.id]) == ("journal", "Journal (2)")
    assert a.sync.status().pending == 1  # the "(2)", kept back for one sync
    assert a.sync.sync_now().pushed == 1  # A's own, renamed
    b.sync.sync_now()
    for device in (a, b):
        assert (_names(device)[mine.id], _names(device)[theirs.id]) == ("journal (2)", "Journal")
    _agree(a, b)


def test_a_real_clash_seen_on_both_devices_before_either_sends_it_ends_the_same(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """B pulls A's "Plans" while its own "plans" holds the name, and A pulls B's the same
    way: each keeps the other's as "(2)" for a sync. Whichever sends its "(2)" first, the
    other gives its own provisional name back, and both agree."""
    a, b, identifier = devices
    join(a, b, server, identifier)
    theirs = b.session.journal.templates.create(TemplateDraft("plans", "", "Next week:\n"))
    b.sync.sync_now()
    mine = a.session.journal.templates.create(TemplateDraft("Plans", "", "This week:\n"))
    a.sync.sync_now()  # A keeps B's as "plans (2)" and sends its own "Plans"
    b.sync.sync_now()  # B keeps A's as "Plans (2)"
    assert _names(b)[mine.id] == "Plans (2)"
    b.sync.sync_now()  # still taken on B's next pull: B sends A's as "Plans (2)"
    a.sync.sync_now()  # A takes it and gives B's its name back
    b.sync.sync_now()
    for device in (a, b):
        assert (_names(device)[mine.id], _names(device)[theirs.id]) == ("Plans (2)", "plans")
    _agree(a, b)


def test_an_edit_from_the_other_device_to_a_provisional_name_is_no_conflict(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """While A keeps B's "Gratitude (2)" for a sync, B edits that template's words: A takes
    the edit (its own "(2)" was no edit of the person's), keeps it provisionally renamed, and
    no conflicted copy is made. B's, made first, then keeps the name on both."""
    a, b, identifier = devices
    join(a, b, server, identifier)
    theirs = b.session.journal.templates.create(TemplateDraft("Gratitude", "", "One thing:\n"))
    b.sync.sync_now()
    mine = a.session.journal.templates.create(TemplateDraft("gratitude", "", "Three:\n"))
    a.sync.sync_now()
    assert _names(a)[theirs.id] == "Gratitude (2)"
    b.session.journal.templates.edit(theirs.id, TemplateDraft("Gratitude", "", "Two things:\n"))
    b.sync.sync_now()
    a.sync.sync_now()
    assert not any("conflicted" in name for name in _names(a).values())
    assert a.session.journal.templates.get(theirs.id).body == "Two things:\n"
    b.sync.sync_now()
    for device in (a, b):
        assert (_names(device)[mine.id], _names(device)[theirs.id]) == (
            "gratitude (2)",
            "Gratitude",
        )
    _agree(a, b)
