"""A tease or a row that the two ended laughing over together: made up, as "made up" is.

Why a module of its own: ``attribution.reconciled`` reads making up by its set phrases ("made
up", "talked it through"); writers also close a small quarrel or a tease by a laugh they
shared ("Boyfriend says I ruin dinner by arranging his peas, we laughed about it", "Stupidest
fight ever, we were laughing by tea", "we had a good laugh about it"). Told after the trouble,
with the writer among those laughing ("we", "us both"), the person and the quarrel are
settled, as for making up. A laugh at someone ("we laughed at him", "everyone laughed at
me"), the writer laughing alone ("I laughed it off but it stung") or a hurt said to last
after the laugh ("we laughed at the time but it still stings") settles nothing.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import BREAK

# Who laughs: the writer with the other ("we", "us both", "both of us").
_TOGETHER: Final = frozenset({"we", "we're", "we've", "us", "both"})
# Words that may come between them and the laugh ("we were both laughing", "we ended up
# laughing", "we had a good laugh", "we soon saw the funny side").
_BETWEEN: Final = frozenset(
    {"were", "are", "both", "all", "just", "soon", "then", "ended", "up", "had", "have",
     "a", "good", "proper", "big", "of", "us", "did", "was", "been", "could", "can", "only",
     "couldn't", "stop", "not", "help"}
)  # fmt: skip
_REACH: Final = 5
# What would make the laugh one at someone, or the hurt last after it ("still stings").
_AT: Final = frozenset({"at"})
_LASTING: Final = frozenset({"still", "stings", "stung", "hurts", "hurt"})


def _at_the_time(after: list[str]) -> bool:
    """Is the laugh placed "at the time", the hurt lasting past it (the part after "but" is
    read apart)?"""
    return any(after[j : j + 3] == ["at", "the", "time"] for j in range(len(after)))


def _hurt_after(after: list[str]) -> bool:
    """Is a hurt told in a later part than the laugh ("…, we laughed, it still stings")? In
    its own part a hurt is the laugh's ("we laughed till our sides hurt")."""
    return BREAK in after and not _LASTING.isdisjoint(after[after.index(BREAK) :])


def _laugh(word: str) -> bool:
    return word.startswith("laugh") and word not in ("laughable", "laughingstock")


def laughed_together(tokens: list[str]) -> bool:
    """Does the sentence part end its trouble with a laugh the writer shared ("we laughed
    about it", "we were both laughing by bedtime", "had a good laugh about it")?"""
    for k, word in enumerate(tokens):
        subjectless = word == "had" and k > 0 and tokens[k - 1] == BREAK
        if word not in _TOGETHER and not subjectless:
            continue  # "…, had a good laugh about it later": the two named before
        j = k + 1
        while j < len(tokens) and j - k <= _REACH and tokens[j] in _BETWEEN:
            j += 1
        if j < len(tokens) and j - k <= _REACH and _laugh(tokens[j]):
            after = tokens[j + 1 :]
            if after[:1] and after[0] in _AT:
                continue  # "we laughed at him": at someone
            if _at_the_time(after) or _hurt_after(after):
                continue  # "we laughed at the time but it still stings"
            return k > 0  # told after the trouble, not opening the part
    return False
