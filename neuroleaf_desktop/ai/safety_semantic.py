"""The embedding half of the safety detector: a small classifier over MiniLM vectors and n-grams.

The phrase rules in ``domain/safety`` catch the wordings they were written for; this catches
paraphrases they miss ("maybe everyone would sleep better if I just disappeared for good").
Each sentence of a text is scored by a logistic regression (warning sign or not) over two
feature blocks: its all-MiniLM-L6-v2 vector, and hashed character 3-5-grams of its case- and
accent-folded spelling (``char_ngrams``). MiniLM was trained on English; the n-grams let the
model read German, French, Spanish, Portuguese and Italian too, and they generalise across
the six languages' shared stems ("suicid", "disparai"/"desapare", "morir"). The category is the
nearest per-category MiniLM centroid.

Weights, centroids and one threshold per language ship in ``ai/data/safety_classifier.json``,
trained by ``scripts/train_safety_classifier.py`` (reproducible, no randomness) on every
*studied* sentence in the six languages (dev halves, ``tests/data/safety/train/``, the tuned
fresh batches), the sentences written to teach it (``tests/data/safety/corpus/``) and the
training half of the everyday journal sentences of all six languages (English from
``tests/data/analysis/`` and ``tests/data/safety/everyday/en.tsv``, the others from
``tests/data/safety/everyday/``; an everyday sentence weighs three times a hard negative, chosen
by leave-one-batch-out cross-validation). The shipped weights learn from every studied batch up
to ``fresh62`` and the corpora ``c10``, ``c12``, ``c13`` and ``c17`` (23,594 sentences; a
corpus's ordinary days train as everyday sentences), with the two neighbour features below, a
threshold grid of .001 and a 2 % everyday budget in the five smaller languages. Why retrained
with every new writer: scored on the ten newest writers, each by a model that never saw it, the
classifier alone read 477 of their 690 warning signs against 395 for the weights trained up to
``fresh41``, at the same precision (.988 / .990); on the never-trained corpora ``c11``, ``c14``,
``c15``, ``c16`` and ``c18`` rules + classifier read as many explicit statements as before (227)
and warning signs 731 → 733, for 47 → 55 false alarms (``docs/SAFETY_CLASSIFIER_ROUNDS.md``).
Each threshold is the lowest that keeps the classifier's own cross-validated false alarms within
a budget on *all* that language's hard negatives, whatever the rules say of them, and on its
everyday sentences; in English, where that budget binds, the everyday sentences are counted as
the detector reads them (rules or classifier), the count of the English budget test. The test
half, ``fresh14``, ``batch2`` and the other everyday halves are only measured
(``benchmarks/bench_safety_semantic.py``). Older weights files without n-grams or per-language
thresholds still load, and read English only.

Weights may also name a neighbour bank (``safety_neighbour_bank``): every training row's MiniLM
vector as int8 with its label, beside the weights file, checked by its sha256, row count and
width when the weights load (lazily, on first use, under the scorer's lock). With one, each
sentence gains two features, the share of warning signs among its ten most similar training rows
and its best cosine to a sign minus its best to a negative, from one matrix product of the
entry's sentences against the bank, exactly as the training script computed them; a missing,
corrupt or mismatched bank refuses the pair (the scorer then behaves as with no weights file).
The features are worth their 0.8 ms a sentence: on two blind batches, each measured before any
of its rows was read, they raised warning-sign recall from 50 to 60 of 69 and (``fresh41``, the
same recipe before ``c17`` joined) from .797 to .884 at the same or better explicit recall and
precision (``docs/SAFETY_CLASSIFIER_ROUNDS.md``, "Candidate K shipped", with the two written
paraphrases the earlier weights caught and these miss).

When the weights file is missing, the scorer falls back to cosine similarity with the crisis
descriptions below (the previous design), for English only. The detector asks the semantic
layer only when the phrase rules found nothing and saw no negated, figurative or third-person
crisis wording, and only about text in a language it reads; it can only raise "none" to
"concern": a missing or broken model leaves the rules alone.

Privacy: sentences, their vectors and n-grams stay in memory; nothing is logged or written.
"""

