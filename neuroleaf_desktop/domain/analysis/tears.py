"""Tears that are not sadness: being moved at a happy event, and laughter beside tears.

Tears beside a happy event, with nothing sad or troubling said ("my sister's wedding was
beautiful, I cried the whole way through", "silver at the county show, I cried in the car
park"), are being moved, which the labelling guide names no feeling for: crying there must not
chip sadness. ``happy_tears`` reads this within one sentence (``clauses`` then re-reads it
without the crying), ``present.moved_tears`` across the sentences of an entry; both read the
one list of milestones here. Laughing and crying told as two moments ("Laughed, then cried")
chip no joy (``laughter_apart``). Tears shed together ("we both cried") with nothing sad in
the entry are being moved too (``tears_shared``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import MIXED, NEGATIVE, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.context_words import CRYING, PEOPLE
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS, POSITIVE_EMOTIONS

HAPPY_ENOUGH: Final = 0.5  # a clause this positive by VADER makes crying happy tears
# tears at or through an event: "cried at the nativity", "cried when she took her first steps"
MOVED_BY: Final = frozenset({"at", "when", "through", "during", "watching", "reading"})

# A first reached ("first steps", "his first full sentence", "first proper word"): "first"
# and one of these, with at most one describing word between them ("time" right after it).
FIRSTS: Final = frozenset(
    {"time", "steps", "step", "word", "words", "sentence", "sentences", "smile", "laugh",
     "goal", "solo", "win"}
)  # fmt: skip
# A place or prize won ("silver at the county show", "got a medal"): a win, whatever the
# contest. Only nouns; "won" alone also loses ("won't") and says nothing of what was won.
PRIZES: Final = frozenset(
    {"silver", "gold", "bronze", "medal", "medals", "trophy", "rosette", "rosettes", "prize",
     "award", "champion", "podium"}
)  # fmt: skip
_GAP: Final = 1  # describing words allowed between "first" and what was first


def names_milestone(words: tuple[str, ...]) -> bool:
    """Do ``words`` name a first reached or a prize won? See ``FIRSTS`` and ``PRIZES``."""
    for i, word in enumerate(words):
        if word in PRIZES:
            return True
        if word != "first":
            continue
        ahead = words[i + 1 : i + 2 + _GAP]
        # "first time" only side by side: "first full time job" is a kind of job
        if ahead[:1] == ("time",) or any(w in FIRSTS - {"time"} for w in ahead):
            return True
    return False


def happy_tears(clauses: list[Clause]) -> bool:
    """Does this sentence cry where nothing but the crying is sad and something is happy
    ("my sister's wedding was beautiful, I cried the whole way through")?"""
    hits = [h for c in clauses for h in c.hits]
    if not any(h.pattern in CRYING for h in hits):
        return False
    if laughter_apart(clauses):
        return False  # "Laughed, then cried": two moments, the tears are not the laugh's
    sad_otherwise = any(
        h.emotion in NEGATIVE_EMOTIONS and h.pattern not in CRYING for h in hits
    ) or any(c.polarity == NEGATIVE and not any(h.pattern in CRYING for h in c.hits)
             for c in clauses)  # fmt: skip
    happy = any(h.emotion in POSITIVE_EMOTIONS and h.weight >= 1.0 for h in hits) or any(
        c.polarity == POSITIVE and c.strength >= HAPPY_ENOUGH for c in clauses
    )
    told_good = tears_told_good(clauses)
    return (happy or told_good or _moved(clauses) or _milestone(clauses)) and not sad_otherwise


# Tears the writer calls good ("cried the whole time, the good kind", "good tears for once",
# "tears of joy"): being moved, whatever else the sentence names.
_GOOD_TEARS: Final = (
    ("the", "good", "kind"), ("the", "happy", "kind"), ("good", "tears"), ("happy", "tears"),
    ("tears", "of", "joy"), ("happy", "cry"),
)  # fmt: skip


def tears_told_good(clauses: list[Clause]) -> bool:
    """Does a clause of the sentence call the tears good (``_GOOD_TEARS``)?"""
    return any(
        tuple(c.words[k : k + len(p)]) == p
        for c in clauses
        for p in _GOOD_TEARS
        for k in range(len(c.words))
    )


# Tears shared with someone ("we both cried", "we all cried", "Kid cried, I cried", "the
# bride cried, then I cried"): with nothing sad or troubling in the entry, a moment that moved
# everyone in it (``present.moved_tears``), not the writer's sadness.
_TOGETHER: Final = frozenset({"both", "all"})
_SHED: Final = frozenset({"cry", "cried", "crying", "wept", "sobbed", "sobbing", "welled"})


def tears_shared(words: Sequence[str]) -> bool:
    """Do ``words`` tell tears shed together: a crying word after "both"/"all", or crying
    told twice?"""
    shed = [i for i, w in enumerate(words) if w in _SHED]
    return len(shed) > 1 or any(i > 0 and words[i - 1] in _TOGETHER for i in shed)


LAUGHTER: Final = "laugh*"
# Tears of laughter: "laughed till I cried", "crying with laughter", "laughed so hard I cried".
_TEARS_OF_LAUGHTER: Final = frozenset({"till", "until", "laughter", "laughing", "hard"})
# Two moments told in turn: "laughed, then cried", "cried after", "laughed and later cried".
_IN_TURN: Final = frozenset({"then", "after", "afterwards", "later"})


def laughter_apart(clauses: list[Clause]) -> bool:
    """Does the sentence laugh and cry as two moments ("Laughed, then cried", "had a laugh
    and then a cry"), not tears of laughter ("laughed till I cried")? Then the laugh is no joy
    to chip: the sentence ends elsewhere, and the writers disagree on where."""
    hits = [h for c in clauses for h in c.hits]
    if not any(h.pattern in CRYING for h in hits) or not any(h.pattern == LAUGHTER for h in hits):
        return False
    words = [w for c in clauses for w in c.words]
    return _TEARS_OF_LAUGHTER.isdisjoint(words) and not _IN_TURN.isdisjoint(words)


def without_laughter(clauses: list[Clause]) -> list[Clause]:
    """The laughter of ``laughter_apart`` dropped; a clause left with no feeling is mixed (a
    laugh beside tears is no plainly good moment)."""
    if not laughter_apart(clauses):
        return clauses
    out = []
    for c in clauses:
        kept = tuple(h for h in c.hits if h.pattern != LAUGHTER)
        if len(kept) != len(c.hits):
            c = replace(c, hits=kept)
            if not kept and c.polarity == POSITIVE:
                c = replace(c, polarity=MIXED)
        out.append(c)
    return out


def _moved(clauses: list[Clause]) -> bool:
    """ "Cried at the school nativity", "I cried when my daughter took her first steps": tears
    at an event with nothing sad or troubling in the sentence (no stressor but a person) are
    being moved, which names no feeling of its own (the labelling guide leaves it out)."""
    for clause in clauses:
        words = clause.words
        for h in clause.hits:
            after = h.position - _offset(clauses, clause) + len(h.pattern.split())
            if h.pattern in CRYING and 0 <= after < len(words) and words[after] in MOVED_BY:
                return not any(
                    not s.set_aside and s.keyword not in PEOPLE
                    for c in clauses
                    for s in c.stressors
                )
    return False


def _milestone(clauses: list[Clause]) -> bool:
    """ "Silver at the county show, I cried in the car park": tears in a sentence that names a
    first reached or a prize won (``milestones``), with no stressor but a person, are being
    moved, as at an event ``_moved`` reads by its "at" or "when"."""
    return any(names_milestone(c.words) for c in clauses) and not any(
        not s.set_aside and s.keyword not in PEOPLE for c in clauses for s in c.stressors
    )


def _offset(clauses: list[Clause], clause: Clause) -> int:
    """Where ``clause`` starts in its segment's tokens (hits are numbered by segment)."""
    offset = 0
    for c in clauses:
        if c is clause:
            return offset
        if c.segment == clause.segment:
            offset += len(c.words) + 1  # the comma or "and" between them
    return offset
