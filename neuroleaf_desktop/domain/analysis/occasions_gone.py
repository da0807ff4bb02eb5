"""An occasion gone by, named by "Last" at a sentence's start, and the present told against it.

Why: writers date a trouble to the last of a kind of occasion their life runs in ("Last drought
the phone never stopped and I barely slept for a month, now it's raining and things are easy",
"Last trial the heart monitor beeped all night …, but this unit has been dead quiet", "Last
season the rains failed …, this flush is beautiful"), as others write "last year" or "last
winter" (``present.past_then_now``); the occasions are the writer's own (a trial, a drought, a
posting, a harvest), so no list of them can be complete. ``present.past_then_now`` reads the
trouble as over when the same sentence turns to the present with no trouble.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.clause import MIXED, NEGATIVE, Clause
from neuroleaf_desktop.domain.analysis.models import NEGATIVE_EMOTIONS

# A sentence opened by "Last" and the occasion it names ("Last trial the monitor beeped all
# night", "Last drought the phone never stopped", "Last posting I barely slept") dates what
# follows to an occasion gone by, as "last year" does, when a present of the same kind is told
# after it: "now", or "this" and what it names ("… but this unit has been dead quiet", "…, this
# flush is beautiful"). Times near enough to be the writer's now ("last night", "last week")
# and the final one of a run ("last bus", "last day of term": told with no present after) are
# left alone.
_RECENT: Final = frozenset(
    {"night", "nights", "evening", "morning", "afternoon", "weekend", "week", "month", "day",
     "days", "time", "minute", "few", "couple", "one", "bit", "of", "thing", "orders", "bus",
     "train", "chance"}
)  # fmt: skip


def last_occasion(sentence: list[Clause]) -> bool:
    """Does the sentence open with "Last" and an occasion gone by (see ``_RECENT``)?"""
    words = sentence[0].words if sentence else ()
    return len(words) > 2 and words[0] == "last" and words[1].isalpha() and words[1] not in _RECENT


# The present said to be like the past ("this unit is just as loud", "same again", "this one's
# worse too"): the trouble carried on, no turn.
_CARRIED_ON: Final = frozenset({"still", "again", "as", "same", "too", "also", "worse", "either"})


def this_one_now(clause: Clause) -> bool:
    """Is the clause the present of the same kind, told with no trouble ("this unit has been
    dead quiet", "this flush is beautiful")?"""
    words = clause.words
    return (
        "this" in words[:2]
        and clause.polarity not in (NEGATIVE, MIXED)
        and not any(h.emotion in NEGATIVE_EMOTIONS for h in clause.hits)
        and _CARRIED_ON.isdisjoint(words)
    )
