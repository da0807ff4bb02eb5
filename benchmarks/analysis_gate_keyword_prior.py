"""Leave-one-batch-out of a per-keyword prior for the learned analysis gate (measured, not shipped).

Why: the gate (``neuroleaf_desktop/ai/analysis_gate.py``) judges a stress chip from the whole
sentence's MiniLM vector, but the chip comes from one keyword ("poor sleep" in "felt calmer;
slept badly though"), and some keywords mislead new writers more often than others. The prior
of a keyword is its smoothed share of right chips among the once-blind batches as the rules
read them before studying each (``analysis_gate_curve.readings``), counted out of fold: a fold's
chips never count towards its own features, nor a training row's own split's. The feature, per
stress category, is the best log-odds of the keywords that gave the chip minus the category's
(0 when no keyword gave it). Candidates, each scored on the once-blind folds
(``train_analysis_gate.ONCE_BLIND``) by a model trained without the fold:

* ``shipped``: the training script's recipe (the reference);
* ``prior``: the shipped recipe with the eleven prior columns beside the vector for the stress
  models (training rows' keywords as today's rules read them, as the app would);
* ``prior-honest``: the same, but a once-blind training row's keywords are those of the rules
  before its batch was studied;
* ``stacked``: a second stage per chip, a logistic regression over (logit of the shipped
  model's out-of-fold probability, the keyword's prior) fitted on the other folds' chips.

Emotions are not affected (the analyser names no word for an emotion). Printed as in
``analysis_gate_candidates.py``: stress precision / recall (right / wrong chips) at the shipped
threshold, with each fold's threshold chosen for best F0.5 on the other folds, and at the
recall ``shipped`` reaches at its threshold (for ``stacked``, whose score is another scale,
only the last two mean anything).

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/analysis_gate_keyword_prior.py [--cache F.npz]
[--strength M]`` (about fifteen minutes on one core). Texts and vectors stay in memory.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Iterable
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

STRENGTH = 5.0  # pseudo-chips at the category's share (set, not tuned; 2 and 20 read alike)
EDGE = 0.02  # shares clipped to [EDGE, 1 - EDGE]


def _logit(share: float) -> float:
    share = min(max(share, EDGE), 1.0 - EDGE)
    return math.log(share / (1.0 - share))


class Priors:
    """Per keyword (right chips, chips) and per category its share of right chips."""

    def __init__(self, categories: list[str], chips: Iterable[tuple[str, str, bool]], m: float):
        self.categories, self.m = categories, m
        self.keyword: dict[str, list[int]] = {}
        category: dict[str, list[int]] = {}
        for kw, cat, right in chips:
            for table, key in ((self.keyword, kw), (category, cat)):
                tally = table.setdefault(key, [0, 0])
                tally[0] += int(right)
                tally[1] += 1
        self.base = {
            c: category[c][0] / category[c][1] if c in category else 0.5 for c in categories
        }

    def features(self, keywords: Iterable[tuple[str, str]]) -> list[float]:
        """Per category, the best smoothed log-odds of its keywords minus the category's."""
        best: dict[str, float] = {}
        for kw, cat in keywords:
            if cat in self.base:
                right, seen = self.keyword.get(kw, [0, 0])
                share = (right + self.m * self.base[cat]) / (seen + self.m)
                value = _logit(share) - _logit(self.base[cat])
                best[cat] = max(best.get(cat, value), value)
        return [best.get(c, 0.0) for c in self.categories]


