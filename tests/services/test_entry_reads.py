"""Saving an entry reads it from the vault once per reader: the edit itself, and each
background job, not more.

The jobs run for real (durable queue, worker thread, real analyser, real MiniLM model, real
in-memory index); only the entry reads are counted, by job, through the job runner's own
"started" event, which is published on the worker thread just before the handler runs.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.domain.models import EntryPatch, NewEntry
from neuroleaf_desktop.services.analysis_service import ANALYSE_KIND
from neuroleaf_desktop.services.background import BackgroundServices, attach_background
from neuroleaf_desktop.services.embedding_service import EMBED_KIND
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.storage.repositories.journal_repo import JournalRepository
from tests.support.search_helpers import use_embedder


class EntryReads:
    """Counts ``JournalRepository.get`` calls per running job (worker threads only)."""

    def __init__(self, bg: BackgroundServices) -> None:
        self.bg = bg
        self._running = threading.local()
        self.by_job: Counter[int] = Counter()

    def on_job(self, change: Change) -> None:
        if change.op == "started" and change.id:
            self._running.job_id = int(change.id)

    def count(self) -> None:
        job_id = getattr(self._running, "job_id", None)
        if job_id is not None:
            self.by_job[job_id] += 1

    def per_kind(self) -> dict[str, list[int]]:
        """Reads of every job run since the last ``clear``, grouped by kind."""
        kinds: dict[str, list[int]] = {}
        for job_id, reads in sorted(self.by_job.items()):
            job = self.bg.jobs.get(job_id)
            assert job is not None
            kinds.setdefault(job.kind, []).append(reads)
        return kinds

    def clear(self) -> None:
        self.by_job.clear()


@pytest.fixture(scope="module")
def model() -> MiniLMEmbedder:
    return MiniLMEmbedder()


@pytest.fixture
def reads(
    session: Session, model: MiniLMEmbedder, monkeypatch: pytest.MonkeyPatch
) -> Iterator[EntryReads]:
    use_embedder(session, model)
    bg = attach_background(session, poll_interval=0.05, catch_up=False, semantic=True)
    counter = EntryReads(bg)
    session.events.subscribe(counter.on_job, Topic.JOB)
    real_get = JournalRepository.get

    def counted_get(repo: JournalRepository, entry_id: str) -> Any:
        counter.count()
        return real_get(repo, entry_id)

    monkeypatch.setattr(JournalRepository, "get", counted_get)
    try:
        yield counter
    finally:
        bg.stop()


def test_each_job_reads_a_saved_entry_once(session: Session, reads: EntryReads) -> None:
    entry = session.journal.add(NewEntry(title="Evening", body="A calm walk by the river."))
    assert reads.bg.jobs.wait_idle(60)
    assert reads.per_kind() == {ANALYSE_KIND: [1], EMBED_KIND: [1]}
    reads.clear()
    session.journal.edit(entry.id, EntryPatch(body="Worried about the exam and the rent."))
    assert reads.bg.jobs.wait_idle(60)
    assert reads.per_kind() == {ANALYSE_KIND: [1], EMBED_KIND: [1]}
    analysis = session.analysis.current(entry.id, "Evening", "Worried about the exam and the rent.")
    assert analysis is not None  # the one read was enough to analyse the new text


def test_embed_job_for_current_vectors_indexes_them_without_a_second_read(
    session: Session, reads: EntryReads
) -> None:
    entry = session.journal.add(NewEntry(title="", body="Cooked soup with my sister."))
    assert reads.bg.jobs.wait_idle(60)
    embeddings = session.embeddings
    embeddings.ensure_index()
    assert entry.id in embeddings.index
    embeddings.index.remove(entry.id)  # e.g. a restore raced the index build
    reads.clear()
    reads.bg.jobs.enqueue(EMBED_KIND, entry.id)  # a duplicate job: the vectors are current
    assert reads.bg.jobs.wait_idle(60)
    assert reads.per_kind() == {EMBED_KIND: [1]}
    assert entry.id in embeddings.index  # back from the stored vectors, nothing re-embedded


def test_edit_and_get_read_the_entry_once(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = session.journal.add(NewEntry(title="Evening", body="A calm walk."))
    calls: list[str] = []
    real_get = JournalRepository.get

    def counted_get(repo: JournalRepository, entry_id: str) -> Any:
        calls.append(entry_id)
        return real_get(repo, entry_id)

    monkeypatch.setattr(JournalRepository, "get", counted_get)
    edited = session.journal.edit(entry.id, EntryPatch(body="A calm walk, then rain."))
    assert edited.body == "A calm walk, then rain." and calls == [entry.id]
    calls.clear()
    assert session.journal.get(entry.id[:8]).id == entry.id  # a prefix still resolves
    assert session.journal.get(entry.id).body == "A calm walk, then rain."
    assert calls == [entry.id, entry.id]  # one read per get, none to check the id
