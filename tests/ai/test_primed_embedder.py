"""The primed embedder the long safety measurements use gives the model's own vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from neuroleaf_desktop.ai.embeddings import MiniLMEmbedder
from neuroleaf_desktop.ai.safety_semantic import split_sentences
from neuroleaf_desktop.domain.safety.evaluation import parse_rows
from tests.support.primed_embedder import PrimedEmbedder

EVERYDAY = Path(__file__).parents[1] / "data" / "safety" / "everyday"


def _texts() -> list[str]:
    """Short and long everyday sentences in several languages, so a batch pads most of them."""
    texts: list[str] = []
    for language in ("en", "de", "pt"):
        rows = parse_rows((EVERYDAY / f"{language}.tsv").read_text(encoding="utf-8"))
        texts += [r.text for r in rows[:12]]
    return [*texts, "Ok.", " ".join(texts[:6])]


def test_a_primed_vector_is_the_one_the_model_gives_alone() -> None:
    real = MiniLMEmbedder()
    assert real.available()
    texts = _texts()
    primed = PrimedEmbedder(real)
    primed.prime(texts)
    for text in texts:
        sentences = split_sentences(text)
        if not sentences:
            continue  # the scorer asks nothing of a text with no sentence to read
        alone = np.stack([real.embed([s])[0] for s in sentences])
        assert np.abs(primed.embed(sentences) - alone).max() < 1e-5, text
    assert primed.asked > len(texts) and primed.missed == 0


def test_a_sentence_nobody_primed_goes_to_the_model() -> None:
    real = MiniLMEmbedder()
    primed = PrimedEmbedder(real)
    primed.prime(["The bus was late again."])
    vectors = primed.embed(["The bus was late again.", "A heron stood in the canal."])
    assert vectors.shape == (2, real.dim) and primed.missed == 1
    assert np.abs(vectors[1] - real.embed(["A heron stood in the canal."])[0]).max() < 1e-5
    assert primed.embed([]).shape == (0, real.dim)
