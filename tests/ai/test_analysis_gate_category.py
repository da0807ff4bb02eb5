"""The category-threshold benchmark's choices: nested, and each rule meaning what it says."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import analysis_gate_category

    return analysis_gate_category


def _chips(
    bench: ModuleType, n: int, seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Rules' chips on every row for every label, probabilities uniform; a chip of the first
    stress category is always right above 0.6 and now and then from 0.3, every other chip is
    right above 0.1."""
    import train_analysis_gate as tg

    rng = np.random.default_rng(seed)
    labels = len(tg.LABELS)
    prob = rng.uniform(0.0, 1.0, size=(n, labels))
    rules = np.ones((n, labels), bool)
    y = prob > 0.1
    first = bench.STRESS[0]
    some = rng.uniform(size=n) < 0.3  # a few right chips lower down: raising it costs recall
    y[:, first] = (prob[:, first] > 0.6) | (some & (prob[:, first] > 0.3))
    split = np.array([tg.ONCE_BLIND[i % len(tg.ONCE_BLIND)] for i in range(n)])
    return rules, prob, y, split


def test_a_category_whose_chips_are_right_only_high_up_gets_a_higher_threshold() -> None:
    """The pool rule raises the first category to where its chips are as precise as the
    task's (near 0.6 here), and holding the recall it costs then lowers the others'
    threshold."""
    bench = _bench()
    rules, prob, y, split = _chips(bench, 4000, 0)
    chips = bench.Chips(rules, prob, y)
    rows = np.ones(len(split), bool)
    t = bench.by_pool(chips, rows, 0)
    assert 0.5 <= t <= 0.7
    assert bench.held(chips, rows, 0, t) < bench.TASK_T
    assert bench.by_pool(chips, rows, 1) == bench.TASK_T  # already as precise as the pool


def test_a_folds_thresholds_never_read_its_own_chips() -> None:
    """Making one fold's chips all wrong must not move the thresholds chosen for that fold
    (they are chosen on the other folds), and must move the fold's own counts."""
    bench = _bench()
    import train_analysis_gate as tg

    rules, prob, y, split = _chips(bench, 3800, 1)
    fold = tg.ONCE_BLIND[0]
    before, chosen = bench.nested(bench.Chips(rules, prob, y), split, 0, "pool", True)
    spoilt = y.copy()
    spoilt[split == fold] = False
    after, chosen2 = bench.nested(bench.Chips(rules, prob, spoilt), split, 0, "pool", True)
    assert chosen2[0] == chosen[0]
    assert after["all"] != before["all"]
