"""Entry analysis in the background: every saved entry gets sentiment, emotions, keywords.

Why jobs and not analysing inside ``JournalService.add``: saving must stay instant and must
never fail because of analysis; the durable queue also means an entry saved just before the
app quit is analysed at the next start, and analyser upgrades re-run old entries in the
background (``reanalyse_outdated``). The job payload is the entry id only.

Reading analyses needs no job queue: :class:`AnalysisReader` (``session.analysis``) is what
views and the CLI use. :class:`AnalysisService` adds the queueing and the job handlers; its
job kinds are registered by ``register_jobs``, called where the background services are wired
(``services/background.py``), never as a side effect of building the service.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from neuroleaf_desktop.domain.analysis.analyzer import (
    ANALYSER_NAME,
    ANALYSER_VERSION,
    analyse,
    content_hash,
)
from neuroleaf_desktop.domain.analysis.emotions import EMOTIONS
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.templates import without_template_lines
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.services.jobs import Job, JobRunner
from neuroleaf_desktop.storage.repositories.analysis_repo import AnalysisRepository, DatedAnalysis
from neuroleaf_desktop.storage.repositories.job_repo import JobRepository
from neuroleaf_desktop.storage.repositories.journal_repo import JournalRepository
from neuroleaf_desktop.storage.repositories.template_repo import TemplateRepository
from neuroleaf_desktop.storage.vault import Vault

log = get_logger("analysis")

ANALYSE_KIND = "analyse_entry"
CATCH_UP_KIND = "analysis_catch_up"  # find outdated analyses (in the background, at start)
_TRIGGERS = frozenset({"created", "updated", "restored"})


def _label(n: int) -> str:
    return f"Analysing {n} entr{'y' if n == 1 else 'ies'}…"


@dataclass(frozen=True)
class KeywordCount:
    """A stress keyword over a period: in how many entries, with what summed weight."""

    keyword: str
    entries: int
    weight: float


@dataclass(frozen=True)
class EmotionSummary:
    """Emotions over a period, for charts.

    ``mean`` is the mean score per emotion over the analysed entries (0 when none);
    ``dominant`` counts the entries in which each emotion was the strongest (ties: first in
    ``EMOTIONS`` order; entries with no emotion evidence count for none).
    """

    entries: int
    mean: dict[str, float]
    dominant: dict[str, int]
    mean_compound: float


class AnalysisReader:
    """Stored analyses, read only: needs neither a job queue nor workers."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def get(self, entry_id: str) -> EntryAnalysis | None:
        """The stored analysis of an entry (by full id), or None if not analysed yet."""
        with self.vault.reading() as conn:
            return AnalysisRepository(conn).get(entry_id, ANALYSER_NAME)

    @staticmethod
    def is_current(analysis: EntryAnalysis, title: str, body: str) -> bool:
        """Does ``analysis`` describe this text, with this version of the analyser?"""
        return analysis.analyser_version == ANALYSER_VERSION and (
            analysis.content_hash == content_hash(title, body)
        )

    def current(self, entry_id: str, title: str, body: str) -> EntryAnalysis | None:
        """The analysis of this text if it is stored and up to date, else None."""
        analysis = self.get(entry_id)
        if analysis is None or not self.is_current(analysis, title, body):
            return None
        return analysis

    def count(self) -> int:
        with self.vault.reading() as conn:
            return AnalysisRepository(conn).count(ANALYSER_NAME)

    def _current_in_range(
        self, since: datetime | None, until: datetime | None
    ) -> builtins.list[DatedAnalysis]:
        """Analyses by the current analyser version only: outdated ones wait for re-analysis,
        so summaries never mix two rule sets (e.g. old free-text "stress keywords")."""
        with self.vault.reading() as conn:
            dated = AnalysisRepository(conn).in_range(ANALYSER_NAME, since, until)
        return [d for d in dated if d.analysis.analyser_version == ANALYSER_VERSION]

    def stress_keyword_counts(
        self, since: datetime | None = None, until: datetime | None = None, *, limit: int = 50
    ) -> builtins.list[KeywordCount]:
        """Stress keywords of live entries written in [since, until), heaviest first."""
        dated = self._current_in_range(since, until)
        entries: dict[str, int] = {}
        weights: dict[str, float] = {}
        for item in dated:
            for keyword, weight in item.analysis.stress_keywords:
                entries[keyword] = entries.get(keyword, 0) + 1
                weights[keyword] = weights.get(keyword, 0.0) + weight
        ranked = sorted(weights, key=lambda k: (-weights[k], -entries[k], k))[:limit]
        return [KeywordCount(k, entries[k], round(weights[k], 3)) for k in ranked]

    def emotion_summary(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> EmotionSummary:
        dated = self._current_in_range(since, until)
        n = len(dated)
        totals = dict.fromkeys(EMOTIONS, 0.0)
        dominant = dict.fromkeys(EMOTIONS, 0)
        compound = 0.0
        for item in dated:
            scores = item.analysis.emotions
            compound += item.analysis.sentiment.compound
            for emotion in EMOTIONS:
                totals[emotion] += scores.get(emotion, 0.0)
            best = max(EMOTIONS, key=lambda e: scores.get(e, 0.0))
            if scores.get(best, 0.0) > 0:
                dominant[best] += 1
        mean = {e: round(totals[e] / n, 4) if n else 0.0 for e in EMOTIONS}
        return EmotionSummary(n, mean, dominant, round(compound / n, 4) if n else 0.0)


class AnalysisService(AnalysisReader):
    """Queues analyses and runs them as jobs on ``jobs`` (after ``register_jobs``)."""

    def __init__(
        self,
        vault: Vault,
        events: EventBus,
        jobs: JobRunner,
        clock: Clock = system_clock,
        *,
        analyser: Callable[[str, str], EntryAnalysis] = analyse,
        gate_version: Callable[[], str] | None = None,
    ) -> None:
        """``gate_version``: the learned gate's weights version that ``analyser`` stamps on
        its results ('' while it cannot read: no MiniLM or weights). Stored results stamped
        otherwise are outdated, like an older analyser version; without it, the gate is never
        asked for and results are judged by version and text alone."""
        super().__init__(vault)
        self.events = events
        self.jobs = jobs
        self.clock = clock
        self._analyse = analyser
        self._gate_version = gate_version or (lambda: "")
        self._unsubscribe: Callable[[], None] | None = None

    # ---- wiring ---------------------------------------------------------------------------
    def register_jobs(self) -> None:
        """Teach the job runner the two analysis job kinds (once, before it starts)."""
        self.jobs.register(ANALYSE_KIND, self._handle, label=_label)
        self.jobs.register(
            CATCH_UP_KIND,
            self._handle_catch_up,
            label=lambda _n: "Checking which entries need analysis…",
        )

    def attach(self) -> None:
        """Listen for saved entries (created, edited, restored) and queue their analysis."""
        if self._unsubscribe is None:
            self._unsubscribe = self.events.subscribe(self._on_entry, Topic.ENTRY)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_entry(self, change: Change) -> None:
        if change.op in _TRIGGERS and change.id:
            self.enqueue(change.id)

    # ---- queueing -------------------------------------------------------------------------
    def enqueue(self, entry_id: str) -> int:
        return self.jobs.enqueue(ANALYSE_KIND, entry_id)

    def schedule_catch_up(self) -> int:
        """Queue one background pass of ``reanalyse_outdated``: picks up entries written
        while no workers ran (by the CLI, or before an upgrade) and analyser upgrades."""
        return self.jobs.enqueue(CATCH_UP_KIND)

    def reanalyse_outdated(
        self, *, everything: bool = False, saved_before: datetime | None = None
    ) -> int:
        """Queue entries whose analysis is missing, stale (text changed), from an older
        analyser version or, when the gate can read, not read by this gate; with
        ``everything``, all live entries. Returns how many.

        ``saved_before``: the background pass leaves out entries saved after it was
        scheduled, because saving in this process queues their analysis itself; otherwise
        a save landing between this pass's reading and its queueing is analysed twice.

        Without the gate nothing is queued for gating, so entries stored ungated are not
        re-run at every start; a gated result from weights that are now absent is kept."""
        gate = "" if everything else self._gate_version()
        with self.vault.reading() as conn:
            repo = AnalysisRepository(conn)
            ids = (
                repo.live_entry_ids()
                if everything
                else repo.outdated(ANALYSER_NAME, ANALYSER_VERSION, gate, saved_before=saved_before)
            )
            if not everything:  # an entry being analysed right now is not "outdated"
                active = JobRepository(conn).active_payloads(ANALYSE_KIND)
                ids = [i for i in ids if i not in active]
        if ids:
            self.jobs.enqueue_many(ANALYSE_KIND, ids)
            log.info("analysis.reanalyse_queued", count=len(ids), everything=everything)
        return len(ids)

    # ---- the job ----------------------------------------------------------------------------
    def _handle(self, job: Job) -> None:
        entry_id = job.payload_ref
        with self.vault.reading() as conn:
            entry = JournalRepository(conn).get(entry_id)
            existing = AnalysisRepository(conn).get(entry_id, ANALYSER_NAME)
            used = TemplateRepository(conn).entry_lines(entry_id)
        if entry is None or entry.is_deleted:
            log.info("analysis.skipped", job_id=job.id, reason="gone")
            return  # purged or in the trash: restoring queues it again
        if (
            existing is not None
            and existing.analysed_at is not None
            and existing.analysed_at >= job.created_at
            and self.is_current(existing, entry.title, entry.body)
            and existing.gate == (self._gate_version() or existing.gate)
        ):
            return  # a duplicate job: already analysed after this one was queued
        # Template lines still as filled are the app's questions: read as blank space. The
        # stored hash stays the entry's own, so staleness is judged on what was written.
        title, body = without_template_lines(entry.title, entry.body, used)
        result = self._analyse(title, body)
        if used is not None:
            result = replace(result, content_hash=content_hash(entry.title, entry.body))
        with self.vault.transaction() as conn:
            stored = AnalysisRepository(conn).upsert(entry_id, result, self.clock())
        if stored:
            log.info("analysis.stored", job_id=job.id, entry_id=entry_id)
            self.events.publish(Change(Topic.ENTRY, "analysed", entry_id))

    def _handle_catch_up(self, job: Job) -> None:
        self.reanalyse_outdated(saved_before=job.created_at)
