"""Reading an entry clause by clause, so sentiment, emotions and stressors agree.

Why clauses: "Felt calmer than yesterday; slept badly though." holds two feelings. Scored as
one sentence it became "Negative" with the emotion "Calm" beside it, and every noun in it a
"stress keyword". Read clause by clause it is one calm part and one poor-sleep part: mixed.

How a text is read:

1. Sentences (``sentiment.split_sentences``) are cut into **segments** at contrast words
   (``; :``, but, though, although, however, whereas): the parts that may disagree.
2. Each segment is tokenised (``lexicon.tokenize``) and cut into **clauses** at commas and at
   "and", "because", "cos": the smallest parts that carry one feeling. Emotion and stressor
   patterns are matched on the whole segment (so a phrase or a negation is read as written)
   and each match belongs to the clause it starts in.
3. A clause's **polarity** comes first from the emotion lexicon, which names feelings:
   positive emotions only → positive, negative only → negative, both → mixed. A clause with
   no emotion word falls back to VADER's compound on the clause: ≥ ``POLARITY_THRESHOLD``
   positive, ≤ −``POLARITY_THRESHOLD`` negative, else neutral. Strain that VADER misses
   (``STRAIN``: "money is tight", "already behind") or a stressor that is stressful by itself
   ("insomnia") makes a neutral clause negative and a positive one mixed. Its **strength** is
   VADER's magnitude, or grows with the emotion words' weight when they decided (at least
   ``EMOTION_FLOOR`` either way).
4. The entry's **sentiment** (``SentimentScores``): ``positive`` and ``negative`` are the
   summed strengths of positive and negative clauses (a mixed clause gives half to each)
   divided by the number of clauses; ``neutral`` is the rest; ``compound`` is
   ``positive − negative``. Its label is "mixed" when the smaller side is at least
   ``MIXED_SHARE`` of both (``models.SentimentScores.label``).
5. A **stressor** (``stress_keywords``) counts when it is not negated ("no deadlines"), not
   resolved or judged fine ("bills paid", "sleep was okay": ``RESOLVED``, ``FINE``), not a
   person turned to for support ("talked to my mum", ``SUPPORT``), and its clause is negative
   or mixed; in a neutral clause it counts when it is stressful by itself ("insomnia",
   "argued") or when the rest of its segment is negative and nothing in it is
   positive ("big deadline tomorrow, I'm so stressed"). In a positive clause it never counts:
   "work was great" is not stress. So every stressor sits in a negative part of the entry,
   which is what the dashboard's "negative affect" counts: the two panels cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Final

from neuroleaf_desktop.domain.analysis.context_words import (
    CLOSE_PEOPLE,
    FILLERS,
    FINE,
    FINE_WINDOW,
    OWNERS,
    PEOPLE,
    RESOLVED,
    RESOLVED_AFTER,
    RESOLVED_WINDOW,
    STRAIN,
    SUPPORT,
    SUPPORT_WINDOW,
    SYMPATHY,
    THIRD_PARTY,
)
from neuroleaf_desktop.domain.analysis.emotions import EMOTIONS, Hit, iter_hits, saturate
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, is_negator, tokenize
from neuroleaf_desktop.domain.analysis.models import (
    NEGATIVE_EMOTIONS,
    NEUTRAL_SENTIMENT,
    POSITIVE_EMOTIONS,
    SentimentScores,
)
from neuroleaf_desktop.domain.analysis.sentiment import score_sentence, split_sentences
from neuroleaf_desktop.domain.analysis.stress_keywords import (
    STRESSOR_LEXICON,
    is_shadow,
    stressful_by_itself,
)

POLARITY_THRESHOLD: Final = 0.25
EMOTION_FLOOR: Final = 0.3
STRESSOR_NEGATION_WINDOW: Final = 2
MAX_KEYWORDS: Final = 15

POSITIVE: Final = "positive"
NEGATIVE: Final = "negative"
MIXED: Final = "mixed"
NEUTRAL: Final = "neutral"

_CONTRAST = re.compile(r"[;:]|\b(?:but|though|although|however|whereas)\b", re.IGNORECASE)
_CLAUSE_WORDS: Final = frozenset({"and", "because", "cos", "cause", "coz"})
assert set(EMOTIONS) == POSITIVE_EMOTIONS | NEGATIVE_EMOTIONS


@dataclass(frozen=True)
class Stressor:
    """One stressor pattern found in a clause, before the context rule is applied.

    ``negated``: "no deadlines"; ``resolved``: "bills paid"; ``support``: "talked to mum".
    """

    keyword: str
    weight: float
    negated: bool
    resolved: bool = False
    support: bool = False
    someone_elses: bool = False  # "my friend's landlord …, I feel bad for her"

    @property
    def set_aside(self) -> bool:
        return self.negated or self.resolved or self.support or self.someone_elses


@dataclass(frozen=True)
class Clause:
    """The smallest part of a text that carries one feeling (see the module docstring)."""

    words: tuple[str, ...]
    segment: int  # clauses of one segment share this number
    hits: tuple[Hit, ...]  # counted emotion matches that start in this clause
    stressors: tuple[Stressor, ...]
    polarity: str
    strength: float  # in [0, 1]


def _emotion_polarity(hits: Iterable[Hit]) -> tuple[str, float] | None:
    """Polarity and strength from emotion words alone, or None when they do not decide.

    Weak or diminished words (weight < 1) decide nothing alone. Strength grows with the
    summed weight ``w`` as ``w / (w + 1)``: one plain word 0.5, a strong one 0.6.
    """
    positive = sum(h.weight for h in hits if h.weight >= 1.0 and h.emotion in POSITIVE_EMOTIONS)
    negative = sum(h.weight for h in hits if h.weight >= 1.0 and h.emotion in NEGATIVE_EMOTIONS)
    total = positive + negative
    if total == 0:
        return None
    strength = max(EMOTION_FLOOR, total / (total + 1.0))
    if positive and negative:
        return MIXED, strength
    return (POSITIVE if positive else NEGATIVE), strength


def _vader_polarity(compound: float, strained: bool) -> tuple[str, float]:
    """Polarity and strength of a clause no emotion word decided; ``strained``: a strain
    word or a stressor that is stressful by itself ("insomnia") is in it, not negated."""
    if compound >= POLARITY_THRESHOLD:
        return (MIXED, compound) if strained else (POSITIVE, compound)
    if compound <= -POLARITY_THRESHOLD:
        return NEGATIVE, -compound
    if strained:
        return NEGATIVE, EMOTION_FLOOR
    return NEUTRAL, 0.0


def _strained(tokens: list[str], start: int, end: int, stressors: Iterable[Stressor]) -> bool:
    if any(stressful_by_itself(s.weight) and not s.set_aside for s in stressors):
        return True
    for i in range(start, end):
        if STRAIN.match_at(tokens, i) is not None and not _stressor_negated(tokens, i):
            return True
    return False


def _stressor_negated(tokens: list[str], i: int) -> bool:
    """A negator up to ``STRESSOR_NEGATION_WINDOW`` words before, not counting fillers."""
    seen = 0
    j = i - 1
    while j >= 0 and tokens[j] != BREAK and seen < STRESSOR_NEGATION_WINDOW:
        if is_negator(tokens[j]):
            return True
        if tokens[j] not in FILLERS:
            seen += 1
        j -= 1
    return False


def _without_possessive(token: str) -> str:
    """ "kid's" → "kid", "mum's" → "mum": stressor keywords are written without it."""
    return token[:-2] if token.endswith("'s") and len(token) > 3 else token


def _near(
    tokens: list[str], start: int, end: int, words: frozenset[str], before: int, after: int
) -> bool:
    """Is one of ``words`` within ``before`` tokens before ``start`` or ``after`` tokens
    from ``end``, without crossing a clause break?"""  # fmt: skip
    for j in range(start - 1, max(-1, start - before - 1), -1):
        if tokens[j] == BREAK or tokens[j] in _CLAUSE_WORDS:
            break
        if tokens[j] in words:
            return True
    for j in range(end, min(len(tokens), end + after)):
        if tokens[j] == BREAK or tokens[j] in _CLAUSE_WORDS:
            break
        if tokens[j] in words:
            return True
    return False


def _stressors(tokens: list[str]) -> Iterator[tuple[int, Stressor]]:
    tokens = [_without_possessive(t) for t in tokens]
    i = 0
    while i < len(tokens):
        pattern = None if tokens[i] == BREAK else STRESSOR_LEXICON.match_at(tokens, i)
        if pattern is None:
            i += 1
            continue
        end = i + len(pattern.tokens)
        for keyword, weight in pattern.targets:
            if is_shadow(keyword):
                continue
            person = keyword in PEOPLE
            yield (
                i,
                Stressor(
                    keyword,
                    weight,
                    negated=_stressor_negated(tokens, i),
                    resolved=_near(tokens, i, end, RESOLVED, RESOLVED_WINDOW, 0)
                    or _near(tokens, i, end, RESOLVED_AFTER, 0, RESOLVED_WINDOW)
                    or _near(tokens, i, end, FINE, 0, FINE_WINDOW)
                    or (i > 0 and tokens[i - 1] in THIRD_PARTY),
                    support=person and _near(tokens, i, end, SUPPORT | {"for"}, SUPPORT_WINDOW, 0),
                ),
            )
        i = end


def _clause_spans(tokens: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for i, tok in enumerate([*tokens, BREAK]):
        if tok == BREAK or tok in _CLAUSE_WORDS:
            if i > start:
                spans.append((start, i))
            start = i + 1
    return spans


def _segment_clauses(segment: str, number: int) -> list[Clause]:
    tokens = tokenize(segment)
    spans = _clause_spans(tokens)
    hits = list(iter_hits(tokens))
    stressors = list(_stressors(tokens))
    clauses: list[Clause] = []
    for start, end in spans:
        words = tuple(tokens[start:end])
        own_hits = tuple(h for h in hits if start <= h.position < end)
        own_stressors = tuple(s for pos, s in stressors if start <= pos < end)
        decided = _emotion_polarity(own_hits)
        if decided is None:  # only then is VADER needed (it is most of the cost)
            strained = _strained(tokens, start, end, own_stressors)
            decided = _vader_polarity(score_sentence(" ".join(words)).compound, strained)
        polarity, strength = decided
        clauses.append(
            Clause(
                words=words,
                segment=number,
                hits=own_hits,
                stressors=own_stressors,
                polarity=polarity,
                strength=round(min(1.0, strength), 4),
            )
        )
    return clauses


def _about_someone_else(tokens: list[str]) -> bool:
    """Is this sentence about another person's trouble ("my friend's dog died", "I feel bad
    for her", "poor thing"), with no close person of the writer's (family, partner) in it?

    By the labelled set's convention a family member's or partner's trouble is the writer's
    stress ("mum is in hospital and I'm scared"); a friend's, colleague's or neighbour's is
    sympathy, not a stressor of the writer's.
    """
    owner_before = False
    marked = False
    close = False
    for i, tok in enumerate(tokens):
        base = tok[:-2] if tok.endswith("'s") else tok
        if tok.endswith("'s") and base in OWNERS:
            marked = owner_before = True
            continue
        if i + 1 < len(tokens) and (tok, tokens[i + 1]) in SYMPATHY:
            marked = True
        if base in CLOSE_PEOPLE and not owner_before:
            close = True
        owner_before = False
    return marked and not close


def _set_aside_all(clauses: list[Clause]) -> list[Clause]:
    return [
        replace(c, stressors=tuple(replace(s, someone_elses=True) for s in c.stressors))
        for c in clauses
    ]


def read_clauses(text: str) -> list[Clause]:
    """Every clause of ``text`` in order (none for empty text)."""
    clauses: list[Clause] = []
    number = 0
    for sentence in split_sentences(text):
        own: list[Clause] = []
        for segment in _CONTRAST.split(sentence):
            if segment.strip():
                own.extend(_segment_clauses(segment, number))
                number += 1
        if _about_someone_else(tokenize(sentence)):
            own = _set_aside_all(own)
        clauses.extend(own)
    return clauses


def emotion_scores(clauses: Iterable[Clause]) -> dict[str, float]:
    """Every emotion with a score in [0, 1): the saturated sum of its hits (as ``emotions``)."""
    totals = dict.fromkeys(EMOTIONS, 0.0)
    for clause in clauses:
        for hit in clause.hits:
            totals[hit.emotion] += hit.weight
    return {emotion: round(saturate(w), 4) for emotion, w in totals.items()}


def sentiment_of(clauses: list[Clause]) -> SentimentScores:
    """Clause-level sentiment of the whole text (see step 4 of the module docstring)."""
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
    polarities = {c.polarity for c in clauses}
    return POSITIVE not in polarities and NEGATIVE in polarities


def stress_hits(clauses: list[Clause]) -> Iterator[tuple[str, float]]:
    """(keyword, weight) for every stressor that counts (step 5 of the module docstring)."""
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
                yield stressor.keyword, stressor.weight


def stress_keywords(
    clauses: list[Clause], limit: int = MAX_KEYWORDS
) -> tuple[tuple[str, float], ...]:
    """Counted stressors summed per keyword, heaviest first (ties alphabetical)."""
    weights: dict[str, float] = {}
    for keyword, weight in stress_hits(clauses):
        weights[keyword] = weights.get(keyword, 0.0) + weight
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple((k, round(w, 3)) for k, w in ranked[:limit])
