"""Template names and places settle as the person left them, however the changes arrive: the
real server, PostgreSQL and two (or three) vaults.

A name another device freed and gave to another template is that template's here too, even
when the rename that freed it comes in a later page of the pull: no "(2)" nobody chose, and nothing
sent back. Two different templates that still share a name at the end are a real clash and
one is renamed visibly, as always. A starter the person only moved before this device's
first sync keeps the place they gave it (words and place merge apart), while an untouched
starter yields to the other device entirely.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from neuroleaf_desktop.domain.starter_templates import STARTERS
from neuroleaf_desktop.domain.templates import EntryTemplate, TemplateDraft, starter_template_id
from neuroleaf_desktop.domain.timeutil import to_iso
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.sync import template_records
from neuroleaf_desktop.storage.repositories.sync_repo import SyncRepository
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import ACCOUNT_PASSWORD, Device, join


def _names(device: Device) -> dict[str, str]:
    return {x.id: x.name for x in device.session.journal.templates.list()}


def _order(device: Device) -> list[str]:
    return [x.id for x in device.session.journal.templates.list()]


def _agree(a: Device, b: Device) -> None:
    assert _names(a) == _names(b) and _order(a) == _order(b)
    assert a.records() == b.records()
    assert a.sync.status().pending == 0 and b.sync.status().pending == 0


def test_a_name_freed_in_a_later_page_goes_to_the_new_template_without_a_2(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """B renames "Notes" and "Walk" away and gives both names to two other templates it
    puts first (so sends first); A pulls one change per page, so each arrives under its new
    name while A's old one still holds it. A ends with B's names and sends nothing back. A's
    own "Gratitude jar", made after B's "gratitude JAR" but before A saw it, is a real
    clash: the one made first (B's) keeps the name and A's is renamed on both, once A's
    next pull finds the name still taken."""
    a, b, identifier = devices
    mine = a.session.journal.templates
    notes = mine.create(TemplateDraft("Notes", "", "Anything else?\n"))
    walk = mine.create(TemplateDraft("Walk", "", "Where did I go?\n"))
    new_notes = mine.create(TemplateDraft("Keep", "", "What do I want to keep?\n"))
    new_walk = mine.create(TemplateDraft("Outing", "", "Who came along?\n"))
    join(a, b, server, identifier)
    theirs = b.session.journal.templates
    theirs.edit(notes.id, TemplateDraft("Old notes", "", "Anything else?\n"))
    theirs.edit(walk.id, TemplateDraft("walks, 2025", "", "Where did I go?\n"))
    theirs.edit(new_notes.id, TemplateDraft("NOTES", "", "What do I want to keep?\n"))
    theirs.edit(new_walk.id, TemplateDraft("walk", "", "Who came along?\n"))
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
    assert _names(b)[jar.id] == "gratitude JAR"  # A's "(2)" waits for A's next pull
    a.sync.sync_now()  # still taken there: a real clash; B's, made first, keeps the name
    assert (_names(a)[own_jar.id], _names(a)[jar.id]) == ("Gratitude jar (2)", "gratitude JAR")
    b.sync.sync_now()
    assert (_names(b)[own_jar.id], _names(b)[jar.id]) == ("Gratitude jar (2)", "gratitude JAR")
    assert _names(b)[new_notes.id] == "NOTES"
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


def test_a_starter_only_moved_before_the_first_sync_keeps_its_place(
    devices: tuple[Device, Device, str], server: ServerProcess, third: Device
) -> None:
    """B puts the last starter first before it ever synced; A had only edited that starter's
    words. Both end with A's words in B's order. A third device, its starters untouched,
    takes the result as it is."""
    a, b, identifier = devices
    a.session.journal.templates.list()
    last = starter_template_id(STARTERS[-1].id)
    a.session.journal.templates.edit(
        last, TemplateDraft("Therapy session note", "Session", "What we practised:\n")
    )
    b.session.journal.templates.list()
    b.session.journal.templates.move(last, -len(STARTERS))  # B's choice, before any sync
    order_on_b = _order(b)
    assert order_on_b[0] == last and order_on_b != _order(a)
    join(a, b, server, identifier)
    a.sync.sync_now()
    for device in (a, b):
        assert _order(device) == order_on_b  # B's move survived its first sync
        moved = device.session.journal.templates.get(last)
        assert (moved.title, moved.body) == ("Session", "What we practised:\n")  # A's words
        assert not any("conflicted" in name for name in _names(device).values())
    _agree(a, b)

    third.session.journal.templates.list()  # every starter untouched, in the app's order
    third.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    third.sync.sync_now()
    assert _order(third) == order_on_b and _names(third) == _names(a)
    assert third.records() == a.records()
    assert a.sync.sync_now().pulled == 0  # the untouched device sent nothing of its own


def test_a_starter_moved_on_the_other_device_keeps_that_place_beside_an_edit_here(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """The other way round: A moved a starter, B edited only its words before its first
    sync; both keep B's words in A's place."""
    a, b, identifier = devices
    a.session.journal.templates.list()
    first = starter_template_id(STARTERS[0].id)
    a.session.journal.templates.move(first, len(STARTERS))  # to the end, on A
    b.session.journal.templates.list()
    b.session.journal.templates.edit(
        first, TemplateDraft("Evening review", "Evening", "What went well?\n")
    )
    join(a, b, server, identifier)
    a.sync.sync_now()
    for device in (a, b):
        assert _order(device)[-1] == first
        assert device.session.journal.templates.get(first).body == "What went well?\n"
    _agree(a, b)


def test_a_starter_moved_on_both_devices_takes_the_later_move(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """A moved the first starter to the end and synced; B, later and before its first sync,
    moved it into second place: both places are a person's, the later one stays (the place
    of each template merges on its own, as between devices that synced before)."""
    a, b, identifier = devices
    a.session.journal.templates.list()
    first = starter_template_id(STARTERS[0].id)
    a.session.journal.templates.move(first, len(STARTERS))
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    a.sync.sync_now()
    assert a.session.journal.templates.get(first).position == len(STARTERS) - 1
    b.session.journal.templates.list()
    b.session.journal.templates.move(first, 1)
    b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    b.sync.sync_now()
    a.sync.sync_now()
    for device in (a, b):
        assert device.session.journal.templates.get(first).position == 1  # B's, the later
    _agree(a, b)


def test_a_starter_only_moved_here_and_deleted_there_stays_deleted(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """A place alone does not bring back a starter the person removed on the other device;
    the places B gave the other starters stay."""
    a, b, identifier = devices
    a.session.journal.templates.list()
    a.sync.signup(server.url, identifier, ACCOUNT_PASSWORD)
    a.sync.sync_now()
    hard_day = starter_template_id("hard-day")
    a.session.journal.templates.delete(hard_day)
    a.sync.sync_now()  # the deletion is on the server
    b.session.journal.templates.list()
    b.session.journal.templates.move(hard_day, -2)  # to the top of B's list
    b.session.journal.templates.move(starter_template_id("therapy-session"), -2)
    kept_order = [x for x in _order(b) if x != hard_day]
    b.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    b.sync.sync_now()
    a.sync.sync_now()
    for device in (a, b):
        assert hard_day not in _order(device)
        assert _order(device) == kept_order
    _agree(a, b)


def test_a_provisional_name_is_given_back_only_when_free_and_still_as_given(
    session: Session,
) -> None:
    """The settling rule on its own, from what the vault keeps: a name still held keeps the
    "(2)"; a freed one goes back; a provisional name the person changed meanwhile is theirs
    and stays, and so does their deletion; at the end of a pull a rename still needed is
    kept from the server once, and let go (to be sent) at the end of the next."""
    templates = session.journal.templates
    notes = templates.create(TemplateDraft("Notes", "", "Anything else?\n"))
    plans = templates.create(TemplateDraft("Plans", "", "What next?\n"))
    walk = templates.create(TemplateDraft("Walk", "", "Where?\n"))
    data = template_records.template_data(templates.get(notes.id))
    with session.vault.transaction() as conn:
        template_records.apply(conn, "arrived-1", {**data, "name": "NOTES"})
        template_records.apply(conn, "arrived-2", {**data, "name": "plans"})
        template_records.apply(conn, "arrived-3", {**data, "name": "walk"})
        template_records.apply(conn, "arrived-4", {**data, "name": "Gratitude"})  # no clash
    with session.vault.reading() as conn:
        kept = SyncRepository(conn).renamed_templates()
    assert {x: (r.arrived, r.given, r.held) for x, r in kept.items()} == {
        "arrived-1": ("NOTES", "NOTES (2)", False),
        "arrived-2": ("plans", "plans (2)", False),
        "arrived-3": ("walk", "walk (2)", False),
    }
    with session.vault.transaction() as conn:
        assert not template_records.settle(conn)  # every name still held here
        template_records.end_pull(conn)
        assert template_records.held_back(conn) == {"arrived-1", "arrived-2", "arrived-3"}
    assert templates.get("arrived-1").name == "NOTES (2)"
    templates.edit(notes.id, TemplateDraft("Old notes", "", "Anything else?\n"))
    templates.edit("arrived-2", TemplateDraft("Plans, spring", "", "Anything else?\n"))
    templates.delete(plans.id)
    templates.delete("arrived-3")
    with session.vault.transaction() as conn:
        assert template_records.settle(conn)
        assert template_records.held_back(conn) == set()
    assert templates.get("arrived-1").name == "NOTES"
    assert templates.get("arrived-2").name == "Plans, spring"  # the person's own choice
    with session.vault.reading() as conn:
        assert SyncRepository(conn).renamed_templates() == {}
    assert walk.id in {x.id for x in templates.list()}

    made_later = {**data, "created_at": to_iso(_made(walk) + timedelta(seconds=1))}
    with session.vault.transaction() as conn:  # a real clash: kept once, let go the next time
        template_records.apply(conn, "arrived-5", {**made_later, "name": "walk"})
        template_records.end_pull(conn)
        assert template_records.held_back(conn) == {"arrived-5"}
        changed = {**made_later, "name": "walk", "body": "Who?\n"}
        template_records.apply(conn, "arrived-5", changed)
        assert template_records.held_back(conn) == {"arrived-5"}  # seen through a pull still
        template_records.end_pull(conn)
        assert template_records.held_back(conn) == set()
        assert SyncRepository(conn).renamed_templates() == {}
    assert (templates.get("arrived-5").name, templates.get(walk.id).name) == ("walk (2)", "Walk")

    evening = templates.create(TemplateDraft("Evening", "", "One thing:\n"))
    made_first = {**data, "created_at": to_iso(_made(evening) - timedelta(days=1))}
    with session.vault.transaction() as conn:  # the arrival was made first: it keeps the name
        template_records.apply(conn, "arrived-6", {**made_first, "name": "evening"})
        template_records.end_pull(conn)
        assert templates.get("arrived-6").name == "evening (2)"  # kept back, as always
        template_records.end_pull(conn)
        assert template_records.held_back(conn) == set()
        assert SyncRepository(conn).renamed_templates() == {}
    assert templates.get("arrived-6").name == "evening"
    assert templates.get(evening.id).name == "Evening (2)"


def _made(template: EntryTemplate) -> datetime:
    assert template.created_at is not None
    return template.created_at


def test_a_name_given_back_frees_the_name_another_arrival_waits_for(session: Session) -> None:
    """An arrival named like a provisional "(2)" here waits for it; once the "(2)" takes its
    own name back, the arrival takes its name too, in the same settling, whichever of the
    two is looked at first."""
    templates = session.journal.templates
    mine = templates.create(TemplateDraft("Plans", "", "This week:\n"))
    data = template_records.template_data(mine)
    with session.vault.transaction() as conn:
        template_records.apply(conn, "~theirs", {**data, "name": "plans"})  # after mine's id
        template_records.apply(conn, mine.id, {**data, "name": "Plans (2)"})  # the other's
    assert templates.get(mine.id).name == "Plans (3)"  # numbered from "Plans", not "(2) (2)"
    assert templates.get("~theirs").name == "plans (2)"
    with session.vault.transaction() as conn:
        assert template_records.settle(conn)
    assert templates.get(mine.id).name == "Plans (2)"
    assert templates.get("~theirs").name == "plans"
    with session.vault.reading() as conn:
        assert SyncRepository(conn).renamed_templates() == {}


def test_a_clash_number_is_counted_from_the_name_without_one(session: Session) -> None:
    """A template giving up a name a clash numbered takes the next number of the same name
    ("Plans (2)" -> "Plans (3)"); a number in brackets that is the name's own words (a
    year, "(1)", a number of four digits) is kept and numbered after."""
    templates = session.journal.templates
    data = template_records.template_data(templates.create(TemplateDraft("Seed", "", "x\n")))
    own = ["Plans (2)", "Songs (1999)", "Step (1)", "Top (2024)", "Round (12)"]
    for name in own:
        templates.create(TemplateDraft(name, "", "Mine:\n"))
    with session.vault.transaction() as conn:
        for n, name in enumerate(own):
            template_records.apply(conn, f"arrived-{n}", {**data, "name": name.upper()})
    numbered = [templates.get(f"arrived-{n}").name for n in range(len(own))]
    assert numbered == [
        "PLANS (3)",
        "SONGS (1999) (2)",
        "STEP (1) (2)",
        "TOP (2024) (2)",
        "ROUND (2)",
    ]
