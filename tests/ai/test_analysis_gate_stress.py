"""The stress benchmark's category choice and thresholds: nested, and each rule meaning what it
says."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import analysis_gate_stress

    return analysis_gate_stress


def _chips(
    bench: ModuleType, n: int, seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Rules' chips on every row for every label, probabilities uniform; a chip is right above
    0.3, and the second stress category's chips are also wrong now and then above it (the
    plain gate keeps those, so it keeps that category's wrong chips most)."""
    import train_analysis_gate as tg

    rng = np.random.default_rng(seed)
    labels = len(tg.LABELS)
    prob = rng.uniform(0.0, 1.0, size=(n, labels))
    rules = np.ones((n, labels), bool)
    y = prob > 0.3
    second = bench.STRESS[1]
    y[:, second] &= rng.uniform(size=n) < 0.5
    split = np.array([tg.ONCE_BLIND[i % len(tg.ONCE_BLIND)] for i in range(n)])
    return rules, prob, y, split


def test_the_worst_category_is_the_one_keeping_the_most_wrong_chips() -> None:
    bench = _bench()
    rules, prob, y, split = _chips(bench, 4000, 0)
    rows = np.ones(len(split), bool)
    assert bench.worst(rules, prob, y, rows) == bench.STRESS[1]
    # with the second category's wrong chips made right, another category is the worst
    fixed = y.copy()
    fixed[:, bench.STRESS[1]] = prob[:, bench.STRESS[1]] > 0.3
    assert bench.worst(rules, prob, fixed, rows) != bench.STRESS[1]


def test_the_held_threshold_keeps_as_many_right_chips_as_the_plain_gate() -> None:
    """On the rows it is chosen on, the category's threshold keeps at least the plain gate's
    right chips, and it is the highest that does (one step higher keeps fewer)."""
    bench = _bench()
    rules, prob, y, split = _chips(bench, 4000, 1)
    rows = np.ones(len(split), bool)
    j = bench.STRESS[1]
    score = prob.copy()
    score[:, j] = np.where(y[:, j], 0.5 + 0.5 * prob[:, j], 0.5 * prob[:, j])  # a sharper reader
    t = bench.held_threshold(rules, score, y, rows, j, prob)
    plain_right = bench.label_counts(rules, prob, y, rows, j, bench.TASK_T)[0]
    assert bench.label_counts(rules, score, y, rows, j, t)[0] >= plain_right
    higher = round(t + 0.01, 2)
    assert higher > bench.GRID[-1] or bench.label_counts(rules, score, y, rows, j, higher)[0] < (
        plain_right
    )
    # the sharper reader keeps fewer wrong chips for as many right: precision gained
    assert (
        bench.label_counts(rules, score, y, rows, j, t)[1]
        < bench.label_counts(rules, prob, y, rows, j, bench.TASK_T)[1]
    )


def test_a_folds_category_and_threshold_never_read_its_own_chips() -> None:
    """Making one fold's chips all wrong must not move the category or threshold chosen for
    that fold, and must move the fold's counts."""
    bench = _bench()
    import train_analysis_gate as tg

    rules, prob, y, split = _chips(bench, 3900, 2)
    scores = dict.fromkeys(bench.STRESS, prob)
    before, chosen = bench.nested(rules, prob, y, split, scores, None)
    spoilt = y.copy()
    spoilt[split == tg.ONCE_BLIND[0]] = False
    after, chosen2 = bench.nested(rules, prob, spoilt, split, scores, None)
    assert chosen2[0] == chosen[0]
    assert chosen[0][0] == bench.STRESS[1]
    assert after["all"] != before["all"]


def test_the_plain_gate_line_is_the_task_threshold_on_every_fold() -> None:
    bench = _bench()
    rules, prob, y, split = _chips(bench, 3900, 3)
    got, chosen = bench.nested(rules, prob, y, split, None, None)
    kept = rules[:, bench.STRESS] & (prob[:, bench.STRESS] >= bench.TASK_T)
    want = y[:, bench.STRESS]
    assert chosen == []
    assert got["all"] == (
        int((kept & want).sum()),
        int((kept & ~want).sum()),
        int((~kept & want).sum()),
    )
