"""Which stress categories the learned gate withdraws rightly and wrongly, and one category's
chip model.

Why: the gate (``neuroleaf_desktop/ai/analysis_gate.py``) is for precision, and on the newest
writers its stress chips are its least precise. The twenty-ninth round
(``docs/ANALYSIS_GATE_ROUNDS.md``) counted the wrong chips each category keeps and gave the worst
ones a threshold of their own (no gain at the same recall: what is wrong about a work chip is
not what the category's probability sees). This asks the thirty-first round's question: per
category, on the newest writers' folds, the chips the gate keeps wrongly, withdraws rightly
(wrong chips) and withdraws wrongly (right chips); and whether the category that keeps the
most wrong chips reads better with a model of its own question. Every category's model answers
"does this text carry a strain of this kind" over every training row; a **chip model** answers
"is this chip right", trained only on the training rows where the rules gave the category
(each once-blind fold's rows as the rules of before it was studied read them). The thirtieth
round measured it for emotions (anger, calm); thresholds, calibration, keyword priors, clause
and word features were measured for stress before, the chip model never.

Every figure is nested. Each once-blind fold (``train_analysis_gate.ONCE_BLIND``) is scored by
models trained without it (``analysis_gate_curve.out_of_fold`` for every label, the chip model
likewise), the rules' chips those of before it was studied, and for each fold, on the other
folds only: the category (the one keeping the most wrong chips there at the task threshold)
and its threshold, by one rule fixed before measuring: **recall held**, the highest grid
threshold at which the category keeps as many right chips there as the plain gate keeps at
0.15 (so stress recall is held and precision is free to gain). ``threshold`` is the same rule
on the plain probability (for scale: one category's own threshold, the twenty-ninth round's
question asked with recall held inside the category). ``dev`` is read as the tuned splits'
guard reads it: in-sample (the models trained on every row the recipe trains on, the threshold
chosen on every fold), today's rules.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/analysis_gate_stress.py [--cache F.npz]
[--category NAME]`` (``--category`` fixes the category instead of choosing it per fold). Texts
and vectors stay in memory; only vectors are cached.
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

import analysis_gate_curve as curve  # noqa: E402
import numpy as np  # noqa: E402
import train_analysis_gate as tg  # noqa: E402
from analysis_gate_emotion import (  # noqa: E402
    GRID,
    SPANS,
    Counts,
    chip_model,
    fit_chip,
    label_counts,
    text,
)

TASK_T = tg.THRESHOLDS["stress"]
STRESS = tuple(j for j, (task, _label) in enumerate(tg.LABELS) if task == "stress")
NAMES = tuple(tg.LABELS[j][1] for j in STRESS)


def per_category(rules: Any, prob: Any, y: Any, split: Any) -> None:
    """Print each category's chips on the last eight folds (the rules', kept, withdrawn, each
    right / wrong) and, over the newer and all folds, the wrong chips kept, the wrong chips
    withdrawn (rightly) and the right chips withdrawn (wrongly); most wrong kept first."""
    last, newer, every = (np.isin(split, SPANS[s]) for s in ("last 8", "newer", "all"))
    print(
        "| category | rules' chips | kept | withdrawn | kept precision | kept wrong: newer / all "
        "| withdrawn wrong: newer / all | withdrawn right: newer / all |"
    )
    print("|---|---|---|---|---|---|---|---|")
    lines = []
    for j, name in zip(STRESS, NAMES, strict=True):
        rr, rw = label_counts(rules, prob, y, last, j, 0.0)
        kr, kw = label_counts(rules, prob, y, last, j, TASK_T)
        wide = []
        for rows in (newer, every):
            right, wrong = label_counts(rules, prob, y, rows, j, 0.0)
            kept_right, kept_wrong = label_counts(rules, prob, y, rows, j, TASK_T)
            wide.append((kept_wrong, wrong - kept_wrong, right - kept_right))
        cells = " | ".join(f"{wide[0][i]} / {wide[1][i]}" for i in range(3))
        head = f"| {name} | {rr} / {rw} | {kr} / {kw} | {rr - kr} / {rw - kw} |"
        lines.append((kw, f"{head} {kr / max(kr + kw, 1):.2f} | {cells} |"))
    for _kw, line in sorted(lines, key=lambda item: -item[0]):
        print(line)


def worst(rules: Any, prob: Any, y: Any, rows: Any) -> int:
    """The stress label (column) keeping the most wrong chips on ``rows`` at the task
    threshold (ties: the first)."""
    return max(STRESS, key=lambda j: (label_counts(rules, prob, y, rows, j, TASK_T)[1], -j))


def held_threshold(rules: Any, score: Any, y: Any, rows: Any, j: int, plain: Any) -> float:
    """The highest grid threshold at which label ``j`` keeps as many right chips on ``rows``
    with ``score`` as with the plain probability at the task threshold (0.0 when none does)."""
    right, _w = label_counts(rules, plain, y, rows, j, TASK_T)
    ok = [t for t in GRID if label_counts(rules, score, y, rows, j, t)[0] >= right]
    return max(ok) if ok else 0.0


def nested(
    rules: Any, prob: Any, y: Any, split: Any, scores: dict[int, Any] | None, fixed: int | None
) -> tuple[dict[str, Counts], list[tuple[int, float]]]:
    """Stress counts per span, each fold's category (``fixed``, else the worst on the other
    folds) read from ``scores[category]`` at a threshold chosen on the other folds (``scores``
    None: the plain gate); and each fold's category and threshold."""
    sums = {name: np.zeros(3, int) for name in SPANS}
    blind = np.isin(split, tg.ONCE_BLIND)
    chosen = []
    for fold in tg.ONCE_BLIND:
        out = split == fold
        others = blind & ~out
        kept = rules[out][:, STRESS] & (prob[out][:, STRESS] >= TASK_T)
        if scores is not None:
            j = worst(rules, prob, y, others) if fixed is None else fixed
            t = held_threshold(rules, scores[j], y, others, j, prob)
            chosen.append((j, t))
            kept[:, STRESS.index(j)] = rules[out, j] & (scores[j][out, j] >= t)
        want = y[out][:, STRESS]
        got = np.array([(kept & want).sum(), (kept & ~want).sum(), (~kept & want).sum()])
        for name, folds in SPANS.items():
            if fold in folds:
                sums[name] += got
    return {n: (int(s[0]), int(s[1]), int(s[2])) for n, s in sums.items()}, chosen


