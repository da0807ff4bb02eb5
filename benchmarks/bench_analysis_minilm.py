"""Experiment: does a logistic regression on MiniLM sentence vectors find the implied emotions?

The rules find emotion chips and stress categories from emotion and stressor words, so on new
writers they miss what is only implied ("woke at 3 with my heart going like the clappers" is
anxiety, "Got the blue badge through!" is joy). The earlier learned layer
(``benchmarks/analysis_learned.py``) used hashed n-grams and did not beat the rules; this measures
all-MiniLM-L6-v2 sentence vectors instead. Nothing here is wired into the analyser.

Data: every other split of ``tests/data/analysis/sentences.tsv`` trains; its split ``test15``
(a blind batch that joined the file untuned: a writer the rules had not been tuned on when
this experiment ran) is the fair test. Vectors are kept in memory only (embeddings can be
inverted back to text).

Choice, never on ``test15``: one-vs-rest logistic regression (lbfgs, deterministic) per task;
``C`` by leave-one-split-out (LOSO) cross-validation over the training splits (mean
average precision of the out-of-fold probabilities); per-label thresholds from those
out-of-fold probabilities. The "pooled LOSO" column re-chooses every threshold without the
held-out split's own out-of-fold rows, so it is an honest estimate too (``C`` is shared).

Policies (per label; a threshold of ``OFF`` means the label is never given):

* ``rules``: ``quality.predict`` alone;
* ``model``: label when p ≥ the lowest threshold whose out-of-fold precision is ≥ 0.9;
* ``model F1``: label at the threshold with the best out-of-fold F1 (recall's best case);
* ``union``: the rules plus a model label the rules did not give, at a threshold whose added
  labels were ≥ 0.9 precise out of fold;
* ``gate``: the rules' labels the model keeps at p ≥ the threshold with the best out-of-fold
  F1 of the kept labels;
* ``gate+union``: both;
* ``stack``: a model on [vector, rules' labels of both tasks], thresholded like ``model``;
* ``stack F1``: the same at the best-F1 threshold.

Caveat for the stacked rows: the rules were tuned on every training split, so out of fold
they look more reliable than they are on new voices; ``test15`` is the check.

Usage: ``python benchmarks/bench_analysis_minilm.py [--fast]``. Embedding ≈ 3k sentences takes
under a minute; the full C grid (one fold per training split x 4 C x 2 feature sets x ~20
labels) ≈ 10 min on two busy cores with one BLAS thread; ``--fast`` fits only the C the grid
chose, ≈ 4x quicker.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

# One BLAS thread: hundreds of small fits on two shared cores ran ~10x slower oversubscribed.
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import numpy as np  # noqa: E402
import numpy.typing as npt  # noqa: E402
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # noqa: E402
from sklearn.metrics import average_precision_score  # type: ignore[import-untyped]  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from neuroleaf_desktop.ai.minilm_onnx import ONNX_FOLDER, OnnxMiniLM  # noqa: E402
from neuroleaf_desktop.domain.analysis.emotions import EMOTIONS  # noqa: E402
from neuroleaf_desktop.domain.analysis.quality import (  # noqa: E402
    Labelled,
    Report,
    parse_tsv,
    predict,
)
from neuroleaf_desktop.domain.analysis.stress_keywords import CATEGORIES  # noqa: E402

DATA: Final = ROOT / "tests" / "data" / "analysis" / "sentences.tsv"
MODEL: Final = ROOT / "models" / ONNX_FOLDER
TEST: Final = "test15"
TARGET: Final = 0.9  # precision every chip should reach
C_GRID: Final = (0.3, 1.0, 3.0, 10.0)
# ``--fast``: the C the full grid's LOSO chose for emotions (vector 10, stack 1), for both tasks.
FAST_C: Final = {"vector": (10.0,), "stack": (1.0,)}
RULE_SCALE: Final = 1.0  # length of a rule indicator next to the unit-length vector
OFF: Final = 2.0  # a threshold no probability reaches
TASKS: Final = ("emotions", "stress")

Matrix = npt.NDArray[np.float64]
Vector = npt.NDArray[np.float64]
Mask = npt.NDArray[np.bool_]
Labels = frozenset[str]


def gold(row: Labelled, task: str) -> Labels:
    return row.emotions if task == "emotions" else row.stress


@dataclass
class Data:
    """Every row read once by the rules and embedded once."""

    rows: list[Labelled]
    vectors: Matrix
    rules: dict[str, list[Labels]]  # task -> the rules' labels of each row
    labels: dict[str, tuple[str, ...]]  # task -> labels with training positives

    @property
    def splits(self) -> npt.NDArray[np.str_]:
        return np.array([r.split for r in self.rows])

    def y(self, task: str, label: str) -> Mask:
        return np.array([label in gold(r, task) for r in self.rows])

    def rule_has(self, task: str, label: str) -> Mask:
        return np.array([label in got for got in self.rules[task]])

    def stacked(self) -> Matrix:
        """The vector plus one indicator per rule label of both tasks."""
        columns = [
            self.rule_has(task, label).astype(np.float64) * RULE_SCALE
            for task in TASKS
            for label in self.labels[task]
        ]
        return np.hstack([self.vectors, np.column_stack(columns)])


def load(embed: Callable[[Sequence[str]], Matrix]) -> Data:
    labelled = parse_tsv(DATA.read_text(encoding="utf-8"))
    train = [r for r in labelled if r.split != TEST]
    fair = [r for r in labelled if r.split == TEST]
    rows = train + fair
    started = time.monotonic()
    vectors = embed([r.text for r in rows])
    print(f"embedded {len(rows)} sentences in {time.monotonic() - started:.0f} s", flush=True)
    got = [predict(r.text) for r in rows]
    rules = {"emotions": [g.emotions for g in got], "stress": [g.stress for g in got]}
    known = {"emotions": EMOTIONS, "stress": CATEGORIES}
    labels = {
        task: tuple(lab for lab in known[task] if any(lab in gold(r, task) for r in train))
        for task in TASKS
    }
    return Data(rows, vectors, rules, labels)


def fit_predict(x: Matrix, y: Mask, train: Mask, score: Mask, c: float) -> Vector:
    """P(label) of the ``score`` rows from a model fitted on the ``train`` rows."""
    if y[train].all() or not y[train].any():
        return np.full(int(score.sum()), float(y[train].mean()))
    model = LogisticRegression(C=c, max_iter=2000, solver="lbfgs")
    model.fit(x[train], y[train])
    return np.asarray(model.predict_proba(x[score])[:, 1], dtype=np.float64)


def out_of_fold(data: Data, x: Matrix, task: str, c: float, splits: Sequence[str]) -> Matrix:
    """Column per label: each training row scored by a model that never saw its split."""
    split_of = data.splits
    oof = np.zeros((len(data.rows), len(data.labels[task])))
    for k, label in enumerate(data.labels[task]):
        y = data.y(task, label)
        for split in splits:
            held = split_of == split
            oof[held, k] = fit_predict(x, y, (split_of != split) & (split_of != TEST), held, c)
    return oof


def mean_ap(data: Data, oof: Matrix, task: str, rows: Mask) -> float:
    scores = []
    for k, label in enumerate(data.labels[task]):
        y = data.y(task, label)[rows]
        if y.any():
            scores.append(float(average_precision_score(y, oof[rows, k])))
    return float(np.mean(scores))


def precise_threshold(p: Vector, y: Mask, eligible: Mask) -> float:
    """Lowest threshold whose labels among ``eligible`` rows are ≥ ``TARGET`` precise.

    Only thresholds with at least three labels count, so one lucky row cannot open a label."""
    order = np.argsort(-p[eligible], kind="stable")
    ps, ys = p[eligible][order], y[eligible][order]
    tp = np.cumsum(ys)
    n = np.arange(1, len(ys) + 1)
    best = OFF
    for i in range(len(ys)):
        if n[i] >= 3 and tp[i] / n[i] >= TARGET and (i + 1 == len(ys) or ps[i + 1] < ps[i]):
            best = float(ps[i])
    return best


def f1_threshold(p: Vector, y: Mask, eligible: Mask, total_positives: int) -> float:
    """Threshold with the best F1 of the labels given among ``eligible`` rows; recall counts
    every positive (``total_positives``), so a gate pays for the rule labels it drops."""
    order = np.argsort(-p[eligible], kind="stable")
    ps, ys = p[eligible][order], y[eligible][order]
    tp = np.cumsum(ys)
    n = np.arange(1, len(ys) + 1)
    best, threshold = -1.0, OFF
    for i in range(len(ys)):
        if i + 1 < len(ys) and ps[i + 1] == ps[i]:
            continue
        f1 = 2 * tp[i] / (n[i] + total_positives) if total_positives else 0.0
        if f1 > best:
            best, threshold = f1, float(ps[i])
    return threshold


Thresholds = dict[str, dict[str, float]]  # policy -> label -> threshold


def choose(data: Data, task: str, oof: Matrix, oof_stack: Matrix, rows: Mask) -> Thresholds:
    """Every policy's per-label thresholds, from the out-of-fold probabilities of ``rows``."""
    out: Thresholds = {p: {} for p in ("model", "model F1", "union", "gate", "stack", "stack F1")}
    for k, label in enumerate(data.labels[task]):
        y, has = data.y(task, label), data.rule_has(task, label)
        p, ps = oof[:, k], oof_stack[:, k]
        positives = int(y[rows].sum())
        out["model"][label] = precise_threshold(p, y, rows)
        out["model F1"][label] = f1_threshold(p, y, rows, positives)
        out["union"][label] = precise_threshold(p, y, rows & ~has)
        # The gate keeps rule labels: F1 over all positives, labels only where the rules gave one.
        out["gate"][label] = f1_threshold(p, y, rows & has, positives)
        out["stack"][label] = precise_threshold(ps, y, rows)
        out["stack F1"][label] = f1_threshold(ps, y, rows, positives)
    return out


