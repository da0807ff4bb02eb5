"""The entry's totals from its clauses: emotion scores, sentiment and the stressors that count.

Why a module of its own: ``clauses`` reads a text into clauses; what the chips and the dashboard
show is summed here from those clauses (steps 4 and 5 of ``clauses``' reading), so the reading
and the totals can change apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from neuroleaf_desktop.domain.analysis.attribution import Stressor
from neuroleaf_desktop.domain.analysis.clause import MIXED, NEGATIVE, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.context_words import CRYING
from neuroleaf_desktop.domain.analysis.emotions import EMOTIONS, saturate
from neuroleaf_desktop.domain.analysis.models import NEUTRAL_SENTIMENT, SentimentScores
from neuroleaf_desktop.domain.analysis.stress_keywords import stressful_by_itself

MAX_KEYWORDS: Final = 15


def emotion_scores(clauses: Iterable[Clause]) -> dict[str, float]:
    """Every emotion with a score in [0, 1): the saturated sum of its hits (as ``emotions``)."""
    totals = dict.fromkeys(EMOTIONS, 0.0)
    for clause in clauses:
        for hit in clause.hits:
            totals[hit.emotion] += hit.weight
    return {emotion: round(saturate(w), 4) for emotion, w in totals.items()}


def sentiment_of(clauses: list[Clause]) -> SentimentScores:
    """Clause-level sentiment of the whole text (step 4 of ``clauses``' docstring)."""
    if not clauses:
        return NEUTRAL_SENTIMENT
    positive = negative = 0.0
    for clause in clauses:
        if clause.polarity == POSITIVE:
            positive += clause.strength
        elif clause.polarity == NEGATIVE:
            negative += clause.strength
        elif clause.polarity == MIXED:
            positive += clause.strength / 2
            negative += clause.strength / 2
    n = len(clauses)
    pos, neg = round(positive / n, 4), round(negative / n, 4)
    return SentimentScores(
        compound=round(pos - neg, 4),
        positive=pos,
        neutral=round(max(0.0, 1.0 - pos - neg), 4),
        negative=neg,
    )


def _segment_is_negative(clauses: list[Clause]) -> bool:
    """Is the segment negative, with a negative clause that is more than crying ("took the
    kids to school then sat in the car and cried" is not about the kids)?"""
    polarities = {c.polarity for c in clauses}
    return POSITIVE not in polarities and any(
        c.polarity == NEGATIVE and not (c.hits and all(h.pattern in CRYING for h in c.hits))
        for c in clauses
    )


def stress_hits(clauses: list[Clause]) -> Iterator[tuple[str, float]]:
    """(keyword, weight) for every stressor that counts (step 5 of ``clauses``' docstring)."""
    for _clause, stressor in counted_stressors(clauses):
        yield stressor.keyword, stressor.weight


def counted_stressors(clauses: list[Clause]) -> Iterator[tuple[Clause, Stressor]]:
    """Every stressor that counts, with the clause it was read in, in the text's order."""
    by_segment: dict[int, list[Clause]] = {}
    for clause in clauses:
        by_segment.setdefault(clause.segment, []).append(clause)
    for clause in clauses:
        if clause.polarity == POSITIVE:
            continue
        context = clause.polarity in (NEGATIVE, MIXED) or _segment_is_negative(
            by_segment[clause.segment]
        )
        for stressor in clause.stressors:
            if stressor.set_aside:
                continue
            if context or stressful_by_itself(stressor.weight):
                yield clause, stressor


def stress_keywords(
    clauses: list[Clause], limit: int = MAX_KEYWORDS
) -> tuple[tuple[str, float], ...]:
    """Counted stressors summed per keyword, heaviest first (ties alphabetical)."""
    weights: dict[str, float] = {}
    for keyword, weight in stress_hits(clauses):
        weights[keyword] = weights.get(keyword, 0.0) + weight
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple((k, round(w, 3)) for k, w in ranked[:limit])
