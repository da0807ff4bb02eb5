"""A real clash between a device whose clock is days off and one whose clock is right (the real
server, PostgreSQL, two vaults; the wrong clock is the device's own clock, given to its
services as the app gives its clock, so its templates and its sync stamps carry the wrong
time, as they would in life).

"Made first" is read from the time each template carries, which its own device's clock
wrote. Both devices read the same times, so they still agree on every name, nothing is lost
and no conflicted copy is made; only which template keeps the name follows the times, not
the order the person made them in."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.services.clock import system_clock
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import Device, join
from tests.sync.network import window

WINDOWS = 6
SETTLED = 4


def _names(device: Device) -> dict[str, str]:
    return {x.id: x.name for x in device.session.journal.templates.list()}


def _made(device: Device, template_id: str) -> datetime:
    made = device.session.journal.templates.get(template_id).created_at
    assert made is not None
    return made


def _off_by(days: int) -> datetime:
    return system_clock() + timedelta(days=days)


@pytest.mark.parametrize("days", [-3, 3], ids=["b-three-days-behind", "b-three-days-ahead"])
def test_a_clock_days_off_decides_by_the_time_each_template_carries(
    devices: tuple[Device, Device, str], server: ServerProcess, days: int
) -> None:
    """B's clock is three days off. Behind: A makes its "Plans" first and B its own a moment
    later, which carries a time three days earlier, so B's keeps the name. Ahead: B makes
    its "Plans" first, which carries a time three days later, so A's, made a moment after,
    keeps the name. Either way both devices show the same names within a few syncs."""
    a, b, identifier = devices
    assert not b.session.built("journal")  # B's templates are made with B's clock
    b.session.clock = b.sync.clock = lambda: _off_by(days)
    join(a, b, server, identifier)
    drafts = {a: TemplateDraft("Plans", "", "Made on A:\n"), b: TemplateDraft("Plans", "", "B:\n")}
    order = (a, b) if days < 0 else (b, a)
    made = {d: d.session.journal.templates.create(drafts[d]).id for d in order}
    carried = {d: _made(d, made[d]) for d in (a, b)}
    assert (carried[b] < carried[a]) == (days < 0)  # the wrong clock's time travels
    pushes: list[tuple[int, int]] = []
    for n in range(WINDOWS):
        pushes.append(window(a.sync, b.sync) if n % 2 == 0 else window(b.sync, a.sync))
    assert pushes[SETTLED:] == [(0, 0)] * (WINDOWS - SETTLED)
    assert _names(a) == _names(b)
    keeps, numbered = (b, a) if days < 0 else (a, b)  # the earlier time carried keeps it
    assert (_names(a)[made[keeps]], _names(a)[made[numbered]]) == ("Plans", "Plans (2)")
    for device in (a, b):
        assert not any("conflicted" in name for name in _names(device).values())
        assert device.sync.status().pending == 0
        for maker in (a, b):
            assert device.session.journal.templates.get(made[maker]).body == drafts[maker].body
    assert a.records() == b.records()
