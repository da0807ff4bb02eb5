"""Entry embeddings: computed in the background, stored encrypted, indexed in memory.

* **Vectors** are computed by durable jobs (``embed_entry`` per saved entry, and
  ``embedding_catch_up`` which embeds entries written while no worker ran, a batch per job) and
  stored in the vault (``entry_chunks``, see migration 0006). The job payload is the entry id.
* **The index** (:class:`~neuroleaf_desktop.ai.vector_index.VectorIndex`, Chroma in memory) is
  built from the stored vectors — never by re-embedding — after unlock, incrementally in a
  background thread (``start_index_build``), or on demand (``ensure_index``). It follows every
  entry change: saved entries get their new vectors when their job finishes, trashed and purged
  entries leave at once, restored ones come back from their stored vectors. ``close`` (on lock)
  drops it.
* **A large history** (a first unlock after importing years of entries) is embedded newest
  first, so recent entries are searchable within seconds; ``progress_text()`` says how far it
  is and how long is left ("Preparing entries for search… 40 %, about 1 min left": the job
  label shown in the status bar, refreshed through ``Topic.JOB`` "progress" events), and it
  pauses while the person types (``note_typing``, called by the editor) so the two cores go to
  the keyboard first.
* The model runs in a child process (``MiniLMEmbedder``) stopped after an idle minute; a
  service that created its own embedder stops that child on ``close``.
* Without the embedding model nothing here fails loudly: ``available()`` is False, no jobs are
  queued, and semantic search reports itself unavailable (full-text search still works).

Privacy: only entry ids, counts and timings are logged; texts and vectors never leave the
vault except into this process's memory.
"""

from __future__ import annotations

import builtins
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from neuroleaf_desktop.ai.embeddings import Embedder, MiniLMEmbedder
from neuroleaf_desktop.ai.vector_index import IndexedChunk, VectorIndex
from neuroleaf_desktop.domain.analysis.analyzer import content_hash
from neuroleaf_desktop.domain.chunking import Chunk, chunk_text, entry_document
from neuroleaf_desktop.errors import FeatureUnavailableError, VaultError
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.services.events import Change, EventBus, Topic
from neuroleaf_desktop.services.jobs import Job, JobFailed, JobRunner
from neuroleaf_desktop.storage.repositories.embedding_repo import (
    EmbeddingRepository,
    PendingEntry,
)
from neuroleaf_desktop.storage.repositories.journal_repo import JournalRepository
from neuroleaf_desktop.storage.vault import Vault

log = get_logger("embeddings")

EMBED_KIND = "embed_entry"
CATCH_UP_KIND = "embedding_catch_up"
CATCH_UP_BATCH = 64  # entries per catch-up job: short jobs keep lock/quit responsive
# Most chunks per model call. The ONNX child's token budget usually binds first (≈ 2 entry
# chunks per call: on CPU small calls cost less per token than large ones); the torch fallback
# uses it as its batch size.
ENCODE_BATCH = 16
# Entries per request to the embedding child: enough chunks that the child can pair them by
# length (little padding) and keep every core busy, few enough that progress and the typing
# pause stay responsive (≈ 1 CPU-s of work: 0.5 s on two idle cores, a few s on busy ones).
EMBED_GROUP = 32
INDEX_BATCH = 500  # entries per index-build step
# After unlock, the journal's first page is read and painted first (≈ 1-3 s on two busy
# cores); then the catch-up starts, so the newest entries are searchable a few seconds later.
# The embedding child runs in its own process and pauses while the person types, so starting
# sooner costs the interface little (unlock → usable measured the same with 0, 5 and 30 s).
CATCH_UP_DELAY = timedelta(seconds=5)
TYPING_PAUSE_S = 1.5  # indexing waits until the keyboard has been quiet this long
TYPING_PAUSE_MAX_S = 30.0  # …but never longer than this per batch: indexing always advances
_EMBED_TRIGGERS = frozenset({"created", "updated", "restored"})
_REMOVE_TRIGGERS = frozenset({"deleted", "purged"})

Progress = Callable[[int, int], None]  # (done, total)


class IndexState(StrEnum):
    EMPTY = "empty"  # not loaded in this session
    BUILDING = "building"
    READY = "ready"


def _label(n: int) -> str:
    return f"Preparing {n} entr{'y' if n == 1 else 'ies'} for search…"


@dataclass
class CatchUpProgress:
    """One pass over the entries that need vectors: how far, and how fast so far."""

    total: int
    started: float  # time.monotonic()
    done: int = 0
    paused_s: float = 0.0  # time spent waiting for the keyboard (not part of the rate)

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 1.0

    def eta_s(self, now: float) -> float | None:
        """Seconds left at the rate so far; None before the first batch has finished."""
        working = now - self.started - self.paused_s
        if self.done <= 0 or working <= 0:
            return None
        return (self.total - self.done) * working / self.done


