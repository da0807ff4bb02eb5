"""The neighbour bank beside the safety weights: the app's scores are the training script's,
and a missing, corrupt or mismatched bank is refused without a traceback.

The pair under test is trained here, small, by the training script's own functions, so these
tests hold whichever weights the package ships (with a bank or, as older files, without)."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from neuroleaf_desktop.ai.safety_neighbour_bank import BANK, NeighbourBank, quantise, write_bank
from neuroleaf_desktop.ai.safety_semantic import (
    WEIGHTS,
    ClassifierWeights,
    EmbeddingSafetyScorer,
)
from neuroleaf_desktop.domain.safety import DEFAULT_SEMANTIC_THRESHOLD
from neuroleaf_desktop.domain.safety.evaluation import LANGUAGES

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

if TYPE_CHECKING:
    from train_safety_classifier import Prepared


@pytest.fixture(scope="module")
def scorer() -> Iterator[EmbeddingSafetyScorer]:
    real = EmbeddingSafetyScorer()
    assert real.available(), "the all-MiniLM-L6-v2 package should be installed"
    yield real


@dataclass
class Pair:
    """Weights and bank written by the training script's own code, and the measured rows."""

    weights: Path
    measured: Prepared


@pytest.fixture(scope="module")
def pair(scorer: EmbeddingSafetyScorer, tmp_path_factory: pytest.TempPathFactory) -> Pair:
    """A small training with the shipped recipe's neighbour features (about 400 of the training
    rows, every language), written by ``write_weights`` as the full training writes it."""
    from safety_neighbours import bank_of, with_neighbours
    from safety_training_rows import HELD_OUT_CORPORA, fold_of, measuring_rows, training_rows
    from train_safety_classifier import prepare, train, write_weights

    rows = training_rows(HELD_OUT_CORPORA, ())
    examples = rows[:: max(1, len(rows) // 400)]
    measured = measuring_rows(HELD_OUT_CORPORA)
    chosen = [measured[i] for i in range(0, len(measured), max(1, len(measured) // 8))][:8]
    assert any(e.label == 1 for e in chosen) and any(e.label == 0 for e in chosen)
    p = prepare(examples, scorer.embedder.embed)
    q = prepare(chosen, scorer.embedder.embed)
    bank = bank_of(p)
    p, q = with_neighbours(p, q, fold_of([e.group for e in examples]), bank)
    full = train(p.rows, p.labels.astype(np.float64), p.everyday, categories=p.categories)
    out = tmp_path_factory.mktemp("pair") / WEIGHTS.name
    model_key = scorer.embedder.model_key
    write_weights(p, full, dict.fromkeys(LANGUAGES, 0.9), model_key, bank, out)
    return Pair(out, q)


def _copy_pair(pair: Pair, tmp_path: Path) -> Path:
    """The pair's weights and bank, copied side by side into ``tmp_path``."""
    (tmp_path / BANK.name).write_bytes((pair.weights.parent / BANK.name).read_bytes())
    weights = tmp_path / WEIGHTS.name
    weights.write_text(pair.weights.read_text(encoding="utf-8"), encoding="utf-8")
    return weights


def test_weights_name_their_bank(pair: Pair) -> None:
    named = json.loads(pair.weights.read_text(encoding="utf-8"))["neighbour_bank"]
    trained = ClassifierWeights.load(pair.weights)
    assert trained is not None and trained.bank is not None
    assert trained.bank.vectors.shape == (named["rows"], named["dim"])
    assert trained.neighbours == named["k"] and trained.neighbour_scale == named["scale"]
    # The bank's labels hold both kinds, and every row is close to unit length after int8.
    assert 0 < int(trained.bank.positive.sum()) < len(trained.bank.positive)
    norms = np.linalg.norm(trained.bank.vectors, axis=1)
    assert np.all(np.abs(norms - 1.0) < 0.01)


def test_quantising_keeps_cosines_and_writes_the_same_bytes(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(300, 384))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    codes, scale = quantise(vectors)
    assert codes.dtype == np.int8 and int(np.abs(codes).max()) == 127
    exact = vectors[:20] @ vectors.T
    rounded = vectors[:20].astype(np.float32) @ (codes.astype(np.float32) * scale).T
    assert float(np.abs(exact - rounded).max()) < 0.01
    labels = (np.arange(300) % 3 == 0).astype(np.uint8)
    first = write_bank(tmp_path / "a.npz", vectors, labels)
    second = write_bank(tmp_path / "b.npz", vectors, labels)
    assert first == second
    bank = NeighbourBank.read(tmp_path / "a.npz")
    assert np.array_equal(bank.positive, labels == 1)


def test_a_vector_never_sees_its_own_fold() -> None:
    """A bank row identical to the vector counts only when the fold allows it."""
    bank_rows = np.eye(4, dtype=np.float32)
    bank = NeighbourBank(bank_rows, np.array([True, False, False, False]))
    query = np.array([[1.0, 0.0, 0.0, 0.0]])
    seen = bank.features(query, 1)
    assert seen[0, 0] == 1.0 and seen[0, 1] == pytest.approx(1.0)
    hidden = bank.features(query, 1, np.array([0]), np.array([0, 1, 1, 1]))
    assert hidden[0, 0] == 0.0 and hidden[0, 1] < 0


def test_app_scores_equal_the_training_scripts(pair: Pair, scorer: EmbeddingSafetyScorer) -> None:
    """Measured rows (never in the bank) scored by the app and by the training script, whose
    features come from the same int8 bank, with the weights as written: the same to 1e-6."""
    from train_safety_classifier import row_scores

    app = EmbeddingSafetyScorer(scorer.embedder, weights=pair.weights)
    trained = app.trained
    assert trained is not None and trained.bank is not None
    q = pair.measured
    # Not in the bank: no bank row is the same vector.
    assert float((q.rows.dense[:, :-2] @ trained.bank.vectors.T).max()) < 0.999
    data = json.loads(pair.weights.read_text(encoding="utf-8"))
    w = np.asarray(data["weights"], dtype=np.float64)
    v = np.asarray(data["ngram_weights"], dtype=np.float64)
    script = row_scores(q, w, v, float(data["bias"]))
    scores = np.array([app(e.text) for e in q.examples])
    assert np.abs(scores - script).max() < 1e-6
    assert scores.max() > scores.min()  # the rows are told apart, not all scored alike


def test_weights_without_a_bank_still_load_and_score(
    pair: Pair, tmp_path: Path, scorer: EmbeddingSafetyScorer
) -> None:
    """An older weights file (no bank named, no neighbour features) reads as before."""
    data = json.loads(pair.weights.read_text(encoding="utf-8"))
    data.pop("neighbour_bank")
    data["weights"] = data["weights"][:-2]
    path = tmp_path / "older.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    older = EmbeddingSafetyScorer(scorer.embedder, weights=path)
    assert older.trained is not None and older.trained.bank is None
    verdict = older.classify("I have been saving my pills and I know how many I need.")
    assert 0.0 <= verdict.score <= 1.0 and verdict.category is not None


def _refused(weights: Path, embedder: object) -> None:
    """The pair is refused: the scorer reads as with no weights file, and still scores."""
    fallback = EmbeddingSafetyScorer(embedder, weights=weights)  # type: ignore[arg-type]
    assert fallback.trained is None
    assert fallback.threshold == DEFAULT_SEMANTIC_THRESHOLD
    assert fallback.languages == frozenset({"en"})
    assert 0.0 < fallback("I don't want to be alive anymore.") <= 1.0


def test_a_missing_bank_is_refused(
    pair: Pair, tmp_path: Path, scorer: EmbeddingSafetyScorer
) -> None:
    weights = _copy_pair(pair, tmp_path)
    (tmp_path / BANK.name).unlink()
    _refused(weights, scorer.embedder)


def test_a_corrupt_bank_is_refused(
    pair: Pair, tmp_path: Path, scorer: EmbeddingSafetyScorer
) -> None:
    """Garbage bytes, even with the sha256 rewritten to match them."""
    weights = _copy_pair(pair, tmp_path)
    bank = tmp_path / BANK.name
    bank.write_bytes(b"not a bank" * 100)
    _refused(weights, scorer.embedder)
    data = json.loads(weights.read_text(encoding="utf-8"))
    data["neighbour_bank"]["sha256"] = hashlib.sha256(bank.read_bytes()).hexdigest()
    weights.write_text(json.dumps(data), encoding="utf-8")
    _refused(weights, scorer.embedder)


def test_another_trainings_bank_is_refused(
    pair: Pair, tmp_path: Path, scorer: EmbeddingSafetyScorer
) -> None:
    """A well-formed bank of other rows: its sha256 differs; with the sha256 forged to match,
    its row count still differs."""
    weights = _copy_pair(pair, tmp_path)
    bank = tmp_path / BANK.name
    rng = np.random.default_rng(3)
    other = rng.normal(size=(50, 384))
    sha = write_bank(bank, other / np.linalg.norm(other, axis=1, keepdims=True), np.ones(50))
    _refused(weights, scorer.embedder)
    data = json.loads(weights.read_text(encoding="utf-8"))
    data["neighbour_bank"]["sha256"] = sha
    weights.write_text(json.dumps(data), encoding="utf-8")
    _refused(weights, scorer.embedder)
