"""A tag renamed, merged or removed on one device reaches the other: the real server,
PostgreSQL and two vaults. Each changed entry is an ordinary edit to sync (its content and
edit time moved), trashed entries included."""

from __future__ import annotations

from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import Device, join


def test_a_renamed_tag_reaches_the_other_device(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    kept = a.session.journal.add(NewEntry("Group", "the circle met", ("thrapy", "tuesday")))
    both = a.session.journal.add(NewEntry("Talk", "long talk", ("work", "job")))
    binned = a.session.journal.add(NewEntry("Old", "later binned", ("thrapy",)))
    plain = a.session.journal.add(NewEntry("Plain", "no such tags", ("garden",)))
    a.session.journal.delete(binned.id)
    join(a, b, server, identifier)
    untouched = b.session.journal.get(plain.id)

    manager = a.session.journal.tag_manager
    assert manager.rename("thrapy", "therapy") == 2
    assert manager.merge(["job"], into="work") == 1
    assert a.sync.status().pending == 3  # the three changed entries, nothing else
    a.sync.sync_now()
    b.sync.sync_now()

    assert b.session.journal.get(kept.id).tags == ("therapy", "tuesday")
    assert b.session.journal.get(both.id).tags == ("work",)
    assert b.session.journal.get(binned.id).tags == ("therapy",)
    assert b.session.journal.get(plain.id) == untouched
    assert [e.id for e in b.session.journal.list(EntryFilter(tag="thrapy", limit=100))] == []
    assert [h.entry_id for h in b.session.journal.search("therapy")] == [kept.id]
    assert b.records() == a.records()
    assert a.sync.status().pending == 0 and b.sync.status().pending == 0

    assert b.session.journal.tag_manager.remove("therapy") == 2  # and back the other way
    b.sync.sync_now()
    a.sync.sync_now()
    assert a.session.journal.get(kept.id).tags == ("tuesday",)
    assert a.session.journal.get(binned.id).tags == ()
    assert b.records() == a.records()
