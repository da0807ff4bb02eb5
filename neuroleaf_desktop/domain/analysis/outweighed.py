"""A weak unpleasant cue beside a pleasure the writer names, with no turn between: good.

Why: many parts read negative only on a weak cue, with no unpleasant feeling named: "Spent
the day alone", "Boss cancelled the one to one", "Got a 1972 Beetle running again", "The
author emailed to say my translation made her cry". Beside a part in which the writer names
a pleasure of their own ("loved it", "honestly relieved", "grinned all afternoon", "feeling
proud"), the two sides were summed and the entry read "mixed". Writers mean such an entry as
good: the cue sets the scene for the pleasure. Across every labelled writer, entries read
mixed this way were labelled good far more often than mixed.

What writers label mixed is told with a turn ("tired but happy", "slept badly, still had a
good day", "proud though broke", "at least the kids had fun"), or with an unpleasant feeling
or trouble read strongly ("sad to leave, excited for the new job"). So the shape read here:
no turn anywhere in the entry (a contrast word cutting a sentence into parts, or "still",
"yet", "tho", "otherwise", "anyway", "at least"), no part read as both sides at once, every
negative part read weakly (strength below ``WEAK_CUE``, chosen leave-one-writer-out over the
labelled sets), and a positive part whose side comes from the writer's own pleasant feeling
word (not a praise word, which is often irony: "Love this town." after a theft is read by
``sarcasm``). The negative parts then weigh ``OUTWEIGHED``: they stay negative, so their
stressors still count and the chips still agree (``agreement`` reads "mixed" beside a stress
chip), but the entry's side is the pleasure's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import MIXED, NEGATIVE, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.codas import Sentences
from neuroleaf_desktop.domain.analysis.models import POSITIVE_EMOTIONS

WEAK_CUE: Final = 0.45
OUTWEIGHED: Final = 0.1
# words that turn from one side to the other inside a segment (the contrast words "but",
# "though", "however", ";" cut sentences into segments and are read by their segments)
_TURN_WORDS: Final = frozenset({"still", "yet", "tho", "otherwise", "anyway", "anyways"})
_AT_LEAST: Final = ("at", "least")


def _turned(sentence: list[Clause]) -> bool:
    """Does the sentence turn: two segments, or a turn word in one of its parts?"""
    if len({c.segment for c in sentence}) > 1:
        return True
    for clause in sentence:
        words = clause.words
        if not _TURN_WORDS.isdisjoint(words):
            return True
        if any(words[i : i + 2] == _AT_LEAST for i in range(len(words) - 1)):
            return True
    return False


def _felt_pleasure(clause: Clause) -> bool:
    return clause.polarity == POSITIVE and any(h.emotion in POSITIVE_EMOTIONS for h in clause.hits)


def weak_cue_outweighed(sentences: Sentences) -> Sentences:
    """The entry's weak negative parts weighed ``OUTWEIGHED`` beside a felt pleasure (see the
    module docstring); any other entry as it was read."""
    clauses = [c for s in sentences for c in s]
    negative = [c for c in clauses if c.polarity == NEGATIVE]
    if not negative or any(c.strength >= WEAK_CUE for c in negative):
        return sentences
    if any(c.polarity == MIXED for c in clauses) or not any(_felt_pleasure(c) for c in clauses):
        return sentences
    if any(_turned(s) for s in sentences):
        return sentences
    return [
        [replace(c, strength=OUTWEIGHED) if c.polarity == NEGATIVE else c for c in s]
        for s in sentences
    ]
