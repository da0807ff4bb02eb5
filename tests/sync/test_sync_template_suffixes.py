"""A clash whose "(2)" the two devices would number differently: one device already holds a
third template named like the "(2)" (synced or made offline too), or the person typed on one
device the very name the other device's clash gave (the real server, PostgreSQL, two vaults;
each window both devices pull before either pushes, which device opens it alternating).

Whatever each device held when it met the clash, within a few syncs both show the same
template under each name, nothing is lost, no conflicted copy is made, and the pushes stop.
The names follow the rule the two devices share: the template made first keeps a name, and
the other takes the first "<name> (n)" no template holds."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.services.sync import template_records
from neuroleaf_desktop.services.sync.client import SyncClient
from neuroleaf_desktop.services.sync.errors import SyncUnreachableError
from neuroleaf_desktop.services.sync.items import content_hash
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import ACCOUNT_PASSWORD, Device, join
from tests.sync.network import Network, through, window

WINDOWS = 8  # far more than settling needs: names or pushes that never stop would show
SETTLED = 4  # windows by which both devices show the same names and nothing more is sent


@dataclass(frozen=True)
class Made:
    """A template one device made: on which device, its name and its words."""

    on: str
    name: str
    body: str


def _names(device: Device) -> dict[str, str]:
    return {x.id: x.name for x in device.session.journal.templates.list()}


def _make(devices: dict[str, Device], made: Made) -> str:
    draft = TemplateDraft(made.name, "", made.body)
    return devices[made.on].session.journal.templates.create(draft).id


def _run(
    a: Device, b: Device, a_opens: bool
) -> list[tuple[tuple[int, int], tuple[dict[str, str], dict[str, str]]]]:
    """What each device pushed and showed after each window."""
    seen = []
    for n in range(WINDOWS):
        if a_opens == (n % 2 == 0):
            pushed = window(a.sync, b.sync)
        else:
            pushed_b, pushed_a = window(b.sync, a.sync)
            pushed = (pushed_a, pushed_b)
        seen.append((pushed, (_names(a), _names(b))))
    return seen


def _settled(a: Device, b: Device, a_opens: bool, bodies: dict[str, str]) -> dict[str, str]:
    """Runs the windows and checks both devices settled alike; returns the names shown."""
    seen = _run(a, b, a_opens)
    assert [pushed for pushed, _shown in seen[SETTLED:]] == [(0, 0)] * (WINDOWS - SETTLED)
    names_a, names_b = seen[-1][1]
    assert names_a == names_b
    assert all(shown == (names_a, names_b) for _pushed, shown in seen[SETTLED - 1 :])
    for device in (a, b):
        assert not any("conflicted" in name for name in _names(device).values())
        assert device.sync.status().pending == 0
        for template_id, body in bodies.items():  # nothing lost, each kept its own words
            assert device.session.journal.templates.get(template_id).body == body
    assert a.records() == b.records()
    return names_a


NUMBERED = ("Plans", "Plans (2)", "Plans (3)")


def _own_plans(devices: dict[str, Device], on: str) -> tuple[str, str]:
    """A device's own "Plans", its words naming the device: (its id, its words)."""
    body = f"Made on {on}:\n"
    return _make(devices, Made(on, "Plans", body)), body


def _settled_as_numbered(a: Device, b: Device, a_opens: bool, made: list[tuple[str, str]]) -> None:
    """Settles the devices and checks the templates given as (id, words), in order, show
    "Plans", "Plans (2)" and "Plans (3)" with their own words."""
    names = _settled(a, b, a_opens, dict(made))
    assert tuple(names[template_id] for template_id, _body in made) == NUMBERED


OPENS = pytest.mark.parametrize("a_opens", [True, False], ids=["a-opens", "b-opens"])
FIRST = pytest.mark.parametrize("first", ["a", "b"], ids=["a-made-first", "b-made-first"])


@OPENS
@FIRST
def test_a_third_template_already_synced_under_the_2_name(
    devices: tuple[Device, Device, str], server: ServerProcess, a_opens: bool, first: str
) -> None:
    """A's "Plans (2)" reached B long ago; then each device made its own "Plans". The one
    made second is "Plans (3)" on both, and "Plans (2)" stays A's old template."""
    a, b, identifier = devices
    both = {"a": a, "b": b}
    join(a, b, server, identifier)
    older = _make(both, Made("a", "Plans (2)", "Someday:\n"))
    a.sync.sync_now()
    b.sync.sync_now()
    made_first = _own_plans(both, first)
    made_second = _own_plans(both, "b" if first == "a" else "a")
    _settled_as_numbered(a, b, a_opens, [made_first, (older, "Someday:\n"), made_second])


