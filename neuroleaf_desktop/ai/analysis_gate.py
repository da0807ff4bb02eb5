"""A learned second reader of the analyser's chips: logistic regression on MiniLM vectors.

Why: the rule-based analyser is ≥ 0.95 precise on the sentences its rules were tuned on, but
on each batch written blind by a new writer its stress categories were right only about two
thirds of the time, and studying one batch did not carry over to the next. A small linear
model per stress category and per emotion, over the all-MiniLM-L6-v2 vector of the text, knows
the topic and tone of a sentence across many writers' wordings. It is used as a **gate**: a
stress category or emotion the rules found is withdrawn when the model gives it a probability
under its label's threshold (``domain/analysis/gating.py`` removes it from the stored result,
so every panel agrees). It never adds a label.

Operating point: a threshold per task, stress 0.15 and emotions 0.05, chosen for pooled F0.5 on
the once-blind batches. Measured leave-one-batch-out over forty-two of them (8,860 rows, each
scored by a model that never trained on it, the rules as they read each batch before it was
studied, today's labels): stress precision / recall 0.692 / 0.282 (rules) → 0.787 / 0.251
(gated), emotions 0.788 / 0.176 → 0.827 / 0.166. The weights file may also set a threshold
per label (``label_thresholds``, "task:label") that overrides its task's; the shipped file sets
none. Per-label thresholds for 0.96 precision on the other folds (fourteen folds, the earlier
weights) reached 0.909 and 0.901 pooled, but were not adopted: they withdraw plainly right chips
("So sad since the dog died" loses sadness), five labels would never be shown, and the target
was chosen on the same folds (``docs/ANALYSIS_GATE_ROUNDS.md``).
At any operating point an absent chip means "not read clearly", never "not felt", and every
panel says so.

Long entries: the model was trained on entries of one to three sentences, so a longer text is
read in windows of ``WINDOW`` sentences and a label's probability is its highest window's.

Privacy: the text and its vectors stay in memory; nothing is logged or written.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from neuroleaf_desktop.ai.embeddings import Embedder, MiniLMEmbedder
from neuroleaf_desktop.domain.analysis.analyzer import analyse, analysed_text
from neuroleaf_desktop.domain.analysis.gating import without_labels
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.errors import NeuroLeafError
from neuroleaf_desktop.logging_setup import get_logger

log = get_logger("analysis")

WEIGHTS = Path(__file__).resolve().parent / "data" / "analysis_gate.json"
WINDOW = 3  # sentences per window of a long entry (the training rows hold one to three)
MAX_WINDOWS = 64  # a very long entry: its first 192 sentences decide
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")


def sentences(text: str) -> list[str]:
    """The text's sentences, cut after . ! ? … and at line breaks (what a window counts)."""
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def windows(text: str) -> list[str]:
    """The text in windows of ``WINDOW`` sentences (one window if it is that short)."""
    parts = sentences(text)
    if len(parts) <= WINDOW:
        return [text.strip()] if text.strip() else []
    groups = [parts[i : i + WINDOW] for i in range(0, len(parts), WINDOW)]
    return [" ".join(g) for g in groups[:MAX_WINDOWS]]


