"""A learned check on the rules: logistic regression over hashed n-grams and the rules' output.

Status: measured, **not wired into** ``analyzer.analyse``, so it lives with the benchmarks,
outside the app package (the app ships only what it runs). Under leave-one-batch-out
cross-validation it did not beat the rules (``benchmarks/bench_analysis_learned.py``; numbers
in the training script's docstring): stacked on the rules it learns to copy them, because the
rules were tuned on every batch it trains on; on n-grams alone it finds too few labels. This
module holds the features and the policy so the training script, the benchmark and a later
wiring share one definition.

Why: the hand-written rules fit every batch they were tuned on, yet on batches written by new
voices their stress categories were right only half to two thirds of the time. A small linear
model, trained on every labelled sentence (``scripts/train_analysis_model.py``) and chosen by
leave-one-batch-out cross-validation (``benchmarks/bench_analysis_learned.py``), sees the
wording of many writers at once. It never invents what the chips show: it

* **gates** the rules: a stress category or an emotion the rules found is dropped when the
  model gives it a probability under the gate threshold;
* **adds** a stress category the rules dismissed only when the model is confident and a
  stressor word of that category is in the text (the word cloud shows that word), and an
  emotion only when the model is confident and a word of that emotion is in the text.

Features (one sparse vector per text): hashed word uni- and bigrams and character 3-5-grams of
the lower-cased, accent-folded text (crc32, so every process and machine agrees), each group
scaled to unit length, plus named features of the rules' own reading (stacking): the
categories and chips they show, the stressor words and emotion words present at all, emotion
scores and the sentiment label. Scoring is pure Python (a few hundred multiplications per
label), so ``domain`` stays free of numpy and of the AI layer.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import unicodedata
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from neuroleaf_desktop.domain.analysis.agreement import CHIP_MINIMUM, agreeing_sentiment
from neuroleaf_desktop.domain.analysis.clause import Clause
from neuroleaf_desktop.domain.analysis.emotions import EMOTIONS, explain
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis, SentimentScores
from neuroleaf_desktop.domain.analysis.stress_keywords import CATEGORIES, category_of

WEIGHTS: Final = Path(__file__).resolve().parent / "data" / "analysis_model.json"
BUCKETS: Final = 1 << 14  # hashed n-gram buckets; named rule features come after them
CHAR_SIZES: Final = (3, 4, 5)
POLARITIES: Final = ("positive", "negative", "mixed", "neutral")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)?")
_NOT_A_LETTER = re.compile(r"[^a-z0-9']+")
ADDED_SCORE: Final = 0.3333  # an emotion the model adds scores as one plain mention
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def _rule_feature_names() -> tuple[str, ...]:
    names = [f"{kind}:{c}" for kind in ("rule_stress", "stress_word") for c in CATEGORIES]
    names += [
        f"{kind}:{e}" for kind in ("rule_chip", "rule_score", "emotion_word") for e in EMOTIONS
    ]
    names += [f"rule_polarity:{p}" for p in POLARITIES]
    return tuple(names)


RULE_FEATURES: Final = _rule_feature_names()
DIMENSION: Final = BUCKETS + len(RULE_FEATURES)
_RULE_INDEX: Final = {name: BUCKETS + i for i, name in enumerate(RULE_FEATURES)}


def fold(text: str) -> str:
    """Lower case without accents ("Café" → "cafe"), curly apostrophes made straight."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _bucket(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) % BUCKETS


def _unit(buckets: set[int], into: dict[int, float]) -> None:
    if buckets:
        value = 1.0 / math.sqrt(len(buckets))
        for b in buckets:
            into[b] = into.get(b, 0.0) + value


def ngram_features(text: str) -> dict[int, float]:
    """Hashed word 1-2-grams and character 3-5-grams, each group of unit length."""
    folded = fold(text)
    words = _WORD.findall(folded)
    word_keys = {f"w {w}" for w in words} | {f"b {a} {b}" for a, b in itertools.pairwise(words)}
    padded = " " + _NOT_A_LETTER.sub(" ", folded).strip() + " "
    char_keys = {f"c {padded[i : i + n]}" for n in CHAR_SIZES for i in range(len(padded) - n + 1)}
    out: dict[int, float] = {}
    _unit({_bucket(k) for k in word_keys}, out)
    _unit({_bucket(k) for k in char_keys}, out)
    return out


