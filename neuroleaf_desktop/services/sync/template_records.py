"""Entry templates as sync records (kind ``template``), and records written back as templates.

A template is keyed by its id: a random UUID for the person's own, ``starter-<starter id>``
for a starter (``templates.starter_template_id``), so the same starter kept on two devices is
one record. The record carries the name, title, body, tags, place in the person's order
(``position``), the starter it came from and its times, as plain JSON (times in the vault's
canonical UTC text), so it hashes the same on every device. Deleting a template is a
tombstone.

What a person expects when two devices meet:

* Names are unique whatever their case. A template arriving under a name another template
  here already has is kept, renamed visibly: "Evening review (2)". If a later change frees
  the name (the other device renamed the old holder away and gave its name to the new one),
  the arrival takes its own name back and nothing is sent. What that needs is kept in the
  vault (``sync_template_names``), so a pull that breaks off between the two changes leaves
  the next sync to settle the name. A rename still needed when a pull is done is kept here
  for one more pull, since the other device may be between two push batches; still needed
  then, it is a real clash: the template made first (by the time it carries) keeps the
  name on every device (so two devices deciding at once agree), the other is numbered from
  the name without a clash number ("Plans (3)" after "Plans (2)", never "Plans (2) (2)")
  and sent, and both devices show the same names.
* Both devices changed one template: its words (everything but its place) and its place are
  merged apart, so one device reordering while the other edits keeps both. When both changed
  the words, the other device's version keeps the template and ours is kept beside it as
  "<name> (conflicted copy)", as for entries: a template is the person's writing, and no
  edit is silently lost. When only the places differ, the later move wins. A clash number
  merges like a place: two different numbers take the other device's (the server's first).
* A starter this device never synced and whose words are still the app's is not the person's
  work: whatever the other device did with that starter (kept, edited, deleted) wins; the
  other way round, this device's edit of a starter wins over the other's untouched one.
  Its place merges apart from its words: a place other than the app's is the person's (a
  move), kept over the app's place on the other side, the later move winning when both
  moved; a deletion there still removes a starter only moved here. A
  template arriving, or its deletion, also marks the starters as offered here, so a starter
  deleted elsewhere is not seeded again; "Restore starter templates" brings starters back
  deliberately and the restored ones travel as new versions.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from neuroleaf_desktop.domain import templates as t
from neuroleaf_desktop.domain import validation
from neuroleaf_desktop.domain.starter_templates import BY_ID, STARTERS
from neuroleaf_desktop.domain.timeutil import from_iso, to_iso
from neuroleaf_desktop.services.events import Change
from neuroleaf_desktop.services.sync.items import content_hash
from neuroleaf_desktop.services.template_service import TEMPLATES_CHANGED
from neuroleaf_desktop.storage.repositories.sync_repo import RenamedTemplateRow, SyncRepository
from neuroleaf_desktop.storage.repositories.template_repo import TemplateRepository

TEMPLATE = "template"
Data = dict[str, Any]
POSITION = "position"
COPY_MARK = " (conflicted copy)"
MAX_POSITION = 1_000_000  # far beyond any catalogue (at most 200 templates)
# Where the app puts each starter when it first offers them (in order, on an empty catalogue).
_APP_PLACE = {starter.id: place for place, starter in enumerate(STARTERS)}
# Templates arriving are announced once per pulled page on their own topic, and open
# template views read them again.
CHANGED = TEMPLATES_CHANGED


def template_data(template: t.EntryTemplate) -> Data:
    return {
        "name": template.name,
        "title": template.title,
        "body": template.body,
        "tags": list(template.tags),
        POSITION: template.position,
        "starter": template.starter,
        "created_at": to_iso(template.created_at) if template.created_at else None,
        "updated_at": to_iso(template.updated_at) if template.updated_at else None,
    }


def snapshot(conn: Any) -> dict[str, Data]:
    return {x.id: template_data(x) for x in TemplateRepository(conn).list()}


def read_one(conn: Any, local_id: str) -> Data | None:
    found = TemplateRepository(conn).get(local_id)
    return template_data(found) if found is not None else None


def check(local_id: str, data: Data) -> None:
    """Raise (KeyError, TypeError, ValueError, ValidationError) unless the record is a
    template this app would store itself: texts that are text, tags a list of text, a
    whole-number place, a name and text that pass the template form's own rules unchanged,
    a starter only under its own id, and times a journal can hold."""
    texts = ("name", "title", "body", "starter", "created_at", "updated_at")
    if not all(isinstance(data[name], str) for name in texts):
        raise TypeError("text")
    tags = data["tags"]
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise TypeError("labels")
    position = data[POSITION]
    if isinstance(position, bool) or not isinstance(position, int):
        raise TypeError("position")
    if not 0 <= position <= MAX_POSITION:
        raise ValueError("position")
    draft = t.TemplateDraft(data["name"], data["title"], data["body"], tuple(tags))
    if t.clean_draft(draft) != draft:
        raise ValueError("not as the app stores a template")
    if data["starter"] and local_id != t.starter_template_id(data["starter"]):
        raise ValueError("starter")
    for moment in (from_iso(data["created_at"]), from_iso(data["updated_at"])):
        validation.check_moment(moment, "template")


def _template(local_id: str, data: Data) -> t.EntryTemplate:
    return t.EntryTemplate(
        id=local_id,
        name=str(data["name"]),
        title=str(data["title"]),
        body=str(data["body"]),
        tags=tuple(data["tags"]),
        position=int(data[POSITION]),
        starter=str(data["starter"]),
        created_at=from_iso(data["created_at"]),
        updated_at=from_iso(data["updated_at"]),
    )


def clashes(conn: Any, local_id: str, data: Data | None) -> bool:
    """Whether storing this record would take a name another template here holds."""
    if data is None:
        return False
    holder = TemplateRepository(conn).by_key(t.name_key(str(data["name"])))
    return holder is not None and holder.id != local_id


def free_name(
    repo: TemplateRepository,
    name: str,
    own_id: str,
    first: int = 1,
    wanted: frozenset[str] = frozenset(),
) -> str:
    """``name`` if no other template here holds it, otherwise the first "<name> (n)" from 2
    (from 2 outright with ``first`` 2: a template that must give its name up) that no other
    template holds and none waits for (``wanted``: the name keys arrivals renamed here will
    take back). A number a clash gave is not numbered again: "Plans (2)" giving its name up
    is "Plans (3)", never "Plans (2) (2)", so two devices that each hold a different third
    template of the family still number alike once both hold both. Shortened to fit."""
    base = _unnumbered(name)
    taken = wanted | {t.name_key(name)}  # a name given up is no name to give
    for n in range(first, t.MAX_TEMPLATES * 10):
        suffix = "" if n == 1 else f" ({n})"
        candidate = name if n == 1 else base[: t.MAX_NAME_CHARS - len(suffix)].rstrip() + suffix
        key = t.name_key(candidate)
        holder = repo.by_key(key)
        if (holder is None or holder.id == own_id) and (n == 1 or key not in taken):
            return candidate
    raise ValueError("no free name")  # more templates than a vault can hold


# A number in brackets a clash may have given: " (2)" to " (999)" (a year, "(1999)", is a
# name's own words, and so is "(1)").
_NUMBERED = re.compile(r"^(?P<base>.*\S) \((?:[2-9]|[1-9][0-9]{1,2})\)$")


def _unnumbered(name: str) -> str:
    """The name without a trailing clash number: "Plans" for "Plans (2)"."""
    found = _NUMBERED.match(name)
    return found.group("base") if found else name


def _wanted(conn: Any, own_id: str) -> frozenset[str]:
    """The names other templates renamed on arrival wait to take back (as keys)."""
    rows = SyncRepository(conn).renamed_templates()
    return frozenset(t.name_key(row.arrived) for key, row in rows.items() if key != own_id)


def apply(conn: Any, local_id: str, data: Data | None) -> Change:
    """Make the vault hold ``data`` for this template (None: delete it), renamed visibly if
    its name is taken here; such a rename is noted in the vault so that ``settle`` can undo
    it once the name comes free, in this sync or a later one. The catalogue now comes from
    the person's devices, so the starters are not offered again on this one."""
    repo = TemplateRepository(conn)
    names = SyncRepository(conn)
    before = names.renamed_template(local_id)
    names.forget_renamed_template(local_id)
    if data is None:
        repo.delete(local_id)
    else:
        template = _template(local_id, data)
        name = free_name(repo, template.name, local_id, wanted=_wanted(conn, local_id))
        repo.put(replace(template, name=name), t.name_key(name))
        if name != template.name:  # a clash seen at a pull's end before stays seen
            held = before is not None and before.held and before.arrived == template.name
            names.put_renamed_template(local_id, RenamedTemplateRow(template.name, name, held))
    if not repo.starters_offered():
        repo.mark_starters_offered(datetime.now(UTC))
    return CHANGED


