"""Template names at the app's real push batch and pull page sizes: a device sends more
changed records than one push holds, and the other device pulls between its batches (the
real server, PostgreSQL, two vaults; the other device's sync runs where the network answers a
push, so it lands exactly between two batches of the real push path).

A rename that frees a name and the new template taking that name travel in one push when
the changed templates fit in one (templates go first, deletions and changed templates before
new ones), so the device pulling between batches never meets the name taken, never shows a
"(2)" and has nothing to send back."""

from __future__ import annotations

from neuroleaf_desktop.domain.models import EntryPatch, NewEntry
from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.services.sync.client import SyncClient
from neuroleaf_desktop.services.sync.engine import PULL_PAGE, PUSH_BATCH
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import Device, join
from tests.sync.network import Network, through


def _names(device: Device) -> dict[str, str]:
    return {x.id: x.name for x in device.session.journal.templates.list()}


def _at_app_sizes(*devices: Device) -> None:
    for device in devices:
        device.sync.page_size, device.sync.batch_size = PULL_PAGE, PUSH_BATCH


def test_a_pull_between_real_size_push_batches_never_shows_or_sends_a_2(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """A edits one entry fewer than two batches hold, renames its old "Plans" and gives the
    name to a new template it puts first: sent in the order the records are kept (entries,
    then templates by place), the new "Plans" would close the second batch and the rename
    come in the third (it did, and B showed "Plans (2)" between them). B syncs after each
    of A's pushes. B never shows or sends a "(2)"; both end with the same names, the same
    entries, nothing lost, no conflicted copy."""
    a, b, identifier = devices
    _at_app_sizes(a, b)
    templates = a.session.journal.templates
    old = templates.create(TemplateDraft("Plans", "", "What next?\n"))
    journal = a.session.journal
    written = [
        journal.add(NewEntry(title=f"Day {n}", body=f"Entry number {n}.")).id
        for n in range(2 * PUSH_BATCH - 1)
    ]
    join(a, b, server, identifier)
    for n, entry_id in enumerate(written):
        journal.edit(entry_id, EntryPatch(body=f"Entry number {n}, read again."))
    templates.edit(old.id, TemplateDraft("Plans, 2025", "", "What next?\n"))
    new = templates.create(TemplateDraft("Plans", "", "This month:\n"))
    templates.reorder([new.id, *(x.id for x in templates.list() if x.id != new.id)])

    seen_on_b: list[dict[str, str]] = []
    sent_by_b: list[int] = []

    def b_syncs() -> None:
        report = b.sync.sync_now()
        sent_by_b.append(report.pushed)
        seen_on_b.append(_names(b))

    a.sync.client_factory = through(Network(after_every_push=b_syncs))
    report = a.sync.sync_now()
    a.sync.client_factory = SyncClient
    assert report.pushed > 2 * PUSH_BATCH  # the entries, both "Plans" and the moved starters
    assert len(seen_on_b) == 3  # B pulled after each of A's three batches
    for names in seen_on_b:
        assert not any(name.endswith("(2)") for name in names.values())
    assert sent_by_b == [0, 0, 0]
    assert b.sync.sync_now().pulled == 0 and a.sync.sync_now().pushed == 0
    for device in (a, b):
        assert (_names(device)[new.id], _names(device)[old.id]) == ("Plans", "Plans, 2025")
        assert not any("conflicted" in name for name in _names(device).values())
        assert device.sync.status().pending == 0
    assert _names(a) == _names(b)
    assert a.entries() == b.entries()
    assert {a.entries()[x][1] for x in written} == {
        f"Entry number {n}, read again." for n in range(len(written))
    }
    assert a.records() == b.records()


def test_a_name_passed_between_templates_across_real_size_batches_is_never_sent_back(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    """More templates changed than a push holds, and a name passed between two of them: A
    gives "Plans" to its "Ideas", put first, and renames the old "Plans", put last, then
    moves every template (all changed). The first push brings "Ideas" as "Plans" while the
    old one still holds the name on B: B shows a provisional "Plans (2)", keeps it to itself,
    and gives it back on its next sync, after A's second push; nothing goes back."""
    a, b, identifier = devices
    _at_app_sizes(a, b)
    templates = a.session.journal.templates
    old = templates.create(TemplateDraft("Plans", "", "What next?\n"))
    ideas = templates.create(TemplateDraft("Ideas", "", "What if?\n"))
    for n in range(PUSH_BATCH + 10):
        templates.create(TemplateDraft(f"Prompt {n}", "", f"Question {n}?\n"))
    join(a, b, server, identifier)
    templates.edit(old.id, TemplateDraft("Plans, 2025", "", "What next?\n"))
    templates.edit(ideas.id, TemplateDraft("Plans", "", "What if?\n"))
    rest = [x.id for x in templates.list() if x.id not in (old.id, ideas.id)]
    templates.reorder([ideas.id, *reversed(rest), old.id])

    seen_on_b: list[dict[str, str]] = []
    sent_by_b: list[int] = []

    def b_syncs() -> None:
        sent_by_b.append(b.sync.sync_now().pushed)
        seen_on_b.append(_names(b))

    a.sync.client_factory = through(Network(after_every_push=b_syncs))
    a.sync.sync_now()
    a.sync.client_factory = SyncClient
    assert len(seen_on_b) == 2
    assert (seen_on_b[0][ideas.id], seen_on_b[0][old.id]) == ("Plans (2)", "Plans")
    assert (seen_on_b[1][ideas.id], seen_on_b[1][old.id]) == ("Plans", "Plans, 2025")
    assert sent_by_b == [0, 0]
    assert b.sync.sync_now().pulled == 0 and a.sync.sync_now().pulled == 0
    for device in (a, b):
        assert (_names(device)[ideas.id], _names(device)[old.id]) == ("Plans", "Plans, 2025")
        assert not any(name.endswith("(2)") for name in _names(device).values())
        assert device.sync.status().pending == 0
    assert _names(a) == _names(b)
    assert a.records() == b.records()
