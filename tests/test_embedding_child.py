"""The embedding child process: same vectors as sentence-transformers, out of the app's
memory, stopped when idle; and the large-history indexing it serves (newest first, progress
with an estimate, a pause while the person types)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from neuroleaf_desktop.ai.embeddings import (
    MiniLMEmbedder,
    SentenceTransformerEmbedder,
    onnx_dir,
)
from neuroleaf_desktop.ai.minilm_onnx import ONNX_FOLDER, export_onnx
from neuroleaf_desktop.ai.model_registry import MINILM_L6_V2, default_registry
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.embedding_service import (
    CATCH_UP_BATCH,
    CatchUpProgress,
    describe_progress,
)
from neuroleaf_desktop.services.events import Change, Topic
from neuroleaf_desktop.services.jobs import JobRunner
from neuroleaf_desktop.services.session import Session
from tests.search_helpers import use_embedder

TEXTS = [
    "I slept badly and woke up anxious about the meeting.",
    "A calm morning with coffee on the balcony.",
    "Ünïcödé: café, naïve, Grüße — and an emoji 🙂.",
    "word " * 600,  # far past the 256-token truncation
    "ok",
    *[f"day {i}: walked the dog by the river, " + "felt better " * (i % 9) for i in range(40)],
]
COSINE_FLOOR = 1 - 1e-4


@pytest.fixture(scope="module")
def onnx_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The float32 export the app uses; built here (no hub: local weights) when the build
    step (``make venv``) has not made one."""
    found = onnx_dir(default_registry())
    if found is not None:
        return found
    source = default_registry().locate(MINILM_L6_V2.key)
    return export_onnx(source, tmp_path_factory.mktemp("onnx") / ONNX_FOLDER)


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return SentenceTransformerEmbedder().embed(TEXTS)


@pytest.fixture(scope="module")
def child(onnx_folder: Path) -> Iterator[MiniLMEmbedder]:
    embedder = MiniLMEmbedder(onnx=onnx_folder, backend="onnx", idle_stop_s=-1)
    yield embedder
    embedder.unload()


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


def test_child_vectors_equal_sentence_transformers_per_vector(
    child: MiniLMEmbedder, reference: np.ndarray
) -> None:
    vectors = child.embed(TEXTS, batch_size=8)
    assert child.backend == "onnx"
    assert vectors.shape == reference.shape and vectors.dtype == np.float32
    cosines = _cosines(vectors, reference)
    assert cosines.min() >= COSINE_FLOOR, f"worst vector {int(cosines.argmin())}: {cosines.min()}"
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_torch_fallback_in_the_child_gives_the_same_vectors(reference: np.ndarray) -> None:
    embedder = MiniLMEmbedder(backend="torch", idle_stop_s=-1)
    try:
        vectors = embedder.embed(TEXTS[:5])
        assert embedder.backend == "torch"
    finally:
        embedder.unload()
    assert _cosines(vectors, reference[:5]).min() >= COSINE_FLOOR


def test_the_app_process_never_imports_the_model_runtime(onnx_folder: Path) -> None:
    """What stays in the app: no torch, no sentence-transformers, no onnxruntime."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder\n"
        "e = MiniLMEmbedder(onnx=Path(sys.argv[1]), idle_stop_s=-1)\n"
        "v = e.embed(['a quiet evening'])\n"
        "assert v.shape == (1, 384), v.shape\n"
        "e.unload()\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'onnxruntime', 'transformers')\n"
        "         if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(onnx_folder)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1])),
    ).stdout
    assert "HEAVY []" in out


def test_the_child_stops_after_the_idle_time_and_restarts_on_demand(onnx_folder: Path) -> None:
    embedder = MiniLMEmbedder(onnx=onnx_folder, idle_stop_s=0.3)
    try:
        first = embedder.embed(["first"])
        pid = embedder.worker.pid
        assert pid is not None and embedder.loaded
        deadline = time.monotonic() + 20
        while embedder.worker.alive and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not embedder.worker.alive and not embedder.loaded
        again = embedder.embed(["first"])
        assert embedder.worker.pid not in (None, pid)
        assert np.allclose(first, again, atol=1e-6)
    finally:
        embedder.unload()


def test_a_killed_child_is_replaced_on_the_next_request(child: MiniLMEmbedder) -> None:
    child.embed(["before"])
    pid = child.worker.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    vectors = child.embed(["after"])
    assert vectors.shape == (1, 384)
    assert child.worker.pid not in (None, pid)


# ---- the service: a large history -------------------------------------------------------------
def test_progress_words_say_how_far_and_how_long() -> None:
    assert describe_progress(None, 0.0) == "Preparing entries for search…"
    early = CatchUpProgress(total=100, started=0.0)
    assert describe_progress(early, 5.0) == "Preparing entries for search… 0 %"
    mid = CatchUpProgress(total=100, started=0.0, done=40)
    assert describe_progress(mid, 40.0) == "Preparing entries for search… 40 %, about 1 min left"
    paused = CatchUpProgress(total=100, started=0.0, done=40, paused_s=30.0)
    assert describe_progress(paused, 40.0) == (
        "Preparing entries for search… 40 %, less than a minute left"
    )


def _add_entries(session: Session, n: int) -> list[str]:
    ids = []
    for i in range(n):
        entry = session.journal.add(NewEntry(title=f"day {i}", body=f"entry number {i} " * 5))
        ids.append(entry.id)
    return ids


def test_catch_up_embeds_newest_first_and_reports_progress(
    session: Session, child: MiniLMEmbedder
) -> None:
    use_embedder(session, child)
    service = session.embeddings
    ids = _add_entries(session, CATCH_UP_BATCH + 6)  # no jobs attached: nothing embedded yet
    assert [p.entry_id for p in service.pending()] == ids[::-1]  # newest first

    seen: list[tuple[str, tuple[str, ...], set[str]]] = []
    runner = JobRunner(session.vault, session.events)

    def on_job(change: Change) -> None:
        if change.op == "progress" and not seen:  # the first batch just went in
            left = {p.entry_id for p in service.pending()}
            seen.append((service.progress_text(), runner.status().labels, left))

    session.events.subscribe(on_job, Topic.JOB)
    service.attach(runner)
    runner.start()
    try:
        assert service.schedule_catch_up(timedelta(0)) is not None
        assert runner.wait_idle(180)
    finally:
        runner.stop()
        service.detach()
    assert service.pending() == [] and service.catch_up_progress is None
    text, labels, left = seen[0]
    assert text.startswith("Preparing entries for search… ") and " %" in text
    assert text in labels  # the status bar shows the same words
    assert ids[-1] not in left and ids[0] in left  # newest searchable first, oldest waiting


def test_embedding_waits_while_the_person_types(session: Session, child: MiniLMEmbedder) -> None:
    use_embedder(session, child)
    entries = _add_entries(session, 2)
    service = session.embeddings
    stop_typing = threading.Event()

    def typist() -> None:
        while not stop_typing.is_set():
            service.note_typing()
            time.sleep(0.05)

    thread = threading.Thread(target=typist, daemon=True)
    thread.start()
    done = threading.Event()
    worker = threading.Thread(
        target=lambda: (service.embed_entries(service.pending()), done.set()), daemon=True
    )
    worker.start()
    time.sleep(1.0)
    assert not done.is_set()  # still waiting for the keyboard to go quiet
    assert service.pending() != []
    stop_typing.set()
    worker.join(60)
    assert done.is_set() and service.pending() == []
    assert len(entries) == 2