class Experiment:
    def __init__(self, cache: Path | None, m: float) -> None:
        self.rows = tg.labelled_rows()
        self.x = curve.vectors(self.rows, cache)
        self.y = tg.targets(self.rows)
        self.split = np.array([r.split for r in self.rows])
        self.old = curve.readings(self.rows, today=False)
        self.today = curve.readings(self.rows, today=True)
        self.rules = curve.chip_matrix(self.old)
        self.stress = [i for i, (t, _) in enumerate(tg.LABELS) if t == "stress"]
        self.categories = [tg.LABELS[i][1] for i in self.stress]
        self.folds = list(tg.ONCE_BLIND)
        blind = np.flatnonzero(np.isin(self.split, self.folds))
        self.chips = [
            (i, kw, cat, cat in self.rows[i].stress) for i in blind for kw, cat in self.old[i][2]
        ]
        self.m = m
        self._priors: dict[frozenset[str], Priors] = {}

    def priors(self, left_out: set[str]) -> Priors:
        key = frozenset(left_out)
        if key not in self._priors:
            kept = [(kw, c, r) for i, kw, c, r in self.chips if self.split[i] not in left_out]
            self._priors[key] = Priors(self.categories, kept, self.m)
        return self._priors[key]

    def features(self, index: Any, fold: str, honest: bool) -> Any:
        out = np.zeros((len(index), len(self.categories)))
        for n, i in enumerate(index):
            own = str(self.split[i])
            read = self.old if own == fold or (honest and own in curve.STUDIED_AT) else self.today
            left_out = {fold} | ({own} if own in self.folds else set())
            out[n] = self.priors(left_out).features(read[i][2])
        return out

    def out_of_fold(self, candidate: str) -> Any:
        trainable = ~np.isin(self.split, tg.NOT_TRAINED)
        probability = np.zeros(self.y.shape)
        for fold in self.folds:
            out = self.split == fold
            train, scored = np.flatnonzero(trainable & ~out), np.flatnonzero(out)
            w, b = tg.fit(self.x[train], self.y[train])
            probability[scored] = 1.0 / (1.0 + np.exp(-(self.x[scored] @ w.T + b)))
            if candidate.startswith("prior"):
                honest = candidate == "prior-honest"
                xt = np.hstack([self.x[train], self.features(train, fold, honest)])
                xo = np.hstack([self.x[scored], self.features(scored, fold, honest)])
                w, b = tg.fit(xt, self.y[train][:, self.stress])
                z = xo @ w.T + b
                probability[np.ix_(scored, self.stress)] = 1.0 / (1.0 + np.exp(-z))
        return probability

    def stacked(self, shipped: Any) -> Any:
        """Each fold's stress chips rescored by a second stage fitted on the other folds."""
        p = np.clip(shipped, 1e-6, 1 - 1e-6)
        logit = np.log(p / (1 - p))
        chips = [
            (i, j)
            for i in np.flatnonzero(np.isin(self.split, self.folds))
            for j in self.stress
            if self.rules[i, j]
        ]

        def row(i: int, j: int, fold: str) -> list[float]:
            prior = self.priors({fold, str(self.split[i])}).features(self.old[i][2])
            return [float(logit[i, j]), prior[self.stress.index(j)]]

        result = shipped.copy()
        for fold in self.folds:
            train = [(i, j) for i, j in chips if self.split[i] != fold]
            scored = [(i, j) for i, j in chips if self.split[i] == fold]
            if not scored:
                continue
            model = LogisticRegression(C=1.0).fit(
                np.array([row(i, j, fold) for i, j in train]),
                np.array([tg.LABELS[j][1] in self.rows[i].stress for i, j in train]),
            )
            got = model.predict_proba(np.array([row(i, j, fold) for i, j in scored]))[:, 1]
            for (i, j), value in zip(scored, got, strict=True):
                result[i, j] = value
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="npz file for the vectors")
    parser.add_argument("--strength", type=float, default=STRENGTH, help="prior pseudo-chips")
    args = parser.parse_args()
    run = Experiment(args.cache, args.strength)
    probs = {"shipped": run.out_of_fold("shipped")}
    probs["prior"] = run.out_of_fold("prior")
    probs["prior-honest"] = run.out_of_fold("prior-honest")
    probs["stacked"] = run.stacked(probs["shipped"])
    bc.TASKS = ("stress",)
    m = np.isin(run.split, run.folds)
    alone = bc.counts(run.rules[m][:, run.stress], run.y[m][:, run.stress])
    print(f"{len(run.folds)} folds, {int(m.sum())} rows; stress rules alone {bc.text(alone)}")
    print("| candidate | stress fixed | stress F0.5 nested | stress at shipped's recall |")
    for name, p in probs.items():
        print(bc.report(name, p, probs["shipped"], run.rules, run.y, run.split, run.folds))


if __name__ == "__main__":
    main()