def _provisional(conn: Any) -> dict[str, tuple[t.EntryTemplate, RenamedTemplateRow]]:
    """The templates still bearing the name given on arrival, with their rename; the rename
    of one the person renamed or deleted since is forgotten (their choice now)."""
    repo = TemplateRepository(conn)
    names = SyncRepository(conn)
    found: dict[str, tuple[t.EntryTemplate, RenamedTemplateRow]] = {}
    for local_id, rename in names.renamed_templates().items():
        template = repo.get(local_id)
        if template is None or template.name != rename.given:
            names.forget_renamed_template(local_id)
        else:
            found[local_id] = (template, rename)
    return found


def settle(conn: Any) -> bool:
    """Give each template renamed on arrival the name it came with, once no other template
    here holds it: the other device renamed the old holder away, and that change arrived
    after this one (a later page, or a later sync). A name given back may free another's
    (an arrival named like a provisional "(2)"), so this goes on until nothing changes. A
    real clash keeps its visible rename, and so does a template the person renamed or
    deleted meanwhile. Returns whether any name changed."""
    repo = TemplateRepository(conn)
    settled = False
    changed = True
    while changed:
        changed = False
        for local_id, (found, rename) in _provisional(conn).items():
            holder = repo.by_key(t.name_key(rename.arrived))
            if holder is None or holder.id == local_id:
                repo.put(replace(found, name=rename.arrived), t.name_key(rename.arrived))
                SyncRepository(conn).forget_renamed_template(local_id)
                settled = changed = True
    return settled


