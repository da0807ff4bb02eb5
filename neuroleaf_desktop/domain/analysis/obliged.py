"""What was forced on the writer, told without a feeling word: a bad part.

Why: writers tell much of a hard day as what it forced on them ("Had to hand in my driving
licence this month.", "Showered today and had to lie down after.", "Tack-welded the bracket
crooked and had to grind it all out.", "we have to move out"), and VADER scores none of
those words, so the clause read "Neutral". Across every writer's labelled set, a sentence
with "had to", "have to" or "has to" was negative in 103 of 130 (79 %); of those read
neutral, 20 of 29 were negative. The exceptions read here:

* something pleasant in the sentence or the two either side: then "had to" is being moved
  ("she waved at me in the crowd … Had to go and sit in the car for a minute"), a cost
  worth paying or a recommendation ("The film was amazing, you have to see it"), so the
  rule waits for the whole entry and reads only where nothing pleasant is near, as
  ``losses_told.left_alone`` does;
* negated ("don't have to", "never had to"): a thing spared; on a condition ("if the café
  doesn't pick up we'll have to let someone go"): not yet forced;
* "you have to …": advice or a general truth, not the writer's lot; "would have to": a
  fear or a supposition ("thought the studio would have to close"), nothing done;
* a moment taken to compose oneself ("had to step outside for a minute"), as often being
  moved as upset: left to the entry's other words;
* a task due by a date ("the poster has to be printed by May", "the quote has to be in by
  Friday"): a plan, neutral for every writer who wrote one.

Being shown up before an audience is forced on the writer too: a thing done "in front of
everyone" or "in front of the whole team", or "everyone looking" at them, was negative in
every labelled sentence that read neutral without it (eight, seven writers' sets); praise
before everyone ("thanked me in front of everyone") reads good by its own words, and with
something pleasant near the rule waits, as above (``shown_up``). Its stressors count: the
public dressing-down is the work strain writers label.

What the writer had to do names no stressor of its own: where nothing else in its segment was
negative, it lends the segment none (``losses_told.tipped``), so a chore told ("had to take
the kids to the doctor") adds no family chip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import MIXED, NEGATIVE, NEUTRAL, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.lexicon import is_negator
from neuroleaf_desktop.domain.analysis.losses_told import tipped

Sentences = list[list[Clause]]

_HAVE: Final = frozenset({"had", "have", "has", "having"})
# "in front of everyone", "in front of the whole team", "everyone staring": the writer seen
_AUDIENCE: Final = frozenset({"everyone", "everybody", "people"})
# "the whole team", "the whole waiting room": people gathered ("the whole row of shops" is a
# place)
_GATHERED: Final = frozenset(
    {"team", "class", "office", "room", "crew", "ward", "staff", "school", "line", "company",
     "brigade", "lab", "court", "gym", "yard", "corps", "platoon", "seminar", "department",
     "family", "village", "kitchen", "unit", "shift", "group", "meeting", "floor", "site"}
)  # fmt: skip
_EVERYONE: Final = frozenset({"everyone", "everybody"})
_LOOKING: Final = frozenset({"looking", "staring", "watching", "watched", "stared", "looked"})
# "you have to see it" (advice); "thought the studio would have to close" (a fear, not a
# thing done)
_NOT_FORCED: Final = frozenset({"you", "would", "i'd", "we'd", "it'd"})
# "had to step outside for a minute", "turn to the whiteboard for a second": composing
# oneself, as often moved as upset (writers label it good, mixed and bad)
_A_MOMENT: Final = frozenset(
    ("for", "a", span) for span in ("minute", "second", "moment", "bit", "sec")
)
# "we have to be out by June" is the writer's lot; "the poster has to be printed by May" a task
_WRITER: Final = frozenset({"i", "we", "i'll", "we'll"})
# "If the café doesn't pick up we'll have to let someone go": forced only on a condition
_CONDITIONS: Final = frozenset({"if", "unless"})


def made_to(sentences: Sentences) -> Sentences:
    """The clauses of an entry, sentence by sentence: a neutral clause telling a thing the
    writer was made to do reads negative when nothing in its sentence or the two either side
    is pleasant; where nothing else in its segment was negative it lends no stressor."""
    return _tipped_where_unpleasant(sentences, obliged, quiet=True)


def shown_up(sentences: Sentences) -> Sentences:
    """The clauses of an entry, sentence by sentence: a neutral clause telling a thing done
    to the writer before an audience ("… in front of the whole team") reads negative when
    nothing in its sentence or the two either side is pleasant (module docstring)."""
    return _tipped_where_unpleasant(sentences, watched, quiet=False)


def _tipped_where_unpleasant(
    sentences: Sentences, tells: Callable[[Sequence[str]], bool], quiet: bool
) -> Sentences:
    """``sentences`` with each neutral clause that ``tells`` a bad part read negative, where
    nothing pleasant is near, no condition is set and no moment is taken; when ``quiet``,
    a segment with nothing else negative lends no stressor (``losses_told.tipped``)."""
    out = [list(s) for s in sentences]
    for k, sentence in enumerate(sentences):
        near = [c for s in sentences[max(0, k - 2) : k + 3] for c in s]
        if any(c.polarity in (POSITIVE, MIXED) for c in near) or any(
            not _CONDITIONS.isdisjoint(c.words) or _a_moment(c.words) for c in sentence
        ):
            continue
        told = {c.segment for c in sentence if c.polarity == NEUTRAL and tells(c.words)}
        strained = {c.segment for c in sentence if c.polarity == NEGATIVE}
        out[k] = [
            tipped(c, tells, quiet and c.segment not in strained) if c.segment in told else c
            for c in sentence
        ]
    return out


def watched(clause: Sequence[str]) -> bool:
    """Does ``clause`` tell a thing done before an audience ("… in front of the whole team",
    "I could feel everyone looking")?"""
    for i, word in enumerate(clause):
        if clause[i : i + 3] == ("in", "front", "of") and _audience(clause[i + 3 : i + 7]):
            return True
        if word in _EVERYONE and clause[i + 1 : i + 2] and clause[i + 1] in _LOOKING:
            return True
    return False


def _audience(words: Sequence[str]) -> bool:
    """Do ``words`` (after "in front of") open on people: "everyone", "the whole team"?"""
    if not _AUDIENCE.isdisjoint(words[:2]):
        return True
    return "whole" in words[:2] and not _GATHERED.isdisjoint(words[1:4])


def _a_moment(words: Sequence[str]) -> bool:
    return any(tuple(words[j : j + 3]) in _A_MOMENT for j in range(len(words)))


def obliged(clause: Sequence[str]) -> bool:
    """Does ``clause`` tell a thing the writer was made to do ("had to give up my job", "we
    have to move out"), not spared ("don't have to"), advised ("you have to see it") nor a
    task due by a date ("has to be in by Friday")?"""
    for i, word in enumerate(clause):
        if word not in _HAVE or clause[i + 1 : i + 2] != ("to",):
            continue
        before = clause[max(0, i - 2) : i]
        if any(is_negator(w) for w in before) or not _NOT_FORCED.isdisjoint(before):
            continue
        task = clause[i + 2 : i + 3] == ("be",) and "by" in clause[i + 3 :]
        if task and _WRITER.isdisjoint(before):
            continue
        return True
    return False
