"""A cost or a chore the writer says they don't mind: no strain of theirs.

Why: a sentence that names a stressor and then says the writer does not mind it ("About twenty
quid a month in petrol nobody pays back, and to be fair I don't mind one bit", "The commute's
an hour each way but I don't mind it") was read as the stressor's strain, and as a bad or mixed
sentence. The writer's own "I don't mind" takes the trouble back: its stressors before it are
settled and the sentence reads good. "I don't mind saying …" (a way of speaking) and "I do
mind" are no such word, and a feeling of the writer's named beside it keeps what it names.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import (
    EMOTION_FLOOR,
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Clause,
)
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS

_NOT: Final = frozenset({"don't", "dont", "never", "didn't", "didnt"})
# what may stand before "don't mind": the writer, a degree, a frank opener
_WRITERS: Final = frozenset({"i", "honestly", "really", "genuinely", "fair", "tbh", "and"})
# after "mind": nothing, the thing itself or a degree ("I don't mind it", "one bit", "at
# all", "in the slightest"); a way of speaking ("I don't mind saying …"), a condition ("if he
# …") or one kind set against another ("I don't mind kids, adults are the problem") is no
# taking back of the whole trouble
_WHOLLY: Final = frozenset(
    {"", "it", "one", "at", "really", "that", "too", "in", "though", "honestly", "tbh",
     "much", "them", "him", "her", "either", "anyway", "actually", "any", "and"}
)  # fmt: skip


def _minds_not(words: tuple[str, ...]) -> bool:
    """Does the clause say the writer does not mind ("I don't mind one bit", "to be fair I
    don't mind", "don't mind at all")?"""
    for k in range(len(words) - 1):
        if words[k] in _NOT and words[k + 1] == "mind":
            before = words[k - 1] if k else "i"
            after = words[k + 2] if k + 2 < len(words) else ""
            return before in _WRITERS and after in _WHOLLY
    return False


def not_minded(clauses: list[Clause]) -> list[Clause]:
    """A sentence whose later part says the writer doesn't mind: the stressors before it are
    settled, a bad part before it turns neutral and the part itself reads good, unless an
    unpleasant feeling of the writer's is named in the sentence."""
    turn = next(
        (k for k, c in enumerate(clauses) if k and _minds_not(c.words)),
        None,
    )
    if turn is None or any(h.emotion in NEGATIVE_EMOTIONS for c in clauses for h in c.hits):
        return clauses
    if any(c.polarity in (NEGATIVE, MIXED) for c in clauses[turn + 1 :]):
        return clauses  # a trouble told after it goes on
    before = [
        replace(
            c,
            stressors=tuple(replace(s, resolved=True) for s in c.stressors),
            polarity=NEUTRAL if c.polarity in (NEGATIVE, MIXED) else c.polarity,
            strength=0.0 if c.polarity in (NEGATIVE, MIXED) else c.strength,
        )
        for c in clauses[:turn]
    ]
    minded = replace(
        clauses[turn], polarity=POSITIVE, strength=max(clauses[turn].strength, EMOTION_FLOOR)
    )
    return [*before, minded, *clauses[turn + 1 :]]