@dataclass(frozen=True)
class RuleReading:
    """What the rules made of a text, as the learned layer reads it."""

    stress: frozenset[str]  # categories of the counted stress keywords
    chips: frozenset[str]  # emotions the chips show (agreeing with the sentiment)
    scores: Mapping[str, float]  # every emotion's rule score
    polarity: str  # the rules' sentiment label
    stress_words: Mapping[str, tuple[str, float]]  # category → a stressor word in the text
    emotion_words: frozenset[str]  # emotions with a (non-negated) lexicon word in the text


def stressor_words(clauses: Iterable[Clause]) -> dict[str, tuple[str, float]]:
    """Every category with a stressor word in the text, counted by the rules or not: the
    heaviest such keyword of each category and its lexicon weight (first one on ties)."""
    found: dict[str, tuple[str, float]] = {}
    for clause in clauses:
        for stressor in clause.stressors:
            category = category_of(stressor.keyword)
            if category is None:
                continue
            if category not in found or stressor.weight > found[category][1]:
                found[category] = (stressor.keyword, stressor.weight)
    return found


def emotion_words(text: str) -> frozenset[str]:
    """Emotions named by a lexicon word anywhere in ``text`` (negated words do not count),
    whoever the rules decide the feeling belongs to."""
    return frozenset(hit.emotion for hit in explain(text))


def features(text: str, reading: RuleReading) -> dict[int, float]:
    """The sparse feature vector of ``text`` (index → value), as trained and as scored."""
    out = ngram_features(text)
    named: dict[str, float] = {f"rule_polarity:{reading.polarity}": 1.0}
    named.update({f"rule_stress:{c}": 1.0 for c in reading.stress})
    named.update({f"stress_word:{c}": 1.0 for c in reading.stress_words})
    named.update({f"rule_chip:{e}": 1.0 for e in reading.chips})
    named.update({f"emotion_word:{e}": 1.0 for e in reading.emotion_words})
    named.update({f"rule_score:{e}": s for e, s in reading.scores.items() if s > 0})
    for name, value in named.items():
        index = _RULE_INDEX.get(name)
        if index is not None:
            out[index] = value
    return out


