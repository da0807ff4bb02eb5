"""One sync run: notice local changes, pull and merge remote ones, push ours.

Change tracking is by comparison: ``sync_items`` remembers, per record, the server version
and the hash of the content that version holds. A record whose content hashes differently
was changed here; one that is gone was purged here. This covers every writer of the vault
(app, CLI, importers) without hooks in their code.

Merging when both sides changed a record:

* journal entries: the other device's version takes the original's place and ours is saved
  beside it as a *conflicted copy* (marked in ``sync_conflicts`` and in its title); no text
  is ever lost. An entry edited here but purged there is kept (and re-uploaded).
* entry templates: words and place merge apart; both sides' words changed: the other
  device's version keeps the template and ours is kept beside it as a conflicted copy; a
  starter never synced here whose words are still the app's yields to the other device
  (``template_records``). A template arriving under a name taken here is renamed; within a
  page, such arrivals wait until the rest of the page is in (a rename arriving in the same
  page may free the name), and one still renamed takes its name back when a later page, or
  a later sync, frees it (the vault keeps what that needs, so a pull that breaks off loses
  nothing of it). A rename still needed at the end of a pull waits for the next pull (the
  other device may be between push batches), so only a clash real on two pulls is sent;
  the template made first keeps the name, the others numbered alike on every device ("Plans
  (3)" after "Plans (2)"), and a clash number is no edit of the person's (never a conflicted
  copy). Templates go first in a push, renames before new ones, so a rename and the new
  template taking its old name travel together.
* check-ins, activities, settings, questionnaire results: last writer wins, by the time each
  device first saw its content.

Crash safety: every page pulled is applied and the cursor moved in one vault transaction;
a push is recorded only after the server confirmed it. A push the server saved but we never
recorded comes back on the next pull with our own content, and is recognised as such (equal
hashes): no duplicate, no conflicted copy.

Kept recordings (kind ``audio``) are large: the snapshot describes them without their bytes,
which are read only when sealing; pushes are split by size as well as count. A recording can
arrive before its entry (the entry was edited after the recording was sent): it is noted as
*waiting* (a ``sync_items`` row with the server's version and no hash) and fetched by id once
the entry is here, so nothing is held in memory and a crash in between loses nothing.

Verification: an item that fails authentication, carries an older version than one we have
seen, or differs from what we pushed at that version, is counted and reported, never applied.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from neuroleaf_desktop.domain.timeutil import to_iso
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.events import Change, EventBus
from neuroleaf_desktop.services.sync import items, records, template_records
from neuroleaf_desktop.services.sync.client import Conflict, PushItem, RemoteItem, SyncClient
from neuroleaf_desktop.services.sync.errors import SyncError, TamperError
from neuroleaf_desktop.storage.repositories.sync_repo import (
    SyncAccountRow,
    SyncItemRow,
    SyncRepository,
)
from neuroleaf_desktop.storage.vault import Vault

log = get_logger("sync")

GONE = items.content_hash(None)
# The seen_hash of an item an older app pulled but could not store (a kind it did not know),
# set by the migration that brings the kind (0015 for templates): fetched by id once.
REFETCH = "refetch"
MAX_ROUNDS = 5
# The app's page of a pull and batch of a push (records per request).
PULL_PAGE = 500
PUSH_BATCH = 100
# One push request carries at most this much (estimated) item content, so a handful of
# recordings do not make one huge request; a single larger item still goes alone.
PUSH_BYTES = 16 * 1024 * 1024


@dataclass
class SyncReport:
    pulled: int = 0  # remote changes applied here
    pushed: int = 0  # local changes saved on the server
    conflicts: int = 0  # conflicted copies created
    rejected: int = 0  # items that failed verification (not applied)
    unreadable: int = 0  # authentic items this app cannot store (not applied, left as they are)
    rounds: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "pulled": self.pulled,
            "pushed": self.pushed,
            "conflicts": self.conflicts,
            "rejected": self.rejected,
            "unreadable": self.unreadable,
        }


class SyncEngine:
    def __init__(
        self,
        vault: Vault,
        events: EventBus,
        account: SyncAccountRow,
        client: SyncClient,
        *,
        now: Callable[[], datetime],
        page_size: int = PULL_PAGE,
        batch_size: int = PUSH_BATCH,
    ) -> None:
        self.vault = vault
        self.events = events
        self.account = account
        self.client = client
        self.now = now
        self.page_size = page_size
        self.batch_size = batch_size
        self.key = account.sync_key

    def _id(self, kind: str, local_id: str) -> str:
        return items.item_id(self.key, kind, local_id)

    # ---- the run ----------------------------------------------------------------------------
    def run(self) -> SyncReport:
        report = SyncReport()
        for _ in range(MAX_ROUNDS):
            report.rounds += 1
            self.note_local_changes()
            self.pull(report)
            self.fetch_waiting(report)
            with self.vault.transaction() as conn:
                template_records.end_pull(conn)
            try:
                self.push(report)
                return report
            except Conflict as conflict:
                log.info("sync.push_conflict", items=len(conflict.versions))
        raise SyncError("The server kept changing while we synced; sync will try again.")

    def note_local_changes(self) -> int:
        """Stamp the time this device first saw each record's current content (for
        last-writer-wins). Returns how many records differ from the server (pending)."""
        stamp = to_iso(self.now())
        pending = 0
        with self.vault.transaction() as conn:
            repo = SyncRepository(conn)
            known = repo.items()
            present: set[str] = set()
            for (kind, local_id), data in records.snapshot(conn).items():
                item = self._id(kind, local_id)
                present.add(item)
                digest = items.content_hash(data)
                row = known.get(item)
                if row is None:
                    repo.put_item(SyncItemRow(item, kind, local_id, 0, "", False, digest, stamp))
                elif digest != row.hash:
                    if digest != row.seen_hash:
                        repo.put_item(_seen(row, digest, stamp))
                else:
                    continue
                pending += 1
            for item, row in known.items():
                if (
                    item in present
                    or row.hash in ("", GONE)  # nothing of ours on the server to delete
                    or not records.tracked(row.kind, row.local_id)
                ):
                    continue  # a kind this app does not know (a newer app's) is not "gone"
                pending += 1
                if row.seen_hash != GONE:
                    repo.put_item(_seen(row, GONE, stamp))
        return pending

    # ---- pull -------------------------------------------------------------------------------
    def pull(self, report: SyncReport) -> None:
        cursor = self.account.cursor
        while True:
            page, next_cursor, more = self.client.pull(cursor, self.page_size)
            changes: list[Change] = []
            with self.vault.transaction() as conn:
                repo = SyncRepository(conn)
                clashing: list[RemoteItem] = []
                for remote in page:
                    change = self._merge(conn, repo, remote, report, clashing)
                    if change is not None and change not in changes:
                        changes.append(change)
                for remote in clashing:  # names taken here: renamed now if still taken
                    change = self._merge(conn, repo, remote, report)
                    if change is not None and change not in changes:
                        changes.append(change)
                settled = template_records.settle(conn)
                if settled and template_records.CHANGED not in changes:
                    changes.append(template_records.CHANGED)
                repo.set_cursor(next_cursor)
            for change in changes:
                self.events.publish(change)
            cursor = next_cursor
            self.account = _with_cursor(self.account, cursor)
            if not more:
                return

    def _merge(
        self,
        conn: Any,
        repo: SyncRepository,
        remote: RemoteItem,
        report: SyncReport,
        clashing: list[RemoteItem] | None = None,
    ) -> Change | None:
        """Merge one pulled item. With ``clashing``, a template whose name another template
        here holds is left there untouched, to be merged after the rest of the page."""
        row = repo.item(remote.id)
        try:
            opened = self._open(remote, row)
        except TamperError as exc:
            report.rejected += 1
            log.warning("sync.item_rejected", reason=type(exc).__name__, version=remote.version)
            return None
        if opened is None:
            return None  # our own push coming back: already here
        payload, described = opened
        try:
            records.check_readable(payload.kind, payload.local_id, payload.data)
        except records.UnreadableRecordError as exc:
            report.unreadable += 1
            log.warning("sync.item_unreadable", kind=payload.kind, fault=str(exc))
            repo.put_item(_unreadable(conn, row, remote, payload, described, self.now()))
            return None
        if records.waits_for_entry(conn, payload.kind, payload.local_id, payload.data):
            repo.put_item(_waiting(row, remote, payload))
            return None
        if (
            clashing is not None
            and payload.kind == records.TEMPLATE
            and template_records.clashes(conn, payload.local_id, payload.data)
        ):
            clashing.append(remote)
            return None
        remote_hash = items.content_hash(described)
        local = records.read_one(conn, payload.kind, payload.local_id)
        if payload.kind == records.TEMPLATE:  # a provisional "(2)" is not the person's edit
            local = template_records.as_arrived(conn, payload.local_id, local)
        local_hash = items.content_hash(local)
        base_hash = row.hash if row is not None and row.hash else GONE
        change: Change | None = None
        keep_local = False
        if local_hash != remote_hash:
            if local_hash == base_hash:  # only the other side changed: take theirs
                change = records.apply(conn, payload.kind, payload.local_id, payload.data)
            elif payload.kind == records.ENTRY:
                change, keep_local = self._merge_entry(conn, payload, local, base_hash, report)
            elif payload.kind == records.TEMPLATE:
                change, keep_local = self._merge_template(conn, payload, local, row, report)
            elif self._local_wins(row, local_hash, payload.changed_at):
                keep_local = True
            else:
                change = records.apply(conn, payload.kind, payload.local_id, payload.data)
        if change is not None:
            report.pulled += 1
        repo.put_item(
            SyncItemRow(
                remote.id,
                payload.kind,
                payload.local_id,
                remote.version,
                remote_hash,
                payload.data is None,
                local_hash if keep_local else remote_hash,
                row.seen_at if keep_local and row is not None else payload.changed_at,
            )
        )
        return change

    def _open(
        self, remote: RemoteItem, row: SyncItemRow | None
    ) -> tuple[items.Payload, records.Data | None] | None:
        """The verified payload and its content as the snapshot describes it, or None if
        this is the version we already hold."""
        if remote.blob is None:
            raise TamperError("A server item has no content.")
        if row is not None and remote.version < row.version:
            raise TamperError("The server sent an older version than one already seen.")
        payload = items.open_item(
            self.key, self.account.account_id, remote.id, remote.version, remote.blob
        )
        if (payload.data is None) != remote.deleted:
            raise TamperError("The server's deleted flag does not match the item.")
        described = records.compact(payload.kind, payload.data)
        if row is not None and remote.version == row.version and row.hash:
            if items.content_hash(described) != row.hash:
                raise TamperError("The server changed an item without a new version.")
            return None
        return payload, described

    def fetch_waiting(self, report: SyncReport) -> None:
        """Fetch the recordings that arrived before their entries, now that the entries may
        be here (one by one: each can be megabytes), and the items an older app pulled but
        could not store (``REFETCH``, once each)."""
        with self.vault.reading() as conn:
            waiting = [
                row
                for row in SyncRepository(conn).items().values()
                if (row.kind == records.AUDIO or row.seen_hash == REFETCH)
                and row.version > 0
                and not row.hash
            ]
            ready = [
                r
                for r in waiting
                if r.kind != records.AUDIO or SyncRepository(conn).entry_exists(r.local_id)
            ]
        for row in ready:
            remote = self.client.get_item(row.item_id)
            if remote is None:
                continue
            with self.vault.transaction() as conn:
                repo = SyncRepository(conn)
                change = self._merge(conn, repo, remote, report)
                settled = template_records.settle(conn)
                after = repo.item(row.item_id)
                if after is not None and after.seen_hash == REFETCH:  # unreadable: not again
                    repo.put_item(_seen(after, "", after.seen_at))
            if change is not None:
                self.events.publish(change)
            if settled and change != template_records.CHANGED:
                self.events.publish(template_records.CHANGED)

    def _merge_entry(
        self,
        conn: Any,
        payload: items.Payload,
        local: records.Data | None,
        base_hash: str,
        report: SyncReport,
    ) -> tuple[Change | None, bool]:
        """Both devices changed one entry. Returns (change, keep the local version).

        A star is a mark, not writing: when one side changed only the star, both changes are
        kept in the one entry (their text with our star, or our text with their star) rather
        than a conflicted copy; the merged entry differs from theirs, so it is sent back."""
        if payload.data is None and local is not None:
            return None, True  # purged there, edited here: keep ours (re-uploaded)
        if payload.data is not None and local is not None:
            if records.only_star_changed(local, base_hash):  # ours: the star alone
                theirs = records.with_star(payload.data, records.is_starred(local))
                return records.apply(conn, payload.kind, payload.local_id, theirs), False
            if records.only_star_changed(payload.data, base_hash):  # theirs: the star alone
                ours = records.with_star(local, records.is_starred(payload.data))
                return records.apply(conn, payload.kind, payload.local_id, ours), True
        change = records.apply(conn, payload.kind, payload.local_id, payload.data)
        if local is not None:
            copy_id = records.conflicted_copy(conn, local, payload.local_id, to_iso(self.now()))
            report.conflicts += 1
            log.info("sync.conflicted_copy")
            change = Change(change.topic, "created", copy_id) if change else None
        return change, False

    def _merge_template(
        self,
        conn: Any,
        payload: items.Payload,
        local: records.Data | None,
        row: SyncItemRow | None,
        report: SyncReport,
    ) -> tuple[Change | None, bool]:
        """Both devices changed one template. Returns (change, keep the local version).

        An edit beats a deletion on the other side (no edit lost); when only their places
        differ, the later move wins, as for small kinds; a starter this device never synced,
        with the app's words still, yields its words to whatever the other device did, and
        the other device's untouched starter yields to this device's edit of it; its place
        is the one a person chose, on either side."""
        theirs = payload.data
        take = (payload.kind, payload.local_id)
        base_hash = row.hash if row is not None and row.hash else GONE
        never_synced = row is None or row.hash in ("", GONE)  # nothing of it here to keep
        app_words = template_records.untouched_starter
        if (
            never_synced
            and local is not None
            and theirs is not None
            and (app_words(local) or app_words(theirs))
        ):  # the app's words yield to the person's; the place a person chose is kept
            words = theirs if app_words(local) else local
            place = self._first_place(local, theirs, row, payload.changed_at)
            first = {**words, template_records.POSITION: place}
            return records.apply(conn, *take, first), first != theirs
        if never_synced and app_words(local):
            return records.apply(conn, *take, theirs), False  # deleted there: gone here too
        if never_synced and app_words(theirs):
            return None, True  # deleted here: the person's deletion beats the app's words
        if theirs is None or local is None:
            if theirs is None:
                return None, True  # deleted there, changed here: keep ours (re-uploaded)
            return records.apply(conn, *take, theirs), False  # the reverse: theirs back
        if template_records.same_words(local, theirs):
            if self._local_wins(row, items.content_hash(local), payload.changed_at):
                return None, True
            return records.apply(conn, *take, theirs), False
        merged = template_records.merge(local, theirs, base_hash)
        if merged is not None:
            return records.apply(conn, *take, merged), merged != theirs
        at = self.now()
        template_records.conflicted_copy(conn, local, at)
        report.conflicts += 1
        log.info("sync.conflicted_copy", kind=payload.kind)
        return records.apply(conn, *take, theirs), False

    def _first_place(
        self,
        local: records.Data,
        theirs: records.Data,
        row: SyncItemRow | None,
        remote_at: str,
    ) -> int:
        """A starter's place the first time this device syncs it: the one a person chose (not
        the app's), or the later move when both devices moved it."""
        ours = template_records.moved_starter(local)
        other = template_records.moved_starter(theirs)
        if ours and (not other or self._local_wins(row, items.content_hash(local), remote_at)):
            return int(local[template_records.POSITION])
        return int(theirs[template_records.POSITION])

    def _local_wins(self, row: SyncItemRow | None, local_hash: str, remote_at: str) -> bool:
        local_at = row.seen_at if row is not None and row.seen_hash == local_hash else ""
        local_at = local_at or to_iso(self.now())
        return local_at > remote_at

    # ---- push -------------------------------------------------------------------------------
    def push(self, report: SyncReport) -> None:
        with self.vault.reading() as conn:
            known = SyncRepository(conn).items()
            current = records.snapshot(conn)
            held = template_records.held_back(conn)  # a clash seen on one pull only
        outgoing: list[tuple[SyncItemRow, records.Data | None, str]] = []
        for (kind, local_id), data in current.items():
            if kind == records.TEMPLATE and local_id in held:
                continue
            item = self._id(kind, local_id)
            digest = items.content_hash(data)
            row = known.get(item) or SyncItemRow(item, kind, local_id, 0, "", False, "", "")
            if digest != row.hash:
                outgoing.append((row, data, digest))
        present = {self._id(k, i) for k, i in current}
        for item, row in known.items():
            if item in present or row.hash in ("", GONE):
                continue
            if records.tracked(row.kind, row.local_id):
                outgoing.append((row, None, GONE))
        outgoing.sort(key=_push_rank)
        for batch in self._batches(outgoing):
            self._push_batch(batch, report)

    def _batches(
        self, outgoing: list[tuple[SyncItemRow, records.Data | None, str]]
    ) -> Iterator[list[tuple[SyncItemRow, records.Data | None, str]]]:
        batch: list[tuple[SyncItemRow, records.Data | None, str]] = []
        size = 0
        for entry in outgoing:
            estimate = _estimate(entry[0].kind, entry[1])
            if batch and (len(batch) >= self.batch_size or size + estimate > PUSH_BYTES):
                yield batch
                batch, size = [], 0
            batch.append(entry)
            size += estimate
        if batch:
            yield batch

    def _push_batch(
        self, batch: list[tuple[SyncItemRow, records.Data | None, str]], report: SyncReport
    ) -> None:
        stamp = to_iso(self.now())
        sealed: list[PushItem] = []
        sent: list[tuple[SyncItemRow, records.Data | None, str]] = []
        with self.vault.reading() as conn:
            for row, data, digest in batch:
                try:
                    content = records.expand(conn, row.kind, row.local_id, data)
                except KeyError:
                    continue  # changed since the snapshot: the next run sends the new one
                changed_at = row.seen_at or stamp
                payload = items.Payload(row.kind, row.local_id, content, changed_at)
                blob = items.seal(
                    self.key, self.account.account_id, row.item_id, row.version + 1, payload
                )
                sealed.append(PushItem(row.item_id, row.version, data is None, blob))
                sent.append((row, data, digest))
        if not sealed:
            return
        batch = sent
        versions = self.client.push(sealed)
        with self.vault.transaction() as conn:
            repo = SyncRepository(conn)
            for row, data, digest in batch:
                repo.put_item(
                    SyncItemRow(
                        row.item_id,
                        row.kind,
                        row.local_id,
                        versions[row.item_id],
                        digest,
                        data is None,
                        digest,
                        row.seen_at or stamp,
                    )
                )
        report.pushed += len(batch)


