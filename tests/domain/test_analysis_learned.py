"""The learned layer's features and policy (``benchmarks/analysis_learned.py``).

The layer is measured but not wired into the analyser (it did not beat the rules under
leave-one-batch-out cross-validation); these tests keep its shared definitions honest for the
training script, the benchmark and a later wiring: features are stable across processes, and
the policy never shows a stressor word that is not in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from neuroleaf_desktop.domain.analysis.clauses import read_clauses
from neuroleaf_desktop.domain.analysis.entry_scores import (
    emotion_scores,
    sentiment_of,
    stress_keywords,
)

# the layer is a benchmark, not part of the app package
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import analysis_learned as learned


def _reading(text: str) -> learned.RuleReading:
    clauses = read_clauses(text)
    emotions = emotion_scores(clauses)
    return learned.rule_reading(
        text, clauses, sentiment_of(clauses), emotions, stress_keywords(clauses)
    )


def test_ngram_features_fold_accents_and_case() -> None:
    assert learned.ngram_features("Café STRESS") == learned.ngram_features("cafe stress")
    assert learned.ngram_features("cafe stress") != learned.ngram_features("cafe sleep")
    assert all(0 <= i < learned.BUCKETS for i in learned.ngram_features("a long day at work"))


def test_the_rules_reading_is_a_named_feature() -> None:
    reading = _reading("Deadline panic at work, I barely ate lunch.")
    assert {"deadlines", "work"} <= reading.stress
    x = learned.features("Deadline panic at work, I barely ate lunch.", reading)
    rule_part = {learned.RULE_FEATURES[i - learned.BUCKETS] for i in x if i >= learned.BUCKETS}
    assert {"rule_stress:work", "stress_word:work", "rule_polarity:negative"} <= rule_part


def test_a_dismissed_stressor_is_added_only_with_its_word_of_the_text() -> None:
    # the rules set "work" aside here (a positive mention), but the word is in the text
    reading = _reading("Work was great today, the team loved my idea.")
    assert "work" not in reading.stress and "work" in reading.stress_words
    sure = dict.fromkeys(("work", "money"), 0.99)
    policy = learned.Policy(stress_gate=0.0, stress_add=0.9, emotion_gate=0.0, emotion_add=0.9)
    revision = learned.revise(sure, {}, reading, policy)
    assert "work" in revision.stress and "money" not in revision.stress  # no money word
    words = [w for w, _weight in revision.added_keywords]
    assert words and all(w in ("work", "colleagues") for w in words)


def test_the_gate_drops_a_rule_category_the_model_rejects() -> None:
    reading = _reading("Deadline panic at work, I barely ate lunch.")
    policy = learned.Policy(stress_gate=0.5, stress_add=2.0, emotion_gate=0.5, emotion_add=2.0)
    probabilities = dict.fromkeys(reading.stress, 0.9) | {"work": 0.1}
    revision = learned.revise(probabilities, {}, reading, policy)
    assert "work" not in revision.stress and "deadlines" in revision.stress
    emotions, keywords = learned.apply(reading, revision, reading.scores, [("work", 1.0)])
    assert keywords == () and emotions == dict(reading.scores)
