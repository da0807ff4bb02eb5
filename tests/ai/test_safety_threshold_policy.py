"""The training script's threshold policy: English everyday sentences are counted as the
detector reads them (the rules' flags, or the classifier's on what the rules leave), the count
the English budget test makes on the measuring halves; other languages count the classifier,
under a budget pooled over the five so that no single sentence sets a language's threshold."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import safety_thresholds as policy
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
    alone = policy.thresholds(prepared("en", rule_flags=[]), scores([7]))
    assert alone["en"] == policy.LOWEST_THRESHOLD
    with_rule = policy.thresholds(prepared("en", rule_flags=[3]), scores([7]))
    assert with_rule["en"] == 0.96


def test_a_sentence_both_flag_is_one_alarm() -> None:
    both = policy.thresholds(prepared("en", rule_flags=[7]), scores([7]))
    assert both["en"] == policy.LOWEST_THRESHOLD


def test_other_languages_count_the_classifier_alone() -> None:
    # 1 % of 200 is two sentences: the rules' flag does not count, a third score does.
    two = policy.thresholds(prepared("de", rule_flags=[3]), scores([7, 9]))
    assert two["de"] == policy.LOWEST_THRESHOLD
    three = policy.thresholds(prepared("de", rule_flags=[]), scores([7, 9, 11]))
    assert three["de"] == 0.96


def five_languages(n: int) -> training.Prepared:
    """``n`` everyday journal sentences in each of the five smaller languages, none flagged by
    the rules and none a hard negative."""
    langs = ["es", "de", "fr", "pt", "it"]
    total = n * len(langs)
    examples = [
        training.Example(f"{lang} day {i}", 0, "", f"everyday{i % 5}", True)
        for lang in langs
        for i in range(n)
    ]
    empty = training.Features(np.zeros((total, 1)), sparse.csr_matrix((total, 1)))
    none = np.zeros(total, dtype=bool)
    return training.Prepared(
        examples, empty, empty, np.arange(total), ~none, np.repeat(langs, n), none, {}
    )


def five_scores(n: int, high: dict[str, list[int]]) -> np.ndarray:
    """0.1 for every sentence of ``five_languages`` but the ``high`` ones (by language, index
    within it), which score 0.955."""
    langs = ["es", "de", "fr", "pt", "it"]
    s = np.full(n * len(langs), 0.1)
    for lang, rows in high.items():
        s[[langs.index(lang) * n + i for i in rows]] = 0.955
    return s


def test_one_everyday_sentence_does_not_set_a_small_languages_threshold() -> None:
    # 130 sentences a language: 1 % allows one, so one high score leaves the threshold low.
    high = {"pt": [17]}
    chosen = policy.thresholds(five_languages(130), five_scores(130, high))
    assert chosen["pt"] == policy.LOWEST_THRESHOLD


def test_a_languages_own_everyday_tail_moves_its_threshold_by_its_share() -> None:
    # Three high Spanish scores: over Spanish's own budget (1.3), within the pooled one (6.5).
    # Spanish alone would need 0.96, the pool 0.5; Spanish's 130 sentences weigh against the
    # pool's 260: (130 * 0.96 + 260 * 0.5) / 390 = 0.653, up to 0.66 on the grid.
    high = {"es": [1, 2, 3]}
    chosen = policy.thresholds(five_languages(130), five_scores(130, high))
    assert chosen["es"] == 0.66
    assert chosen["de"] == chosen["it"] == policy.LOWEST_THRESHOLD


def test_a_finer_grid_puts_the_threshold_nearer_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same three Spanish scores on a grid of 0.001: Spanish alone needs 0.956 (just above
    # 0.955, not 0.96), so (130 * 0.956 + 260 * 0.5) / 390 = 0.652, and English, with one
    # sentence over its budget, sits at 0.956.
    monkeypatch.setattr(policy, "THRESHOLD_STEP", 0.001)
    chosen = policy.thresholds(five_languages(130), five_scores(130, {"es": [1, 2, 3]}))
    assert chosen["es"] == 0.652
    assert policy.thresholds(prepared("en", rule_flags=[3]), scores([7]))["en"] == 0.956


def with_corpus_days(n: int, days: int, *, journal: bool) -> training.Prepared:
    """``five_languages(n)`` and ``days`` German ordinary rows of a written corpus after them,
    counted in the everyday floor's pool (``journal``) or among the hard negatives."""
    base = five_languages(n)
    extra = [
        training.Example(f"de corpus day {i}", 0, "", "corpus_c20", True, journal)
        for i in range(days)
    ]
    total = len(base.examples) + days
    empty = training.Features(np.zeros((total, 1)), sparse.csr_matrix((total, 1)))
    none = np.zeros(total, dtype=bool)
    lang = np.concatenate([base.lang, np.array(["de"] * days)])
    return training.Prepared(
        base.examples + extra, empty, empty, np.arange(total), ~none, lang, none, {}
    )


def test_a_journal_corpus_counts_in_the_everyday_pool_not_the_hard_negatives() -> None:
    # Four German corpus days at 0.955. As hard negatives (the only ones), 5 % of four is none,
    # so German needs 0.96. In the pool they are four of 654 (1 % allows 6.5, so the pool stays
    # at 0.5) and four of German's own 134 (over its 1.3): (134 * 0.96 + 260 * 0.5) / 394 =
    # 0.657, up to 0.66 on the grid.
    s = np.concatenate([five_scores(130, {}), np.full(4, 0.955)])
    negatives = policy.thresholds(with_corpus_days(130, 4, journal=False), s)
    assert negatives["de"] == 0.96
    pooled = policy.thresholds(with_corpus_days(130, 4, journal=True), s)
    assert pooled["de"] == 0.66
    assert pooled["es"] == policy.LOWEST_THRESHOLD


def test_only_the_journal_corpora_ordinary_rows_join_the_pool() -> None:
    import safety_training_rows as rows

    examples = rows.training_rows(shelved=())  # every written corpus trained
    pooled = {e.group for e in examples if e.journal}
    assert pooled == {f"corpus_{prefix.rstrip('_')}" for prefix in rows.JOURNAL_CORPORA}
    assert all(e.everyday and e.label == 0 for e in examples if e.journal)
    assert not any(e.journal for e in rows.training_rows(shelved=(), journal=()))