def _push_rank(entry: tuple[SyncItemRow, records.Data | None, str]) -> int:
    """Where a change goes in the push (the sort is stable: the rest keep their order).
    Templates go first, so a catalogue's changes travel in one push whenever they fit in
    one, and a pull on the other device sees a rename and the new template taking the old
    name together, never one without the other (that would show a "(2)" nobody chose).
    Among them, deletions and changed templates go before new ones: when more templates
    changed than a push holds, a name freed still leaves no later than the new template
    taking it."""
    row, data, _digest = entry
    if row.kind != records.TEMPLATE:
        return 3
    if data is None:
        return 0
    return 1 if row.hash not in ("", GONE) else 2


def _estimate(kind: str, data: records.Data | None) -> int:
    """Roughly how many bytes a record's item carries (a recording: its base64 bytes)."""
    if kind == records.AUDIO and data is not None:
        return int(data["size"]) * 4 // 3 + 1024
    return 1024


def _waiting(row: SyncItemRow | None, remote: RemoteItem, payload: items.Payload) -> SyncItemRow:
    """Known on the server at this version, not stored here yet (no hash)."""
    return SyncItemRow(
        remote.id,
        payload.kind,
        payload.local_id,
        remote.version,
        "",
        False,
        row.seen_hash if row is not None else "",
        row.seen_at if row is not None else "",
    )


def _unreadable(
    conn: Any,
    row: SyncItemRow | None,
    remote: RemoteItem,
    payload: items.Payload,
    described: records.Data | None,
    now: datetime,
) -> SyncItemRow:
    """The server's version is noted as seen, so sync moves past it. When this device holds
    the record, its own readable copy stays and, differing from the server's, is sent back
    on the next push (over the broken one); when it does not, the item is known but not
    stored here, and left on the server untouched."""
    local = records.read_one(conn, payload.kind, payload.local_id)
    if local is None:
        return _waiting(row, remote, payload)
    seen_at = row.seen_at if row is not None and row.seen_at else to_iso(now)
    return SyncItemRow(
        remote.id,
        payload.kind,
        payload.local_id,
        remote.version,
        items.content_hash(described),
        False,
        items.content_hash(local),
        seen_at,
    )


def _seen(row: SyncItemRow, digest: str, stamp: str) -> SyncItemRow:
    return SyncItemRow(
        row.item_id, row.kind, row.local_id, row.version, row.hash, row.deleted, digest, stamp
    )


def _with_cursor(account: SyncAccountRow, cursor: int) -> SyncAccountRow:
    from dataclasses import replace

    return replace(account, cursor=cursor)
