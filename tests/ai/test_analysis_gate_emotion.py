"""The emotion benchmark's chip model and thresholds: nested, and each rule meaning what it says."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import analysis_gate_emotion

    return analysis_gate_emotion


def _chips(
    bench: ModuleType, n: int, seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Rules' chips on every row for every label, probabilities uniform; a chip is right above
    0.3, and the first emotion's chips are also right now and then below it (the plain gate
    withdraws those wrongly)."""
    import train_analysis_gate as tg

    rng = np.random.default_rng(seed)
    labels = len(tg.LABELS)
    prob = rng.uniform(0.0, 1.0, size=(n, labels))
    rules = np.ones((n, labels), bool)
    y = prob > 0.3
    first = bench.EMOTION[0]
    y[:, first] |= rng.uniform(size=n) < 0.5
    split = np.array([tg.ONCE_BLIND[i % len(tg.ONCE_BLIND)] for i in range(n)])
    return rules, prob, y, split


def test_the_held_threshold_keeps_no_more_wrong_chips_than_the_plain_gate() -> None:
    """On the rows it is chosen on, the label's own threshold keeps at most the plain gate's
    wrong chips, and it is the lowest that does (one step lower keeps more)."""
    bench = _bench()
    rules, prob, y, split = _chips(bench, 4000, 0)
    rows = np.ones(len(split), bool)
    j = bench.EMOTION[0]
    score = prob.copy()
    score[:, j] = np.where(y[:, j], 0.9, 0.1) * prob[:, j] + 0.05  # a sharper reader
    t = bench.held_threshold(rules, score, y, rows, j, prob)
    plain_wrong = bench.label_counts(rules, prob, y, rows, j, bench.TASK_T)[1]
    assert bench.label_counts(rules, score, y, rows, j, t)[1] <= plain_wrong
    lower = round(t - 0.01, 2)
    assert lower < bench.GRID[0] or bench.label_counts(rules, score, y, rows, j, lower)[1] > (
        plain_wrong
    )


def test_a_folds_threshold_never_reads_its_own_chips() -> None:
    """Making one fold's chips all wrong must not move the threshold chosen for that fold, and
    must move the fold's counts."""
    bench = _bench()
    import train_analysis_gate as tg

    rules, prob, y, split = _chips(bench, 3900, 1)
    j = bench.EMOTION[0]
    before, chosen = bench.nested(rules, prob, y, split, j, prob)
    spoilt = y.copy()
    spoilt[split == tg.ONCE_BLIND[0]] = False
    after, chosen2 = bench.nested(rules, prob, spoilt, split, j, prob)
    assert chosen2[0] == chosen[0]
    assert after["all"] != before["all"]


def test_the_chip_model_learns_only_from_rows_where_the_rules_gave_the_chip() -> None:
    """Relabelling rows without the chip changes nothing; relabelling chip rows does, and a
    fold's own rows never train the model that scores them."""
    bench = _bench()
    import train_analysis_gate as tg

    rng = np.random.default_rng(2)
    n = 30 * len(tg.ONCE_BLIND)
    x = rng.normal(size=(n, 6))
    split = np.array([tg.ONCE_BLIND[i % len(tg.ONCE_BLIND)] for i in range(n)])
    j = bench.EMOTION[0]
    rules = np.zeros((n, len(tg.LABELS)), bool)
    rules[:, j] = rng.uniform(size=n) < 0.5
    y = np.zeros((n, len(tg.LABELS)), bool)
    y[:, j] = x[:, 0] > 0
    base = bench.chip_model(x, rules, y, split, j)
    other = y.copy()
    other[~rules[:, j], j] = ~other[~rules[:, j], j]
    assert np.allclose(bench.chip_model(x, rules, other, split, j), base)
    flipped = y.copy()
    flipped[rules[:, j], j] = ~flipped[rules[:, j], j]
    assert not np.allclose(bench.chip_model(x, rules, flipped, split, j), base)
    fold = split == tg.ONCE_BLIND[0]
    own = y.copy()
    own[fold & rules[:, j], j] = ~own[fold & rules[:, j], j]
    assert np.allclose(bench.chip_model(x, rules, own, split, j)[fold], base[fold])
    # a right chip reads as more likely right than a wrong one
    chips = rules[:, j]
    assert base[chips & y[:, j]].mean() > base[chips & ~y[:, j]].mean() + 0.3
