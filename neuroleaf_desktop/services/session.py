"""An unlocked profile: the vault plus the services that work on it.

The CLI builds one per command; the desktop app keeps one while unlocked and drops it on lock.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.activity_service import ActivityService
from neuroleaf_desktop.services.analysis_service import AnalysisReader
from neuroleaf_desktop.services.care_service import CareService
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.services.draft_service import DraftService
from neuroleaf_desktop.services.embedding_service import EmbeddingService
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.services.journal_service import JournalService
from neuroleaf_desktop.services.mood_service import MoodService
from neuroleaf_desktop.services.safety_scorer import SemanticScorerSource
from neuroleaf_desktop.services.search_service import SearchService
from neuroleaf_desktop.services.settings_service import SettingsService
from neuroleaf_desktop.storage.vault import Vault

if TYPE_CHECKING:
    from neuroleaf_desktop.services.cache import TTLCache

log = get_logger("session")


class Session:
    def __init__(
        self,
        vault: Vault,
        profile_slug: str,
        *,
        events: EventBus | None = None,
        clock: Clock = system_clock,
    ) -> None:
        self.vault = vault
        self.profile_slug = profile_slug
        self.events = events or EventBus()
        self.clock = clock
        self.journal = JournalService(vault, self.events, clock)
        self.mood = MoodService(vault, self.events, clock)
        self.activities = ActivityService(vault, self.events)
        self.settings = SettingsService(vault, self.events)
        self.drafts = DraftService(vault, self.events, clock)
        self.analysis = AnalysisReader(vault)  # reads; the jobs are wired by attach_background
        # Semantic search: cheap to create (the model, torch and chromadb load on first use).
        self.embeddings = EmbeddingService(vault, self.events, clock)
        self.care = CareService(
            vault,
            self.events,
            self.mood,
            self.settings,
            clock,
            journal=self.journal,
            scorers=SemanticScorerSource(lambda: self.embeddings.embedder),
        )
        self.search = SearchService(vault, self.embeddings, query_cache=self._query_cache)

    def _query_cache(self) -> TTLCache[Hashable, object]:
        from neuroleaf_desktop.services.cache import session_caches

        return session_caches(self).embeddings

    def housekeeping(self) -> None:
        """Run at unlock: empty trash items past the retention window."""
        self.journal.purge_expired(int(self.settings.get("trash_retention_days")))

    @property
    def profile_name(self) -> str:
        return self.vault.keyfile.profile_name

    def close(self) -> None:
        self.embeddings.close()  # the in-memory vector index goes with the key
        self.vault.lock()
        self.events.publish(Change(Topic.VAULT, "locked", self.profile_slug))

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
