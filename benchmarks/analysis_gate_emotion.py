"""Which emotions the learned gate withdraws rightly and wrongly, and one label's own model.

Why: the gate (``neuroleaf_desktop/ai/analysis_gate.py``) buys emotion precision by
withdrawing chips, and every right chip it withdraws is recall a person loses. This asks the
question of the thirtieth round (``docs/ANALYSIS_GATE_ROUNDS.md``): per emotion, on the newest
writers' folds, how many wrong chips the gate keeps, how many it withdraws rightly (wrong
chips) and wrongly (right chips); and whether the label that loses the most right chips reads
better with a model of its own question. Every label's model answers "does this text carry
the label" over all training rows, though the gate only ever asks it about texts where the
rules found the label; a **chip model** answers "is this chip right", trained only on the
training rows where the rules gave the chip (each fold's rows as the rules of before it was
studied read them, so its wrong chips are a new writer's wrong chips). That differs from the
measured ideas: per-label thresholds and calibration move one label's cut on the same
probability; the chip model changes what the probability is of.

Every figure is nested: each once-blind fold (``train_analysis_gate.ONCE_BLIND``) is scored by
models trained without it (``analysis_gate_curve.out_of_fold`` for every label; the chip model
likewise), the rules' chips those of before it was studied. The chip model's threshold for a
fold is chosen on the other folds only, by one rule fixed before measuring: the lowest on the
grid at which the label keeps no more wrong chips there than the plain gate keeps at the task
threshold (so its precision is held and its recall can only gain). ``threshold`` is the same
rule on the plain probability (a one-label threshold, for scale: per-label thresholds were
measured in the twentieth and twenty-fifth rounds).

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/analysis_gate_emotion.py [--cache F.npz]
[--label NAME]`` (default: the label whose right chips the gate withdraws most on the last
eight folds). Texts and vectors stay in memory; only vectors are cached.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import analysis_gate_curve as curve  # noqa: E402
import numpy as np  # noqa: E402
import train_analysis_gate as tg  # noqa: E402
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # noqa: E402

TASK_T = tg.THRESHOLDS["emotions"]
GRID = tuple(round(0.01 * i, 2) for i in range(1, 100))
EMOTION = tuple(j for j, (task, _label) in enumerate(tg.LABELS) if task == "emotions")
NAMES = tuple(tg.LABELS[j][1] for j in EMOTION)
NEWER = tuple(b for b in tg.ONCE_BLIND if b.startswith("test") and int(b[4:]) >= 22)
LAST = NEWER[-8:]  # the newest writers
OLDER = tuple(b for b in tg.ONCE_BLIND if b not in NEWER)
SPANS = {"older": OLDER, "newer": NEWER, "last 8": LAST, "all": tg.ONCE_BLIND}

Counts = tuple[int, int, int]  # right chips kept, wrong chips kept, right labels not kept


def text(c: Counts) -> str:
    tp, fp, fn = c
    return f"{tp / max(tp + fp, 1):.3f} / {tp / max(tp + fn, 1):.3f} ({tp} / {fp})"


def label_counts(rules: Any, prob: Any, y: Any, rows: Any, j: int, t: float) -> tuple[int, int]:
    """Label ``j``'s chips on the ``rows`` mask kept at ``t``: right, wrong."""
    kept = rules[rows, j] & (prob[rows, j] >= t)
    return int((kept & y[rows, j]).sum()), int((kept & ~y[rows, j]).sum())


def per_label(rules: Any, prob: Any, y: Any, split: Any) -> list[tuple[str, int]]:
    """Print each emotion's chips on the last eight folds: the rules', kept, withdrawn (right /
    wrong), and the wrong kept and right withdrawn over the newer and all folds. Returns each
    label with the right chips the gate withdraws on the last eight."""
    last, newer, every = (np.isin(split, SPANS[s]) for s in ("last 8", "newer", "all"))
    print(
        "| emotion | rules' chips | kept | withdrawn | kept precision | withdrawn right (share "
        "of withdrawn) | kept wrong: newer / all | withdrawn right: newer / all |"
    )
    print("|---|---|---|---|---|---|---|---|")
    lost = []
    for j, name in zip(EMOTION, NAMES, strict=True):
        rr, rw = label_counts(rules, prob, y, last, j, 0.0)
        kr, kw = label_counts(rules, prob, y, last, j, TASK_T)
        wide = []
        for rows in (newer, every):
            right, _wrong = label_counts(rules, prob, y, rows, j, 0.0)
            kept_right, kept_wrong = label_counts(rules, prob, y, rows, j, TASK_T)
            wide.append((kept_wrong, right - kept_right))
        share = (rr - kr) / max(rr - kr + rw - kw, 1)
        print(f"| {name} | {rr} / {rw} | {kr} / {kw} | {rr - kr} / {rw - kw} | "
              f"{kr / max(kr + kw, 1):.2f} | {rr - kr} ({share:.2f}) | "
              f"{wide[0][0]} / {wide[1][0]} | {wide[0][1]} / {wide[1][1]} |")  # fmt: skip
        lost.append((name, rr - kr))
    return lost


