"""The one place where an entry's chips are made to agree with each other.

Why: the sentiment chip, the emotion chips and the stress keywords come from one clause-by-clause
reading (``clauses``), yet the sentiment is a sum of clause strengths while emotions and
stressors are found word by word, so on a few sentences they disagreed: "Positive" beside a
stressor and "Anxious", or "Negative" on a sentence whose only feeling was joy. A person reading
their entry would be told two things at once. The rule, applied after the reading:

* a stressor or an unpleasant emotion chip means the entry has a bad part: it never reads
  "Positive" (it reads "Mixed" when a good part is there, as that is what it shows);
* a pleasant emotion chip with no stressor and no unpleasant emotion means it has a good part:
  it never reads "Negative" (it reads "Mixed", since something else in it was bad);
* a "Neutral" entry with a stressor reads "Negative" (a neutral entry shows no emotion chip,
  so only its stressors can disagree with it).

``CHIP_MINIMUM`` is the emotion chips' threshold (``ui.widgets.analysis_chips`` and the quality
benchmark show emotions from this score).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from neuroleaf_desktop.domain.analysis.models import (
    MIXED_SHARE,
    NEGATIVE_EMOTIONS,
    POSITIVE_EMOTIONS,
    SentimentScores,
)

CHIP_MINIMUM: Final = 0.3
# the weaker side is raised to this share of the stronger one: above MIXED_SHARE / (1 -
# MIXED_SHARE) (≈ 0.43), so the label reads "mixed" however the scores round
_MIXED_RATIO: Final = 0.45
_ONE_SIDE: Final = 0.1  # a neutral entry given the side of its chip


def _scores(positive: float, negative: float) -> SentimentScores:
    positive, negative = round(min(1.0, positive), 4), round(min(1.0, negative), 4)
    return SentimentScores(
        compound=round(positive - negative, 4),
        positive=positive,
        neutral=round(max(0.0, 1.0 - positive - negative), 4),
        negative=negative,
    )


def agreeing_sentiment(
    sentiment: SentimentScores,
    emotions: Mapping[str, float],
    stress_keywords: Sequence[tuple[str, float]],
) -> SentimentScores:
    """``sentiment`` revised so that its label agrees with the chips (module docstring)."""
    shown = {e for e, score in emotions.items() if score >= CHIP_MINIMUM}
    bad = bool(stress_keywords) or bool(shown & NEGATIVE_EMOTIONS)
    good = bool(shown & POSITIVE_EMOTIONS)
    pos, neg = sentiment.positive, sentiment.negative
    label = sentiment.label
    if label == "positive" and bad:
        return _scores(pos, max(neg, pos * _MIXED_RATIO))
    if label == "negative" and good and not bad:
        return _scores(max(pos, neg * _MIXED_RATIO), neg)
    if label == "neutral" and stress_keywords:
        return _scores(0.0, _ONE_SIDE)
    return sentiment


assert _MIXED_RATIO > MIXED_SHARE / (1 - MIXED_SHARE)
