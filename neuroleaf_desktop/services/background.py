"""Start and stop the background services of an unlocked session.

Kept out of ``Session`` on purpose: a one-shot CLI command (``neuroleaf journal add``) should
not start worker threads, while the desktop app and ``neuroleaf analysis run`` do. Whoever
calls ``attach_background`` owns the result and calls ``stop()`` before ``session.close()``:
workers finish their current job, and anything unfinished stays in the durable queue for the
next start.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.analysis_service import AnalysisService
from neuroleaf_desktop.services.clock import Clock
from neuroleaf_desktop.services.embedding_service import EmbeddingService
from neuroleaf_desktop.services.jobs import JobRunner
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.sync.service import SyncService

if TYPE_CHECKING:
    from neuroleaf_desktop.ai.analysis_gate import AnalysisGate

log = get_logger("background")


@dataclass
class BackgroundServices:
    jobs: JobRunner
    analysis: AnalysisService
    embeddings: EmbeddingService | None = None  # the session's, with its jobs registered
    sync: SyncService | None = None  # queues the sync job when signed in to an account
    gate: AnalysisGate | None = None  # the learned gate the analysis jobs use, if any

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop listening and stop the workers. True if every worker stopped in time."""
        self.analysis.detach()
        if self.sync is not None:
            self.sync.detach()
        if self.embeddings is not None:
            self.embeddings.detach()
        stopped = self.jobs.stop(timeout)
        if self.gate is not None:
            self.gate.close()  # stops an embedding child of its own (none when shared)
        return stopped

    def __enter__(self) -> BackgroundServices:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def attach_background(
    session: Session,
    *,
    workers: int = 1,
    start: bool = True,
    clock: Clock | None = None,
    poll_interval: float = 1.0,
    catch_up: bool = True,
    semantic: bool = False,
    learned: bool | None = None,
) -> BackgroundServices:
    """Create the job runner and the analysis service for ``session``, requeue jobs a crashed
    run left behind, and (with ``start``) start the workers.

    With ``catch_up`` a background job also looks for entries whose analysis is missing or
    outdated (written by the CLI, or before an upgrade) and queues them.

    With ``semantic`` (the desktop app) saved entries are also embedded by jobs (loading torch
    in this process on the first one), entries without current vectors are caught up, and the
    session's in-memory vector index is built from the stored vectors in a background thread.
    Off by default: tests of other jobs should not load a model for search.

    With ``learned`` (default: as ``semantic``) the analysis jobs run the rules through the
    learned gate (``ai/analysis_gate.py``): chips MiniLM doubts are withdrawn from the stored
    result, so every panel shows the same. Without the MiniLM model or its weights the gate
    leaves the rules' result alone. Each result records the gate's weights version that read it
    ('' for none); when the gate can read, the catch-up re-analyses results it did not read (an
    entry stored while MiniLM was missing, or by an older gate), like an analyser upgrade.
    ``neuroleaf analysis run`` asks for it too, so entries
    analysed by the CLI and by the app carry the same chips.
    """
    runner = JobRunner(
        session.vault,
        session.events,
        clock=clock or session.clock,
        workers=workers,
        poll_interval=poll_interval,
    )
    embeddings = session.embeddings if semantic else None
    gate = None
    if semantic if learned is None else learned:
        from neuroleaf_desktop.ai.analysis_gate import AnalysisGate

        gate = AnalysisGate(embeddings.embedder if embeddings is not None else None)
    analysis = AnalysisService(
        session.vault,
        session.events,
        runner,
        clock or session.clock,
        analyser=gate.analyse if gate is not None else analyse,
        gate_version=gate.version if gate is not None else None,
    )
    analysis.register_jobs()  # every job kind is registered here, before the workers start
    analysis.attach()
    if embeddings is not None:
        embeddings.attach(runner)  # embed saved entries (jobs) for semantic search
    sync = SyncService(session.vault, session.events, clock=clock or session.clock)
    sync.attach(runner)  # a no-op until the person signs in to a sync account
    runner.recover()
    if catch_up:
        analysis.schedule_catch_up()
    if embeddings is not None:
        if catch_up:
            embeddings.schedule_catch_up()  # no-op without the embedding model
        embeddings.start_index_build()  # stored vectors -> in-memory index, in a thread
    if start:
        runner.start()
    log.info("background.attached", workers=workers, started=start)
    return BackgroundServices(runner, analysis, embeddings, sync, gate)