@dataclass(frozen=True)
class LabelModel:
    """One label's logistic regression: ``bias + Σ weight[i] · x[i]`` through a sigmoid."""

    bias: float
    weights: Mapping[int, float]  # sparse: features never seen in training weigh nothing

    def probability(self, x: Mapping[int, float]) -> float:
        z = self.bias + sum(self.weights.get(i, 0.0) * v for i, v in x.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Policy:
    """Thresholds chosen by cross-validation (see the module docstring)."""

    stress_gate: float  # a rule category under this probability is dropped
    stress_add: float  # a dismissed category with a word in the text is added above this
    emotion_gate: float
    emotion_add: float


@dataclass(frozen=True)
class AnalysisModel:
    stress: Mapping[str, LabelModel]
    emotions: Mapping[str, LabelModel]
    policy: Policy

    def probabilities(self, x: Mapping[int, float]) -> tuple[dict[str, float], dict[str, float]]:
        """(stress category → probability, emotion → probability)."""
        return (
            {c: m.probability(x) for c, m in self.stress.items()},
            {e: m.probability(x) for e, m in self.emotions.items()},
        )


def _label_model(raw: Mapping[str, object]) -> LabelModel:
    indices = raw["indices"]
    values = raw["values"]
    bias = raw["bias"]
    if not (isinstance(indices, list) and isinstance(values, list)):
        raise ValueError("a label model needs 'indices' and 'values' lists")
    if len(indices) != len(values) or not isinstance(bias, (int, float)):
        raise ValueError("a label model's indices and values must pair up, with a bias")
    return LabelModel(float(bias), {int(i): float(v) for i, v in zip(indices, values, strict=True)})


def model_from_json(data: Mapping[str, object]) -> AnalysisModel:
    """Parse the weights file; it must have been trained for these features."""
    if data.get("buckets") != BUCKETS or data.get("rule_features") != list(RULE_FEATURES):
        raise ValueError("analysis model was trained for other features; retrain it")
    stress, emotions, policy = data["stress"], data["emotions"], data["policy"]
    if not (isinstance(stress, dict) and isinstance(emotions, dict) and isinstance(policy, dict)):
        raise ValueError("analysis model needs 'stress', 'emotions' and 'policy' objects")
    return AnalysisModel(
        stress={c: _label_model(m) for c, m in stress.items()},
        emotions={e: _label_model(m) for e, m in emotions.items()},
        policy=Policy(**{k: float(v) for k, v in policy.items()}),
    )


@cache
def shipped_model() -> AnalysisModel:
    """The weights written to ``benchmarks/data/analysis_model.json`` by the training script
    (read once per process)."""
    return model_from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Revision:
    """What the learned layer keeps and adds of the rules' reading."""

    stress: frozenset[str]
    emotions: frozenset[str]
    added_keywords: tuple[tuple[str, float], ...]  # (stressor word of the text, its weight)


def revise(
    stress_p: Mapping[str, float],
    emotion_p: Mapping[str, float],
    reading: RuleReading,
    policy: Policy,
) -> Revision:
    """Apply the gate and the confident additions (module docstring) to the rules' reading."""
    stress = {c for c in reading.stress if stress_p.get(c, 1.0) >= policy.stress_gate}
    added: list[tuple[str, float]] = []
    for category, (word, weight) in sorted(reading.stress_words.items()):
        if category not in reading.stress and stress_p.get(category, 0.0) >= policy.stress_add:
            stress.add(category)
            added.append((word, weight))
    emotions = {e for e in reading.chips if emotion_p.get(e, 1.0) >= policy.emotion_gate}
    emotions |= {
        e
        for e in reading.emotion_words
        if e not in reading.chips and emotion_p.get(e, 0.0) >= policy.emotion_add
    }
    return Revision(frozenset(stress), frozenset(emotions), tuple(added))


def keep_keywords(
    keywords: Sequence[tuple[str, float]], kept: frozenset[str]
) -> list[tuple[str, float]]:
    """The rules' keywords whose category the learned layer kept."""
    return [(k, w) for k, w in keywords if category_of(k) in kept]


def rule_reading(
    text: str,
    clauses: Sequence[Clause],
    sentiment: SentimentScores,
    emotions: Mapping[str, float],
    keywords: Sequence[tuple[str, float]],
) -> RuleReading:
    """The rules' reading of ``text`` from their clause-level results (before agreement)."""
    agreed = agreeing_sentiment(sentiment, emotions, keywords)
    shown = EntryAnalysis("", 0, agreed, dict(emotions), tuple(keywords), "")
    return RuleReading(
        stress=frozenset(c for k, _w in keywords if (c := category_of(k)) is not None),
        chips=frozenset(e for e, _s in shown.agreeing_emotions(len(EMOTIONS), CHIP_MINIMUM)),
        scores=dict(emotions),
        polarity=agreed.label,
        stress_words=stressor_words(clauses),
        emotion_words=emotion_words(text),
    )


def apply(
    reading: RuleReading,
    revision: Revision,
    emotions: Mapping[str, float],
    keywords: Sequence[tuple[str, float]],
) -> tuple[dict[str, float], tuple[tuple[str, float], ...]]:
    """The emotion scores and stress keywords after ``revision``: a dropped chip scores 0, an
    added one scores as one plain mention; a dropped category loses its keywords and an
    added one shows its stressor word of the text. The caller then makes the sentiment agree
    with them (``agreement``), as for the rules alone."""
    scores = dict(emotions)
    for emotion in reading.chips - revision.emotions:
        scores[emotion] = 0.0
    for emotion in revision.emotions - reading.chips:
        scores[emotion] = max(scores.get(emotion, 0.0), ADDED_SCORE)
    kept = keep_keywords(keywords, revision.stress)
    present = {k for k, _w in kept}
    kept += [(k, w) for k, w in revision.added_keywords if k not in present]
    ranked = sorted(kept, key=lambda kw: (-kw[1], kw[0]))
    return scores, tuple(ranked)
