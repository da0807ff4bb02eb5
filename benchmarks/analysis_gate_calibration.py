"""Leave-one-batch-out of class-balanced weights and per-label calibration for the learned gate.

Why: the gate (``neuroleaf_desktop/ai/analysis_gate.py``) withdraws a rules' chip whose
label's probability is under one threshold per task, but its labels are unequal: a stress
category with a few hundred positive rows and an emotion with a few dozen learn probabilities
on different scales, so one shared threshold cuts some labels deep and barely touches others.
Two ways to put the labels on one scale, neither changing the features or the work per entry:

* ``balanced``: the shipped recipe with each label's positive and negative rows given equal
  total weight (scikit-learn's ``class_weight="balanced"``, on top of the stress models' batch
  weights), so a rare label is not pushed towards "absent" by its rarity alone;
* ``platt``: the shipped recipe's out-of-fold probabilities, each label's logit mapped by a
  one-feature logistic regression (Platt scaling) fitted on the other folds' chips of that
  label (the rules found it: the only rows the gate ever judges) to "this chip is right";
  a label with under ``MIN_CHIPS`` chips, or only right or only wrong ones, keeps its raw
  probability. The map is monotone per label, so it is a smooth per-label threshold chosen on
  the other folds (those folds' models did train on the fold, as the nested thresholds' do);
  it could ship folded into each label's weights and bias.

Each candidate is scored on the once-blind folds (``train_analysis_gate.ONCE_BLIND``) by a
model trained without the fold, the rules' chips those of the code before it was studied.
Printed as in ``analysis_gate_candidates.py`` (older folds, the newer writers, all): precision
/ recall (right / wrong chips) at the shipped thresholds, with each fold's task threshold chosen
for best F0.5 on the other folds (nested), and at the recall ``shipped`` reaches at its
thresholds; then each candidate gated at a threshold chosen for each fold on the other folds
to keep ``shipped``'s recall there (nested: the operating point a shipped candidate would
have). Both candidates' probabilities are on another scale than the shipped ones (a
calibrated probability says how often such a chip is right), so their fixed-threshold column
is not a comparison; the nested and same-recall columns are.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/analysis_gate_calibration.py [--cache F.npz]
[CANDIDATE ...]`` (a few minutes per candidate on one shared core). Texts and vectors stay in
memory.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

import analysis_gate_candidates as bc  # noqa: E402
import analysis_gate_curve as curve  # noqa: E402
import numpy as np  # noqa: E402
import train_analysis_gate as tg  # noqa: E402
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # noqa: E402

CANDIDATES = ("balanced", "platt")
MIN_CHIPS = 10  # a label with fewer chips on the other folds keeps its raw probability
EDGE = 1e-6  # probabilities clipped to [EDGE, 1 - EDGE] before their logit


def fit_balanced(x: Any, y: Any, split: Any) -> tuple[Any, Any]:
    """``tg.fit`` with each label's classes weighing alike (times the batch weights)."""
    weights, bias = [], []
    for j, (task, _label) in enumerate(tg.LABELS[: y.shape[1]]):
        power = tg.BATCH_POWER[task]
        share = tg.batch_weights(split, power) if power else None
        model = LogisticRegression(C=tg.C, max_iter=2000, class_weight="balanced")
        model.fit(x, y[:, j], sample_weight=share)
        weights.append(model.coef_[0])
        bias.append(model.intercept_[0])
    return np.asarray(weights), np.asarray(bias)


def balanced(x: Any, y: Any, split: Any) -> Any:
    """Each once-blind fold's probabilities from the balanced recipe trained without it."""
    trainable = ~np.isin(split, tg.NOT_TRAINED)
    probability = np.zeros(y.shape)
    for fold in tg.ONCE_BLIND:
        out = split == fold
        train = trainable & ~out
        w, b = fit_balanced(x[train], y[train], split[train])
        probability[out] = 1.0 / (1.0 + np.exp(-(x[out] @ w.T + b)))
    return probability


def logit(p: Any) -> Any:
    clipped = np.clip(p, EDGE, 1.0 - EDGE)
    return np.log(clipped / (1.0 - clipped))


def platt(prob: Any, rules: Any, y: Any, split: Any) -> Any:
    """``prob`` with each fold's labels recalibrated on the other folds' chips."""
    z = logit(prob)
    calibrated = prob.copy()
    for fold in tg.ONCE_BLIND:
        out, others = split == fold, np.isin(split, tg.ONCE_BLIND) & (split != fold)
        for j in range(len(tg.LABELS)):
            chips = others & rules[:, j]
            right = y[chips, j]
            if chips.sum() < MIN_CHIPS or right.all() or not right.any():
                continue
            model = LogisticRegression(C=1.0, max_iter=1000)
            model.fit(z[chips, j][:, None], right)
            calibrated[out, j] = model.predict_proba(z[out, j][:, None])[:, 1]
    return calibrated


def matched(prob: Any, ref: Any, rules: Any, y: Any, split: Any, folds: Any) -> str:
    """Both tasks gated at a threshold chosen for each fold on the other folds only: the
    highest whose recall there is not under ``ref``'s at the shipped thresholds (the honest
    reading of shipping ``prob`` at the shipped recall)."""
    every = np.isin(split, tg.ONCE_BLIND)
    cells = []
    for task in bc.TASKS:
        cols = [i for i, (t, _) in enumerate(tg.LABELS) if t == task]
        rule, p, want = rules[:, cols], prob[:, cols], y[:, cols]
        total = np.zeros(3, int)
        for fold in folds:
            out, others = split == fold, every & (split != fold)
            level = bc.recall(bc.at(rule, ref[:, cols], want, others, tg.THRESHOLDS[task]))
            t = max(t for t in bc.GRID if bc.recall(bc.at(rule, p, want, others, t)) >= level)
            total += bc.at(rule, p, want, out, t)
        cells.append(bc.text((int(total[0]), int(total[1]), int(total[2]))))
    return " | ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates", nargs="*", help=f"of {', '.join(CANDIDATES)} (default: all)")
    parser.add_argument("--cache", type=Path, default=None, help="npz file for the vectors")
    args = parser.parse_args()
    chosen = args.candidates or list(CANDIDATES)
    if unknown := set(chosen) - set(CANDIDATES):
        parser.error(f"unknown candidates: {', '.join(sorted(unknown))}")
    rows = tg.labelled_rows()
    x = curve.vectors(rows, args.cache)
    y = tg.targets(rows)
    split = np.array([r.split for r in rows])
    rules = curve.rule_matrix(rows, today=False)
    shipped = bc.out_of_fold("shipped", x, y, split, None)
    probs = {"shipped": shipped}
    for name in chosen:
        probs[name] = (
            balanced(x, y, split) if name == "balanced" else platt(shipped, rules, y, split)
        )
    head = (
        "| candidate | stress fixed | stress F0.5 nested | stress at shipped's recall "
        "| emotions fixed | emotions F0.5 nested | emotions at shipped's recall |"
    )
    groups = (("older", bc.OLDER), ("newer", bc.NEWER), ("all", tg.ONCE_BLIND))
    for label, folds in groups:
        m = np.isin(split, folds)
        print(f"\n{label}: {len(folds)} folds, {int(m.sum())} rows\n{head}")
        for name, prob in probs.items():
            print(bc.report(name, prob, shipped, rules, y, split, folds))
    print("\n| folds | candidate | stress, nested at shipped's recall | emotions, the same |")
    for label, folds in groups:
        for name, prob in probs.items():
            print(f"| {label} | {name} | {matched(prob, shipped, rules, y, split, folds)} |")


if __name__ == "__main__":
    main()
