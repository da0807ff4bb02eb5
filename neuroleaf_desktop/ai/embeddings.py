"""Sentence embeddings, behind a small protocol, computed outside the app's process.

:class:`MiniLMEmbedder` (what the app uses) runs all-MiniLM-L6-v2 in a child process
(``ai/embed_worker``, through the shared :class:`~neuroleaf_desktop.ai.child_process.
ChildWorker`): started on the first ``embed``, stopped after :data:`IDLE_STOP_S` without one.
Why: the model and its runtime (0.6-0.9 GB on torch) would otherwise stay in the resting app
for the whole session. The child runs the float32 ONNX export on onnxruntime when it has been
built (``ai/minilm_onnx``), else sentence-transformers on torch; both give the same vectors.

:class:`SentenceTransformerEmbedder` runs sentence-transformers in *this* process: the
reference the child's vectors are tested against, and a fallback for tools.

Importing this module costs nothing (no numpy, torch or onnxruntime). The model folder comes
from the :class:`~neuroleaf_desktop.ai.model_registry.ModelRegistry`; when it is missing,
``embed`` raises :class:`FeatureUnavailableError` naming the pip package, and semantic search
(only) is unavailable.

Vectors are float32, L2-normalised (so a dot product is the cosine similarity) and 384-wide.
Embeddings can be inverted back to text: treat them as content (never log them, never write
them outside the vault; they cross to the child over its pipes only).
"""

from __future__ import annotations

import base64
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from neuroleaf_desktop.ai.child_process import ChildWorker
from neuroleaf_desktop.ai.embed_worker import OFFLINE_ENV
from neuroleaf_desktop.ai.minilm_onnx import ONNX_FOLDER, is_complete
from neuroleaf_desktop.ai.model_registry import (
    MINILM_L6_V2,
    PROJECT_MODELS,
    ModelRegistry,
    ModelStatus,
    bundled_model_folders,
    default_registry,
)
from neuroleaf_desktop.errors import ExitCode, FeatureUnavailableError, NeuroLeafError
from neuroleaf_desktop.logging_setup import get_logger

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Vectors = npt.NDArray[np.float32]

log = get_logger("embeddings")

