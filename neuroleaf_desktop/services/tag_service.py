"""Tidying tags across the whole journal: rename, merge and remove, each everywhere at once.

Each operation rewrites every entry holding the tag — live entries and those in the trash
alike, so restoring an entry never brings back a tag that was renamed or removed — in ONE
vault transaction: a failure half-way (a full disk) leaves every entry as it was.

A changed entry is an edited entry to everything that reads entries: its edit time moves
(sync compares each record's content and pushes it; the other device sees an ordinary edit),
its full-text row is rewritten with the new tags (the repository's ``update``), and one
``Change(Topic.ENTRY, "retagged")`` without an id follows the commit: an unnamed change, so
the journal, search filters, dashboard and caches re-read once, not once per entry. Analysis,
embeddings and the safety check follow the text, which a tag change does not touch, so
``"retagged"`` asks none of them to run again (vectors and the in-memory index hold no tags).
Autosaved drafts are rewritten in the same transaction, so restoring one after a crash does
not bring an old tag back.

New names pass the same rules as a tag typed in the editor (``validation.clean_label``:
NFC, spaces folded, lower case, no control characters, at most 48 characters). Logs carry
counts only, never a tag name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.models import JournalEntry
from neuroleaf_desktop.domain.tag_changes import TagUsage, merged, sort_key, without
from neuroleaf_desktop.errors import NotFoundError, ValidationError, cannot_write
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.storage.repositories.draft_repo import DraftRepository
from neuroleaf_desktop.storage.repositories.journal_repo import JournalRepository
from neuroleaf_desktop.storage.vault import DatabaseError, Vault

log = get_logger("tags")
RETAGGED = "retagged"  # the change event's op: many entries' tags changed, ids not named

Retag = Callable[[tuple[str, ...]], tuple[str, ...]]


class TagService:
    """``TagService(vault, events, clock)``: ``usage()``, ``rename``, ``merge``, ``remove``."""

    def __init__(self, vault: Vault, events: EventBus, clock: Clock = system_clock) -> None:
        self.vault = vault
        self.events = events
        self.clock = clock

    # ---- reads ----------------------------------------------------------------------------
    def usage(self) -> list[TagUsage]:
        """Every tag with its entries counted now (live and in the trash), sorted by name."""
        with self.vault.reading() as conn:
            rows = JournalRepository(conn).tag_usage()
        return sorted((TagUsage(n, live, trashed) for n, live, trashed in rows), key=sort_key)

    def find(self, name: str) -> TagUsage | None:
        """The tag called ``name`` as stored, or as the editor would store it; None if no
        entry holds it."""
        found = {u.name: u for u in self.usage()}
        if name in found:
            return found[name]
        try:
            return found.get(v.clean_label(name, what="tag"))
        except ValidationError:
            return None

    @staticmethod
    def clean(name: str) -> str:
        """A new tag name as the editor would store it, or ValidationError with its message."""
        return v.clean_label(name, what="tag")

    # ---- writes ---------------------------------------------------------------------------
    def rename(self, old: str, new: str, *, origin: str = "") -> int:
        """Rename ``old`` to ``new`` in every entry; onto a name in use it is a merge. A
        change of case alone works (a tag stored in capitals becomes the editor's lower
        case). Returns how many entries changed."""
        source = self._existing(old)
        target = self.clean(new)
        if target == source:
            raise ValidationError(f"The tag is already called '{target}'.")
        return self._apply([source], lambda tags: merged(tags, (source,), target), origin)

    def merge(self, sources: Iterable[str], into: str, *, origin: str = "") -> int:
        """Fold every tag of ``sources`` into ``into`` (one of them, or a new name): each
        entry keeps the kept tag once, where the first of them stood. Returns how many
        entries changed."""
        names = list(dict.fromkeys(self._existing(s) for s in sources))
        existing = self.find(into)
        target = existing.name if existing is not None else self.clean(into)
        others = [n for n in names if n != target]
        if not others:
            raise ValidationError("Choose at least one other tag to merge into this one.")
        return self._apply([*others, target], lambda tags: merged(tags, others, target), origin)

    def remove(self, tag: str, *, origin: str = "") -> int:
        """Take ``tag`` off every entry (the entries stay). Returns how many changed."""
        name = self._existing(tag)
        return self._apply([name], lambda tags: without(tags, name), origin)

    # ---- internals ------------------------------------------------------------------------
    def _existing(self, name: str) -> str:
        found = self.find(name)
        if found is None:
            raise NotFoundError(f"No entry has the tag '{name.strip()}'.")
        return found.name

    def _apply(self, names: list[str], retag: Retag, origin: str) -> int:
        """Rewrite the tags of every entry holding one of ``names``, all or nothing."""
        now = self.clock()
        try:
            with self.vault.transaction() as conn:
                repo = JournalRepository(conn)
                changed = 0
                for entry in repo.tagged_with(names):
                    tags = retag(entry.tags)
                    if tags != entry.tags:
                        repo.update(_retagged(entry, tags, now))
                        changed += 1
                repo.drop_unused_tags()
                _retag_drafts(DraftRepository(conn), retag)
        except (DatabaseError, OSError) as exc:
            mapped = cannot_write(exc, self.vault.folder)
            if mapped is None:
                raise
            raise mapped from exc
        log.info("tags.changed", entries=changed)
        if changed:
            self.events.publish(Change(Topic.ENTRY, RETAGGED, "", origin))
        return changed


def _retag_drafts(drafts: DraftRepository, retag: Retag) -> None:
    """Autosaved drafts follow too: a draft kept from a crash and saved after a rename must
    not write the old tag back. A draft holds tags as typed, so each is compared in the form
    the editor stores it; a draft none of whose tags changes is left exactly as it was."""
    for draft in drafts.list():
        stored = tuple(_as_stored(t) for t in draft.tags)
        tags = retag(stored)
        if tags != stored:
            drafts.upsert(replace(draft, tags=tags))


def _as_stored(tag: str) -> str:
    try:
        return v.clean_label(tag, what="tag")
    except ValidationError:
        return tag  # the editor will refuse it on saving, with its own message


def _retagged(entry: JournalEntry, tags: tuple[str, ...], now: datetime) -> JournalEntry:
    return replace(entry, tags=tags, updated_at=now)
