"""Leave-one-batch-out comparison of training recipes for the learned analysis gate.

Why: the gate (``neuroleaf_desktop/ai/analysis_gate.py``) is retrained only when a recipe reads
new writers better, and "better" must be measured on writers each model never saw. This prints
the tables of the twenty-first round (``docs/ANALYSIS_GATE_ROUNDS.md``) for any of its
candidates, so they can be read again:

* ``before``: the recipe before that round (``NOT_TRAINED`` and ``test22`` … ``test57`` out);
* ``previous``: the recipe of the twenty-fifth round's weights (``NOT_TRAINED``, ``test45`` …
  ``test49`` out, the shipped ``BATCH_POWER``; the twenty-sixth to forty-first rounds
  compared it with ``shipped`` while ``test42``, then ``test43`` … ``test57`` was trained on,
  and since each joined ``NOT_TRAINED`` the two are the same);
* ``plain``: the shipped rows with every row weighing alike (the recipe before the twenty-fifth
  round's batch weights);
* ``shipped``: ``scripts/train_analysis_gate.py`` as it is (``NOT_TRAINED`` out, its
  ``BATCH_POWER``);
* ``plus-SPLIT`` (``plus-test45``, ``plus-test45+test44``): the shipped recipe with those
  ``NOT_TRAINED`` splits trained on too (still each a fold, left out of its own model;
  ``plus-test42+test43+test44+test45+test46+test47+test48+test49+test50+test51+test52+test53``
  with ``+test54+test55+test56+test57`` trains on every newer writer);
* ``power-P`` (``power-1``, ``power-0.5`` …): the shipped rows, each row weighing (rows in its
  batch) ** -P for every label (``power-1``: every batch the same total weight);
* ``tuned-c``: the shipped rows, each label's L2 strength of 1, 4 or 16 chosen for each fold as
  the one of best F0.5 at the task threshold on the other folds' out-of-fold probabilities
  (those folds' models did train on the fold, as the nested thresholds' do);
* ``neighbours``: ``before`` plus forty nearest-labelled-neighbour features per row: per label,
  the share of the label among the ``K`` most similar training rows (cosine on int8 vectors,
  one scale, as the safety bank quantises them) and the best cosine to a row with the label
  minus the best to a row without; a training row never sees its own split's rows (out of
  fold, as ``scripts/safety_neighbours.py``), a fold row sees every training row;
* ``shipped+neighbours``: both; ``everything``: every labelled row trained on.

Each once-blind fold (``train_analysis_gate.ONCE_BLIND``) is scored by a model trained without
it, the rules' chips those of the code before it was studied (``analysis_gate_curve``). Printed:
pooled precision / recall (right / wrong chips) at the shipped thresholds, with each fold's
task threshold chosen for best F0.5 on the other folds (nested), and at the recall
``previous`` (else ``before``) reaches at the shipped thresholds; over the fourteen older
folds, the newer writers (``test22`` on, one writer each), those since ``test42`` (none of them
learned from by the shipped weights), the newest nine of them and all.

``--per-label`` also prints, per candidate, each stress category's and emotion's threshold
chosen on the other folds (out-of-fold probabilities) for best F0.5 and for precision targets.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/analysis_gate_candidates.py [--cache F.npz]
[--ref NAME] [--per-label] [CANDIDATE ...]`` (about a minute per candidate, three with
neighbours and ``tuned-c``, on one core).
Texts and vectors stay in memory; only the vectors are cached when ``--cache`` is given.
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

NEWER = tuple(b for b in tg.ONCE_BLIND if b.startswith("test") and int(b[4:]) >= 22)
# The newer writers since test42: the shipped weights learned from none of them (NOT_TRAINED), so
# they read the gate as a new writer would.
SINCE_42 = tuple(b for b in NEWER if int(b[4:]) >= 42)
LAST_NINE = NEWER[-9:]  # the newest nine writers: the span each round's record reports
OLDER = tuple(b for b in tg.ONCE_BLIND if b not in NEWER)
TASKS = ("stress", "emotions")
CANDIDATES = (
    "before", "previous", "plain", "shipped", "power-P", "tuned-c", "neighbours",
    "shipped+neighbours", "everything",
)  # fmt: skip
PLAIN = {"stress": 0.0, "emotions": 0.0}  # every row weighs alike
POWERS = {
    "previous": tg.BATCH_POWER,
    "shipped": tg.BATCH_POWER,
    "shipped+neighbours": tg.BATCH_POWER,
}
STRENGTHS = (1.0, 4.0, 16.0)  # the L2 strengths tuned-c chooses among
TARGETS = (0.78, 0.80, 0.85, 0.90)  # per-label precision targets (--per-label)
K = 10  # neighbours that vote (the safety classifier's k; not tuned)
SCALE = 1.0  # the neighbour features' length next to the unit MiniLM vector (not tuned)
GRID = tuple(round(0.01 * i, 2) for i in range(1, 100))
FINE = tuple(i / 1000 for i in range(1, 1000))
_NONE = np.float32(-2.0)  # below any cosine: a row that may not be a neighbour


class Neighbours:
    """Every row's cosines to every other row, and per split and label the best one."""

    def __init__(self, x: Any, y: Any, group: Any) -> None:
        scale = np.abs(x).max() / 127.0
        quantised = (np.clip(np.rint(x / scale), -127, 127) * scale).astype(np.float32)
        self.sims = quantised @ quantised.T
        self.y, self.group = y, group
        groups = int(group.max()) + 1
        shape = (len(x), groups, y.shape[1])
        self.best_with = np.full(shape, _NONE, np.float32)
        self.best_without = np.full(shape, _NONE, np.float32)
        for g in range(groups):
            cols = np.flatnonzero(group == g)
            sub = self.sims[:, cols]
            for j in range(y.shape[1]):
                has = y[cols, j]
                if has.any():
                    self.best_with[:, g, j] = sub[:, has].max(axis=1)
                if (~has).any():
                    self.best_without[:, g, j] = sub[:, ~has].max(axis=1)

    def features(self, rows: Any, bank: Any, own_fold_hidden: bool) -> Any:
        """The 2 × labels features of ``rows`` against the ``bank`` rows (indices)."""
        share = np.zeros((len(rows), self.y.shape[1]))
        for start in range(0, len(rows), 2000):
            part = rows[start : start + 2000]
            sims = self.sims[np.ix_(part, bank)]
            if own_fold_hidden:
                sims[self.group[part][:, None] == self.group[bank][None, :]] = _NONE
            nearest = np.argpartition(-sims, K, axis=1)[:, :K]
            share[start : start + 2000] = self.y[bank][nearest].mean(axis=1)
        allowed = np.zeros(self.best_with.shape[1], bool)
        allowed[np.unique(self.group[bank])] = True
        best_with = np.where(allowed[None, :, None], self.best_with[rows], _NONE)
        best_without = np.where(allowed[None, :, None], self.best_without[rows], _NONE)
        if own_fold_hidden:
            best_with[np.arange(len(rows)), self.group[rows]] = _NONE
            best_without[np.arange(len(rows)), self.group[rows]] = _NONE
        margin = best_with.max(axis=1) - best_without.max(axis=1)
        return SCALE * np.hstack([share, margin])