from __future__ import annotations

import json
import re
import threading
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neuroleaf_desktop.ai.embeddings import Embedder, MiniLMEmbedder
from neuroleaf_desktop.ai.safety_neighbour_bank import NeighbourBank
from neuroleaf_desktop.domain.safety import DEFAULT_SEMANTIC_THRESHOLD, Category, SemanticVerdict
from neuroleaf_desktop.domain.safety.normalize import normalize

WEIGHTS = Path(__file__).resolve().parent / "data" / "safety_classifier.json"

CRISIS_DESCRIPTIONS: tuple[str, ...] = (
    "I want to die.",
    "I want to end my life.",
    "I am thinking about killing myself.",
    "I don't want to be alive anymore.",
    "Everyone would be better off if I disappeared forever.",
    "I have a plan to take my own life.",
    "I want to hurt myself.",
    "I have been harming myself again.",
    "I can't go on living like this.",
    "There is no point in living.",
    "I wish I could go to sleep and never wake up.",
    "I am saying goodbye to everyone for good.",
)

#: The evaluation set's category names → the detector's categories.
CLASS_CATEGORY: dict[str, Category] = {
    "explicit": Category.SUICIDAL_IDEATION,
    "plan_method": Category.PLAN_OR_METHOD,
    "self_harm": Category.SELF_HARM,
    "past_history": Category.SUICIDAL_IDEATION,
    "trapped_pain": Category.TRAPPED_PAIN,
    "no_future": Category.NO_FUTURE,
    "burden": Category.BURDEN,
    "goodbyes": Category.GOODBYES,
    "giving_away": Category.GIVING_AWAY,
    "getting_means": Category.GETTING_MEANS,
}

_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
MAX_SENTENCES = 200  # a very long entry: its first 200 sentences are plenty for a warning
_NOT_A_LETTER = re.compile(r"[^\w']+")
NGRAM_SIZES = (3, 4, 5)


def char_ngrams(
    text: str, buckets: int, sizes: tuple[int, ...] = NGRAM_SIZES
) -> tuple[list[int], list[float]]:
    """The hashed character n-grams of ``text`` (3-5 unless the weights name other lengths):
    bucket indices and unit-length weights.

    Why: MiniLM was trained on English, so its vectors for "ich will nicht mehr aufwachen"
    say little about the meaning; the spelling does, in every language ("aufwach", "morir",
    "sparire"). The text is case- and accent-folded as the phrase rules read it, punctuation
    becomes a space, and each distinct n-gram counts once; crc32 keeps the buckets the same
    in every process and on every machine.
    """
    folded = " " + _NOT_A_LETTER.sub(" ", normalize(text, fold=True)[0]).strip() + " "
    seen = {
        zlib.crc32(folded[i : i + n].encode("utf-8")) % buckets
        for n in sizes
        for i in range(len(folded) - n + 1)
    }
    if not seen:
        return [], []
    value = 1.0 / len(seen) ** 0.5
    return sorted(seen), [value] * len(seen)


