"""Template names and places settle as the person left them, however the changes arrive: the
real server, PostgreSQL and two (or three) vaults.

A name another device freed and gave to a new template is that template's here too, even when
the rename that freed it comes in a later page of the pull: no "(2)" nobody chose, and nothing
sent back. Two different templates that still share a name at the end are a real clash and
one is renamed visibly, as always. A starter the person only moved before this device's
first sync keeps the place they gave it (words and place merge apart), while an untouched
starter yields to the other device entirely.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_server.testing import ServerProcess
from tests.conftest import PASSPHRASE
from tests.sync.conftest import Device, join


def _names(device: Device) -> dict[str, str]:
    return {x.id: x.name for x in device.session.journal.templates.list()}


def _order(device: Device) -> list[str]:
    return [x.id for x in device.session.journal.templates.list()]


def _agree(a: Device, b: Device) -> None:
    assert _names(a) == _names(b) and _order(a) == _order(b)
    assert a.records() == b.records()
    assert a.sync.status().pending == 0 and b.sync.status().pending == 0


@pytest.fixture
def third(store: ProfileStore) -> Iterator[Device]:
    session, _ = store.create("Tablet", PASSPHRASE)
    yield Device(session)
    session.close()


def test_a_name_freed_in_a_later_page_goes_to_the_new_template_without_a_2(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """B renames "Notes" and "Walk" away and gives both names to new templates it sends
    first; A pulls one change per page, so each new one arrives while A's old one still
    holds the name. A ends with B's names and sends nothing back. A's own "Gratitude jar",
    made before it saw B's "gratitude JAR", is a real clash: B's is renamed on both."""
    a, b, identifier = devices
    mine = a.session.journal.templates
    notes = mine.create(TemplateDraft("Notes", "", "Anything else?\n"))
    walk = mine.create(TemplateDraft("Walk", "", "Where did I go?\n"))
    join(a, b, server, identifier)
    theirs = b.session.journal.templates
    theirs.edit(notes.id, TemplateDraft("Old notes", "", "Anything else?\n"))
    theirs.edit(walk.id, TemplateDraft("walks, 2025", "", "Where did I go?\n"))
    new_notes = theirs.create(TemplateDraft("NOTES", "", "What do I want to keep?\n"))
    new_walk = theirs.create(TemplateDraft("walk", "", "Who came along?\n"))
    jar = theirs.create(TemplateDraft("gratitude JAR", "", "One good thing:\n"))
    first = [new_notes.id, new_walk.id]
    theirs.reorder([*first, *(x for x in _order(b) if x not in first)])  # sent (so pulled) first
    b.sync.sync_now()
    own_jar = mine.create(TemplateDraft("Gratitude jar", "", "Who helped today?\n"))
    a.sync.page_size = 1  # every change in a page of its own
    a.sync.sync_now()
    names = _names(a)
    assert (names[new_notes.id], names[notes.id]) == ("NOTES", "Old notes")
    assert (names[new_walk.id], names[walk.id]) == ("walk", "walks, 2025")
    assert (names[own_jar.id], names[jar.id]) == ("Gratitude jar", "gratitude JAR (2)")
    assert not any(name.endswith("(2)") for key, name in names.items() if key != jar.id)
    b.sync.sync_now()
    assert _names(b)[jar.id] == "gratitude JAR (2)" and _names(b)[new_notes.id] == "NOTES"
    _agree(a, b)


def test_the_renamed_arrival_is_not_sent_back_when_the_name_comes_free(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """Only the real clash leaves this device: the provisional "(2)" never reaches the
    server, so the device that chose the names never sees one, even for a moment."""
    a, b, identifier = devices
    old = a.session.journal.templates.create(TemplateDraft("Mood log", "", "How was it?\n"))
    join(a, b, server, identifier)
    theirs = b.session.journal.templates
    theirs.edit(old.id, TemplateDraft("Mood log (old)", "", "How was it?\n"))
    new = theirs.create(TemplateDraft("Mood LOG", "", "What lifted it?\n"))
    theirs.move(old.id, 1)  # after the new one
    b.sync.sync_now()
    a.sync.page_size = 1
    report = a.sync.sync_now()
    assert report.pushed == 0  # nothing of A's differs from the server
    assert _names(a)[new.id] == "Mood LOG"
    assert b.sync.sync_now().pulled == 0
    _agree(a, b)