def describe_progress(progress: CatchUpProgress | None, now: float) -> str:
    """The status-bar words: "Preparing entries for search… 40 %, about 1 min left"."""
    base = "Preparing entries for search…"
    if progress is None or not progress.total:
        return base
    text = f"{base} {int(progress.fraction * 100)} %"
    eta = progress.eta_s(now)
    if eta is None:
        return text
    if eta < 60:
        return f"{text}, less than a minute left"
    minutes = round(eta / 60)
    return f"{text}, about {minutes} min left"


@dataclass(frozen=True)
class EmbedStats:
    entries: int
    chunks: int
    seconds: float


class EmbeddingService:
    def __init__(
        self,
        vault: Vault,
        events: EventBus,
        clock: Clock = system_clock,
        *,
        embedder: Embedder | None = None,
    ) -> None:
        self.vault = vault
        self.events = events
        self.clock = clock
        self._owns_embedder = embedder is None
        self.embedder: Embedder = embedder or MiniLMEmbedder()
        self.index = VectorIndex(self.embedder.dim)
        self.jobs: JobRunner | None = None
        self._state = IndexState.EMPTY
        self._state_lock = threading.RLock()  # index state + writes racing the build
        self._touched: set[str] = set()  # entries changed while a build runs: build skips them
        self._ready = threading.Event()
        self._stop = threading.Event()
        self._builder: threading.Thread | None = None
        self._typing_at = -1e9  # time.monotonic() of the last keystroke the editor reported
        self._catch_up: CatchUpProgress | None = None
        self._unsub_jobs: Callable[[], None] | None = None
        self._unsub_index: Callable[[], None] | None = events.subscribe(
            self._on_entry_for_index, Topic.ENTRY
        )

    # ---- availability -------------------------------------------------------------------------
    @property
    def model_key(self) -> str:
        return self.embedder.model_key

    def available(self) -> bool:
        """Is the embedding model installed? (Cheap: no loading.)"""
        return self.embedder.available()

    # ---- wiring (background jobs) -----------------------------------------------------------
    def attach(self, jobs: JobRunner) -> None:
        """Register the job kinds on ``jobs`` and queue embedding of saved entries."""
        self.jobs = jobs
        jobs.register(EMBED_KIND, self._handle, label=_label)
        jobs.register(CATCH_UP_KIND, self._handle_catch_up, label=lambda _n: self.progress_text())
        if self._unsub_jobs is None:
            self._unsub_jobs = self.events.subscribe(self._on_entry_for_jobs, Topic.ENTRY)

    def detach(self) -> None:
        if self._unsub_jobs is not None:
            self._unsub_jobs()
            self._unsub_jobs = None

    def schedule_catch_up(self, delay: timedelta = CATCH_UP_DELAY) -> int | None:
        """Queue a background pass embedding entries without current vectors (written by the
        CLI, before an upgrade, or while the model was missing). None without the model.

        Delayed by default (``CATCH_UP_DELAY``): the first page of the journal goes first."""
        if self.jobs is None or not self.available():
            return None
        return self.jobs.enqueue(CATCH_UP_KIND, delay=delay)

    # ---- progress and typing ------------------------------------------------------------------
    def note_typing(self) -> None:
        """The person is typing: background embedding waits until the keyboard is quiet."""
        self._typing_at = time.monotonic()

    @property
    def typing(self) -> bool:
        """Was a keystroke reported within the last ``TYPING_PAUSE_S`` seconds?"""
        return time.monotonic() - self._typing_at < TYPING_PAUSE_S

    def progress_text(self) -> str:
        return describe_progress(self._catch_up, time.monotonic())

    @property
    def catch_up_progress(self) -> CatchUpProgress | None:
        return self._catch_up

    def _yield_to_typing(self) -> float:
        """Wait while the person types (bounded); returns the seconds waited."""
        started = time.monotonic()
        while (
            not self._stop.is_set()
            and self.typing
            and time.monotonic() - started < TYPING_PAUSE_MAX_S
        ):
            self._stop.wait(0.1)
        return time.monotonic() - started

    def _on_entry_for_jobs(self, change: Change) -> None:
        jobs = self.jobs
        if change.op in _EMBED_TRIGGERS and change.id and jobs is not None and self.available():
            jobs.enqueue(EMBED_KIND, change.id)

    def _on_entry_for_index(self, change: Change) -> None:
        if not change.id:
            return
        if change.op in _REMOVE_TRIGGERS:
            with self._state_lock:
                self._touched.add(change.id)
                self.index.remove(change.id)
        elif change.op == "restored":
            with self._state_lock:
                if self._state is IndexState.EMPTY:
                    return
                self._touched.add(change.id)
            self._index_from_vault(change.id)

    def _index_from_vault(self, entry_id: str) -> None:
        """Put an entry's stored vectors into the index if they match its current text."""
        with self.vault.reading() as conn:
            entry = JournalRepository(conn).get(entry_id)
        if entry is not None and not entry.is_deleted:
            self._index_stored(entry_id, content_hash(entry.title, entry.body))

    def _index_stored(self, entry_id: str, digest: str) -> None:
        """Put the stored vectors of an entry whose text hashes to ``digest`` into the index.

        Takes the digest rather than the entry so a caller that has just read the entry (the
        embed job) does not read it a second time."""
        with self.vault.reading() as conn:
            stored = EmbeddingRepository(conn).for_entry(entry_id, self.model_key)
        if stored is not None and stored.content_hash == digest:
            with self._state_lock:
                self.index.set_entry(entry_id, stored.vectors)

    # ---- embedding --------------------------------------------------------------------------
    def embed_entries(
        self, entries: Sequence[PendingEntry], *, progress: Progress | None = None
    ) -> EmbedStats:
        """Chunk, embed (in batches) and store the vectors of ``entries``; update the index
        if it is loaded. Raises FeatureUnavailableError without the model."""
        started = time.perf_counter()
        total_chunks = 0
        done = 0
        step = EMBED_GROUP
        for lo in range(0, len(entries), step):
            paused = self._yield_to_typing()
            if self._catch_up is not None:
                self._catch_up.paused_s += paused
            group = entries[lo : lo + step]
            plans: builtins.list[tuple[PendingEntry, str, builtins.list[Chunk], str]] = []
            texts: builtins.list[str] = []
            for entry in group:
                doc = entry_document(entry.title, entry.body)
                chunks = chunk_text(doc)
                plans.append((entry, doc, chunks, content_hash(entry.title, entry.body)))
                texts.extend(doc[c.start : c.end] for c in chunks)
            vectors = self.embedder.embed(texts, batch_size=ENCODE_BATCH)
            now = self.clock()
            stored: builtins.list[tuple[str, int, int]] = []  # (entry id, first row, rows)
            row = 0
            with self.vault.transaction() as conn:
                repo = EmbeddingRepository(conn)
                for entry, _doc, chunks, digest in plans:
                    part = vectors[row : row + len(chunks)]
                    if repo.replace(entry.entry_id, self.model_key, digest, chunks, part, now):
                        stored.append((entry.entry_id, row, len(chunks)))
                    row += len(chunks)
            if self._state is not IndexState.EMPTY:
                with self._state_lock:
                    for entry_id, first, n in stored:
                        self._touched.add(entry_id)
                        self.index.set_entry(entry_id, vectors[first : first + n])
            total_chunks += len(texts)
            done += len(group)
            if progress is not None:
                progress(done, len(entries))
        took = time.perf_counter() - started
        if entries:
            log.info(
                "embeddings.stored", entries=len(entries), chunks=total_chunks, s=round(took, 2)
            )
        return EmbedStats(len(entries), total_chunks, took)

    def pending(self) -> builtins.list[PendingEntry]:
        """Live entries whose vectors are missing or stale, newest first (recent entries are
        the ones searched for, so they become searchable first)."""
        with self.vault.reading() as conn:
            oldest_first = EmbeddingRepository(conn).pending(self.model_key, content_hash)
        return oldest_first[::-1]

    def embed_pending(self, *, progress: Progress | None = None) -> EmbedStats:
        """Embed every entry that needs it, now (the CLI's one-shot path)."""
        return self.embed_entries(self.pending(), progress=progress)

    def _handle(self, job: Job) -> None:
        entry_id = job.payload_ref
        with self.vault.reading() as conn:
            entry = JournalRepository(conn).get(entry_id)
            stored = EmbeddingRepository(conn).stored_hash(entry_id, self.model_key)
        if entry is None or entry.is_deleted:
            return  # purged or trashed: restoring queues it again
        digest = content_hash(entry.title, entry.body)
        if stored == digest:
            if self._state is not IndexState.EMPTY and entry_id not in self.index:
                self._index_stored(entry_id, digest)
            return  # already current (a duplicate job, or a restore)
        try:
            self.embed_entries([PendingEntry(entry.id, entry.title, entry.body)])
        except FeatureUnavailableError:
            raise JobFailed(
                "The embedding model is not installed, so this entry cannot be prepared for "
                "semantic search.",
                permanent=True,
            ) from None

    def _handle_catch_up(self, job: Job) -> None:
        todo = self.pending()
        if not todo:
            self._catch_up = None
            return
        progress = self._catch_up
        if progress is None:
            progress = self._catch_up = CatchUpProgress(total=len(todo), started=time.monotonic())
        else:
            progress.total = progress.done + len(todo)  # entries written meanwhile join in
        base = progress.done

        def advance(done: int, _total: int) -> None:
            progress.done = base + done
            self.events.publish(Change(Topic.JOB, "progress"))

        try:
            self.embed_entries(todo[:CATCH_UP_BATCH], progress=advance)
        except FeatureUnavailableError:
            self._catch_up = None
            raise JobFailed(
                "The embedding model is not installed; semantic search is unavailable.",
                permanent=True,
            ) from None
        if len(todo) > CATCH_UP_BATCH and self.jobs is not None:
            self.jobs.enqueue(CATCH_UP_KIND)
        else:
            self._catch_up = None

    # ---- the in-memory index ------------------------------------------------------------------
    @property
    def index_state(self) -> IndexState:
        return self._state

    def start_index_build(self) -> bool:
        """Load the stored vectors into the index in a background thread (at unlock).
        False if it is already loaded or loading."""
        with self._state_lock:
            if self._state is not IndexState.EMPTY:
                return False
            self._begin_build()
        self._builder = threading.Thread(
            target=self._build_safely, name="neuroleaf-index-build", daemon=True
        )
        self._builder.start()
        return True

    def ensure_index(self, *, timeout: float = 120.0, progress: Progress | None = None) -> None:
        """Make sure the index is loaded: build it here, or wait for the background build."""
        with self._state_lock:
            build_here = self._state is IndexState.EMPTY
            if build_here:
                self._begin_build()
        if build_here:
            self._build(progress)
        elif not self._ready.wait(timeout):
            raise FeatureUnavailableError(
                "The search index is still being prepared. Try again in a moment."
            )

    def _begin_build(self) -> None:
        self._state = IndexState.BUILDING
        self._touched.clear()
        self._ready.clear()
        self._stop.clear()

    def _build_safely(self) -> None:
        try:
            self._build(None)
        except VaultError:
            log.info("vector_index.build_stopped", reason="vault_locked")
        except Exception as exc:  # never leave waiters hanging
            log.error("vector_index.build_failed", error_type=type(exc).__name__)
            with self._state_lock:
                self._state = IndexState.EMPTY
            self._ready.set()

    def _build(self, progress: Progress | None) -> None:
        """Load stored vectors batch by batch; each batch is read under the vault lock on its
        own, so saves slip in between batches and the app stays responsive."""
        import numpy as np

        started = time.perf_counter()
        entries = chunks = 0
        try:
            with self.vault.reading() as conn:
                total = EmbeddingRepository(conn).count(self.model_key)
            after: int | None = -1
            while after is not None:
                if self._stop.is_set():
                    return
                with self.vault.reading() as conn:
                    batch, after = EmbeddingRepository(conn).live_batch(
                        self.model_key, after, INDEX_BATCH
                    )
                with self._state_lock:
                    # Entries changed meanwhile already have their newer state in the index.
                    fresh = [i for i in batch if i.entry_id not in self._touched]
                    if fresh:
                        self.index.add(
                            [
                                IndexedChunk(i.entry_id, no)
                                for i in fresh
                                for no in range(len(i.vectors))
                            ],
                            np.concatenate([i.vectors for i in fresh]),
                        )
                    entries += len(fresh)
                    chunks += sum(len(i.vectors) for i in fresh)
                if progress is not None:
                    progress(chunks, total)
            with self._state_lock:
                if self._state is IndexState.BUILDING:
                    self._state = IndexState.READY
            log.info(
                "vector_index.built",
                entries=entries,
                chunks=chunks,
                s=round(time.perf_counter() - started, 2),
            )
        finally:
            self._ready.set()

    # ---- life cycle -------------------------------------------------------------------------
    def close(self, timeout: float = 5.0) -> None:
        """On lock: stop the build, stop listening, drop the index (and its vectors)."""
        self._stop.set()
        builder = self._builder
        if builder is not None and builder is not threading.current_thread():
            builder.join(timeout)
        self._builder = None
        self.detach()
        self._catch_up = None
        if self._owns_embedder:
            unload = getattr(self.embedder, "unload", None)
            if callable(unload):
                unload()  # stop the embedding child: its model goes with the session
        if self._unsub_index is not None:
            self._unsub_index()
            self._unsub_index = None
        with self._state_lock:
            self.index.drop()
            self._state = IndexState.EMPTY
            self._touched.clear()
        self._ready.set()