def end_pull(conn: Any) -> None:
    """At the end of a pull, each rename still needed is kept from the server for one more
    pull (the other device may be between two push batches, the later one freeing the name);
    those already kept through a pull are real clashes, decided together by
    ``decide_clashes`` and let go, to be sent."""
    names = SyncRepository(conn)
    deciding: dict[str, str] = {}
    for local_id, (_found, rename) in _provisional(conn).items():
        if rename.held:
            names.forget_renamed_template(local_id)
            deciding[local_id] = rename.arrived
        else:
            names.put_renamed_template(local_id, replace(rename, held=True))
    if deciding:
        decide_clashes(conn, deciding)


def decide_clashes(conn: Any, arrivals: dict[str, str]) -> None:
    """Real clashes: each arrival (id: the name it came with) and the template holding its
    name here want one name. The one made first keeps it (the earlier created time, then the
    smaller id); every other is numbered, in the order they were made, with the first free
    "<name> (n)" (see ``free_name``), counted once every name kept is in place and every
    arrival still waiting for a freed name has it. Both devices meet the same templates and
    decide the same without a word from each other, so when both decide at once (each pulls
    before the other pushes) they send the same names, and nothing goes back and forth.
    Deciding all at once keeps a provisional "(2)" from counting as anyone's name: a "Plans
    (2)" the person made elsewhere gets its name, and the "Plans" made second is "Plans
    (3)", whichever clash is looked at first."""
    repo = TemplateRepository(conn)
    names = SyncRepository(conn)
    waiting = {x.id: x for x in (repo.get(key) for key in sorted(arrivals)) if x is not None}
    for found in waiting.values():  # their provisional names are nobody's while deciding
        repo.put(found, _SETTING_ASIDE + found.id)
    numbered: dict[str, str] = {}  # id: the name it is numbered from
    wants = sorted(waiting.values(), key=lambda x: (t.name_key(arrivals[x.id]), _made(x)))
    for arrival in wants:
        name = arrivals[arrival.id]
        holder = repo.by_key(t.name_key(name))
        provisional = holder is not None and names.renamed_template(holder.id) is not None
        if holder is not None and not provisional and _made(holder) <= _made(arrival):
            numbered[arrival.id] = name  # the holder was made first (or kept it just now)
            continue
        if holder is not None:  # made after, or itself only provisionally so named
            repo.put(holder, _SETTING_ASIDE + holder.id)
            numbered[holder.id] = holder.name
        repo.put(replace(arrival, name=name), t.name_key(name))
    settle(conn)  # a name freed by a decision goes to the arrival waiting for it
    losers = [x for x in (repo.by_key(_SETTING_ASIDE + key) for key in numbered) if x]
    for loser in sorted(losers, key=_made):  # those settling just now took their own names
        wanted = _wanted(conn, loser.id)
        given = free_name(repo, numbered[loser.id], loser.id, first=2, wanted=wanted)
        repo.put(replace(loser, name=given), t.name_key(given))
        rename = names.renamed_template(loser.id)
        if rename is not None:  # still waiting for its own name, under this one now
            names.put_renamed_template(loser.id, replace(rename, given=given))


# A name key no name has (names are printable text), held for a moment within one transaction.
_SETTING_ASIDE = "\x00"