def out_of_fold(
    candidate: str,
    x: Any,
    y: Any,
    split: Any,
    near: Neighbours | None,
    rules: Any = None,
    c: float = tg.C,
) -> Any:
    """Each once-blind fold's probabilities from the candidate's model trained without it
    (``rules``, the rules' chips, only for ``tuned-c``, whose choice reads them)."""
    if candidate == "tuned-c":
        return tuned_c(x, y, split, rules)
    trainable = {
        "before": ~np.isin(split, tg.NOT_TRAINED + NEWER),
        "previous": ~np.isin(
            split, (*tg.NOT_TRAINED, "test45", "test46", "test47", "test48", "test49")
        ),
        "shipped": ~np.isin(split, tg.NOT_TRAINED),
        "everything": np.ones(len(split), bool),
    }
    trainable["neighbours"] = trainable["before"]
    if candidate.startswith("plus-"):  # the shipped rows and splits kept out of them
        added = tuple(candidate.removeprefix("plus-").split("+"))
        trainable[candidate] = ~np.isin(split, [s for s in tg.NOT_TRAINED if s not in added])
    for same in ("shipped+neighbours", "plain", candidate):
        trainable.setdefault(same, trainable["shipped"])
    power = tg.BATCH_POWER if candidate.startswith("plus-") else POWERS.get(candidate, PLAIN)
    if candidate.startswith("power-"):
        power = dict.fromkeys(TASKS, float(candidate.removeprefix("power-")))
    probability = np.zeros(y.shape)
    for fold in tg.ONCE_BLIND:
        out = split == fold
        train, scored = np.flatnonzero(trainable[candidate] & ~out), np.flatnonzero(out)
        xt, xo = x[train], x[scored]
        if candidate.endswith("neighbours"):
            assert near is not None
            xt = np.hstack([xt, near.features(train, train, own_fold_hidden=True)])
            xo = np.hstack([xo, near.features(scored, train, own_fold_hidden=False)])
        w, b = tg.fit(xt, y[train], split[train], power, c)
        probability[scored] = 1.0 / (1.0 + np.exp(-(xo @ w.T + b)))
    return probability


