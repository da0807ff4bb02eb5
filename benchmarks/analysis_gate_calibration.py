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
  it could ship folded into each label's weights and bias;
* ``platt-stress``: ``platt`` for the stress categories only, the emotions' raw probabilities
  kept (``platt`` gained stress on the newer writers and lost the emotions there); in the
  twenty-seventh round it gained on the pool and the newer writers, but its maps fitted on
  every fold (``scripts/analysis_gate_platt.py``, which trains it when ``CALIBRATED`` names
  stress) withdrew too many right chips from ``dev``, so it does not ship;
* ``platt-newer``: ``platt-stress`` with each map fitted on the newer writers' folds only
  (``analysis_gate_candidates.NEWER``, less the fold): the writers a person using the app is
  most like;
* ``platt-dev``: ``platt-stress`` with each map fitted on the tuned splits of
  ``analysis_gate_platt.TUNED`` (``dev``) as well, each scored by a model trained without it
  and read by today's rules: a fold of its own that is never scored, so the maps also learn
  how the project's own sentences name their strain (fitted on the folds alone they cut
  ``dev``'s right family and health chips); in the twenty-eighth round it gave back nearly
  all of ``platt-stress``'s gain on the folds and still cut ``dev``'s recall under the guard;
* ``shrunk``: stress only, each category's map pooled with the task's shared map, the
  category's own intercept and slope offsets L2-penalised (``PRIOR``): a category with few
  chips reads like the task, one with many as its chips say.

Why ``platt`` read the older folds worse: the rules' stress chips are right at different rates
for the two groups of folds in some categories (family, home, commute and study chips are right
far less often from the newer writers than in the older folds), and a per-category map fitted
on every other fold learns a category's rate from both, so it cuts right chips of those
categories in the older folds that the one raw threshold kept. Fitting on the newer writers
only (``platt-newer``) cuts more of them; pooling each category with the task's map
(``shrunk``) keeps less of the newer writers' gain without winning the older folds back.

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
import analysis_gate_platt as ap  # noqa: E402
import numpy as np  # noqa: E402
import train_analysis_gate as tg  # noqa: E402
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # noqa: E402

CANDIDATES = ("balanced", "platt", "platt-stress", "platt-newer", "shrunk", "platt-dev")
MIN_CHIPS = ap.MIN_CHIPS  # a label with fewer chips on the other folds keeps its raw probability
logit = ap.logit  # probabilities clipped to [EDGE, 1 - EDGE] before their logit
# The per-category offsets' L2 strength in ``shrunk`` (scikit-learn's C, on the sum of the
# chips' losses): at 0.05 a category needs about a hundred chips (right about seven times in
# ten) before its own evidence counts as much as the prior that it reads like the task as a
# whole. Set before measuring, not tuned.
PRIOR = 0.05
SHARED = 10.0  # the shared logit's scale, so the penalty hardly touches the task's own slope


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
    return ap.out_of_fold(x, y, split, fit=fit_balanced)


def platt(
    prob: Any,
    rules: Any,
    y: Any,
    split: Any,
    tasks: tuple[str, ...] = bc.TASKS,
    fit_on: tuple[str, ...] = tg.ONCE_BLIND,
) -> Any:
    """``prob`` with each fold's labels of ``tasks`` recalibrated on the chips of the other
    folds among ``fit_on`` (the other tasks' labels keep their raw probability)."""
    z = logit(prob)
    calibrated = prob.copy()
    for fold in tg.ONCE_BLIND:
        out, others = split == fold, np.isin(split, fit_on) & (split != fold)
        for j, (task, _label) in enumerate(tg.LABELS):
            chips = others & rules[:, j]
            right = y[chips, j]
            if task not in tasks or chips.sum() < MIN_CHIPS or right.all() or not right.any():
                continue
            model = LogisticRegression(C=1.0, max_iter=1000)
            model.fit(z[chips, j][:, None], right)
            calibrated[out, j] = model.predict_proba(z[out, j][:, None])[:, 1]
    return calibrated


def shrunk(prob: Any, rules: Any, y: Any, split: Any, prior: float = PRIOR) -> Any:
    """Stress recalibrated per category, each category's map pooled with the task's one.

    One logistic regression per fold over the other folds' stress chips: the chip's logit
    (scaled by ``SHARED`` so its slope is all but unpenalised) and the shared intercept give
    the task's map, and per category an intercept and a slope offset, L2-penalised at
    strength ``prior`` (scikit-learn's ``C``: smaller pulls harder), say how far that
    category's chips are right more or less often than the task's at the same logit. A
    category with few chips stays near the shared map, which alone is monotone in the logit
    for every category alike and so orders the chips as the raw probabilities do; one with
    many chips moves as far as its own chips say. Emotions keep their raw probability."""
    z = logit(prob)
    calibrated = prob.copy()
    cols = [j for j, (task, _label) in enumerate(tg.LABELS) if task == "stress"]
    for fold in tg.ONCE_BLIND:
        out, others = split == fold, np.isin(split, tg.ONCE_BLIND) & (split != fold)
        feats, right = [], []
        for k, j in enumerate(cols):
            chips = others & rules[:, j]
            feats.append(_shrunk_features(z[chips, j], k, len(cols)))
            right.append(y[chips, j])
        model = LogisticRegression(C=prior, max_iter=5000)
        model.fit(np.vstack(feats), np.concatenate(right))
        for k, j in enumerate(cols):
            features = _shrunk_features(z[out, j], k, len(cols))
            calibrated[out, j] = model.predict_proba(features)[:, 1]
    return calibrated


def _shrunk_features(z: Any, k: int, labels: int) -> Any:
    """[shared logit, category k's intercept offset, category k's slope offset] per row."""
    features = np.zeros((len(z), 1 + 2 * labels))
    features[:, 0] = SHARED * z
    features[:, 1 + k] = 1.0
    features[:, 1 + labels + k] = z
    return features


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


def candidate(name: str, x: Any, y: Any, split: Any, shipped: Any, rules: Any) -> Any:
    """The out-of-fold probabilities of one candidate (``shipped``: the shipped recipe's)."""
    if name == "balanced":
        return balanced(x, y, split)
    if name == "platt":
        return platt(shipped, rules, y, split)
    if name == "platt-stress":
        return platt(shipped, rules, y, split, ("stress",))
    if name == "platt-newer":
        return platt(shipped, rules, y, split, ("stress",), bc.NEWER)
    if name == "platt-dev":
        tuned = np.isin(split, ap.TUNED)
        prob = shipped.copy()
        prob[tuned] = ap.out_of_fold(x, y, split, folds=ap.TUNED)[tuned]
        return platt(prob, rules, y, split, ("stress",), tg.ONCE_BLIND + ap.TUNED)
    return shrunk(shipped, rules, y, split)


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
        probs[name] = candidate(name, x, y, split, shipped, rules)
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
