"""Small, honest statistics for the dashboard: correlation, mean and difference intervals.

Pure Python (no numpy/scipy at import), deterministic, and careful about the cases charts meet
in real journals: too few points, constant series, perfect correlations. Every function returns
``None`` rather than a number it cannot stand behind.

* ``pearson``: the sample correlation coefficient r.
* ``pearson_ci``: a 95 % (by default) interval for r via Fisher's z-transform,
  ``tanh(atanh(r) ± z / sqrt(n - 3))``; needs n ≥ 4.
* ``mean_ci``: a mean with a Student-t interval (needs n ≥ 2).
* ``welch_diff_ci``: difference of two means with Welch's (unequal variances) t interval and
  the Welch–Satterthwaite degrees of freedom.

The t quantile comes from a Cornish–Fisher expansion around the normal quantile (Abramowitz &
Stegun 26.7.5); for the 95 % level it is within 0.5 % of the exact value from 3 degrees of
freedom up, which is plenty for a chart's error bar.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

DEFAULT_LEVEL = 0.95


@dataclass(frozen=True)
class Correlation:
    r: float
    n: int
    low: float  # the interval for r (Fisher z)
    high: float
    level: float = DEFAULT_LEVEL


@dataclass(frozen=True)
class MeanCI:
    mean: float
    n: int
    low: float
    high: float
    level: float = DEFAULT_LEVEL


@dataclass(frozen=True)
class DiffCI:
    """``diff = mean_a - mean_b`` with its interval (Welch)."""

    diff: float
    low: float
    high: float
    mean_a: float
    mean_b: float
    n_a: int
    n_b: int
    df: float
    level: float = DEFAULT_LEVEL


def _check_level(level: float) -> None:
    if not 0.0 < level < 1.0:
        raise ValueError("level must be between 0 and 1")


def normal_quantile(p: float) -> float:
    return NormalDist().inv_cdf(p)


def t_quantile(p: float, df: float) -> float:
    """Approximate quantile of Student's t with ``df`` degrees of freedom (Cornish–Fisher)."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be between 0 and 1")
    if df <= 0 or math.isnan(df):
        raise ValueError("df must be > 0")
    z = normal_quantile(p)
    if math.isinf(df):
        return z
    z2 = z * z
    g1 = (z2 + 1) * z / 4
    g2 = ((5 * z2 + 16) * z2 + 3) * z / 96
    g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384
    g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


def mean(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("mean of no values")
    return math.fsum(values) / len(values)


def sample_variance(values: Sequence[float]) -> float:
    """Unbiased (n - 1) variance; needs at least two values."""
    n = len(values)
    if n < 2:
        raise ValueError("variance needs at least two values")
    m = mean(values)
    return math.fsum((v - m) ** 2 for v in values) / (n - 1)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r, or None when undefined (fewer than 2 pairs, or a constant series)."""
    if len(xs) != len(ys):
        raise ValueError("xs and ys must have the same length")
    n = len(xs)
    if n < 2:
        return None
    mx, my = mean(xs), mean(ys)
    dx = [x - mx for x in xs]
    dy = [y - my for y in ys]
    sxx = math.fsum(d * d for d in dx)
    syy = math.fsum(d * d for d in dy)
    if sxx <= 0.0 or syy <= 0.0:
        return None
    r = math.fsum(a * b for a, b in zip(dx, dy, strict=True)) / math.sqrt(sxx * syy)
    if not math.isfinite(r):  # under/overflow on extreme inputs: no claim
        return None
    return max(-1.0, min(1.0, r))


def fisher_ci(r: float, n: int, level: float = DEFAULT_LEVEL) -> tuple[float, float]:
    """The interval for a correlation ``r`` from ``n`` pairs (Fisher z); needs n ≥ 4."""
    _check_level(level)
    if n < 4:
        raise ValueError("a Fisher interval needs at least 4 pairs")
    if not -1.0 <= r <= 1.0:
        raise ValueError("r must be in [-1, 1]")
    if abs(r) >= 1.0:
        return (r, r)
    z = math.atanh(r)
    half = normal_quantile(0.5 + level / 2) / math.sqrt(n - 3)
    return (math.tanh(z - half), math.tanh(z + half))


def correlation(
    xs: Sequence[float], ys: Sequence[float], level: float = DEFAULT_LEVEL
) -> Correlation | None:
    """r with its Fisher interval, or None when r is undefined or n < 4."""
    r = pearson(xs, ys)
    if r is None or len(xs) < 4:
        return None
    low, high = fisher_ci(r, len(xs), level)
    return Correlation(r, len(xs), low, high, level)


def linear_fit(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float] | None:
    """Least-squares ``(slope, intercept)``, or None if xs is constant or there are < 2."""
    if len(xs) != len(ys):
        raise ValueError("xs and ys must have the same length")
    if len(xs) < 2:
        return None
    mx, my = mean(xs), mean(ys)
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    if sxx <= 0.0:
        return None
    slope = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    return slope, my - slope * mx


def mean_ci(values: Sequence[float], level: float = DEFAULT_LEVEL) -> MeanCI | None:
    """The mean with a Student-t interval, or None with fewer than two values."""
    _check_level(level)
    n = len(values)
    if n < 2:
        return None
    m = mean(values)
    half = t_quantile(0.5 + level / 2, n - 1) * math.sqrt(sample_variance(values) / n)
    return MeanCI(m, n, m - half, m + half, level)


def welch_diff_ci(
    a: Sequence[float], b: Sequence[float], level: float = DEFAULT_LEVEL
) -> DiffCI | None:
    """``mean(a) - mean(b)`` with Welch's interval, or None if either side has < 2 values.

    When both samples are constant the standard error is 0 and the interval is the point.
    """
    _check_level(level)
    na, nb = len(a), len(b)
    if na < 2 or nb < 2:
        return None
    ma, mb = mean(a), mean(b)
    va, vb = sample_variance(a) / na, sample_variance(b) / nb
    se2 = va + vb
    diff = ma - mb
    if se2 <= 0.0:
        return DiffCI(diff, diff, diff, ma, mb, na, nb, float(na + nb - 2), level)
    denom = (va**2 / (na - 1) if va else 0.0) + (vb**2 / (nb - 1) if vb else 0.0)
    # Tiny variances can underflow when squared: fall back to the pooled degrees of freedom.
    df = se2**2 / denom if denom > 0.0 else float(na + nb - 2)
    half = t_quantile(0.5 + level / 2, df) * math.sqrt(se2)
    return DiffCI(diff, diff - half, diff + half, ma, mb, na, nb, df, level)
