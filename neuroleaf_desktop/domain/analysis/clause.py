"""One clause of an entry as the analyser reads it, and the polarity words it carries.

Shared by ``clauses`` (which cuts a text into clauses and scores them) and ``sentence_rules``
(which revises the clauses of one sentence from what the sentence as a whole says).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from neuroleaf_desktop.domain.analysis.attribution import Stressor
from neuroleaf_desktop.domain.analysis.emotions import Hit
from neuroleaf_desktop.domain.analysis.lexicon import BREAK, is_negator

POSITIVE: Final = "positive"
NEGATIVE: Final = "negative"
MIXED: Final = "mixed"
NEUTRAL: Final = "neutral"
EMOTION_FLOOR: Final = 0.3


@dataclass(frozen=True)
class Clause:
    """The smallest part of a text that carries one feeling (see the module docstring)."""

    words: tuple[str, ...]
    segment: int  # clauses of one segment share this number
    hits: tuple[Hit, ...]  # counted emotion matches that start in this clause
    stressors: tuple[Stressor, ...]
    polarity: str
    strength: float  # in [0, 1]
    # its polarity came from good news alone ("… but we'll manage"): a softening upside, which
    # does not settle the trouble before it (``sentence_rules.redeemed``)
    news: bool = False
    after_and: bool = False  # joined to the clause before by "and" ("… and cried all evening")


def word_negated(tokens: list[str], j: int) -> bool:
    """ "hasn't fixed", "wasn't okay", "not really sorted": a negator one or two words
    before."""
    return any(is_negator(tokens[k]) for k in range(max(0, j - 2), j) if tokens[k] != BREAK)
