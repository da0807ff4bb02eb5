"""Sentence embeddings, behind a small protocol, loaded lazily.

Importing this module costs nothing: torch and sentence-transformers are imported on the
first ``embed`` (seconds), never on the app's start-up path. The model folder comes from the
:class:`~neuroleaf_desktop.ai.model_registry.ModelRegistry`; when it is missing, ``embed``
raises :class:`FeatureUnavailableError` naming the pip package, and semantic search (only)
is unavailable.

Vectors are float32, L2-normalised (so a dot product is the cosine similarity) and 384-wide
for all-MiniLM-L6-v2. Embeddings can be inverted back to text: treat them as content (never
log them, never write them outside the vault).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from neuroleaf_desktop.ai.model_registry import (
    MINILM_L6_V2,
    ModelRegistry,
    ModelStatus,
    default_registry,
)
from neuroleaf_desktop.errors import FeatureUnavailableError
from neuroleaf_desktop.logging_setup import get_logger

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Vectors = npt.NDArray[np.float32]

log = get_logger("embeddings")

MINILM_DIM = 384
DEFAULT_BATCH = 32
# Set in-process before sentence-transformers is imported: nothing may try the network, and
# no progress bars on the CLI's stderr.
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TOKENIZERS_PARALLELISM": "false",
}


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


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 via sentence-transformers on the CPU, loaded on first use.

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
                raise FeatureUnavailableError(
                    "Semantic search needs sentence-transformers and torch. Install them with: "
                    "pip install torch==2.13.0 'sentence-transformers>=5,<7'"
                ) from None
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
        if out.shape != (len(texts), self.dim):
            raise FeatureUnavailableError(
                f"The {self._spec.label} model returned vectors of shape {out.shape}, expected "
                f"(n, {self.dim}). Reinstall it with: {self._spec.install_hint}"
            )
        return out

    def unload(self) -> None:
        """Drop the model (frees ≈ 100-200 MB); the next ``embed`` loads it again."""
        with self._lock:
            self._model = None
