"""Which stress categories the learned gate keeps wrongly, and one category's own threshold.

Why: the gate's stress precision on the newest writers is far from its target, and the
twenty-fifth round measured a threshold per label for every label at once (no better than one
threshold at the same recall). This asks the narrower question of the twenty-ninth round
(``docs/ANALYSIS_GATE_ROUNDS.md``): per stress category, how many wrong chips the gate keeps
and how many right ones it withdraws on the newest folds, and whether the worst category alone,
given its own threshold chosen leave-one-batch-out, gains stress precision at the same recall.

Every figure is nested: each once-blind fold (``train_analysis_gate.ONCE_BLIND``) is scored by
a model trained without it (the shipped recipe, ``analysis_gate_curve.out_of_fold``), the rules'
chips those of before it was studied, and a fold's thresholds are chosen on the other folds'
out-of-fold probabilities only. Two rules choose the category's threshold, both fixed before
measuring:

* ``f05``: best pooled stress F0.5 on the other folds, every other category at the task's 0.15
  (the criterion the task threshold was chosen by);
* ``pool``: the lowest threshold from 0.15 up at which the category's kept chips on the other
  folds are as precise as the whole task's at 0.15 (so the category no longer pulls the pool
  down; above 1 when none is).

"Recall held" then chooses, on the same other folds, the highest task threshold for the other
categories whose pooled recall there is not under the plain gate's at 0.15.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/analysis_gate_category.py [--cache F.npz]
[CATEGORY ...]`` (default work and family; about a quarter of an hour on a shared core, most of
it the thirty-eight fits). Texts and vectors stay in memory; only vectors are cached.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import analysis_gate_curve as curve  # noqa: E402
import numpy as np  # noqa: E402
import train_analysis_gate as tg  # noqa: E402

TASK_T = tg.THRESHOLDS["stress"]
GRID = tuple(round(0.01 * i, 2) for i in range(1, 100))  # a category's thresholds
FINE = tuple(i / 1000 for i in range(50, 400))  # the task threshold that holds recall
STRESS = tuple(j for j, (task, _label) in enumerate(tg.LABELS) if task == "stress")
NAMES = tuple(tg.LABELS[j][1] for j in STRESS)
NEWER = tuple(b for b in tg.ONCE_BLIND if b.startswith("test") and int(b[4:]) >= 22)
LAST = NEWER[-8:]  # the newest writers
OLDER = tuple(b for b in tg.ONCE_BLIND if b not in NEWER)

Counts = tuple[int, int, int]  # right chips kept, wrong chips kept, right chips not kept


class Chips:
    """The rules' stress chips, their out-of-fold probabilities and whether each is right."""

    def __init__(self, rules: Any, prob: Any, y: Any) -> None:
        self.rules, self.prob, self.y = rules[:, STRESS], prob[:, STRESS], y[:, STRESS]

    def counts(self, rows: Any, task_t: float, category: int, cat_t: float) -> Counts:
        """Counts over the ``rows`` mask with every category at ``task_t`` but ``category``."""
        t = np.full(len(STRESS), task_t)
        t[category] = cat_t
        kept = self.rules[rows] & (self.prob[rows] >= t)
        want = self.y[rows]
        return int((kept & want).sum()), int((kept & ~want).sum()), int((~kept & want).sum())

    def category(self, rows: Any, category: int, t: float) -> tuple[int, int]:
        """One category's kept chips at ``t``, right and wrong."""
        kept = self.rules[rows, category] & (self.prob[rows, category] >= t)
        want = self.y[rows, category]
        return int((kept & want).sum()), int((kept & ~want).sum())


def f_half(c: Counts) -> float:
    tp, fp, fn = c
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return 0.0 if p + r == 0 else 1.25 * p * r / (0.25 * p + r)


def recall(c: Counts) -> float:
    return c[0] / max(c[0] + c[2], 1)


def by_f05(chips: Chips, rows: Any, category: int) -> float:
    """The category's threshold of best pooled stress F0.5 on ``rows`` (ties: the lowest)."""
    return max(GRID, key=lambda t: (round(f_half(chips.counts(rows, TASK_T, category, t)), 4), -t))


def by_pool(chips: Chips, rows: Any, category: int) -> float:
    """The lowest threshold from the task's up at which the category's kept chips on ``rows``
    are as precise as the task's at its threshold (1.01, never kept, when none is)."""
    tp, fp, _fn = chips.counts(rows, TASK_T, category, TASK_T)
    pool = tp / max(tp + fp, 1)
    for t in (t for t in GRID if t >= TASK_T):
        right, wrong = chips.category(rows, category, t)
        if right + wrong and right / (right + wrong) >= pool:
            return t
    return 1.01


RULES: dict[str, Callable[[Chips, Any, int], float]] = {"f05": by_f05, "pool": by_pool}


