"""Stars travel inside the end-to-end-encrypted entry record: the real server, PostgreSQL and
two vaults. Starring on one device stars on the other; unstarring too; a record written
without the field (an app from before stars) reads as not starred."""

from __future__ import annotations

from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.domain.models import EntryPatch, NewEntry
from neuroleaf_desktop.services.sync import records
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import Device, join


def test_starring_on_one_device_stars_on_the_other(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    kept = a.session.journal.add(NewEntry("Snow day", "built a snowman with the kids"))
    other = a.session.journal.add(NewEntry("Dentist", "filling, fine"))
    join(a, b, server, identifier)
    assert not b.session.journal.get(kept.id).starred

    a.session.journal.set_starred(kept.id, True)
    a.sync.sync_now()
    b.sync.sync_now()
    assert b.session.journal.get(kept.id).starred
    assert not b.session.journal.get(other.id).starred
    assert [e.id for e in b.session.journal.list(EntryFilter(starred=True))] == [kept.id]

    b.session.journal.set_starred(kept.id, False)  # unstarred on the other device
    b.session.journal.set_starred(other.id, True)
    b.sync.sync_now()
    a.sync.sync_now()
    assert not a.session.journal.get(kept.id).starred
    assert a.session.journal.get(other.id).starred
    assert b.records() == a.records()
    assert b.sync.status().pending == 0 and a.sync.status().pending == 0


def test_a_new_entry_starred_before_its_first_sync_arrives_starred(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    join(a, b, server, identifier)
    entry = a.session.journal.add(NewEntry("Promotion", "they said yes", starred=True))
    a.sync.sync_now()
    b.sync.sync_now()
    assert b.session.journal.get(entry.id).starred


def test_an_unstarred_record_is_what_older_apps_wrote(devices: tuple[Device, Device, str]) -> None:
    """No "starred" key unless starred: after the upgrade no unstarred entry looks changed
    (nothing is sent again), and an older device's record reads as not starred."""
    a, _b, _identifier = devices
    plain = a.session.journal.add(NewEntry("Plain", "an ordinary day"))
    data = records.entry_data(plain)
    assert "starred" not in data
    starred = a.session.journal.set_starred(plain.id, True)
    assert records.entry_data(starred)["starred"] is True

    older = {k: v for k, v in records.entry_data(starred).items() if k != "starred"}
    with a.session.vault.transaction() as conn:
        records.apply(conn, records.ENTRY, plain.id, older)
        records.apply(conn, records.ENTRY, "from-an-older-app", older)
    assert not a.session.journal.get(plain.id).starred
    assert not a.session.journal.get("from-an-older-app").starred


def test_a_star_on_one_device_and_an_edit_on_the_other_make_one_entry_with_both(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """A star is a mark, not writing: starred offline on one device while the text changed
    on the other, the entry keeps the new text and the star, with no conflicted copy, on both
    devices, whichever syncs first."""
    a, b, identifier = devices
    first = a.session.journal.add(NewEntry("Hike", "up the ridge"))
    second = a.session.journal.add(NewEntry("Choir", "sang the Brahms"))
    join(a, b, server, identifier)

    a.session.journal.set_starred(first.id, True)  # the star syncs first, then the edit
    b.session.journal.edit(first.id, EntryPatch(body="up the ridge, fog on top"))
    b.session.journal.edit(second.id, EntryPatch(body="sang the Brahms, flat in bar 12"))
    a.session.journal.set_starred(second.id, True)  # the edit syncs first, then the star
    a.sync.sync_now()
    report = b.sync.sync_now()
    a.sync.sync_now()
    b.sync.sync_now()

    assert report.conflicts == 0 and b.sync.conflicts() == [] and a.sync.conflicts() == []
    for device in (a, b):
        hike = device.session.journal.get(first.id)
        choir = device.session.journal.get(second.id)
        assert (hike.body, hike.starred) == ("up the ridge, fog on top", True)
        assert (choir.body, choir.starred) == ("sang the Brahms, flat in bar 12", True)
        assert len(device.entries()) == 2
    assert a.records() == b.records()
    assert a.sync.sync_now().conflicts == 0 and b.sync.sync_now().conflicts == 0


def test_an_edit_on_both_devices_is_still_a_conflicted_copy_with_each_star(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """Two texts are two pieces of writing: the copy is kept as before, and each version
    keeps the star it had."""
    a, b, identifier = devices
    entry = a.session.journal.add(NewEntry("Plans", "draft"))
    join(a, b, server, identifier)
    a.session.journal.edit(entry.id, EntryPatch(body="laptop words"))
    a.session.journal.set_starred(entry.id, True)
    b.session.journal.edit(entry.id, EntryPatch(body="desktop words"))
    a.sync.sync_now()
    assert b.sync.sync_now().conflicts == 1
    a.sync.sync_now()
    for device in (a, b):
        stars = {e.body: e.starred for e in device.session.journal.list()}
        assert stars == {"laptop words": True, "desktop words": False}
    assert a.records() == b.records()
