"""Does the learned layer (``benchmarks/analysis_learned.py``) beat the rules on new voices?

Leave-one-split-out cross-validation over ``tests/data/analysis/sentences.tsv``: for each
batch ``test`` .. ``test14`` the model is trained on every other split (``dev`` included) and
scores the batch; the table pools those out-of-fold predictions and shows each batch too.
Fitting is ``scripts/train_analysis_model.py``'s, so the benchmark measures what it writes.

Read the rules' numbers with care: the rules were tuned on every batch up to ``test13`` after
measuring it, so on those batches they (and a model stacked on their output) look better than
on new voices. ``test14`` joined the labelled set in the same round as this benchmark and the
rules were never tuned on it, so its row is the one honest comparison of rules and model;
"pooled, studied" is the cross-validated pool of the batches the rules had studied.

Rows: ``rules`` (the analyser without the learned layer), ``ngram`` (the n-gram model alone,
no rule features, label at p ≥ 0.5), ``stacked`` (n-grams + the rules' reading, p ≥ 0.5),
``gate`` (the rules' labels the stacked model keeps at p ≥ ``GATE``), ``add`` (the rules plus
additions at p ≥ ``POLICY``'s that have a word in the text) and ``best`` (``POLICY``, the best
policy under cross-validation; not wired into the analyser, as it does not beat the rules).
Polarity is the chip the sentence would show under each policy.

Target: precision ≥ 0.9 for stress categories and emotion labels, recall not below the rules'.

Usage: ``python benchmarks/bench_analysis_learned.py`` (a few minutes: 13 folds x 20 labels x
two feature sets).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import analysis_learned as learned  # noqa: E402
import train_analysis_model as training  # noqa: E402

from neuroleaf_desktop.domain.analysis.agreement import (  # noqa: E402
    CHIP_MINIMUM,
    agreeing_sentiment,
)
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis  # noqa: E402
from neuroleaf_desktop.domain.analysis.quality import Counts, parse_tsv  # noqa: E402
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of  # noqa: E402

TARGET_PRECISION = 0.9
_POLARITY = {"positive": "pos", "negative": "neg", "mixed": "mixed", "neutral": "neutral"}
OFF = 2.0  # a threshold no probability reaches
Probabilities = dict[str, dict[str, np.ndarray]]


def out_of_fold(
    prepared: Sequence[training.Prepared], x: object, splits: Sequence[str]
) -> Probabilities:
    """Each row of ``splits`` scored by a model trained on every other split."""
    y = training.targets(prepared)
    split_of = np.array([p.row.split for p in prepared])
    oof = {task: {label: np.zeros(len(prepared)) for label in y[task]} for task in y}
    for split in splits:
        train, held = split_of != split, split_of == split
        for task, labels in y.items():
            for label, ys in labels.items():
                bias, weights = training.fit(x[train], ys[train])  # type: ignore[index]
                oof[task][label][held] = training.probabilities(bias, weights, x[held])  # type: ignore[index]
    return oof


Predictor = Callable[[int], tuple[frozenset[str], frozenset[str], str]]


def policy_predictor(
    prepared: Sequence[training.Prepared], oof: Probabilities, policy: learned.Policy
) -> Predictor:
    """What the chips would show with ``policy`` (the analyser's own ``revise``/``apply``)."""

    def predict(i: int) -> tuple[frozenset[str], frozenset[str], str]:
        p = prepared[i]
        stress_p = {c: float(v[i]) for c, v in oof["stress"].items()}
        emotion_p = {e: float(v[i]) for e, v in oof["emotions"].items()}
        revision = learned.revise(stress_p, emotion_p, p.reading, policy)
        emotions, keywords = learned.apply(p.reading, revision, p.emotions, p.keywords)
        sentiment = agreeing_sentiment(p.sentiment, emotions, keywords)
        shown = EntryAnalysis("", 0, sentiment, emotions, keywords, "")
        return (
            frozenset(c for k, _w in keywords if (c := category_of(k)) is not None),
            frozenset(e for e, _s in shown.agreeing_emotions(9, CHIP_MINIMUM)),
            _POLARITY[sentiment.label],
        )

    return predict


def alone_predictor(prepared: Sequence[training.Prepared], oof: Probabilities) -> Predictor:
    """The model's labels at p ≥ 0.5, with the rules' polarity (it predicts no polarity)."""

    def predict(i: int) -> tuple[frozenset[str], frozenset[str], str]:
        return (
            frozenset(c for c, v in oof["stress"].items() if v[i] >= 0.5),
            frozenset(e for e, v in oof["emotions"].items() if v[i] >= 0.5),
            _POLARITY[prepared[i].reading.polarity],
        )

    return predict


def measure(
    prepared: Sequence[training.Prepared], rows: Sequence[int], predict: Predictor
) -> tuple[Counts, Counts, float]:
    stress, emotions, correct = Counts(), Counts(), 0
    for i in rows:
        row = prepared[i].row
        got_stress, got_emotions, polarity = predict(i)
        for counts, expected, got in (
            (stress, row.stress, got_stress),
            (emotions, row.emotions, got_emotions),
        ):
            counts.tp += len(expected & got)
            counts.fp += len(got - expected)
            counts.fn += len(expected - got)
        correct += polarity == row.polarity
    return stress, emotions, correct / len(rows) if rows else 0.0


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main() -> None:
    rows = parse_tsv(training.DATA.read_text(encoding="utf-8"))
    prepared = training.prepare(rows)
    x = training.matrix(prepared)
    ngram_x = x.copy()
    ngram_x.data[ngram_x.indices >= learned.BUCKETS] = 0.0
    ngram_x.eliminate_zeros()
    splits = [s for s in dict.fromkeys(r.split for r in rows) if s != "dev"]
    stacked, ngram = out_of_fold(prepared, x, splits), out_of_fold(prepared, ngram_x, splits)
    policy = training.POLICY
    predictors: dict[str, Predictor] = {
        "rules": policy_predictor(prepared, stacked, learned.Policy(0.0, OFF, 0.0, OFF)),
        "ngram": alone_predictor(prepared, ngram),
        "stacked": alone_predictor(prepared, stacked),
        "gate": policy_predictor(
            prepared, stacked, learned.Policy(training.GATE, OFF, training.GATE, OFF)
        ),
        "add": policy_predictor(
            prepared, stacked, learned.Policy(0.0, policy.stress_add, 0.0, policy.emotion_add)
        ),
        "best": policy_predictor(prepared, stacked, policy),
    }
    groups = [("pooled, studied", [s for s in splits if s != "test14"]),
              ("test14 (rules never tuned on it)", ["test14"])]  # fmt: skip
    groups += [(s, [s]) for s in splits if s != "test14"]
    print(f"## Learned layer, leave-one-split-out ({len(rows)} sentences)\n")
    print(f"Policy: {policy}; target precision ≥ {TARGET_PRECISION}\n")
    print("| rows | n | policy | stress P | stress R | emotions P | emotions R | polarity |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for title, chosen in groups:
        indices = [i for i, p in enumerate(prepared) if p.row.split in chosen]
        for name, predict in predictors.items():
            stress, emotions, polarity = measure(prepared, indices, predict)
            print(
                f"| {title} | {len(indices)} | {name} | {_f(stress.precision)} | "
                f"{_f(stress.recall)} | {_f(emotions.precision)} | {_f(emotions.recall)} | "
                f"{polarity:.3f} |"
            )


if __name__ == "__main__":
    main()
