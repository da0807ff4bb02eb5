"""The journal screen's Qt-free store: optimistic overlays and paging rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from neuroleaf_desktop.domain.models import JournalEntry, NewEntry
from neuroleaf_desktop.services.journal_service import build_entry
from neuroleaf_desktop.ui.journal.store import PENDING_PREFIX, EntryStore, is_pending, page_before

T0 = datetime(2025, 6, 1, 12, tzinfo=UTC)


def _entries(n: int) -> list[JournalEntry]:
    """``n`` entries, newest first (as the vault returns a page)."""
    made = [
        build_entry(NewEntry(title=f"E{i}", body="text"), T0 + timedelta(hours=i)) for i in range(n)
    ]
    return sorted(made, key=lambda e: e.created_at, reverse=True)


def _titles(store: EntryStore) -> set[str]:
    return {e.title for e in store.displayed()}


def test_overlays_show_pending_work_until_the_vault_confirms() -> None:
    store = EntryStore()
    page = _entries(3)
    store.first_page(page, page_size=10)
    assert store.loaded and store.complete and _titles(store) == {"E0", "E1", "E2"}

    pending = build_entry(NewEntry(title="New", body="saving"), T0)
    store.overlay_add["pending-1"] = replace(pending, id="pending-1")
    store.overlay_edit[page[0].id] = replace(page[0], title="E2 edited")
    store.overlay_hide.add(page[1].id)
    assert _titles(store) == {"New", "E2 edited", "E0"}
    assert store.get(page[1].id) is None  # being deleted: hidden at once

    store.overlay_hide.discard(page[1].id)
    store.forget(page[1].id)  # the vault confirmed the delete
    assert store.get(page[1].id) is None and page[1].id in store.removed


def test_an_older_page_never_revives_a_removed_entry_and_ends_paging() -> None:
    store = EntryStore()
    everything = _entries(5)
    store.first_page(everything[:2], page_size=2)
    assert not store.complete
    store.forget(everything[3].id)  # deleted elsewhere while older pages were loading
    fresh = store.older_page(everything[1:], page_size=4)
    assert [e.id for e in fresh] == [everything[2].id, everything[4].id]
    assert store.get(everything[3].id) is None
    assert not store.complete  # a full page with something new: there may be more
    assert store.older_page(everything[4:], page_size=4) == []
    assert store.complete


def test_announced_changes_are_taken_once_and_a_full_read_clears_them() -> None:
    store = EntryStore()
    store.note_change("b")
    store.note_change("a")
    assert store.take_changed() == ["a", "b"] and store.take_changed() == []
    store.note_change("")
    assert store.full_reload
    store.note_change("c")
    store.start_full_read()
    assert not store.full_reload and store.take_changed() == []


def test_a_full_read_starts_a_generation_that_outdates_older_results() -> None:
    store = EntryStore()
    assert store.needs_full_read  # nothing read yet
    first = store.start_full_read()
    store.first_page(_entries(1), page_size=10)
    assert store.is_current(first) and not store.needs_full_read
    second = store.start_full_read()  # e.g. a change without an id arrived meanwhile
    assert second != first and not store.is_current(first) and store.is_current(second)


def test_reread_entries_replace_or_leave_and_fetched_keeps_pending_edits() -> None:
    store = EntryStore()
    page = _entries(3)
    store.first_page(page, page_size=10)
    edited = replace(page[0], title="Changed elsewhere")
    trashed = replace(page[1], deleted_at=T0)
    store.reread({page[0].id: edited, page[1].id: trashed, page[2].id: None})
    assert _titles(store) == {"Changed elsewhere"}
    assert {page[1].id, page[2].id} <= store.removed

    older = build_entry(NewEntry(title="Years ago", body="x"), T0 - timedelta(days=900))
    store.overlay_edit[older.id] = replace(older, title="Years ago, edited")
    shown = store.fetched(older)  # opened from search before its page arrived
    assert shown.title == "Years ago, edited" and store.server[older.id] == older


def test_pages_are_keyed_by_the_oldest_entry_and_pending_ids_are_recognised() -> None:
    oldest = _entries(1)[0]
    assert page_before(oldest) == oldest.created_at + timedelta(microseconds=1)
    assert is_pending(PENDING_PREFIX + "abc") and not is_pending(oldest.id)
    assert not is_pending(None)


def test_a_star_marks_every_copy_of_the_entry_the_store_holds() -> None:
    store = EntryStore()
    page = _entries(2)
    store.first_page(page, page_size=10)
    edited = replace(page[0], body="being saved")
    store.overlay_edit[edited.id] = edited
    store.mark_starred(edited.id, True)
    assert store.server[edited.id].starred and store.overlay_edit[edited.id].starred
    shown = store.get(edited.id)
    assert shown is not None and shown.starred and shown.body == "being saved"
    assert not store.server[page[1].id].starred  # the other entry is untouched
    store.mark_starred(edited.id, False)
    assert not store.server[edited.id].starred and not store.overlay_edit[edited.id].starred
    store.mark_starred("not-here", True)  # an entry the store does not hold: nothing happens
    assert "not-here" not in store.server
