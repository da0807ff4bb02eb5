"""Autosaved drafts: the editor saves here every few seconds and on focus loss, so a crash
loses at most a few seconds of typing. Drafts live in the vault, encrypted like everything."""

from __future__ import annotations

import builtins

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.models import Draft, TemplateLines
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.storage.repositories.draft_repo import DraftRepository
from neuroleaf_desktop.storage.vault import Vault


class DraftService:
    def __init__(self, vault: Vault, events: EventBus, clock: Clock = system_clock) -> None:
        self.vault = vault
        self.events = events
        self.clock = clock

    def save(
        self,
        draft_id: str,
        title: str,
        body: str,
        tags: tuple[str, ...] = (),
        entry_id: str | None = None,
        *,
        starred: bool = False,
        template: TemplateLines | None = None,
    ) -> Draft:
        """Keep the editor's state. ``starred`` and ``template`` (the lines a new entry was
        started with) matter for a new entry only: a saved entry's star is written the moment
        it is clicked and its template lines with its first save; a new one's wait for it."""
        draft = Draft(
            id=draft_id,
            entry_id=entry_id,
            title=v.normalize_text(title)[: v.MAX_TITLE_CHARS],
            body=v.clean_body(body),
            tags=tuple(t for t in tags if t.strip()),
            updated_at=self.clock(),
            starred=starred and entry_id is None,
            template=template if entry_id is None else None,
        )
        with self.vault.transaction() as conn:
            DraftRepository(conn).upsert(draft)
        self.events.publish(Change(Topic.DRAFT, "updated", draft_id))
        return draft

    def list(self) -> builtins.list[Draft]:
        with self.vault.reading() as conn:
            return DraftRepository(conn).list()

    def discard(self, draft_id: str) -> None:
        with self.vault.transaction() as conn:
            DraftRepository(conn).delete(draft_id)
        self.events.publish(Change(Topic.DRAFT, "deleted", draft_id))
