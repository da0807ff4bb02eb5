"""Words of a stressor said of why, where or since when: money as a motive, a person due in, a
diagnosis counted from.

Why: "money" and "cash" are the money stressor's plainest words, and writers also name them as
a motive ("Bit ashamed I only volunteered for the money", "he reckons I'm just in it for the
cash"). Read as a stressor, such a sentence chipped money the writer never said they were
short of; the two labelled rows that name money after "for the" (a motive, a lad ringing his
mum for it) are labelled no money.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import BREAK

# Money named as why the writer does a thing ("I only took the job for the money", "just in it
# for the cash", "volunteered for the money"): a motive, no money short or owed. A word of
# doing it for that reason stands within a few words before "for"; a word of needing or
# chasing it ("waiting for the money", "chasing them for the money", "desperate for the
# money") keeps the money the writer's trouble.
MOTIVE: Final = frozenset(
    {"only", "just", "purely", "mainly", "mostly", "partly", "solely", "it", "volunteered"}
)
_NEEDED: Final = frozenset(
    {"waiting", "wait", "waited", "chasing", "chase", "chased", "desperate", "begging", "beg",
     "begged", "asked", "asking", "ask", "short", "pushing", "pushed", "hounding", "sued",
     "suing", "nagging", "looking", "show"}
)  # fmt: skip
_MOTIVE_WINDOW: Final = 5
MONEY_WORDS: Final = frozenset({"money", "cash"})


def money_as_motive(tokens: list[str], i: int, end: int) -> bool:
    """Is the money at ``tokens[i:end]`` the reason the writer does a thing ("only took the
    job for the money"), no money trouble (see ``MOTIVE``)?"""
    if end != i + 1 or tokens[i] not in MONEY_WORDS or tokens[max(0, i - 2) : i] != ["for", "the"]:
        return False
    before = tokens[max(0, i - 2 - _MOTIVE_WINDOW) : i - 2]
    if BREAK in before:
        before = before[len(before) - before[::-1].index(BREAK) :]
    return not MOTIVE.isdisjoint(before) and _NEEDED.isdisjoint(before)


# A person due somewhere ("I'm due in at six", "we're due on site at seven", "am due at the
# depot for half five"): expected at a place or a shift, no time limit on a thing owed. The
# subject right before "due" is a person; a thing due ("essay's due in at five", "the report
# is due at noon") keeps its deadline.
PERSONS_DUE: Final = frozenset(
    {"i'm", "im", "i", "am", "we're", "we", "you're", "he's", "she's", "they're", "i'll",
     "we'll", "i'd"}
)  # fmt: skip


def person_due(tokens: list[str], i: int) -> bool:
    """Is the "due" at ``tokens[i]`` said of a person expected somewhere, no deadline?"""
    return tokens[i] == "due" and i > 0 and tokens[i - 1] in PERSONS_DUE


# A diagnosis or an operation counted from ("not pulling my weight since the diagnosis",
# "first time since the operation", "a year since the surgery"): when the rest is told from,
# no strain of its own; every labelled row that counted from one left health out. An illness
# counted from ("six weeks since the heart attack and every twinge …") is still the writer's
# health, and a trouble of the body named beside it ("back's been agony since the op") keeps
# its own word.
_COUNTED_FROM: Final = (("since", "the"), ("since", "my"), ("since", "his"), ("since", "her"))
_EVENTS: Final = frozenset({"diagnosis", "op", "operation", "surgery", "procedure"})


def counted_from(tokens: list[str], i: int) -> bool:
    """Is the diagnosis or operation at ``tokens[i]`` named right after "since the" or "since
    my"?"""
    return tokens[i] in _EVENTS and i >= 2 and (tokens[i - 2], tokens[i - 1]) in _COUNTED_FROM
