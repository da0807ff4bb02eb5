"""Two groups of days compared honestly: means, the difference and its 95 % interval.

A difference is called a direction ("higher", "lower") only when its interval excludes zero;
otherwise the sentence says "not clear yet", with the group sizes, so a claim built on it
cannot say more than the numbers do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from neuroleaf_desktop.domain.insights.evidence import Direction
from neuroleaf_desktop.domain.insights.facts import fmt
from neuroleaf_desktop.domain.stats import welch_diff_ci

MIN_GROUP: Final = 3


@dataclass(frozen=True)
class Comparison:
    text: str
    direction: Direction


def compare(
    what: str, label_a: str, a: Sequence[float], label_b: str, b: Sequence[float]
) -> Comparison | None:
    """ "Your mood averaged 6.9 on walk days and 6.3 on other days (…)", or None if too few."""
    if len(a) < MIN_GROUP or len(b) < MIN_GROUP:
        return None
    ci = welch_diff_ci(a, b)
    if ci is None:
        return None
    # Decided on the bounds as written (2 decimals), so the words never contradict them.
    low, high = round(ci.low, 2), round(ci.high, 2)
    if low > 0:
        direction: Direction = "up"
        verdict = "higher"
    elif high < 0:
        direction = "down"
        verdict = "lower"
    else:
        direction = "none"
        verdict = "not clear yet"
    text = (
        f"{what} averaged {fmt(ci.mean_a)} {label_a} and {fmt(ci.mean_b)} {label_b}: "
        f"{verdict} (difference {fmt(ci.diff, 2)}, 95% interval {fmt(low, 2)} to {fmt(high, 2)}; "
        f"n = {ci.n_a} and {ci.n_b} days)."
    )
    return Comparison(text, direction)