POLICIES: Final = (
    "rules",
    "model",
    "model F1",
    "union",
    "gate",
    "gate+union",
    "stack",
    "stack F1",
)


def apply(
    data: Data, task: str, i: int, p: Vector, ps: Vector, policy: str, t: Thresholds
) -> Labels:
    """What policy ``policy`` would show for row ``i`` (``p``/``ps``: its probabilities)."""
    labels = data.labels[task]
    rules = data.rules[task][i]
    if policy == "rules":
        return rules
    if policy in ("model", "model F1"):
        return frozenset(lab for k, lab in enumerate(labels) if p[k] >= t[policy][lab])
    if policy in ("stack", "stack F1"):
        return frozenset(lab for k, lab in enumerate(labels) if ps[k] >= t[policy][lab])
    kept = set(rules)
    if "gate" in policy:
        # A rule label outside the trained labels (none so far) is kept as it is.
        kept = {lab for lab in rules if lab not in labels or p[labels.index(lab)] >= t["gate"][lab]}
    if "union" in policy:
        kept |= {lab for k, lab in enumerate(labels) if p[k] >= t["union"][lab]}
    return frozenset(kept)


def cell(report: Report) -> str:
    total = report.total
    p, r = total.precision, total.recall
    mark = " ✓" if p is not None and p >= TARGET else ""
    return f"{p or 0:.2f} / {r or 0:.2f}{mark}"


