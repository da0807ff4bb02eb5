"""An unlocked profile: the vault plus the services that work on it.

The CLI builds one per command; the desktop app keeps one while unlocked and drops it on lock.

Each service is built on first use, and its module imported only then: a command that adds one
entry needs the journal service, not the care, analysis or embedding code (their imports, the
safety rules and the embedding wiring, would cost every command a tenth of a second). The
public API is unchanged: ``session.journal``, ``session.search``… are read-only attributes
that always return the same object. Building is serialised by one lock, so two threads that
ask at once (the UI thread and a worker) still share one service.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.services.events import Change, EventBus, Topic

if TYPE_CHECKING:
    from neuroleaf_desktop.services.activity_service import ActivityService
    from neuroleaf_desktop.services.analysis_service import AnalysisReader
    from neuroleaf_desktop.services.cache import TTLCache
    from neuroleaf_desktop.services.care_service import CareService
    from neuroleaf_desktop.services.draft_service import DraftService
    from neuroleaf_desktop.services.embedding_service import EmbeddingService
    from neuroleaf_desktop.services.journal_service import JournalService
    from neuroleaf_desktop.services.mood_service import MoodService
    from neuroleaf_desktop.services.search_service import SearchService
    from neuroleaf_desktop.services.settings_service import SettingsService
    from neuroleaf_desktop.storage.vault import Vault


T = TypeVar("T")


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
        self.clock = clock  # services built later take the clock set by then
        self._services: dict[str, Any] = {}
        self._building = threading.RLock()  # re-entrant: care builds journal, mood, settings

    def _service(self, name: str, build: Callable[[], T]) -> T:
        """The service called ``name``, built by ``build`` the first time it is asked for."""
        found = self._services.get(name)
        if found is None:
            with self._building:
                found = self._services.get(name)
                if found is None:
                    found = self._services[name] = build()
        return cast(T, found)

    def built(self, name: str) -> bool:
        """Whether the service ``name`` (e.g. ``"embeddings"``) exists yet (no building)."""
        return name in self._services

    @property
    def journal(self) -> JournalService:
        def build() -> JournalService:
            from neuroleaf_desktop.services.journal_service import JournalService

            return JournalService(self.vault, self.events, self.clock)

        return self._service("journal", build)

    @property
    def mood(self) -> MoodService:
        def build() -> MoodService:
            from neuroleaf_desktop.services.mood_service import MoodService

            return MoodService(self.vault, self.events, self.clock)

        return self._service("mood", build)

    @property
    def activities(self) -> ActivityService:
        def build() -> ActivityService:
            from neuroleaf_desktop.services.activity_service import ActivityService

            return ActivityService(self.vault, self.events)

        return self._service("activities", build)

    @property
    def settings(self) -> SettingsService:
        def build() -> SettingsService:
            from neuroleaf_desktop.services.settings_service import SettingsService

            return SettingsService(self.vault, self.events)

        return self._service("settings", build)

    @property
    def drafts(self) -> DraftService:
        def build() -> DraftService:
            from neuroleaf_desktop.services.draft_service import DraftService

            return DraftService(self.vault, self.events, self.clock)

        return self._service("drafts", build)

    @property
    def analysis(self) -> AnalysisReader:
        """Stored analyses, read only; the jobs are wired by ``attach_background``."""

        def build() -> AnalysisReader:
            from neuroleaf_desktop.services.analysis_service import AnalysisReader

            return AnalysisReader(self.vault)

        return self._service("analysis", build)

    @property
    def embeddings(self) -> EmbeddingService:
        """Semantic search's model and in-memory index (the model loads on first use).

        Built late is safe: the index starts empty and is built from the vault when first
        needed, so changes made before this service existed are already in the vault.
        """

        def build() -> EmbeddingService:
            from neuroleaf_desktop.services.embedding_service import EmbeddingService

            return EmbeddingService(self.vault, self.events, self.clock)

        return self._service("embeddings", build)

    @property
    def care(self) -> CareService:
        def build() -> CareService:
            from neuroleaf_desktop.services.care_service import CareService
            from neuroleaf_desktop.services.safety_scorer import (
                SemanticScorerSource,
                TranslatorSource,
            )

            return CareService(
                self.vault,
                self.events,
                self.mood,
                self.settings,
                self.clock,
                journal=self.journal,
                scorers=SemanticScorerSource(lambda: self.embeddings.embedder),
                translators=TranslatorSource(),
            )

        return self._service("care", build)

    @property
    def search(self) -> SearchService:
        def build() -> SearchService:
            from neuroleaf_desktop.services.search_service import SearchService

            # the embedding service is made when a search by meaning first asks for it
            return SearchService(self.vault, lambda: self.embeddings, query_cache=self._query_cache)

        return self._service("search", build)

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
        if self.built("embeddings"):  # the in-memory vector index goes with the key
            self.embeddings.close()
        self.vault.lock()
        self.events.publish(Change(Topic.VAULT, "locked", self.profile_slug))

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
