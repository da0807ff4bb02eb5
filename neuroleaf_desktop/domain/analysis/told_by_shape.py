"""Bad parts told by their shape, not by a word VADER or the lexicons score.

Why: new writers tell much of a bad day through their own body ("my back's gone", "my
kneecaps crunch like gravel on every ladder") or the hour it reached ("callout at 11pm").
No word there is a feeling, so the clause read "Neutral". Across every writer's labelled
set:

* a part of the writer's body as the subject of its clause ("my back is telling me about
  it", "shoulder's clicking", "my eyes twitch") was the writer's bad part in about nine
  clauses in ten (ten writers, none wrong once the subject is required); a body part the
  writer does something with ("put my feet up", "on my knees", "in my head") or places
  ("… and my knees up") is no subject and is left alone;
* a late hour, 10pm to 4am ("home at 1am", "an email at 11pm"), was a bad part in about
  nine in ten (nine writers) unless something pleasant was told beside it ("caught a baby
  at 4am … still buzzing"), so ``own_readings`` reads it as it reads weak unpleasant cues;
  "3pm" and "7am" are ordinary hours.

Like ``news.COMPLAINTS`` the body part only tips a clause that would read neutral
(``clauses``): a body part in a clause already read good ("my legs feel strong")
stays good.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

BODY_PARTS: Final = frozenset(
    {"back", "knees", "knee", "kneecaps", "feet", "foot", "hands", "wrists", "wrist",
     "shoulders", "shoulder", "legs", "leg", "hips", "hip", "neck", "eyes", "eyelid", "body",
     "arms", "elbow", "elbows", "ankle", "ankles", "spine", "fingers", "thumb", "skin",
     "joints", "jaw"}
)  # fmt: skip
# "back's gone", "knee's stiff": a body part with "is" fused on is the subject of its clause
_FUSED: Final = frozenset(f"{part}'s" for part in BODY_PARTS)
# words after which "my <part>" still opens its clause ("… and my back is finished")
_OPENERS: Final = frozenset({"and", "so", "now", "then", "while", "plus", "also"})

# "… and my knees up", "my feet in the sea": a body part placed somewhere is at rest
_PLACED: Final = frozenset({"up", "in", "on", "under", "over", "into", "to", "against"})
# "my shoulder feels looser", "knee's healing": the body easing is no trouble told
_EASING: Final = frozenset(
    {"looser", "loose", "easier", "freer", "lighter", "stronger", "better", "fitter", "healed",
     "healing", "easing", "eased", "recovered", "recovering"}
)  # fmt: skip

_LATE_HOUR: Final = re.compile(r"(?:10|11)pm|(?:12|1|2|3|4)am")
_SMALL_HOURS: Final = frozenset({"12", "1", "2", "3", "4"})


def late_hour_in(words: Sequence[str]) -> bool:
    """Does ``words`` name a late hour, 10pm to 4am ("at 11pm", "3am", "2 am")?"""
    return any(
        _LATE_HOUR.fullmatch(word)
        or (word in _SMALL_HOURS and tuple(words[i + 1 : i + 2]) == ("am",))
        for i, word in enumerate(words)
    )


def body_told(tokens: list[str], start: int, end: int) -> bool:
    """Does ``tokens[start:end]`` (one clause) make a part of the writer's body its subject
    (module docstring), not to tell it easing ("my shoulder feels looser")?"""
    if not _EASING.isdisjoint(tokens[start:end]):
        return False
    for i in range(start, end):
        word = tokens[i]
        if word in _FUSED:
            return True
        opens = i - 1 == start or (i - 1 > start and tokens[i - 2] in _OPENERS)
        placed = i + 1 < end and tokens[i + 1] in _PLACED
        if word in BODY_PARTS and i > start and tokens[i - 1] == "my" and opens and not placed:
            return True
    return False