MINILM_DIM = 384
DEFAULT_BATCH = 32
IDLE_STOP_S = 60.0  # the child (and the model's memory) goes after this long without work
REQUEST_TEXTS = 256  # texts per request to the child: frames stay far below their size cap


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length float32 vectors of ``dim`` dimensions."""

    @property
    def model_key(self) -> str:
        """Stored beside every vector: vectors of different models are never mixed."""
        ...

    @property
    def dim(self) -> int: ...

    def available(self) -> bool:
        """Cheap check (no loading): could ``embed`` work?"""
        ...

    def embed(self, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH) -> Vectors:
        """An array of shape (len(texts), dim); raises FeatureUnavailableError if missing."""
        ...


def set_offline_environment() -> None:
    for key, value in OFFLINE_ENV.items():
        os.environ[key] = value


class EmbeddingError(NeuroLeafError):
    """The embedding child failed (crashed, killed, or answered nonsense)."""

    exit_code = ExitCode.UNAVAILABLE


def onnx_dir(registry: ModelRegistry) -> Path | None:
    """The exported float32 ONNX folder, if one was built (project or user models folder)."""
    paths = registry.paths
    candidates = [folder / ONNX_FOLDER for folder in bundled_model_folders()]
    candidates += [paths.user_models / ONNX_FOLDER, paths.cache / "models" / ONNX_FOLDER]
    if PROJECT_MODELS is not None:
        candidates.insert(0, PROJECT_MODELS / ONNX_FOLDER)
    return next((c for c in candidates if is_complete(c)), None)


def _missing_runtime() -> FeatureUnavailableError:
    return FeatureUnavailableError(
        "Semantic search needs sentence-transformers and torch (or the exported ONNX model "
        "with onnxruntime). Install them with: pip install torch==2.13.0 "
        "'sentence-transformers>=5,<7'"
    )


class EmbeddingWorker(ChildWorker):
    """The embedding child: one request at a time, stopped when idle (see ``idle_stop``)."""

    module = "neuroleaf_desktop.ai.embed_worker"
    name = "embed"
    debug_env = "NEUROLEAF_EMBED_DEBUG"
    start_failed_message = "The embedding process did not start properly."
    timeout_message = "The embedding process did not answer in time."

    def __init__(self, *, threads: int | None = None, python: str = sys.executable) -> None:
        super().__init__(python=python)
        self.threads = threads
        self._next_id = 0
        self.backend = ""  # "onnx" or "torch", once the child has answered
        self.peak_rss_kb = 0
        self.cpu_s = 0.0  # the child's CPU time so far, as it last reported

    def _environment(self, env: dict[str, str]) -> None:
        env.update(OFFLINE_ENV)
        if self.threads:
            env["NEUROLEAF_EMBED_THREADS"] = str(self.threads)

    def _error(self, message: str) -> NeuroLeafError:
        return EmbeddingError(message)

    def _died_error(self, how: str) -> NeuroLeafError:
        return EmbeddingError(
            f"The embedding process stopped unexpectedly ({how}). Semantic search will try "
            "again with a fresh one."
        )

    def _cancelled_error(self) -> NeuroLeafError:
        return EmbeddingError("Embedding was cancelled.")

    def embed(
        self, texts: list[str], *, model_dir: Path, onnx: Path | None, batch_size: int
    ) -> Vectors:
        import numpy as np

        with self._lock:
            self._ensure()
            self._next_id += 1
            request = {
                "op": "embed",
                "id": self._next_id,
                "model_dir": str(model_dir),
                "onnx_dir": str(onnx) if onnx is not None else "",
                "texts": texts,
                "batch_size": batch_size,
            }
            self._send(request)
            reply = self._receive(None, timeout=600.0)
        if reply.get("type") == "error":
            kind = str(reply.get("kind"))
            log.warning("embeddings.worker_error", kind=kind)
            if kind in ("ImportError", "ModuleNotFoundError"):
                raise _missing_runtime()
            raise EmbeddingError(f"Embedding failed in the helper process ({kind}).")
        self.backend = str(reply.get("backend", ""))
        self.peak_rss_kb = int(reply.get("peak_rss_kb") or 0)
        self.cpu_s = float(reply.get("cpu_s") or 0.0)
        n, dim = int(reply["n"]), int(reply["dim"])
        data = base64.b64decode(reply["data"])
        vectors: Vectors = np.frombuffer(data, dtype="<f4").astype(np.float32).reshape(n, dim)
        return vectors


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 in a child process, started on demand and stopped when idle.

    Thread-safe: the worker serialises requests. ``loaded`` says whether the child is up with
    the model in it (a first ``embed`` then costs no start-up).
    """

    idle_stop_s: ClassVar[float] = IDLE_STOP_S

    def __init__(
        self,
        registry: ModelRegistry | None = None,
        *,
        model_key: str = "",
        worker: EmbeddingWorker | None = None,
        idle_stop_s: float | None = None,
        onnx: Path | None = None,
        backend: str = "auto",
    ) -> None:
        """``backend``: "auto" (ONNX when exported, else torch), "onnx" (the export in
        ``onnx`` or found by :func:`onnx_dir`, required) or "torch"."""
        self._registry = registry or default_registry()
        self._spec = self._registry.spec(model_key or MINILM_L6_V2.key)
        self.worker = worker or EmbeddingWorker()
        self._idle_s = self.idle_stop_s if idle_stop_s is None else idle_stop_s
        self._timer: threading.Timer | None = None
        self._timer_lock = threading.Lock()
        self._busy = 0
        self._last_used = 0.0
        self._answered = False
        self._onnx = onnx
        self._backend = backend

    @property
    def model_key(self) -> str:
        return self._spec.key

    @property
    def dim(self) -> int:
        return MINILM_DIM

    @property
    def loaded(self) -> bool:
        return self._answered and self.worker.alive

    @property
    def backend(self) -> str:
        return self.worker.backend

    def available(self) -> bool:
        return self._registry.status(self._spec.key).status is ModelStatus.PRESENT

    def embed(self, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH) -> Vectors:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        folder = self._registry.locate(self._spec.key)  # FeatureUnavailableError if missing
        onnx = self._onnx_folder()
        self._enter()
        try:
            parts = [
                self._request(list(texts[lo : lo + REQUEST_TEXTS]), folder, onnx, batch_size)
                for lo in range(0, len(texts), REQUEST_TEXTS)
            ]
        finally:
            self._leave()
        self._answered = True
        out: Vectors = np.ascontiguousarray(np.concatenate(parts), dtype=np.float32)
        if out.shape != (len(texts), self.dim):
            raise FeatureUnavailableError(
                f"The {self._spec.label} model returned vectors of shape {out.shape}, expected "
                f"(n, {self.dim}). Reinstall it with: {self._spec.install_hint}"
            )
        return out

    def _request(
        self, texts: list[str], folder: Path, onnx: Path | None, batch_size: int
    ) -> Vectors:
        """One request; a child that had died (crash, OOM kill) is replaced once."""
        try:
            return self.worker.embed(texts, model_dir=folder, onnx=onnx, batch_size=batch_size)
        except EmbeddingError:
            if self.worker.alive:
                raise
            log.info("embeddings.retry_after_child_died")
            return self.worker.embed(texts, model_dir=folder, onnx=onnx, batch_size=batch_size)

    def _onnx_folder(self) -> Path | None:
        if self._backend == "torch":
            return None
        folder = self._onnx or onnx_dir(self._registry)
        if folder is None and self._backend == "onnx":
            raise FeatureUnavailableError(
                "The ONNX export of the embedding model is missing. Build it with: "
                "python -m neuroleaf_desktop.ai.minilm_onnx"
            )
        return folder

    # ---- the idle stop ------------------------------------------------------------------------
    def _enter(self) -> None:
        with self._timer_lock:
            self._busy += 1
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def _leave(self) -> None:
        with self._timer_lock:
            self._busy -= 1
            self._last_used = time.monotonic()
            if self._busy == 0 and self._idle_s >= 0:
                self._timer = threading.Timer(self._idle_s, self._stop_if_idle)
                self._timer.daemon = True
                self._timer.start()

    def _stop_if_idle(self) -> None:
        with self._timer_lock:
            if self._busy or time.monotonic() - self._last_used < self._idle_s * 0.9:
                return
            self._timer = None
        log.info("embeddings.idle_stop")
        self.unload()

    def unload(self) -> None:
        """Stop the child (frees the model's memory); the next ``embed`` starts it again."""
        with self._timer_lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        self._answered = False
        self.worker.close()


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 via sentence-transformers in this process: the reference.

    Thread-safe: one model per embedder, one encode at a time (torch already uses the cores).
    """

    def __init__(self, registry: ModelRegistry | None = None, *, model_key: str = "") -> None:
        self._registry = registry or default_registry()
        self._spec = self._registry.spec(model_key or MINILM_L6_V2.key)
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def model_key(self) -> str:
        return self._spec.key

    @property
    def dim(self) -> int:
        return MINILM_DIM

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def available(self) -> bool:
        return self._registry.status(self._spec.key).status is ModelStatus.PRESENT

    def _load(self) -> Any:
        if self._model is None:
            folder = self._registry.locate(self._spec.key)  # FeatureUnavailableError if missing
            set_offline_environment()
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError:
                raise _missing_runtime() from None
            try:
                self._model = SentenceTransformer(str(folder), device="cpu")
            except (OSError, ValueError) as exc:
                log.warning("embeddings.load_failed", error_type=type(exc).__name__)
                raise FeatureUnavailableError(
                    f"The {self._spec.label} model could not be loaded from {folder} (its files "
                    f"may be damaged). Reinstall it with: {self._spec.install_hint} "
                    "--force-reinstall"
                ) from None
            log.info("embeddings.loaded", model=self._spec.key)
        return self._model

    def embed(self, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH) -> Vectors:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            model = self._load()
            vectors = model.encode(
                list(texts),
                batch_size=batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        out: Vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        return out

    def unload(self) -> None:
        """Drop the model (frees ≈ 100-200 MB); the next ``embed`` loads it again."""
        with self._lock:
            self._model = None
