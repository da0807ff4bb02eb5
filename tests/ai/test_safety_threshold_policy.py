"""The training script's threshold policy: English everyday sentences are counted as the
detector reads them (the rules' flags, or the classifier's on what the rules leave), the count
the English budget test makes on the measuring halves; other languages count the classifier."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import train_safety_classifier as training


def prepared(lang: str, *, rule_flags: list[int]) -> training.Prepared:
    """200 everyday journal sentences of one language, none a hard negative."""
    n = 200
    examples = [training.Example(f"day {i}", 0, "", f"everyday{i % 5}", True) for i in range(n)]
    empty = training.Features(np.zeros((n, 1)), sparse.csr_matrix((n, 1)))
    flagged = np.zeros(n, dtype=bool)
    flagged[rule_flags] = True
    return training.Prepared(
        examples,
        empty,
        empty,
        np.arange(n),
        ~flagged,
        np.array([lang] * n),
        flagged,
        {},
    )


def scores(high: list[int]) -> np.ndarray:
    s = np.full(200, 0.1)
    s[high] = 0.955
    return s


def test_a_sentence_the_rules_flag_uses_up_english_budget() -> None:
    # 0.9 % of 200 is 1.8: the classifier may add one alarm to the rules' one, not two.
    alone = training.thresholds(prepared("en", rule_flags=[]), scores([7]))
    assert alone["en"] == training.LOWEST_THRESHOLD
    with_rule = training.thresholds(prepared("en", rule_flags=[3]), scores([7]))
    assert with_rule["en"] == 0.96


def test_a_sentence_both_flag_is_one_alarm() -> None:
    both = training.thresholds(prepared("en", rule_flags=[7]), scores([7]))
    assert both["en"] == training.LOWEST_THRESHOLD


def test_other_languages_count_the_classifier_alone() -> None:
    # 0.5 % of 200 is one sentence: the rules' flag does not count, a second score does.
    one = training.thresholds(prepared("de", rule_flags=[3]), scores([7]))
    assert one["de"] == training.LOWEST_THRESHOLD
    two = training.thresholds(prepared("de", rule_flags=[]), scores([7, 9]))
    assert two["de"] == 0.96
