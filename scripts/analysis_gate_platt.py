"""Per-category Platt calibration of the learned gate's stress models, fitted when it is trained.

Why: the gate reads every stress category's probability against one threshold, but the
categories learn on unequal scales, and the rules' chips of some categories are right far less
often than others'. A one-feature logistic regression per category, from the logit of the
category's probability to "this chip of the rules is right", fitted on the chips the rules
gave on the once-blind folds (each scored by a model trained without it, the rules' chips those
of the code before the fold was studied), puts them on one scale: the probability that such a
chip is right. Measured leave-one-batch-out (``benchmarks/analysis_gate_calibration.py
platt-stress``, each fold's map fitted on the other folds, its threshold chosen there to keep
the raw gate's recall) it withdrew more wrong chips at the same recall than the raw threshold,
on the pool and on the newer writers (over thirty-seven folds 325 → 308 wrong stress chips,
the twenty-three newer writers 186 → 164), but fitted on every fold it withdrew too many right
chips from ``dev``'s own sentences (stress recall 0.858 → 0.754 against the rules, under the
tuned splits' guard of 0.08), so it does not ship: ``CALIBRATED`` is empty
(``docs/ANALYSIS_GATE_ROUNDS.md``, twenty-seventh and twenty-eighth rounds).

Why ``dev`` loses: the maps learn how often each category's chip is right from the folds, where
family, home, commute and study chips are right well under half the time from the newer
writers, so a family chip needs a raw probability far above 0.15 to stay; ``dev``'s family and
health sentences are written the way the rules were tuned on, and the chips it loses are
mostly theirs (family 47 → 36 right chips kept, health 53 → 49). Fitting the maps on ``dev``'s
chips too (``TUNED``, ``platt-dev``) pulls those maps back but also the threshold up: it gave
back nearly all the folds' gain (325 → 325 wrong pooled, 186 → 176 on the newer writers for 8
right chips fewer) and still kept ``dev``'s recall under the guard (0.773 against 0.778).

The map is monotone, so it would ship folded into each category's weights and bias
(``a·w``, ``a·b + c``): the weights file keeps its shape and the app's work per entry is
unchanged. A calibrated task's threshold moves to the calibrated scale: the highest whose
recall over the folds is not under the raw gate's at ``train_analysis_gate.THRESHOLDS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import analysis_gate_curve as curve
import numpy as np
import train_analysis_gate as tg
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

# Tasks whose labels are calibrated when the gate is trained; none ship (stress was measured:
# the module docstring says why not).
CALIBRATED: tuple[str, ...] = ()
# Tuned splits whose chips the maps may learn from as well as the once-blind folds' (each
# scored by a model trained without it, read by today's rules: it has no commit of before), so
# a map hears how the project's own sentences name their strain: ``calibrate(also=TUNED)``,
# the benchmark's ``platt-dev``. Measured, not used: it gave back the folds' gain and still cut
# ``dev``'s recall under the guard (the module docstring says why).
TUNED: tuple[str, ...] = ("dev",)
MIN_CHIPS = 10  # a category with fewer chips on the folds keeps its raw probability
EDGE = 1e-6  # probabilities clipped to [EDGE, 1 - EDGE] before their logit
FINE = tuple(i / 1000 for i in range(1, 1000))


def out_of_fold(
    x: Any,
    y: Any,
    split: Any,
    fit: Callable[..., Any] = tg.fit,
    folds: tuple[str, ...] = tg.ONCE_BLIND,
) -> Any:
    """Each of ``folds``' probabilities (the once-blind folds unless given) from a recipe (the
    shipped one unless ``fit`` is given) trained without it."""
    trainable = ~np.isin(split, tg.NOT_TRAINED)
    probability = np.zeros(y.shape)
    for fold in folds:
        out = split == fold
        train = trainable & ~out
        w, b = fit(x[train], y[train], split[train])
        probability[out] = 1.0 / (1.0 + np.exp(-(x[out] @ w.T + b)))
    return probability


def logit(p: Any) -> Any:
    clipped = np.clip(p, EDGE, 1.0 - EDGE)
    return np.log(clipped / (1.0 - clipped))


def maps(
    prob: Any,
    rules: Any,
    y: Any,
    split: Any,
    tasks: tuple[str, ...] = CALIBRATED,
    fit_on: tuple[str, ...] = tg.ONCE_BLIND,
) -> dict[int, tuple[float, float]]:
    """Per label of ``tasks`` (its index in ``tg.LABELS``) the map's slope and intercept,
    fitted on the chips of that label in every split of ``fit_on`` (the once-blind folds
    unless given; ``prob`` out of fold for each)."""
    z = logit(prob)
    blind = np.isin(split, fit_on)
    fitted: dict[int, tuple[float, float]] = {}
    for j, (task, _label) in enumerate(tg.LABELS):
        chips = blind & rules[:, j]
        right = y[chips, j]
        if task not in tasks or chips.sum() < MIN_CHIPS or right.all() or not right.any():
            continue
        model = LogisticRegression(C=1.0, max_iter=1000)
        model.fit(z[chips, j][:, None], right)
        fitted[j] = (float(model.coef_[0][0]), float(model.intercept_[0]))
    return fitted


def apply(prob: Any, fitted: dict[int, tuple[float, float]]) -> Any:
    """``prob`` with each mapped label's probability calibrated."""
    calibrated = prob.copy()
    z = logit(prob)
    for j, (a, c) in fitted.items():
        calibrated[:, j] = 1.0 / (1.0 + np.exp(-(a * z[:, j] + c)))
    return calibrated


