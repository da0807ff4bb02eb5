"""A close person who carries the writer's share, while the writer blames themself, is support;
so is one whose wage, savings or patience the household lives on (``lived_on``).

Why: the labelling guide reads people as company or support unless they are the problem, and
a partner, parent or child told doing what the writer cannot ("my husband had to pour my tea",
"Wife is doing everything", "my partner's doing all the school runs", "he's taken over the
shopping and the kids' pickups") beside the writer's own guilt or shame ("I feel so guilty",
"I feel like a burden", "honestly I was embarrassed") is told for the load they bear for the
writer: the writer's trouble is with themself. Every writer who told one labelled no strain
with the person, nor with the chores they carry (the school run, the kids); the person was read
as the cause only because the part is negative. A share left undone ("never does the school
run"), the carrier told worn out by it ("and he's knackered": their strain, a trouble in the
couple), a row ("screamed at my sister") or an idiom ("doing my head in") names no load carried,
and without the writer's self-blame the person stays whatever the rest of the part makes them.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import BREAK

# The writer blaming themself: "I feel so guilty", "I feel like a burden", "I'm ashamed",
# "honestly I was embarrassed", "feel terrible about it", "I felt useless".
_SELF_BLAME: Final = frozenset(
    {"guilty", "guilt", "useless", "burden", "ashamed", "embarrassed", "awful", "terrible",
     "helpless", "pathetic"}
)  # fmt: skip
_OWN_STATE: Final = frozenset({"feel", "feels", "felt", "feeling", "i'm", "im", "was", "am"})
_BLAME_REACH: Final = 5  # "I feel like a right burden", "I feel so guilty"
# Words between the person and what they carry: "my son's been doing", "is stuck doing",
# "has just taken over", "had to cook".
_LINKS: Final = frozenset(
    {"is", "has", "had", "have", "been", "was", "just", "always", "now", "stuck", "basically",
     "even", "already", "having"}
)  # fmt: skip
# The load carried: "doing all the cooking", "does everything", "juggling the bills alone",
# "taken over the shopping", "had to cook".
_CARRYING: Final = frozenset(
    {"doing", "does", "did", "juggling", "carrying", "covering", "handling"}
)
_TAKING: Final = frozenset({"taken", "took", "takes", "taking"})
_TAKEN_ON: Final = frozenset({"over", "on"})  # "taken over", not "taken ill"
_OBLIGED: Final = frozenset({"had", "has", "having"})  # "had to cook", "having to do it all"
# "doing my head in", "doing nothing", "doing well": no load carried.
_NO_LOAD: Final = frozenset(
    {"nothing", "fine", "well", "ok", "okay", "better", "great", "alright", "badly"}
)
_HEAD_IN: Final = ("my", "head")
_WRITER_SUBJECTS: Final = frozenset({"i", "i'm", "im", "i've", "we", "we're", "me"})
# The carrier worn out by it ("Hubby's doing every school run and he's knackered"): their strain
# is then told as well, a trouble in the couple, and the writer who told it labelled the person.
_WORN: Final = frozenset(
    {"knackered", "exhausted", "shattered", "worn", "tired", "wrecked", "drained", "frazzled",
     "struggling", "burnt", "burned"}
)  # fmt: skip
_THEM: Final = frozenset({"he", "she", "he's", "she's", "they", "they're", "him", "her", "them"})
_BURDEN_ON: Final = (("burden", "on"), ("burden", "to"))
_OWNERS: Final = frozenset({"my", "our", "the"})


def self_blamed(tokens: list[str]) -> bool:
    """Does the writer blame themself in these words (see ``_SELF_BLAME``)?"""
    for k, word in enumerate(tokens):
        if word not in _SELF_BLAME:
            continue
        before = tokens[max(0, k - _BLAME_REACH) : k]
        if BREAK in before:
            before = before[len(before) - before[::-1].index(BREAK) :]
        if not _OWN_STATE.isdisjoint(before):
            return True
    return False


def _carries_at(tokens: list[str], j: int) -> bool:
    """Do the words at ``j`` tell a load carried ("doing all the cooking", "taken over the
    shopping", "had to cook")?"""
    word = tokens[j]
    after = tokens[j + 1] if j + 1 < len(tokens) else ""
    if word in _CARRYING:
        return after not in _NO_LOAD and tuple(tokens[j + 1 : j + 3]) != _HEAD_IN
    if word in _TAKING:
        return after in _TAKEN_ON
    return word == "to" and j > 0 and tokens[j - 1] in _OBLIGED


def carries_for_writer(tokens: list[str], i: int, end: int) -> bool:
    """Is the person named at ``tokens[i:end]`` the subject of a load carried, or the one the
    writer says they are a burden on, in words where the writer blames themself?"""
    burdened = tuple(tokens[max(0, i - 2) : i]) in _BURDEN_ON or (
        i >= 3 and tokens[i - 1] in _OWNERS and tuple(tokens[i - 3 : i - 1]) in _BURDEN_ON
    )
    if not burdened:
        j = end
        while j < len(tokens) and tokens[j] in _LINKS:
            j += 1
        if j >= len(tokens) or not _carries_at(tokens, j):
            return False
    after = tokens[end:]
    worn = not _WORN.isdisjoint(after) and not _THEM.isdisjoint(after)
    return not worn and self_blamed(tokens)


def carried_by_another(tokens: list[str], i: int) -> bool:
    """Is the chore or the person at ``i`` what someone else carries for the writer ("she's
    stuck doing every school run", "he has taken over the kids' pickups"), in words where the
    writer blames themself? The load is theirs; the writer's strain is the guilt."""
    j = i - 1
    while j > 0 and tokens[j] != BREAK:
        if _carries_at(tokens, j):
            k = j - 1
            while k >= 0 and (tokens[k] in _LINKS or tokens[k] in _OBLIGED):
                k -= 1
            return (
                k >= 0
                and tokens[k] not in _WRITER_SUBJECTS
                and tokens[k] != BREAK
                and (self_blamed(tokens))
            )
        j -= 1
    return False


# A close person whose means the household lives on ("we're on my husband's wage now", "living
# off savings and my partner's patience", "relying on my wife's salary"): they carry the
# writer's share of the money, told for the load they bear, as a share carried is; the strain
# is the money. Their job lost or their wage cut is a trouble of theirs and stays.
_LIVING_ON: Final = frozenset(
    {"on", "off", "living", "live", "lives", "relying", "rely", "relied", "depending",
     "depend", "surviving", "survive"}
)  # fmt: skip
_MEANS: Final = frozenset(
    {"wage", "wages", "salary", "income", "pay", "pension", "savings", "earnings",
     "patience", "goodwill", "overtime"}
)  # fmt: skip
_LIVING_REACH: Final = 4  # "living off savings and my partner's patience"


def lived_on(written: list[str], i: int, end: int) -> bool:
    """Is the person named at ``written[i:end]``, as an owner ("my husband's"), the one whose
    wage, savings or patience the writer lives on ("we're on my husband's wage now")?"""
    if not written[end - 1].endswith("'s") or end >= len(written) or written[end] not in _MEANS:
        return False
    before = written[max(0, i - _LIVING_REACH) : i]
    if BREAK in before:
        before = before[len(before) - before[::-1].index(BREAK) :]
    return not _LIVING_ON.isdisjoint(before)
