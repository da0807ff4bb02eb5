"""domain/stats: Pearson r, Fisher interval, mean and Welch intervals (with properties)."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from neuroleaf_desktop.domain import stats

# Values at the resolution of what we measure (mood, hours, counts): subnormal noise such as
# 1e-93 is not data, and adding a shift of 1.0 to it legitimately erases it.
values = st.integers(-100_000, 100_000).map(lambda i: i / 100)
samples = st.lists(values, min_size=2, max_size=60)


@st.composite
def pairs(draw: st.DrawFn, min_size: int = 4) -> tuple[list[float], list[float]]:
    xs = draw(st.lists(values, min_size=min_size, max_size=60))
    ys = draw(st.lists(values, min_size=len(xs), max_size=len(xs)))
    return xs, ys


def test_known_values() -> None:
    assert stats.pearson([1, 2, 3, 4], [2, 4, 6, 8]) == pytest.approx(1.0)
    assert stats.pearson([1, 2, 3, 4], [8, 6, 4, 2]) == pytest.approx(-1.0)
    assert stats.pearson([1, 2, 3], [5, 5, 5]) is None  # constant: undefined, no claim
    assert stats.pearson([1], [2]) is None
    # r = 0.5 with n = 28: z = 0.5493, se = 0.2, CI = tanh(0.5493 ± 0.392) = (0.156, 0.736)
    low, high = stats.fisher_ci(0.5, 28)
    assert low == pytest.approx(0.1560, abs=1e-3) and high == pytest.approx(0.7358, abs=1e-3)
    assert stats.t_quantile(0.975, 10) == pytest.approx(2.2281, abs=2e-3)
    assert stats.t_quantile(0.975, 3) == pytest.approx(3.1824, rel=0.01)
    ci = stats.mean_ci([2, 4, 4, 4, 5, 5, 7, 9])
    assert ci is not None and ci.mean == 5.0
    assert ci.low == pytest.approx(5 - 2.3646 * math.sqrt(32 / 7 / 8), abs=0.01)
    assert stats.mean_ci([1.0]) is None
    diff = stats.welch_diff_ci([5, 6, 7, 8, 9], [1, 2, 3, 4, 5])
    assert diff is not None and diff.diff == 4.0 and diff.low > 0 and diff.df == pytest.approx(8)


@given(pairs())
def test_r_is_bounded_and_symmetric(data: tuple[list[float], list[float]]) -> None:
    xs, ys = data
    r = stats.pearson(xs, ys)
    if r is None:
        return
    assert -1.0 <= r <= 1.0
    assert stats.pearson(ys, xs) == pytest.approx(r, abs=1e-9)


@given(pairs(), st.floats(0.1, 10), st.floats(-50, 50))
def test_r_is_invariant_to_positive_linear_maps(
    data: tuple[list[float], list[float]], scale: float, shift: float
) -> None:
    xs, ys = data
    r = stats.pearson(xs, ys)
    assume(r is not None and abs(r) < 0.999)
    moved = stats.pearson([x * scale + shift for x in xs], ys)
    assert moved is not None and moved == pytest.approx(r, abs=1e-6)


@given(st.floats(-0.999, 0.999), st.integers(4, 5000))
def test_fisher_ci_contains_r_and_narrows_with_n(r: float, n: int) -> None:
    low, high = stats.fisher_ci(r, n)
    assert -1.0 <= low <= r <= high <= 1.0
    low2, high2 = stats.fisher_ci(r, n + 100)
    assert high2 - low2 <= high - low + 1e-12


@given(samples)
def test_mean_ci_contains_the_mean(xs: list[float]) -> None:
    ci = stats.mean_ci(xs)
    assert ci is not None
    assert ci.low <= ci.mean + 1e-9 and ci.mean <= ci.high + 1e-9
    assert min(xs) - 1e-9 <= ci.mean <= max(xs) + 1e-9


@given(samples, samples)
def test_welch_is_antisymmetric(a: list[float], b: list[float]) -> None:
    ab, ba = stats.welch_diff_ci(a, b), stats.welch_diff_ci(b, a)
    assert ab is not None and ba is not None
    assert ab.diff == pytest.approx(-ba.diff, abs=1e-9)
    assert ab.low == pytest.approx(-ba.high, abs=1e-6)
    assert ab.low <= ab.diff + 1e-9 and ab.diff <= ab.high + 1e-9


@given(st.floats(0.55, 0.999), st.floats(1, 500))
def test_t_quantile_is_above_normal_and_shrinks_with_df(p: float, df: float) -> None:
    t = stats.t_quantile(p, df)
    assert t >= stats.normal_quantile(p) - 1e-9
    assert stats.t_quantile(p, df + 10) <= t + 1e-9


def test_correlation_needs_four_pairs() -> None:
    assert stats.correlation([1, 2, 3], [1, 2, 4]) is None
    corr = stats.correlation([1, 2, 3, 4, 5], [1, 3, 2, 5, 4])
    assert corr is not None and corr.n == 5 and corr.low <= corr.r <= corr.high
