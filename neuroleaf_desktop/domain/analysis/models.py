"""The result of analysing one entry, as stored in ``entry_analyses``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

MIXED_SHARE: Final = 0.3  # the smaller side's share of (positive + negative) that reads "mixed"
POSITIVE_EMOTIONS: Final = frozenset({"joy", "calm", "gratitude", "hope"})
NEGATIVE_EMOTIONS: Final = frozenset({"sadness", "anxiety", "anger", "loneliness", "shame"})


@dataclass(frozen=True)
class SentimentScores:
    """Clause-level scores (``entry_scores.sentiment_of``): ``compound`` in [-1, 1] is
    ``positive - negative``; ``positive + neutral + negative`` ≈ 1. ``positive`` and
    ``negative`` measure how much of the text is positive or negative, so a text can be both.
    """

    compound: float
    positive: float
    neutral: float
    negative: float

    @property
    def label(self) -> str:
        """positive / negative / mixed / neutral.

        Mixed when both sides are present and the smaller is at least ``MIXED_SHARE`` of the
        two ("calmer than yesterday; slept badly though"); otherwise the larger side wins; no
        positive and no negative part is neutral.
        """
        pos, neg = self.positive, self.negative
        if pos <= 0 and neg <= 0:
            return "neutral"
        if min(pos, neg) >= MIXED_SHARE * (pos + neg):
            return "mixed"
        return "positive" if pos > neg else "negative"

    @property
    def has_negative_part(self) -> bool:
        """Is any part of the text negative? (What the dashboard counts as negative affect.)"""
        return self.negative > 0


NEUTRAL_SENTIMENT = SentimentScores(0.0, 0.0, 1.0, 0.0)


@dataclass(frozen=True)
class EntryAnalysis:
    """What the analyser found in one entry's title and body.

    ``emotions`` maps every emotion of ``emotions.EMOTIONS`` to a score in [0, 1] (0: no
    evidence). ``stress_keywords`` is ranked, heaviest first, as (phrase, weight > 0).
    ``content_hash`` identifies the text that was analysed, so a later edit makes the analysis
    detectably stale. ``entry_id`` and ``analysed_at`` are filled in by the service (the
    analysis itself is pure and knows neither). ``gate`` names the learned gate's weights that
    withdrew doubted labels from this result ('' = the rules' result as they read it), so a
    result stored without the gate is re-analysed once the gate is present.
    """

    analyser: str
    analyser_version: int
    sentiment: SentimentScores
    emotions: dict[str, float]
    stress_keywords: tuple[tuple[str, float], ...]
    content_hash: str
    entry_id: str | None = None
    analysed_at: datetime | None = None
    word_count: int = field(default=0, compare=False)
    gate: str = ""

    def top_emotions(self, n: int = 3, minimum: float = 0.0) -> list[tuple[str, float]]:
        """The ``n`` strongest emotions above ``minimum``, strongest first (ties by name)."""
        ranked = sorted(self.emotions.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(name, score) for name, score in ranked if score > minimum][:n]

    def agreeing_emotions(self, n: int = 3, minimum: float = 0.0) -> list[tuple[str, float]]:
        """The ``n`` strongest emotions scoring ≥ ``minimum`` that agree with the sentiment
        label, for chips and labels.

        Positive text shows only pleasant emotions, negative text only unpleasant ones, mixed
        text both; so "Negative" never sits beside "Calm". Neutral text has no emotion
        evidence worth a chip (an emotion word would have made its clause polar).
        """
        allowed = {
            "positive": POSITIVE_EMOTIONS,
            "negative": NEGATIVE_EMOTIONS,
            "mixed": POSITIVE_EMOTIONS | NEGATIVE_EMOTIONS,
        }.get(self.sentiment.label, frozenset())
        ranked = sorted(self.emotions.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(e, s) for e, s in ranked if e in allowed and s > 0 and s >= minimum][:n]