def tuned_c(x: Any, y: Any, split: Any, rules: Any) -> Any:
    """Out-of-fold probabilities with each label's L2 strength chosen per fold on the others."""
    probs = [out_of_fold("plain", x, y, split, None, c=c) for c in STRENGTHS]
    chosen = np.zeros(y.shape)
    for fold in tg.ONCE_BLIND:
        out, others = split == fold, np.isin(split, tg.ONCE_BLIND) & (split != fold)
        for j, (task, _label) in enumerate(tg.LABELS):
            t = tg.THRESHOLDS[task]
            score = [
                round(f_half(counts(rules[others, j] & (p[others, j] >= t), y[others, j])), 4)
                for p in probs
            ]
            chosen[out, j] = probs[int(np.argmax(score))][out, j]
    return chosen


def counts(got: Any, want: Any) -> tuple[int, int, int]:
    return int((got & want).sum()), int((got & ~want).sum()), int((~got & want).sum())


def at(rule: Any, p: Any, want: Any, mask: Any, t: float) -> tuple[int, int, int]:
    """Counts of the rules' chips on the ``mask`` rows kept at threshold ``t``."""
    return counts(rule[mask] & (p[mask] >= t), want[mask])


def recall(c: tuple[int, int, int]) -> float:
    return c[0] / max(c[0] + c[2], 1)


def text(c: tuple[int, int, int]) -> str:
    tp, fp, fn = c
    return f"{tp / max(tp + fp, 1):.3f} / {tp / max(tp + fn, 1):.3f} ({tp} / {fp})"


def f_half(c: tuple[int, int, int]) -> float:
    tp, fp, fn = c
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return 0.0 if p + r == 0 else 1.25 * p * r / (0.25 * p + r)


def report(name: str, prob: Any, ref: Any, rules: Any, y: Any, split: Any, folds: Any) -> str:
    """Fixed thresholds | nested F0.5 | at ``ref``'s recall, stress then emotions."""
    m = np.isin(split, folds)
    cells = []
    for task in TASKS:
        cols = [i for i, (t, _) in enumerate(tg.LABELS) if t == task]
        rule, p, want = rules[:, cols], prob[:, cols], y[:, cols]
        fixed = tg.THRESHOLDS[task]
        cells.append(text(counts(rule[m] & (p[m] >= fixed), want[m])))
        nested = np.zeros(3, int)
        for fold in folds:
            out, others = split == fold, m & (split != fold)
            best = max((round(f_half(at(rule, p, want, others, t)), 4), t) for t in GRID)[1]
            nested += at(rule, p, want, out, best)
        cells.append(text((int(nested[0]), int(nested[1]), int(nested[2]))))
        tp, _fp, fn = at(rule, ref[:, cols], want, m, fixed)
        level = tp / max(tp + fn, 1)
        t = max(t for t in FINE if recall(at(rule, p, want, m, t)) >= level)
        cells.append(f"t {t:.3f}: " + text(at(rule, p, want, m, t)))
    return f"| {name} | " + " | ".join(cells) + " |"