@OPENS
@FIRST
@pytest.mark.parametrize("page", [4, 1], ids=["pages-of-4", "pages-of-1"])
def test_three_templates_clash_at_once(
    devices: tuple[Device, Device, str], server: ServerProcess, a_opens: bool, first: str, page: int
) -> None:
    """Offline, A made "Plans" and "Plans (2)", B its own "Plans"; B may meet A's two in one
    page or in two (its "(2)" given to A's "Plans" before A's "Plans (2)" arrives). The
    "Plans" made first keeps its name, A's "Plans (2)" keeps its, the other is "Plans (3)"."""
    a, b, identifier = devices
    both = {"a": a, "b": b}
    join(a, b, server, identifier)
    a.sync.page_size = b.sync.page_size = page
    made_first = _own_plans(both, first)
    older = _make(both, Made("a", "Plans (2)", "Someday:\n"))
    made_second = _own_plans(both, "b" if first == "a" else "a")
    _settled_as_numbered(a, b, a_opens, [made_first, (older, "Someday:\n"), made_second])


@OPENS
@pytest.mark.parametrize("typed_first", [False, True], ids=["given-first", "typed-first"])
def test_a_name_typed_on_one_device_that_the_other_gave_in_a_clash(
    devices: tuple[Device, Device, str], server: ServerProcess, a_opens: bool, typed_first: bool
) -> None:
    """A's "Plans" reached the server; B's own "Plans", made later, became "Plans (2)" on B
    and was sent so. Meanwhile A, not synced since, had a "Plans (2)" typed by the person.
    The two "Plans (2)" are one more clash: the one made first keeps the name, the other is
    "Plans (3)" (never "Plans (2) (2)"), the same on both."""
    a, b, identifier = devices
    both = {"a": a, "b": b}
    join(a, b, server, identifier)
    kept = _make(both, Made("a", "Plans", "This week:\n"))
    a.sync.sync_now()
    typed = _make(both, Made("a", "Plans (2)", "Someday:\n")) if typed_first else ""
    given = _make(both, Made("b", "Plans", "Next week:\n"))
    b.sync.sync_now()
    b.sync.sync_now()  # still taken: A's, made first, keeps "Plans"; B's own is sent as "(2)"
    assert _names(b)[given] == "Plans (2)"
    if not typed_first:
        typed = _make(both, Made("a", "Plans (2)", "Someday:\n"))
    ours, theirs = (typed, "Someday:\n"), (given, "Next week:\n")
    first, second = (ours, theirs) if typed_first else (theirs, ours)
    _settled_as_numbered(a, b, a_opens, [(kept, "This week:\n"), first, second])


@pytest.mark.parametrize("order", ["abc", "cba", "bca"])
def test_three_devices_each_made_the_name(
    devices: tuple[Device, Device, str], server: ServerProcess, third: Device, order: str
) -> None:
    """A, B and a third device C each made their own "Plans" offline, in the order given;
    they sync one after another, each meeting the others' in its own order. The one made
    first is "Plans" on every device; the other two are "Plans (2)" and "Plans (3)", the same
    on every device (which is which follows the clash decided first: a "(2)" already sent
    is a name like any other to the device meeting the third)."""
    a, b, identifier = devices
    c = third
    every = {"a": a, "b": b, "c": c}
    join(a, b, server, identifier)
    c.session.journal.templates.list()
    c.sync.signin(server.url, identifier, ACCOUNT_PASSWORD)
    c.sync.sync_now()
    made = [_make(every, Made(on, "Plans", f"Made on {on}:\n")) for on in order]
    rounds: list[tuple[int, ...]] = []
    for _ in range(WINDOWS):
        rounds.append(tuple(every[on].sync.sync_now().pushed for on in "abc"))
    assert rounds[SETTLED:] == [(0, 0, 0)] * (WINDOWS - SETTLED)
    assert _names(a) == _names(b) == _names(c)
    for device in every.values():
        names = _names(device)
        assert names[made[0]] == "Plans"
        assert {names[made[1]], names[made[2]]} == {"Plans (2)", "Plans (3)"}
        assert not any("conflicted" in name for name in names.values())
        for template_id, on in zip(made, order, strict=True):
            assert device.session.journal.templates.get(template_id).body == f"Made on {on}:\n"
        assert device.records() == a.records()


