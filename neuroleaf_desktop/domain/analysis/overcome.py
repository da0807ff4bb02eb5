"""A trouble overcome: a hard time told as past, then the writer's life since, reads good.

Why: writers tell their progress as a then and a since ("Two years ago I couldn't use a
public toilet. Used one at the cinema today, didn't think twice.", "Used to dread the first
solo case. Did my hundredth this morning without thinking about it.", "Used to lose sleep
over the chemicals, got proper training, don't anymore."). ``present.past_then_now`` reads
such a story only where the present is told with "now" or "these days"; told through what
happened today, or the habit said to have stopped, the past trouble stayed the entry's
feeling (negative) or was dropped and nothing was left (neutral). Writers label these
stories good.

The shape read here: a clause marked as a time left behind (``present``'s marks: "used to",
"two years ago", "last autumn", "first year", and "ten years since …") that tells a trouble
(a negation, an unpleasant word, a stressor, a bad end nearly met or feared: "we nearly shut
the doors", "I thought my life was over"), followed in its sentence or the next by parts
that tell none (no unpleasant word or feeling, no stressor, no "still" or "again", nobody
else as their subject: "Fella I've known for years had a heart attack. He's in the Royal.").
The past part is then over and the first part after it is good. A habit said to have
stopped ("used to lie awake before a big shed, not anymore") is a trouble by that telling.

Not a time left behind: an old thing ("I miss the old office"), a first try ("balanced to the
penny first time"), a sum set against last year's ("the gas bill was double last year's",
while "last spring's burnout" is a time) and a trouble running since then ("can't feel two
fingers since last winter").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from neuroleaf_desktop.domain.analysis.lexicon import is_negator
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.sentiment import sentiment_lexicon

Sentences = list[list[Clause]]
PastMarked = Callable[[tuple[str, ...]], bool]

# a trouble that reaches the present is not over: "still can't", "panicked again"
_STILL: Final = frozenset({"still", "again"})
# "ten years since I arrived …", "two months since the op": a span counted from the past
_SPANS: Final = frozenset({"years", "months", "weeks"})
# "He's in the Royal", "they're selling up": the part after tells another's life, not the
# writer's since
_OTHERS: Final = frozenset({"he", "she", "he's", "she's", "they", "they're", "his", "her", "their"})
# "double last year's and …": a possessive with no thing after it is a sum compared
_NO_HEAD: Final = frozenset({"and", "but", "so", "or", "which", "because", "when"})
# "… not anymore", "… don't anymore": a habit said to have stopped
_ANYMORE: Final = (("anymore",), ("any", "more"))
# a bad end nearly met or feared back then: "we nearly shut the doors", "I thought I'd lose
# the yard", "I was certain I'd fail"
_FEARED: Final = frozenset({"nearly", "almost", "thought", "certain", "convinced"})
# a word VADER scores at least this unpleasant names a trouble ("dread", "panic", "bad";
# "pay" and "miss" are weaker)
_UNPLEASANT: Final = -1.0


def _unpleasant(word: str) -> bool:
    return sentiment_lexicon().get(word, 0.0) <= _UNPLEASANT


def _own_stressor(clause: Clause) -> bool:
    """A stressor of the writer's in ``clause``, whether or not a rule before has read it as
    over ("used to lie awake before every meeting")."""
    return any(
        not (s.negated or s.someone_elses or s.hypothetical or s.company or s.support)
        for s in clause.stressors
    )


def _trouble_told(clause: Clause) -> bool:
    words = clause.words
    if not _FEARED.isdisjoint(words):
        return True
    return any(is_negator(w) or _unpleasant(w) for w in words) or _own_stressor(clause)


def _times_only(words: Sequence[str]) -> tuple[str, ...]:
    """``words`` without the marks that name no time left behind: "old" names a thing ("the
    old office") and "first time" a try; a sum set against last year's is no past (empty)."""
    out: list[str] = []
    for i, word in enumerate(words):
        if word == "old" or (word == "first" and tuple(words[i + 1 : i + 2]) == ("time",)):
            continue
        possessive = word == "last" and words[i + 1 : i + 2] and words[i + 1].endswith("'s")
        if possessive and (i + 2 >= len(words) or words[i + 2] in _NO_HEAD):
            return ()
        out.append(word)
    return tuple(out)


def _since(words: Sequence[str]) -> tuple[bool, bool]:
    """(a span counted since the past: "ten years since …"; a trouble running since a time:
    "since last winter", "Since the op I …")."""
    counted = running = False
    for i, word in enumerate(words):
        if word == "since":
            if i and words[i - 1] in _SPANS:
                counted = True
            else:
                running = True
    return counted, running


def _hard_time_past(clause: Clause, past_marked: PastMarked) -> bool:
    """Is ``clause`` a hard time marked as left behind (module docstring), told as over?"""
    counted, running = _since(clause.words)
    if running or not _STILL.isdisjoint(clause.words):
        return False
    return counted or past_marked(_times_only(clause.words))


def _stopped(clause: Clause) -> bool:
    """ "not anymore", "don't anymore": the habit before said to have stopped."""
    words = clause.words
    return (
        len(words) <= 3
        and any(is_negator(w) for w in words)
        and any(tuple(words[i : i + len(p)]) == p for p in _ANYMORE for i in range(len(words)))
    )


def _untroubled(clause: Clause) -> bool:
    return (
        clause.polarity not in (NEGATIVE, MIXED)
        and not any(h.emotion in NEGATIVE_EMOTIONS for h in clause.hits)
        and _STILL.isdisjoint(clause.words)
        and not any(_unpleasant(w) for w in clause.words)
        and not any(not s.set_aside for s in clause.stressors)
    )


def trouble_overcome(sentences: Sentences, past_marked: PastMarked) -> Sentences:
    """The clauses of an entry, sentence by sentence: the first hard time told as past, with
    the parts after it in its sentence and the next telling no trouble, is over and the first
    of those parts reads good (module docstring). ``past_marked`` is ``present``'s reading
    of a time left behind."""
    out = [list(s) for s in sentences]
    for si, sentence in enumerate(out):
        start = next((ci for ci, c in enumerate(sentence) if _hard_time_past(c, past_marked)), None)
        if start is None:
            continue
        later = sentence[start + 1 :] + (out[si + 1] if si + 1 < len(out) else [])
        if not later or not (_trouble_told(sentence[start]) or _stopped(later[0])):
            return out
        opener = later[0].words[:1]
        if opener and opener[0] in _OTHERS:
            return out
        if not all(_untroubled(c) for c in later) or any(c.polarity == POSITIVE for c in later):
            return out
        sentence[start] = replace(sentence[start], hits=(), polarity=NEUTRAL, strength=0.0)
        at = (si, start + 1) if start + 1 < len(sentence) else (si + 1, 0)
        since = out[at[0]][at[1]]
        out[at[0]][at[1]] = replace(since, polarity=POSITIVE, strength=EMOTION_FLOOR)
        return out
    return out