def per_label(name: str, prob: Any, rules: Any, y: Any, split: Any) -> None:
    """Each fold gated by a threshold per label chosen on the other folds: best F0.5, or the
    lowest reaching a precision target (the task's threshold where none does)."""
    for task in TASKS:
        cols = [i for i, (t, _) in enumerate(tg.LABELS) if t == task]
        for target in ("F0.5", *TARGETS):
            sums = {g: np.zeros(3, int) for g in ("older", "newer", "all")}
            for fold in tg.ONCE_BLIND:
                out, others = split == fold, np.isin(split, tg.ONCE_BLIND) & (split != fold)
                keep = np.zeros((int(out.sum()), len(cols)), bool)
                for k, j in enumerate(cols):
                    t = label_threshold(rules[:, j], prob[:, j], y[:, j], others, target)
                    t = tg.THRESHOLDS[task] if t is None else t
                    keep[:, k] = rules[out, j] & (prob[out, j] >= t)
                got = np.array(counts(keep, y[out][:, cols]))
                sums["all"] += got
                sums["older" if fold in OLDER else "newer"] += got
            cells = " | ".join(text((int(v[0]), int(v[1]), int(v[2]))) for v in sums.values())
            print(f"| {name} | {task} | {target} | {cells} |")


def label_threshold(rule: Any, p: Any, want: Any, rows: Any, target: Any) -> float | None:
    """One label's threshold on the ``rows`` mask: best F0.5, or the lowest whose precision
    reaches ``target`` with at least three right chips (None: no such threshold)."""
    if target == "F0.5":
        return max(GRID, key=lambda t: (round(f_half(at(rule, p, want, rows, t)), 4), -t))
    for t in GRID:
        tp, fp, _fn = at(rule, p, want, rows, t)
        if tp >= 3 and tp / max(tp + fp, 1) >= target:
            return t
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates", nargs="*", help=f"of {', '.join(CANDIDATES)} (default: all)")
    parser.add_argument("--cache", type=Path, default=None, help="npz file for the vectors")
    parser.add_argument("--quick", action="store_true", help="accepted (no effect)")
    parser.add_argument("--ref", default=None, help="whose recall is matched (default previous)")
    parser.add_argument("--per-label", action="store_true", help="per-label thresholds too")
    args = parser.parse_args()
    chosen = args.candidates or list(CANDIDATES)
    if unknown := {c for c in chosen if not c.startswith(("power-", "plus-"))} - set(CANDIDATES):
        parser.error(f"unknown candidates: {', '.join(sorted(unknown))}")
    rows = tg.labelled_rows()
    x = curve.vectors(rows, args.cache)
    y = tg.targets(rows)
    split = np.array([r.split for r in rows])
    rules = curve.rule_matrix(rows, today=False)
    near = None
    if any(c.endswith("neighbours") for c in chosen):
        names = sorted(set(split))
        near = Neighbours(x, y, np.array([names.index(s) for s in split]))
    ref = args.ref or ("previous" if "previous" in chosen else "before")  # whose recall
    wanted = [ref, *(c for c in chosen if c != ref)]
    probs = {c: out_of_fold(c, x, y, split, near, rules) for c in wanted}
    head = (
        f"| candidate | stress fixed | stress F0.5 nested | stress at {ref}'s recall "
        f"| emotions fixed | emotions F0.5 nested | emotions at {ref}'s recall |"
    )
    spans = (
        ("older", OLDER),
        ("newer", NEWER),
        ("since test42", SINCE_42),
        ("last nine", LAST_NINE),
        ("all", tg.ONCE_BLIND),
    )
    for label, folds in spans:
        m = np.isin(split, folds)
        print(f"\n{label}: {len(folds)} folds, {int(m.sum())} rows\n{head}")
        alone = [
            text(counts(rules[m][:, cols], y[m][:, cols]))
            for cols in ([i for i, (t, _) in enumerate(tg.LABELS) if t == task] for task in TASKS)
        ]
        print(f"| rules alone | {alone[0]} | | | {alone[1]} | | |")
        for c in wanted:
            print(report(c, probs[c], probs[ref], rules, y, split, folds))
    if args.per_label:
        print(
            f"\n| candidate | task | per-label threshold | {len(OLDER)} older "
            f"| {len(NEWER)} newer | all |"
        )
        for c in wanted:
            per_label(c, probs[c], rules, y, split)


if __name__ == "__main__":
    main()
