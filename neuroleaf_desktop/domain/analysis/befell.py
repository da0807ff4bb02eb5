"""A mishap that befell someone at work is theirs, not the writer's work strain.

Why: someone else's trouble is not the writer's stress (the labelling guide), and a colleague
or someone the writer works beside named as the one something happened to ("Marco on the other
shift got kicked by a panicking swimmer", "A pharmacist I trained with was assaulted by a
customer", "Coworker slipped on the catwalk last week", "My colleague got sacked over a
guest's lie", "Sharon from the day team is going through a rough divorce") tells their news:
the words that placed them at work (the shift, the customer, the team, the colleague) were
read as the writer's work strain because the part was negative, though every writer who told
one labelled none. What the writer then says of their own part ("… and now I'm covering all
her shifts") is read on its own, and a colleague who does something to the writer ("Colleague
keeps taking credit for my work") is no mishap of theirs.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.context_words import FIRST_PERSON
from neuroleaf_desktop.domain.analysis.lexicon import BREAK

_OPENERS: Final = frozenset({"my", "our", "a", "an", "one", "the", "this", "that", "new"})
# What befell them: "got kicked", "was assaulted", "has been attacked" …
_LINKS: Final = frozenset({"got", "was", "were", "been", "gets", "getting"})
_HARMED: Final = frozenset(
    {"kicked", "hit", "hurt", "injured", "assaulted", "attacked", "bitten", "punched",
     "stabbed", "sacked", "fired", "robbed", "mugged", "knocked", "scratched", "burnt",
     "burned", "struck", "headbutted", "spat"}
)  # fmt: skip
# … or a fall told by its own verb ("slipped on the catwalk") …
_FALLS: Final = frozenset({"slipped", "fell", "tripped", "collapsed", "fainted"})
# "slipped up" is a mistake; "slipped his harness", "fell for it" are no falls.
_NOT_A_FALL: Final = frozenset({"up", "his", "her", "its", "their", "for"})
# … or a hurt to their own body: "broke hers skiing", "cracked his ribs" ("broke a promise"
# and "broke my phone" are not read so: a part of the body is named by whose it is).
_HURTS: Final = frozenset({"broke", "cracked", "sprained", "twisted", "dislocated"})
_WHOSE: Final = frozenset({"his", "her", "hers", "their", "theirs", "both", "two"})
_GOING_THROUGH: Final = ("is", "going", "through")
_SUBJECT_REACH: Final = 6  # "Sharon from the day team is going through …"


def _mishap_at(clause: list[str], j: int) -> bool:
    """Does a mishap that befell the subject start at ``j``?"""
    word = clause[j]
    after = clause[j + 1] if j + 1 < len(clause) else BREAK
    if word in _FALLS and after not in _NOT_A_FALL:
        return True
    if word in _HURTS and after in _WHOSE:
        return True
    if word in _LINKS and j + 1 < len(clause) and clause[j + 1] in _HARMED:
        return True
    return tuple(clause[j : j + 3]) == _GOING_THROUGH


def _relative_clause(clause: list[str], j: int) -> bool:
    """Is the first-person word at ``j`` part of how the subject is named ("a pharmacist I
    trained with", "one of the lads on my team")?"""
    if clause[j] in ("my", "our"):
        return j >= 1
    return j >= 1 and clause[j] == "i" and "with" in clause[j + 1 : j + 3]


def befell_another(tokens: list[str], i: int) -> bool:
    """Is the work word at ``i`` in a part whose subject, someone other than the writer, is
    the one a mishap befell, the writer not named before the word?"""
    start = i
    while start > 0 and tokens[start - 1] != BREAK:
        start -= 1
    end = i
    while end < len(tokens) and tokens[end] != BREAK:
        end += 1
    clause = tokens[start:end]
    k = 0
    while k < len(clause) and clause[k] in _OPENERS:
        k += 1
    if k >= len(clause) or clause[k] in FIRST_PERSON:
        return False
    for j in range(k + 1, min(len(clause), k + 1 + _SUBJECT_REACH)):
        if clause[j] in FIRST_PERSON and not _relative_clause(clause, j):
            return False
        if _mishap_at(clause, j):
            return all(
                clause[m] not in FIRST_PERSON or _relative_clause(clause, m)
                for m in range(k, i - start)
            )
    return False
