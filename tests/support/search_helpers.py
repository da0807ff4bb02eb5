"""Shared pieces of the semantic-search tests: one real model per test module."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.services.session import Session


class CountingEmbedder:
    """The real embedder, counting how many texts it was asked to embed."""

    def __init__(self, inner: MiniLMEmbedder) -> None:
        self.inner = inner
        self.texts = 0

    @property
    def model_key(self) -> str:
        return self.inner.model_key

    @property
    def dim(self) -> int:
        return self.inner.dim

    def available(self) -> bool:
        return self.inner.available()

    def embed(self, texts: Sequence[str], *, batch_size: int = 32) -> Any:
        self.texts += len(texts)
        return self.inner.embed(texts, batch_size=batch_size)


def use_embedder(session: Session, embedder: Any) -> None:
    """Share one loaded model between sessions (loading it is the slow part of a test)."""
    session.embeddings.embedder = embedder
