"""The result of analysing one entry, as stored in ``entry_analyses``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SentimentScores:
    """VADER-style scores: ``compound`` in [-1, 1]; ``positive + neutral + negative`` ≈ 1."""

    compound: float
    positive: float
    neutral: float
    negative: float

    @property
    def label(self) -> str:
        """VADER's documented thresholds (±0.05) for a three-way reading."""
        if self.compound >= 0.05:
            return "positive"
        if self.compound <= -0.05:
            return "negative"
        return "neutral"


NEUTRAL_SENTIMENT = SentimentScores(0.0, 0.0, 1.0, 0.0)


@dataclass(frozen=True)
class EntryAnalysis:
    """What the analyser found in one entry's title and body.

    ``emotions`` maps every emotion of ``emotions.EMOTIONS`` to a score in [0, 1] (0: no
    evidence). ``stress_keywords`` is ranked, heaviest first, as (phrase, weight > 0).
    ``content_hash`` identifies the text that was analysed, so a later edit makes the analysis
    detectably stale. ``entry_id`` and ``analysed_at`` are filled in by the service (the
    analysis itself is pure and knows neither).
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

    def top_emotions(self, n: int = 3, minimum: float = 0.0) -> list[tuple[str, float]]:
        """The ``n`` strongest emotions above ``minimum``, strongest first (ties by name)."""
        ranked = sorted(self.emotions.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(name, score) for name, score in ranked if score > minimum][:n]