def chip_model(x: Any, rules: Any, y: Any, split: Any, j: int) -> Any:
    """Label ``j``'s out-of-fold "is this chip right" probability on every fold row: a model per
    fold trained on the recipe's training rows (less the fold) where the rules gave the chip."""
    prob = np.zeros(len(split))
    trainable = ~np.isin(split, tg.NOT_TRAINED) & rules[:, j]
    for fold in tg.ONCE_BLIND:
        out = split == fold
        prob[out] = fit_chip(x[trainable & ~out], y[trainable & ~out, j], x[out])
    return prob


def fit_chip(xt: Any, yt: Any, xo: Any) -> Any:
    """One chip model's probabilities on ``xo`` (every chip right or wrong: that constant)."""
    if yt.all() or not yt.any():
        return np.full(len(xo), float(yt.all()))
    model = LogisticRegression(C=tg.C, max_iter=2000)
    model.fit(xt, yt)
    return model.predict_proba(xo)[:, 1]


def held_threshold(rules: Any, score: Any, y: Any, rows: Any, j: int, plain: Any) -> float:
    """The lowest grid threshold at which label ``j`` keeps no more wrong chips on ``rows``
    with ``score`` than with the plain probability at the task threshold."""
    _r, wrong = label_counts(rules, plain, y, rows, j, TASK_T)
    for t in GRID:
        if label_counts(rules, score, y, rows, j, t)[1] <= wrong:
            return t
    return 1.01


def nested(
    rules: Any, prob: Any, y: Any, split: Any, j: int, score: Any | None
) -> tuple[dict[str, Counts], list[float]]:
    """Emotion counts per span with label ``j`` read from ``score`` at a threshold chosen per
    fold on the other folds (``score`` None: the plain gate), and the thresholds chosen."""
    sums = {name: np.zeros(3, int) for name in SPANS}
    blind = np.isin(split, tg.ONCE_BLIND)
    chosen = []
    for fold in tg.ONCE_BLIND:
        out = split == fold
        kept = rules[out][:, EMOTION] & (prob[out][:, EMOTION] >= TASK_T)
        if score is not None:
            t = held_threshold(rules, score, y, blind & ~out, j, prob)
            chosen.append(t)
            kept[:, EMOTION.index(j)] = rules[out, j] & (score[out, j] >= t)
        want = y[out][:, EMOTION]
        got = np.array([(kept & want).sum(), (kept & ~want).sum(), (~kept & want).sum()])
        for name, folds in SPANS.items():
            if fold in folds:
                sums[name] += got
    return {n: (int(s[0]), int(s[1]), int(s[2])) for n, s in sums.items()}, chosen


def compare(rules: Any, prob: Any, y: Any, split: Any, j: int, chip: Any) -> None:
    """The plain gate, label ``j`` at its own threshold, and label ``j`` by its chip model."""
    print(f"\n| candidate ({NAMES[EMOTION.index(j)]}) | thresholds per fold | "
          + " | ".join(SPANS) + " |")  # fmt: skip
    print("|---|---|" + "---|" * len(SPANS))
    chip_scores = prob.copy()
    chip_scores[:, j] = chip
    for name, score in (("gate 0.05", None), ("threshold", prob), ("chip model", chip_scores)):
        got, chosen = nested(rules, prob, y, split, j, score)
        span = f"{min(chosen):.2f}–{max(chosen):.2f}" if chosen else ""
        print(f"| {name} | {span} | " + " | ".join(text(got[s]) for s in SPANS) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="npz file for the vectors")
    parser.add_argument("--label", default=None, help="the emotion given its chip model")
    args = parser.parse_args()
    if args.label is not None and args.label not in NAMES:
        parser.error(f"unknown emotion: {args.label}")
    rows = tg.labelled_rows()
    x = curve.vectors(rows, args.cache)
    y = tg.targets(rows)
    split = np.array([r.split for r in rows])
    rules = curve.rule_matrix(rows, today=False)
    prob = curve.out_of_fold(rows, x, list(tg.ONCE_BLIND))
    lost = per_label(rules, prob, y, split)
    name = args.label or max(lost, key=lambda item: item[1])[0]
    j = EMOTION[NAMES.index(name)]
    compare(rules, prob, y, split, j, chip_model(x, rules, y, split, j))


if __name__ == "__main__":
    main()