def threshold(raw: Any, calibrated: Any, rules: Any, y: Any, split: Any, task: str) -> float:
    """The highest calibrated threshold whose recall over the folds is not under the raw
    probabilities' at the task's raw threshold."""
    cols = [i for i, (t, _) in enumerate(tg.LABELS) if t == task]
    blind = np.isin(split, tg.ONCE_BLIND)
    rule, want = rules[blind][:, cols], y[blind][:, cols]

    def recall(p: Any, t: float) -> float:
        kept = rule & (p[blind][:, cols] >= t)
        return float((kept & want).sum() / max(want.sum(), 1))

    level = recall(raw, tg.THRESHOLDS[task])
    return max(t for t in FINE if recall(calibrated, t) >= level)


def calibrate(
    rows: list[Any], x: Any, weights: Any, bias: Any, also: tuple[str, ...] = ()
) -> tuple[Any, Any, dict[str, float], dict[str, list[float]]]:
    """The shipped weights and biases with the calibrated labels' maps folded in, the
    thresholds (calibrated tasks on their new scale) and each map ("task:label": [a, c]).

    ``also`` names tuned splits whose chips the maps learn from too (``TUNED``); the
    threshold keeps the raw gate's recall over the once-blind folds either way."""
    y = tg.targets(rows)
    split = np.array([r.split for r in rows])
    raw = out_of_fold(x, y, split, folds=tg.ONCE_BLIND + also)
    rules = curve.rule_matrix(rows, today=False)
    fitted = maps(raw, rules, y, split, fit_on=tg.ONCE_BLIND + also)
    calibrated = apply(raw, fitted)
    weights, bias = weights.copy(), bias.copy()
    for j, (a, c) in fitted.items():
        weights[j] = a * weights[j]
        bias[j] = a * bias[j] + c
    thresholds = dict(tg.THRESHOLDS)
    for task in CALIBRATED:
        thresholds[task] = threshold(raw, calibrated, rules, y, split, task)
    named = {
        f"{tg.LABELS[j][0]}:{tg.LABELS[j][1]}": [round(a, 5), round(c, 5)]
        for j, (a, c) in fitted.items()
    }
    return weights, bias, thresholds, named
