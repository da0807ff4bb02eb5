"""A trouble told of another person, then a kindness the writer does them: the trouble is theirs.

Why: the labelling guide reads a friend's, colleague's or neighbour's problem as theirs, and
sympathy as no stressor of the writer's. Pity said in words ("poor thing", "feel for her") is
read already; writers as often show it by what they do for the person ("Chiamaka from my work
is doing the same resit and she's panicking something awful, I keep sending her videos",
"Flatmate from Lagos failed one module and must resit in August. She is very sad, I made her
dumplings.", "Pit boss Linda is having chemo and still coming in on days. Tough lady, I text
her every shift."). The care (sending, texting, making or bringing something to her, him or
them, by the writer) after a part in which the writer is not named says whose the trouble is.
A part where the writer is named before the care ("my exam's tomorrow and I'm sending him my
notes"), a deed that hurts ("made her cry") or someone chased or written to ("sent him
another email", "sent the landlord a letter") leaves the trouble as it is.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.context_words import WRITER
from neuroleaf_desktop.domain.analysis.lexicon import BREAK

# What the writer does for someone: "sending her videos", "text her every shift", "made her
# dumplings", "sent them flowers", "lent him my notes", "brought her soup".
_CARE: Final = frozenset(
    {"send", "sending", "sent", "text", "texting", "texted", "made", "make", "making",
     "bought", "buy", "cooked", "cook", "baked", "bake", "lent", "lend", "brought", "bring",
     "posted", "dropped"}
)  # fmt: skip
_THEM: Final = frozenset({"her", "him", "them"})
# "made her cry", "made him wait", "sent him packing": a deed done to them, not a kindness.
_HURTS: Final = frozenset(
    {"cry", "feel", "laugh", "wait", "redo", "do", "go", "angry", "upset", "sad", "mad",
     "redundant", "look", "pay", "leave", "stop", "work", "packing", "away", "off", "home",
     "so", "worse", "furious", "late", "miss", "lose", "lost", "panic", "nervous"}
)  # fmt: skip
# Words of the writer's own doing before the deed: "I keep sending", "just sent", "I've made".
_WRITERS_DOING: Final = frozenset(
    {"i", "i've", "i'll", "i'd", "keep", "kept", "just", "always", "also", "then", "even",
     "so", "and", "have", "been", "still"}
)  # fmt: skip


def _care_at(tokens: list[str], j: int) -> bool:
    """Is ``tokens[j]`` a kindness the writer does to her, him or them (see ``_CARE``)?"""
    if tokens[j] not in _CARE or j + 1 >= len(tokens) or tokens[j + 1] not in _THEM:
        return False
    if j + 2 < len(tokens) and tokens[j + 2] in _HURTS:
        return False
    k = j - 1
    while k >= 0 and tokens[k] != BREAK and tokens[k] in _WRITERS_DOING:
        k -= 1
    return k < 0 or tokens[k] == BREAK


# "sent him another email", "texted her again", "sent them a letter": chasing or writing to
# someone, not a kindness.
_CHASING: Final = frozenset(
    {"another", "again", "yet", "chasing", "reminder", "complaint", "email", "emails",
     "letter", "letters", "invoice", "bill", "form", "forms"}
)  # fmt: skip


def _care_from(tokens: list[str]) -> int | None:
    """Where the first kindness in ``tokens`` starts, if any (none in a part that chases)."""
    for j in range(len(tokens)):
        if _care_at(tokens, j):
            part = tokens[j:]
            part = part[: part.index(BREAK)] if BREAK in part else part
            return None if not _CHASING.isdisjoint(part) else j
    return None


def cared_for(tokens: list[str], following: list[str]) -> bool:
    """Does a kindness of the writer's to her, him or them follow, in this sentence or the
    next, a trouble told with the writer named nowhere before it?"""
    here = _care_from(tokens)
    if here is not None:
        before = tokens[:here]
        while before and before[-1] != BREAK:
            before.pop()  # the care's own part: "I keep sending her videos"
        return bool(before) and WRITER.isdisjoint(before)
    return _care_from(following) is not None and WRITER.isdisjoint(tokens)
