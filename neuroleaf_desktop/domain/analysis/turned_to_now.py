"""A trouble told in the past, then a turn to the present that reads good: over by now.

Why: the labelling guide reads a part told as past, followed by one that says it is fine now,
as no stressor ("money was tight last year but we're comfortable now"). Writers turn to the
present with a span counted on from the trouble or a word of these days, not only with "now"
or "fine": "The move back felt like failing. A year in, I'm at peace with it", "Being out of
work the last time nearly broke me. This time I've got a routine", "Leaving the call centre
was terrifying. Two years on, best thing I ever did", "When I left my job I thought I'd lost
myself. Turns out I quite like this", "I didn't sleep right for a month. … these days I'm
good". Every writer who told one labelled no strain in the past part. The turn must read good
and nothing bad may follow it ("Two months on, still nothing and I'm scared" keeps the job
lost), and only clauses told in the past are settled ("My boss is a nightmare. These days I
just dread Mondays": a present trouble).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import MIXED, NEGATIVE, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.dated_past import PRESENT_TENSE

# Words of these days, opening the part that tells the present.
_NOW_TURNS: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("these", "days"), ("nowadays",), ("this", "time"), ("turns", "out"), ("turned", "out")}
)
# "this time last year", "this time tomorrow": a date, not a turn to the present.
_NOT_A_TURN: Final = frozenset({"last", "next", "tomorrow", "yesterday", "of"})
# A span counted on from the trouble: "a year in", "two years on", "six months later".
_COUNTS: Final = frozenset(
    {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "few", "couple", "several", "many"}
)  # fmt: skip
_SPANS: Final = frozenset({"year", "years", "month", "months"})
_ON: Final = frozenset({"on", "in", "later"})


def _opens_on_now(words: tuple[str, ...]) -> bool:
    """Do ``words`` open on a turn to the present ("these days", "a year in", "this time")?"""
    for turn in _NOW_TURNS:
        if words[: len(turn)] == turn:
            return len(words) == len(turn) or words[len(turn)] not in _NOT_A_TURN
    if words[:1] == ("a",) and words[1:2] in (("few",), ("couple",)):
        # "a few months on", "a couple of years in"
        words = tuple(w for w in words[1:5] if w != "of")
    if len(words) < 3:
        return False
    count, span, on = words[:3]
    return (count in _COUNTS or count.isdigit()) and span in _SPANS and on in _ON


def _good_from(clauses: list[Clause], start: int) -> bool:
    """Do the clauses from ``start`` on read good, none of them bad?"""
    rest = clauses[start:]
    return any(c.polarity == POSITIVE for c in rest) and not any(
        c.polarity in (NEGATIVE, MIXED) for c in rest
    )


def _turn(clauses: list[Clause]) -> int | None:
    """The index of the clause that turns to a good present, if any."""
    for k, clause in enumerate(clauses):
        if _opens_on_now(clause.words):
            return k if _good_from(clauses, k) else None
    return None


def _settled(clause: Clause) -> Clause:
    if not PRESENT_TENSE.isdisjoint(clause.words):
        return clause  # "My boss is a nightmare": told in the present, still going on
    return replace(clause, stressors=tuple(replace(s, resolved=True) for s in clause.stressors))


def turned_to_now(clauses: list[Clause], following: list[Clause]) -> list[Clause]:
    """One sentence's clauses with the stressors of those told in the past settled, when a
    later clause of it, or the next sentence, turns to a present that reads good."""
    turn = _turn(clauses)
    if turn is not None and turn > 0:
        return [*(_settled(c) for c in clauses[:turn]), *clauses[turn:]]
    if turn is None and _turn(following) is not None:
        return [_settled(c) for c in clauses]
    return clauses