@OPENS
@FIRST
def test_a_2_made_while_the_two_plans_cross(
    devices: tuple[Device, Device, str], server: ServerProcess, a_opens: bool, first: str
) -> None:
    """Each device made its own "Plans" and sent it in one window; before the next, the
    person on A typed a "Plans (2)". A then meets B's "Plans" with "(2)" taken, B meets A's
    with "(2)" free, and both decide in one window. The "Plans" made second was made before
    the typed "Plans (2)", so it keeps "Plans (2)" and the typed one is "Plans (3)"."""
    a, b, identifier = devices
    both = {"a": a, "b": b}
    join(a, b, server, identifier)
    made_first = _own_plans(both, first)
    made_second = _own_plans(both, "b" if first == "a" else "a")
    window(a.sync, b.sync)
    typed = _make(both, Made("a", "Plans (2)", "Someday:\n"))
    _settled_as_numbered(a, b, a_opens, [made_first, made_second, (typed, "Someday:\n")])


@OPENS
@FIRST
def test_two_devices_number_one_template_differently_at_once(
    devices: tuple[Device, Device, str], server: ServerProcess, a_opens: bool, first: str
) -> None:
    """Each device sent its own "Plans" in one window (B, its push refused once for the
    starters both sent, met A's there); the person on A typed a "Plans (2)" and A's next
    sync pulled B's "Plans" (kept as "Plans (3)") but its push never arrived. So when both
    decide in one window, A counts its "Plans (2)" and B, not knowing it, does not: each
    sends its own number for the "Plans" made second (a conflicted copy, before). A clash
    number is no edit of the person's, so the device whose push is refused takes the
    other's number (numbered again if taken): no conflicted copy, the same names on both."""
    a, b, identifier = devices
    both = {"a": a, "b": b}
    join(a, b, server, identifier)
    made_first, first_body = _own_plans(both, first)
    made_second, second_body = _own_plans(both, "b" if first == "a" else "a")
    window(a.sync, b.sync)
    typed = _make(both, Made("a", "Plans (2)", "Someday:\n"))
    a.sync.client_factory = through(Network(drop_push=1))
    with pytest.raises(SyncUnreachableError):
        a.sync.sync_now()
    a.sync.client_factory = SyncClient
    assert "Plans (3)" in _names(a).values() and "Plans (3)" not in _names(b).values()
    bodies = {typed: "Someday:\n", made_first: first_body, made_second: second_body}
    names = _settled(a, b, a_opens, bodies)
    assert names[made_first] == "Plans"
    assert {names[made_second], names[typed]} == {"Plans (2)", "Plans (3)"}


def test_a_clash_number_merges_like_a_place_never_over_an_edit() -> None:
    """Both devices changed one template since "Plans": a clash number on one side and an
    edit of the words on the other keep both; two different numbers take theirs; a name the
    person chose (not a clash number: another name, a year) on either side against anything
    but a kept name is a conflict as before (a conflicted copy keeps ours)."""
    base = {
        "name": "Plans",
        "title": "",
        "body": "This week:\n",
        "tags": [],
        "position": 3,
        "starter": "",
        "created_at": "2026-01-05T09:00:00.000000Z",
        "updated_at": "2026-01-05T09:00:00.000000Z",
    }
    agreed = content_hash(base)
    numbered = {**base, "name": "Plans (2)"}
    other_number = {**base, "name": "Plans (3)"}
    edited = {**base, "body": "This month:\n"}
    merge = template_records.merge
    assert merge(numbered, other_number, agreed) == other_number
    assert merge(numbered, edited, agreed) == {**edited, "name": "Plans (2)"}
    assert merge(edited, numbered, agreed) == {**edited, "name": "Plans (2)"}
    renumbered = {**base, "name": "Plans (3)"}  # from "Plans (2)": still a clash number
    was_numbered = content_hash(numbered)
    assert merge(renumbered, {**numbered, "body": "Soon:\n"}, was_numbered) == {
        **numbered,
        "body": "Soon:\n",
        "name": "Plans (3)",
    }
    chosen = [{**base, "name": "Weekly plans"}, {**base, "name": "Plans (2026)"}]
    for name in chosen:
        assert merge(name, numbered, agreed) is None
        assert merge(numbered, name, agreed) is None
    assert merge({**edited, "name": "Plans (2)"}, other_number, agreed) is None
