"""Poor sleep told without a sleep word: a mind that will not switch off in bed.

Why a reading of its own: "can't switch off" is worry about work as often as it is a poor
night ("Can't switch off from work, even at weekends"), so it names no sleep by itself. Told
in bed or at night ("Can't switch off, keep hearing callsigns in bed", "after a heavy session
I can't switch off, I lie there running the traffic in my head", "can't switch off after
nights"), every writer who wrote it labelled poor sleep; with no bed or night in the sentence
("can't switch off, keep checking Slack at midnight") most labelled none.

A body's trouble told as lasting "all night" ("coughing all night", "phantom pain all night",
"couldn't get comfortable all night because of my back") is a night lost as well as the
trouble: the writers who wrote it labelled poor sleep beside health. When "all night" belongs
to the doing that caused the trouble ("back aching from leaning over tables all night", "eyes
gritty from staring at a screen all night"), it tells how long the writer worked or played,
awake by choice: the trouble is the body's, no night was lost to it.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import BREAK
from neuroleaf_desktop.domain.analysis.stress_keywords import STRESSOR_LEXICON, category_of

_CANNOT: Final = frozenset(
    {"can't", "cant", "couldn't", "couldnt", "cannot", "cannae", "canny", "never", "won't"}
)
# Where the writer lies awake: in bed, at night, lying there.
_IN_BED: Final = frozenset({"bed", "night", "tonight", "pillow"})
_LYING: Final = frozenset({"lie", "lying", "lay"})
_AT_NIGHT: Final = ["at", "night"]
# What opens a thing switched off: "never switch off my phone at night", "switch off the light".
_OBJECT_OPENERS: Final = frozenset(
    {"the", "my", "a", "an", "it", "them", "his", "her", "their", "our", "your", "that", "this"}
)


def mind_on_in_bed(tokens: list[str]) -> int | None:
    """Where "can't switch off" starts, when the same words put the writer in bed or at night
    ("can't switch off, keep hearing callsigns in bed"); None otherwise."""
    in_bed = not _IN_BED.isdisjoint(tokens) or any(
        a in _LYING and b == "there" for a, b in pairwise(tokens)
    )
    if not in_bed:
        return None
    for k in range(1, len(tokens) - 1):
        if tokens[k : k + 2] != ["switch", "off"] or tokens[k + 2 : k + 4] == _AT_NIGHT:
            continue  # "can't switch off at night" is in the stressor lexicon itself
        if tokens[k + 2 : k + 3] and tokens[k + 2] in _OBJECT_OPENERS:
            continue  # "can't switch off the big light": a thing, not the writer's mind
        if tokens[k - 1] in _CANNOT or tokens[max(0, k - 2) : k] == ["can", "not"]:
            return k - 1
    return None


def body_up_all_night(tokens: list[str]) -> int | None:
    """Where "all night" starts, when the same part of the sentence names a trouble of the
    body ("coughing all night and now I feel terrible"); None otherwise."""
    for k in range(len(tokens) - 1):
        if tokens[k : k + 2] != ["all", "night"]:
            continue
        start = k
        while start > 0 and tokens[start - 1] != BREAK:
            start -= 1
        end = k + 2
        while end < len(tokens) and tokens[end] != BREAK:
            end += 1
        if _cause_told_between(tokens, start, k):
            continue
        for j in range(start, end):
            pattern = STRESSOR_LEXICON.match_at(tokens, j)
            if pattern and category_of(pattern.targets[0][0]) == "health":
                return k
    return None


def _cause_told_between(tokens: list[str], start: int, k: int) -> bool:
    """Is "all night" at ``k`` the length of a doing named as the cause ("from leaning over
    tables all night": "from" then a word in -ing before it, in the same part)?"""
    return any(tokens[j] == "from" and tokens[j + 1].endswith("ing") for j in range(start, k - 1))