def main() -> None:
    fast = "--fast" in sys.argv[1:]
    if not (MODEL / "model.onnx").is_file():
        print(f"MiniLM ONNX model not found in {MODEL}; run `make models` first.")
        return
    minilm = OnnxMiniLM(MODEL)
    data = load(lambda texts: np.asarray(minilm.embed(list(texts)), dtype=np.float64))
    split_of = data.splits
    training = tuple(dict.fromkeys(s for s in split_of if s != TEST))
    is_train, is_test = split_of != TEST, split_of == TEST
    features = {"vector": data.vectors, "stack": data.stacked()}
    results: dict[str, dict[str, Report]] = {}  # "task/where" -> policy -> report
    chosen_c: dict[str, dict[str, float]] = {}
    for task in TASKS:
        oofs: dict[str, Matrix] = {}
        chosen_c[task] = {}
        for name, x in features.items():
            best: tuple[float, float, Matrix] | None = None
            for c in FAST_C[name] if fast else C_GRID:
                oof = out_of_fold(data, x, task, c, training)
                score = mean_ap(data, oof, task, is_train)
                print(f"{task} {name} C={c}: LOSO mean AP {score:.3f}", flush=True)
                if best is None or score > best[0]:
                    best = (score, c, oof)
            assert best is not None
            _score, c, oof = best
            chosen_c[task][name] = c
            # test15 rows: a model fitted on every training split at the chosen C.
            for k, label in enumerate(data.labels[task]):
                oof[is_test, k] = fit_predict(x, data.y(task, label), is_train, is_test, c)
            oofs[name] = oof
        p_all, ps_all = oofs["vector"], oofs["stack"]
        final = choose(data, task, p_all, ps_all, is_train)
        test = results.setdefault(f"{task}/{TEST}", {p: Report() for p in POLICIES})
        pooled = results.setdefault(f"{task}/LOSO", {p: Report() for p in POLICIES})
        for i in np.flatnonzero(is_test):
            for policy in POLICIES:
                got = apply(data, task, int(i), p_all[i], ps_all[i], policy, final)
                test[policy].add(gold(data.rows[i], task), got)
        for split in training:
            fold = choose(data, task, p_all, ps_all, is_train & (split_of != split))
            for i in np.flatnonzero(split_of == split):
                for policy in POLICIES:
                    got = apply(data, task, int(i), p_all[i], ps_all[i], policy, fold)
                    pooled[policy].add(gold(data.rows[i], task), got)
        print(f"\n{task} thresholds (all training splits):")
        for policy, by_label in final.items():
            shown = ", ".join(
                f"{lab} {'off' if t >= OFF else f'{t:.2f}'}" for lab, t in by_label.items()
            )
            print(f"- {policy}: {shown}")
        if task == "emotions":
            per_label = test["model F1"].labels
            print(f"\n{TEST} emotions, model F1, per label (tp/fp/fn):")
            for lab, counts in sorted(per_label.items()):
                print(f"- {lab}: {counts.tp}/{counts.fp}/{counts.fn}")
    print(f"\nC chosen by LOSO mean AP: {chosen_c}\n")
    n_test, n_train = int(is_test.sum()), int(is_train.sum())
    print(f"## MiniLM vs rules: P / R, micro over labels (✓: P ≥ {TARGET})\n")
    print(f"{TEST}: {n_test} rows, never used for a choice; LOSO: {n_train} rows, 14 splits.\n")
    columns = [f"{task}/{where}" for task in TASKS for where in (TEST, "LOSO")]
    print("| policy | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for policy in POLICIES:
        print(f"| {policy} | " + " | ".join(cell(results[c][policy]) for c in columns) + " |")


if __name__ == "__main__":
    main()