def held(chips: Chips, rows: Any, category: int, cat_t: float) -> float:
    """The highest task threshold at which ``rows``' pooled recall, the category at ``cat_t``,
    is not under the plain gate's there."""
    level = recall(chips.counts(rows, TASK_T, category, TASK_T))
    ok = [t for t in FINE if recall(chips.counts(rows, t, category, cat_t)) >= level]
    return max(ok) if ok else min(FINE)


def nested(
    chips: Chips, split: Any, category: int, rule: str | None, hold: bool
) -> tuple[dict[str, Counts], list[tuple[float, float]]]:
    """Counts per span (older, newer, last, all), each fold's thresholds chosen on the others
    (``rule`` None: the plain gate); and the thresholds each fold got."""
    spans = {"older": OLDER, "newer": NEWER, "last": LAST, "all": tg.ONCE_BLIND}
    sums = {name: np.zeros(3, int) for name in spans}
    blind = np.isin(split, tg.ONCE_BLIND)
    chosen = []
    for fold in tg.ONCE_BLIND:
        out = split == fold
        others = blind & ~out
        cat_t = TASK_T if rule is None else RULES[rule](chips, others, category)
        task_t = held(chips, others, category, cat_t) if hold else TASK_T
        chosen.append((task_t, cat_t))
        got = np.array(chips.counts(out, task_t, category, cat_t))
        for name, folds in spans.items():
            if fold in folds:
                sums[name] += got
    return {n: (int(s[0]), int(s[1]), int(s[2])) for n, s in sums.items()}, chosen


def text(c: Counts) -> str:
    tp, fp, fn = c
    return f"{tp / max(tp + fp, 1):.3f} / {tp / max(tp + fn, 1):.3f} ({tp} / {fp})"


def per_category(chips: Chips, split: Any) -> None:
    """Each category's rules' chips, kept and withdrawn at the task threshold on the newest
    folds, most wrong chips kept first."""
    last, newer = np.isin(split, LAST), np.isin(split, NEWER)
    every = np.isin(split, tg.ONCE_BLIND)
    print(
        "| category | rules' chips | kept | withdrawn | kept precision | kept wrong: newer / all |"
    )
    print("|---|---|---|---|---|---|")
    lines = []
    for k, name in enumerate(NAMES):
        rr, rw = chips.category(last, k, 0.0)
        kr, kw = chips.category(last, k, TASK_T)
        wide = f"{chips.category(newer, k, TASK_T)[1]} / {chips.category(every, k, TASK_T)[1]}"
        share = kr / max(kr + kw, 1)
        cells = f"{rr} / {rw} | {kr} / {kw} | {rr - kr} / {rw - kw} | {share:.2f} | {wide}"
        lines.append((kw, f"| {name} | {cells} |"))
    for _kw, line in sorted(lines, reverse=True):
        print(line)


def candidates(chips: Chips, split: Any, names: list[str]) -> None:
    """The plain gate and, per category, each rule with and without recall held."""
    print("\n| candidate | thresholds per fold | older | newer | last 8 | all |")
    print("|---|---|---|---|---|---|")
    plain, _ = nested(chips, split, 0, None, False)
    print(f"| gate {TASK_T} | | " + " | ".join(text(plain[s]) for s in plain) + " |")
    blind = np.isin(split, tg.ONCE_BLIND)
    for name in names:
        k = NAMES.index(name)
        for rule in RULES:
            for hold in (False, True):
                got, chosen = nested(chips, split, k, rule, hold)
                task = [t for t, _c in chosen]
                cat = [c for _t, c in chosen]
                span = f"{name} {min(cat):.2f}–{max(cat):.2f}, task {min(task):.3f}–{max(task):.3f}"
                label = f"{name}, {rule}{', recall held' if hold else ''}"
                print(f"| {label} | {span} | " + " | ".join(text(got[s]) for s in got) + " |")
            cat_t = RULES[rule](chips, blind, k)
            print(f"    on every fold: {name} {cat_t:.2f}, recall held with task "
                  f"{held(chips, blind, k, cat_t):.3f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("categories", nargs="*", default=["work", "family"])
    parser.add_argument("--cache", type=Path, default=None, help="npz file for the vectors")
    args = parser.parse_args()
    if unknown := set(args.categories) - set(NAMES):
        parser.error(f"unknown categories: {', '.join(sorted(unknown))}")
    rows = tg.labelled_rows()
    x = curve.vectors(rows, args.cache)
    split = np.array([r.split for r in rows])
    rules = curve.rule_matrix(rows, today=False)
    prob = curve.out_of_fold(rows, x, list(tg.ONCE_BLIND))
    chips = Chips(rules, prob, tg.targets(rows))
    per_category(chips, split)
    candidates(chips, split, args.categories)


if __name__ == "__main__":
    main()
