"""A bad part, a turn, then a part that reads neutral: the good side told plainly.

Why: writers label mixed what they tell as a trouble and then, after "but" or "though", a
plain good thing with no feeling word ("The traffic was terrible but the podcast made up for
it", "Overtime again, but it pays for the holiday", "Lost the bout but I went the distance").
The part after the turn reads neutral, so the entry read as the trouble alone: negative.
The writer's turn says what follows is the other side, as ``own_readings.other_side_told``
reads it after a good part.

The shape read here: in one sentence, a part with a negative clause and nothing positive,
then a contrast (a new segment), then a part that reads neutral throughout, with no
unpleasant cue, no stressor of the writer's and no "still". Its first clause then reads
positive at the weakest strength (no chip). Not a turn: "but" meaning "except" ("talked to
nobody but the radio"), a question after it ("… but in front of everyone?") and a concession
before it ("I know she's frightened, but …", "not his fault, but …"), after which the
writer's complaint follows. Over every labelled writer: 28 entries read negative become the
mixed their writers labelled, 3 labelled negative or good read otherwise.

It reads each sentence after the sentence rules (which would take a good part after a
trouble as settling it and set its stressors aside), so the chips stay as they were.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import (
    EMOTION_FLOOR,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    Clause,
)
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS
from neuroleaf_desktop.domain.analysis.own_readings import TURN

# "but" as "except" after a word for nobody or everything: "talked to nobody but the radio"
_EXCEPT: Final = re.compile(
    r"\b(?:nobody|anybody|anyone|no one|nothing|anything|everyone|everything|all) but\b",
    re.IGNORECASE,
)


# A concession before the turn grants a point or excuses someone ("I know she's frightened,
# but …", "which I get, but …", "not his fault, but …", "he's not wrong, but …"): what follows
# the turn is then the writer's complaint, not a good side.
_CONCEDING: Final = (("i", "know"), ("i", "get"), ("not", "wrong"), ("not", "true"), ("fault",))


def _concedes(part: list[Clause]) -> bool:
    return any(
        c.words[i : i + len(phrase)] == phrase
        for c in part
        for phrase in _CONCEDING
        for i in range(len(c.words))
    )


def _plain(part: list[Clause]) -> bool:
    """Neutral throughout, no unpleasant cue, no stressor of the writer's, and the trouble not
    said to go on ("… split it but still")."""
    return all(
        "still" not in c.words
        and c.polarity == NEUTRAL
        and not any(h.emotion in NEGATIVE_EMOTIONS for h in c.hits)
        and all(s.set_aside for s in c.stressors)
        for c in part
    )


def _told_good_side(sentence: list[Clause]) -> list[Clause]:
    segments: dict[int, list[Clause]] = {}
    for clause in sentence:
        segments.setdefault(clause.segment, []).append(clause)
    for before, after in pairwise(sorted(segments)):
        sides = {c.polarity for c in segments[before]}
        if (
            NEGATIVE in sides
            and sides <= {NEGATIVE, NEUTRAL}
            and not _concedes(segments[before])
            and _plain(segments[after])
        ):
            first = segments[after][0]
            return [
                replace(c, polarity=POSITIVE, strength=EMOTION_FLOOR) if c is first else c
                for c in sentence
            ]
    return sentence


def good_side_told(sentence: str, clauses: list[Clause]) -> list[Clause]:
    """The clauses of one sentence, its plain part after a turn word ("but", "though") from a
    bad part read as the good side (module docstring)."""
    if not TURN.search(sentence) or _EXCEPT.search(sentence) or sentence.rstrip().endswith("?"):
        return clauses  # no turn, "but" as "except", or a question after it ("… but why?")
    return _told_good_side(clauses)