@dataclass(frozen=True)
class ClassifierWeights:
    weights: Any  # numpy array (dim,)
    bias: float
    classes: tuple[str, ...]  # the centroids' categories
    centroids: Any  # numpy array (classes, dim), unit length
    threshold: float  # English (and any language without a threshold of its own)
    model_key: str
    #: Per-language thresholds; a language missing here is not read by the model at all.
    thresholds: dict[str, float] = field(default_factory=lambda: {})
    ngram_weights: Any = None  # numpy array (buckets,), or None: MiniLM vector only
    ngram_scale: float = 1.0
    ngram_sizes: tuple[int, ...] = NGRAM_SIZES
    #: The nearest-labelled-neighbour bank the weights were trained with, or None (older
    #: weights: the MiniLM vector and n-grams only).
    bank: NeighbourBank | None = None
    neighbours: int = 10  # k: how many of the most similar bank rows vote
    neighbour_scale: float = 1.0  # the two features' length next to the MiniLM vector

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> ClassifierWeights | None:
        """The weights at ``path`` (and the neighbour bank they name, read and checked here,
        on the scorer's first use), or None when either is missing, corrupt or mismatched."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        try:
            return cls._from(data, path.parent)
        except (KeyError, IndexError, TypeError, ValueError):
            return None

    @classmethod
    def _from(cls, data: dict[str, Any], folder: Path) -> ClassifierWeights | None:
        import numpy as np

        threshold = float(data["threshold"])
        # Older weights name no languages: they were trained on English alone.
        per_language = data.get("thresholds", {"en": threshold})
        ngrams = data.get("ngram_weights")
        weights = np.asarray(data["weights"], dtype=np.float32)
        centroids = np.asarray(data["centroids"], dtype=np.float32)
        named = data.get("neighbour_bank")
        # The weights read the MiniLM vector (as wide as a centroid), and two neighbour
        # features when a bank is named: any other width is a file the scorer cannot use.
        if len(weights) != centroids.shape[1] + (2 if named is not None else 0):
            return None
        bank = None
        if named is not None:
            # A bank from another training (or none) cannot give the features these weights
            # read: the pair is refused, and the scorer behaves as with no weights file.
            bank = NeighbourBank.load(
                folder / Path(str(named["file"])).name,
                rows=int(named["rows"]),
                dim=len(weights) - 2,
                sha256=str(named["sha256"]),
            )
            if bank is None:
                return None
        return cls(
            weights=weights,
            bias=float(data["bias"]),
            classes=tuple(data["classes"]),
            centroids=centroids,
            threshold=threshold,
            model_key=str(data["model_key"]),
            thresholds={str(k): float(v) for k, v in per_language.items()},
            ngram_weights=None if ngrams is None else np.asarray(ngrams, dtype=np.float32),
            ngram_scale=float(data.get("ngram_scale", 1.0)),
            ngram_sizes=tuple(int(n) for n in data.get("ngram_sizes", NGRAM_SIZES)),
            bank=bank,
            neighbours=int(named["k"]) if named is not None else 10,
            neighbour_scale=float(named["scale"]) if named is not None else 1.0,
        )

    def logits(self, sentences: list[str], vectors: Any) -> Any:
        """The classifier's log-odds for each sentence (its vector and, if trained, n-grams)."""
        import numpy as np

        if self.bank is not None:
            # One matrix product of every sentence against the bank, as training computed it.
            near = self.neighbour_scale * self.bank.features(vectors, self.neighbours)
            vectors = np.hstack([np.asarray(vectors, dtype=np.float64), near])
        z = vectors @ self.weights + self.bias
        if self.ngram_weights is None:
            return z
        buckets = len(self.ngram_weights)
        extra = []
        for sentence in sentences:
            index, value = char_ngrams(sentence, buckets, self.ngram_sizes)
            extra.append(float(np.dot(self.ngram_weights[index], value)) * self.ngram_scale)
        return z + np.asarray(extra, dtype=np.float32)


def sigmoid(z: Any) -> Any:
    import numpy as np

    return 1.0 / (1.0 + np.exp(-z))


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if len(s.strip()) > 3][:MAX_SENTENCES]