@dataclass(frozen=True)
class GateWeights:
    """One logistic regression per (task, label) over the MiniLM vector, a threshold per task
    ("stress", "emotions") and, where set, a threshold per label ("task:label") that overrides
    its task's. A label threshold above 1 withdraws the label always: no probability the model
    gives it was precise enough on writers it had not seen."""

    labels: tuple[tuple[str, str], ...]
    weights: Any  # numpy array (labels, dim)
    bias: Any  # numpy array (labels,)
    thresholds: dict[str, float]
    model_key: str
    version: str = ""  # "model key:digest of the weights file", stored with each gated result
    label_thresholds: dict[str, float] = field(default_factory=dict)

    def threshold(self, task: str, label: str) -> float:
        return self.label_thresholds.get(f"{task}:{label}", self.thresholds[task])

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> GateWeights | None:
        import numpy as np

        try:
            raw = path.read_bytes()
            data = json.loads(raw.decode("utf-8"))
            return cls(
                labels=tuple((str(t), str(label)) for t, label in data["labels"]),
                weights=np.asarray(data["weights"], dtype=np.float32),
                bias=np.asarray(data["bias"], dtype=np.float32),
                thresholds={str(k): float(v) for k, v in data["thresholds"].items()},
                model_key=str(data["model_key"]),
                version=f"{data['model_key']}:{hashlib.sha256(raw).hexdigest()[:12]}",
                label_thresholds={
                    str(k): float(v) for k, v in data.get("label_thresholds", {}).items()
                },
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def probabilities(self, vectors: Any) -> Any:
        """P(label) per row of ``vectors`` (rows × labels)."""
        import numpy as np

        z = np.asarray(vectors, dtype=np.float32) @ self.weights.T + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def doubted(self, vectors: Any) -> tuple[frozenset[str], frozenset[str]]:
        """(stress categories, emotions) whose best window scores under the label's threshold."""
        best = self.probabilities(vectors).max(axis=0)
        low = [
            (task, label)
            for (task, label), p in zip(self.labels, best, strict=True)
            if float(p) < self.threshold(task, label)
        ]
        return (
            frozenset(label for task, label in low if task == "stress"),
            frozenset(label for task, label in low if task == "emotions"),
        )


class AnalysisGate:
    """``analyse(title, body)``: the rules' analysis, minus the labels the model doubts.

    Falls back to the rules alone when the weights are missing or MiniLM cannot run (never an
    error: analysis must not fail because an optional model is absent).
    """

    def __init__(self, embedder: Embedder | None = None, *, weights: Path = WEIGHTS) -> None:
        self._owns_embedder = embedder is None
        self.embedder: Embedder = embedder or MiniLMEmbedder()
        self._path = weights
        self._weights: GateWeights | None = None
        self._loaded = False
        self._lock = threading.Lock()

    @property
    def trained(self) -> GateWeights | None:
        with self._lock:
            if not self._loaded:
                self._weights = GateWeights.load(self._path)
                self._loaded = True
            return self._weights

    def available(self) -> bool:
        trained = self.trained
        return (
            trained is not None
            and trained.model_key == self.embedder.model_key
            and self.embedder.available()
        )

    def version(self) -> str:
        """The weights version this gate stamps on what it reads, or '' when it cannot read
        (no weights, or MiniLM absent): then results are stored as the rules read them and
        nothing is queued for re-gating."""
        trained = self.trained
        return trained.version if trained is not None and self.available() else ""

    def doubted(self, text: str) -> tuple[frozenset[str], frozenset[str]] | None:
        """The labels the model doubts in ``text``, or None when it cannot read it."""
        trained = self.trained
        parts = windows(text)
        if trained is None or not parts or not self.available():
            return None
        try:
            vectors = self.embedder.embed(parts)
        except NeuroLeafError as exc:  # a missing runtime or a crashed child: rules alone
            log.warning("analysis.gate_unavailable", error=type(exc).__name__)
            return None
        return trained.doubted(vectors)

    def close(self) -> None:
        """Stop the embedding child if this gate started its own (a shared one stays)."""
        unload = getattr(self.embedder, "unload", None)
        if self._owns_embedder and callable(unload):
            unload()

    def analyse(self, title: str, body: str) -> EntryAnalysis:
        """The gated result, stamped with the weights version (``gate``); the rules' result
        unstamped when the gate cannot read the text."""
        analysis = analyse(title, body)
        if not analysis.stress_keywords and not any(analysis.emotions.values()):
            # nothing to doubt, no need to embed: what the gate would store, when it can read
            return replace(analysis, gate=self.version())
        doubted = self.doubted(analysed_text(title, body))  # the text the rules read
        trained = self.trained
        if doubted is None or trained is None:
            return analysis
        return replace(without_labels(analysis, *doubted), gate=trained.version)