def _made(template: t.EntryTemplate) -> tuple[str, str]:
    return (to_iso(template.created_at) if template.created_at else "", template.id)


def held_back(conn: Any) -> set[str]:
    """The templates whose provisional name is not to be sent yet (see ``end_pull``); only
    reads, so a push can ask while reading the vault."""
    repo = TemplateRepository(conn)
    held = set()
    for local_id, rename in SyncRepository(conn).renamed_templates().items():
        found = repo.get(local_id)
        if rename.held and found is not None and found.name == rename.given:
            held.add(local_id)
    return held


def as_arrived(conn: Any, local_id: str, data: Data | None) -> Data | None:
    """This template under the name it arrived with while it bears the name given here: that
    "(2)" is no edit of the person's, so a newer version from the other device is taken as
    it comes (and renamed again if the name is still taken), not merged as a conflict."""
    rename = SyncRepository(conn).renamed_template(local_id)
    if data is None or rename is None or data["name"] != rename.given:
        return data
    return {**data, "name": rename.arrived}


def untouched_starter(data: Data | None) -> bool:
    """A starter whose words are still exactly the app's (its place may differ)."""
    if data is None:
        return False
    starter = BY_ID.get(str(data.get("starter", "")))
    return starter is not None and (
        data.get("name"),
        data.get("title"),
        data.get("body"),
        data.get("tags"),
    ) == (starter.name, starter.title, starter.body, list(starter.tags))


def moved_starter(data: Data | None) -> bool:
    """A starter not in the place the app gives it (its place among the starters): the
    person moved it, or something past it, so its place is their work."""
    if data is None or str(data.get("starter", "")) not in _APP_PLACE:
        return False
    return bool(data.get(POSITION) != _APP_PLACE[str(data["starter"])])


def same_words(a: Data, b: Data) -> bool:
    """Whether two versions differ at most in their place in the order."""
    return {**a, POSITION: 0} == {**b, POSITION: 0}


def merge(local: Data, remote: Data, base_hash: str) -> Data | None:
    """Both devices changed one template since the version they last agreed on (known by
    its hash only). If one changed its words and the other only its place, the version that
    has both; None when both changed the words (or it cannot be told). A clash number is
    merged like a place: when both devices only numbered it (differently: each held a third
    template of the family the other had not seen), theirs comes as it is, numbered again
    if its name is taken here, so both end with the number the server took first and no
    conflicted copy; when one side only numbered it and the other kept its name, the
    version has the number and the other side's words."""
    ours, theirs = _numbered_from(local, base_hash), _numbered_from(remote, base_hash)
    if ours is not None and (theirs is not None or remote["name"] == ours):
        return remote if theirs is not None else {**remote, "name": local["name"]}
    if theirs is not None and local["name"] == theirs:
        return {**local, "name": remote["name"]}
    if content_hash({**remote, POSITION: local[POSITION]}) == base_hash:
        return {**local, POSITION: remote[POSITION]}  # they moved it, we edited it
    if content_hash({**local, POSITION: remote[POSITION]}) == base_hash:
        return {**remote, POSITION: local[POSITION]}  # they edited it, we moved it
    if content_hash(remote) == base_hash:
        return local
    return None


def _numbered_from(data: Data, base_hash: str) -> str | None:
    """The name this version had when both devices last agreed on it, when a clash number is
    all that changed since ("Plans (2)" where it was "Plans", "Plans (3)" where it was
    "Plans (2)"); None otherwise."""
    name = str(data["name"])
    stem = _unnumbered(name)
    if stem == name:
        return None
    for n in range(1, 1000):  # the name before: the stem, or the stem numbered otherwise
        before = stem if n == 1 else f"{stem[: t.MAX_NAME_CHARS - len(f' ({n})')].rstrip()} ({n})"
        if before != name and content_hash({**data, "name": before}) == base_hash:
            return before
    return None


def conflicted_copy(conn: Any, data: Data, at: datetime) -> str:
    """Keep this device's version of a template the other device changed too, as a new
    template named "<name> (conflicted copy)" (shortened to fit, numbered if taken). It is
    the person's own from now on (no starter). Returns its id."""
    repo = TemplateRepository(conn)
    copy_id = str(uuid.uuid4())
    base = str(data["name"])[: t.MAX_NAME_CHARS - len(COPY_MARK)].rstrip() + COPY_MARK
    name = free_name(repo, base, copy_id)
    copy = _template(copy_id, {**data, "starter": "", "updated_at": to_iso(at)})
    repo.put(replace(copy, name=name), t.name_key(name))
    return copy_id