class EmbeddingSafetyScorer:
    """``(text) -> 0..1`` and ``classify(text) -> SemanticVerdict`` for ``domain.safety``.

    With the trained weights the score is the highest per-sentence probability that the
    sentence is a warning sign; without them, the best cosine similarity to crisis descriptions.
    """

    def __init__(self, embedder: Embedder | None = None, *, weights: Path = WEIGHTS) -> None:
        self.embedder: Embedder = embedder or MiniLMEmbedder()
        self._weights_path = weights
        self._weights: ClassifierWeights | None = None
        self._weights_loaded = False
        self._anchors: Any = None
        self._lock = threading.Lock()

    def available(self) -> bool:
        return self.embedder.available()

    @property
    def trained(self) -> ClassifierWeights | None:
        with self._lock:
            if not self._weights_loaded:
                self._weights = ClassifierWeights.load(self._weights_path)
                self._weights_loaded = True
            return self._weights

    @property
    def threshold(self) -> float:
        trained = self.trained
        return trained.threshold if trained is not None else DEFAULT_SEMANTIC_THRESHOLD

    @property
    def languages(self) -> frozenset[str]:
        """The languages the trained weights read (their thresholds were cross-validated)."""
        trained = self.trained
        return frozenset(trained.thresholds) if trained is not None else frozenset({"en"})

    def threshold_for(self, language: str, /) -> float:
        trained = self.trained
        if trained is None:
            return DEFAULT_SEMANTIC_THRESHOLD
        return trained.thresholds.get(language, trained.threshold)

    def _anchor_vectors(self) -> Any:
        with self._lock:
            if self._anchors is None:
                self._anchors = self.embedder.embed(CRISIS_DESCRIPTIONS)
            return self._anchors

    def classify(self, text: str, /) -> SemanticVerdict:
        sentences = split_sentences(text)
        if not sentences:
            return SemanticVerdict(0.0)
        vectors = self.embedder.embed(sentences)
        trained = self.trained
        if trained is None:
            similarity = vectors @ self._anchor_vectors().T  # both normalised: cosine
            return SemanticVerdict(float(max(0.0, min(1.0, float(similarity.max())))))
        risk = sigmoid(trained.logits(sentences, vectors))
        best = int(risk.argmax())
        nearest = int((trained.centroids @ vectors[best]).argmax())
        category = CLASS_CATEGORY.get(trained.classes[nearest])
        return SemanticVerdict(float(risk[best]), category)

    def __call__(self, text: str, /) -> float:
        return self.classify(text).score


#: The name the benchmark and the services use; the class keeps its older name for callers.
SafetyClassifier = EmbeddingSafetyScorer

#: A warning sign worded for no phrase rule, scored by ``bundle_probe``: the classifier must
#: raise it through the weights and their bank, as it does from source.
PROBE_SENTENCE = "Maybe everyone would sleep better if I just disappeared for good."


def bundle_probe(weights: Path = WEIGHTS, embedder: Embedder | None = None) -> dict[str, Any]:
    """Whether the classifier's weights and their neighbour bank are found and accepted here,
    and the score they give ``PROBE_SENTENCE``: a dict for ``packaging/smoke_test.py``.

    Why: in a frozen bundle the weights file can be collected while the bank beside it is not
    (or arrives altered); the scorer then refuses the pair and quietly falls back to the crisis
    descriptions, which no other check would notice. Run inside the bundle as
    ``neuroleaf --neuroleaf-run-module neuroleaf_desktop.ai.safety_semantic``, it prints this
    dict as JSON. Keys: ``weights`` (the file exists), ``accepted`` (weights loaded),
    ``bank_rows`` (0 without a bank), ``score`` and ``threshold`` (English; absent when the
    pair was refused or MiniLM cannot embed).
    """
    scorer = EmbeddingSafetyScorer(embedder, weights=weights)
    trained = scorer.trained
    bank = trained.bank if trained is not None else None
    report: dict[str, Any] = {
        "weights": weights.is_file(),
        "accepted": trained is not None,
        "bank_rows": 0 if bank is None else int(bank.vectors.shape[0]),
    }
    if trained is not None and scorer.available():
        report["score"] = scorer.classify(PROBE_SENTENCE).score
        report["threshold"] = scorer.threshold_for("en")
    return report


if __name__ == "__main__":
    print(json.dumps(bundle_probe()))
