"""A body part or a sum said to have "gone": given out or lost, not a trouble gone.

Why a module of its own: "gone" after a stressor usually settles it ("the headache's gone",
"debt gone": ``context_words.RESOLVED_AFTER``), but after something the writer *had* it says
the reverse. A sum gone is money lost ("that's a day's pay gone", "half the wage gone before
I've bought a sandwich"); a body part gone, in everyday British English ("my back's gone",
"knee's gone again", "shoulder's gone stiff"), has given out, the writer's injury now. What is
gone is the pain only when an ailment is named ("back pain's gone", "the ache in my neck has
gone") or the part's trouble is said to go down or away ("the swelling in my knee has gone
down").
"""

from __future__ import annotations

from typing import Final

# the parts a writer says "has gone" of (as the stressor lexicon names them, possessive "is"
# fused on or stripped: "back's", "knee")
_PARTS: Final = frozenset(
    {"back's", "back", "knee", "knees", "neck", "shoulder", "shoulders", "hip", "hips", "ankle",
     "wrist", "wrists", "elbow"}
)  # fmt: skip
_GONE: Final = frozenset({"gone", "went"})
# "… has gone down", "… went away": the part's trouble easing, which is the usual sense
_EASED_AFTER: Final = frozenset({"down", "away", "off", "now"})
# "has" may stand between the part and "gone" ("my back has gone again")
_AUXILIARIES: Final = frozenset({"has", "had", "is", "was", "'s"})


# what the writer had and can lose: "that's January's income gone", "savings all gone"
_SUMS: Final = frozenset(
    {"money", "savings", "income", "wages", "wage", "pay", "deposit", "bonus", "cash", "pension",
     "salary", "tips"}
)  # fmt: skip
# "pay's gone in": paid into the account, arrived
_ARRIVED: Final = frozenset({"in", "through"})


def sum_lost(tokens: list[str], start: int, end: int) -> bool:
    """Is the stressor at ``tokens[start:end]`` a sum followed by "(has / all) gone", lost
    ("that's my income gone", "savings have all gone"), rather than a debt paid off?"""
    if tokens[end - 1] not in _SUMS:
        return False
    j = end
    while j < len(tokens) and tokens[j] in _AUXILIARIES | {"have", "all"}:
        j += 1
    if j >= len(tokens) or tokens[j] != "gone":
        return False
    return j + 1 >= len(tokens) or tokens[j + 1] not in _ARRIVED


def part_given_out(tokens: list[str], start: int, end: int) -> bool:
    """Is the stressor at ``tokens[start:end]`` a body part followed by "(has) gone" that
    says it gave out ("Back's gone from lifting", "my knee has gone again"), rather than a
    trouble gone away?"""
    if tokens[end - 1] not in _PARTS or "in" in tokens[max(0, start - 2) : start]:
        return False  # "the ache in my neck has gone": the part only places the ache
    j = end
    if j < len(tokens) and tokens[j] in _AUXILIARIES:
        j += 1
    if j >= len(tokens) or tokens[j] not in _GONE:
        return False
    return j + 1 >= len(tokens) or tokens[j + 1] not in _EASED_AFTER
