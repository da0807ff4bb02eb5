"""The activities catalogue: seeded with common activities, grown by the person."""

from __future__ import annotations

import builtins

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.emotions import DEFAULT_ACTIVITIES
from neuroleaf_desktop.domain.models import Activity
from neuroleaf_desktop.errors import NotFoundError
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.storage.repositories.activity_repo import ActivityRepository
from neuroleaf_desktop.storage.vault import Vault


class ActivityService:
    def __init__(self, vault: Vault, events: EventBus) -> None:
        self.vault = vault
        self.events = events

    def seed_defaults(self) -> None:
        with self.vault.transaction() as conn:
            repo = ActivityRepository(conn)
            for name, category in DEFAULT_ACTIVITIES:
                repo.ensure(name, category)

    def list(self, include_archived: bool = False) -> builtins.list[Activity]:
        with self.vault.reading() as conn:
            return ActivityRepository(conn).list(include_archived)

    def add(self, name: str, category: str = "other") -> Activity:
        clean = v.clean_label(name, what="activity")
        with self.vault.transaction() as conn:
            repo = ActivityRepository(conn)
            activity_id = repo.ensure(clean, v.clean_label(category, what="category"))
            found = next(a for a in repo.list(True) if a.id == activity_id)
        self.events.publish(Change(Topic.ACTIVITY, "created", str(activity_id)))
        return found

    def archive(self, name: str, archived: bool = True) -> None:
        with self.vault.transaction() as conn:
            if not ActivityRepository(conn).set_archived(v.clean_label(name), archived):
                raise NotFoundError(f"No activity called {name!r}.")
        self.events.publish(Change(Topic.ACTIVITY, "updated", name))

    def usage(self) -> dict[str, int]:
        with self.vault.reading() as conn:
            return ActivityRepository(conn).usage_counts()
