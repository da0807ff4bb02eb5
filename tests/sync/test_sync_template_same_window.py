"""One name made on two devices, and both devices deciding the clash in the same window: each
pulls before either pushes (the real server, PostgreSQL, two vaults; the second device's
sync runs where the first one's push is about to leave, and the first one's push goes out
just before the second one's). Both let their provisional "(2)" go at once, so both send a
"(2)", each of the other's template. The rule that decides is the same on both devices and
needs no word from the other: the template made first keeps the name, the other is "(2)".
So both show the same two names within the window that decides, the same template under
each, and nothing goes back and forth: the pushes stop."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import Device, join
from tests.sync.network import window

WINDOWS = 7  # far more than deciding needs: pushes that never stop would show


def _names(device: Device) -> dict[str, str]:
    return {x.id: x.name for x in device.session.journal.templates.list()}


@pytest.mark.parametrize("apart", [0, 1], ids=["both-at-once", "one-sync-apart"])
@pytest.mark.parametrize("a_first", [True, False], ids=["a-opens", "b-opens"])
def test_one_clash_decided_on_both_devices_in_one_window_ends_the_same(
    devices: tuple[Device, Device, str], server: ServerProcess, apart: int, a_first: bool
) -> None:
    """Each device made its own "Plans" offline, A's first. They sync in windows, which
    device opens a window alternating. ``apart``: A sent its "Plans" one sync before B
    pulled anything, so B meets the clash a window earlier than A does."""
    a, b, identifier = devices
    for device in (a, b):
        device.session.journal.templates.list()  # the starters, offered before joining
    join(a, b, server, identifier)
    mine = a.session.journal.templates.create(TemplateDraft("Plans", "", "This week:\n"))
    theirs = b.session.journal.templates.create(TemplateDraft("Plans", "", "Next week:\n"))
    for _ in range(apart):
        a.sync.sync_now()
    pushes: list[tuple[int, int]] = []
    shown: list[tuple[dict[str, str], dict[str, str]]] = []
    for n in range(WINDOWS):
        opens_a = a_first == (n % 2 == 0)
        if opens_a:
            pushes.append(window(a.sync, b.sync))
        else:
            pushed_b, pushed_a = window(b.sync, a.sync)
            pushes.append((pushed_a, pushed_b))
        shown.append((_names(a), _names(b)))
    # own "Plans" sent (window 1), the other's met and kept back (2), the clash decided (3)
    decided = 3 - apart
    settled = decided + 2  # at most two more syncs each
    assert pushes[settled:] == [(0, 0)] * (WINDOWS - settled)
    names_a, names_b = shown[settled - 1]
    assert names_a == names_b
    assert (names_a[mine.id], names_a[theirs.id]) == ("Plans", "Plans (2)")
    assert all(seen == shown[-1] for seen in shown[settled - 1 :])
    for device in (a, b):
        assert not any("conflicted" in name for name in _names(device).values())
        assert device.sync.status().pending == 0
    assert a.session.journal.templates.get(theirs.id).body == "Next week:\n"
    assert b.session.journal.templates.get(mine.id).body == "This week:\n"
    assert a.records() == b.records()