def chip_scores(x: Any, rules: Any, y: Any, split: Any, prob: Any, j: int) -> Any:
    """``prob`` with label ``j``'s column the chip model's out-of-fold probability."""
    scores = prob.copy()
    scores[:, j] = chip_model(x, rules, y, split, j)
    return scores


def compare(
    x: Any, rules: Any, prob: Any, y: Any, split: Any, fixed: int | None
) -> dict[str, list[tuple[int, float]]]:
    """The plain gate, the category at its own threshold, and the category by its chip model;
    returns the categories and thresholds each candidate chose per fold."""
    print("\n| candidate | category and threshold per fold | " + " | ".join(SPANS) + " |")
    print("|---|---|" + "---|" * len(SPANS))
    blind = np.isin(split, tg.ONCE_BLIND)
    wanted = {fixed} if fixed is not None else set()
    if fixed is None:
        wanted = {worst(rules, prob, y, blind & (split != f)) for f in tg.ONCE_BLIND}
    chips = {j: chip_scores(x, rules, y, split, prob, j) for j in sorted(wanted)}
    picked: dict[str, list[tuple[int, float]]] = {}
    for name, scores in (
        (f"gate {TASK_T}", None),
        ("threshold", dict.fromkeys(wanted, prob)),
        ("chip model", chips),
    ):
        got, chosen = nested(rules, prob, y, split, scores, fixed)
        picked[name] = chosen
        span = ""
        if chosen:
            cats = sorted({tg.LABELS[j][1] for j, _t in chosen})
            ts = [t for _j, t in chosen]
            span = f"{', '.join(cats)} {min(ts):.2f}–{max(ts):.2f}"
        print(f"| {name} | {span} | " + " | ".join(text(got[s]) for s in SPANS) + " |")
    return picked


def dev_recall(x: Any, rules: Any, prob: Any, y: Any, split: Any, j: int) -> None:
    """``dev``'s stress precision / recall in-sample: the rules, the plain gate, and label
    ``j`` by its chip model (trained on every chip row the recipe trains on) at the threshold
    the recall-held rule chooses on every fold."""
    train = ~np.isin(split, tg.NOT_TRAINED)
    w, b = tg.fit(x[train], y[train], split[train])
    inside = 1.0 / (1.0 + np.exp(-(x @ w.T + b)))
    rows = train & rules[:, j]
    chip = fit_chip(x[rows], y[rows, j], x)
    blind = np.isin(split, tg.ONCE_BLIND)
    t = held_threshold(rules, chip_scores(x, rules, y, split, prob, j), y, blind, j, prob)
    dev = split == "dev"
    plain = rules[dev][:, STRESS] & (inside[dev][:, STRESS] >= TASK_T)
    with_chip = plain.copy()
    with_chip[:, STRESS.index(j)] = rules[dev, j] & (chip[dev] >= t)
    want = y[dev][:, STRESS]
    for name, kept in (("rules", rules[dev][:, STRESS]), ("gate", plain), ("chip", with_chip)):
        c = (int((kept & want).sum()), int((kept & ~want).sum()), int((~kept & want).sum()))
        print(f"dev {name:5s} {text(c)}" + (f"  ({tg.LABELS[j][1]} at {t:.2f})" * (name == "chip")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="npz file for the vectors")
    parser.add_argument("--category", default=None, help="fix the category given its model")
    args = parser.parse_args()
    if args.category is not None and args.category not in NAMES:
        parser.error(f"unknown category: {args.category}")
    rows = tg.labelled_rows()
    x = curve.vectors(rows, args.cache)
    y = tg.targets(rows)
    split = np.array([r.split for r in rows])
    rules = curve.rule_matrix(rows, today=False)
    prob = curve.out_of_fold(rows, x, list(tg.ONCE_BLIND))
    per_category(rules, prob, y, split)
    fixed = None if args.category is None else STRESS[NAMES.index(args.category)]
    picked = compare(x, rules, prob, y, split, fixed)
    j = picked["chip model"][0][0]
    dev_recall(x, rules, prob, y, split, j)


if __name__ == "__main__":
    main()
