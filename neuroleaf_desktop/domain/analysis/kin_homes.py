"""A relative's home named by the relative alone: where the writer is, not who troubles them.

Why a module of its own: "at my brother's", "back to my parents'", "round at my mum's place"
name a house by whose it is, and the stressor lexicon reads the relative's word as a family
topic. The labelling guide says where and when are not what: the writer staying or going
there is no family strain, and the trouble told beside it (a crowded room, a bad night, a
flood) is what counts. A relative's home is told by a word of place before "my" or "our" and
nothing the relative owns after the possessive; a quarrel in the same part ("a row at my
mum's") keeps the relative in it, which the caller checks.

Longing for home or for the family far away ("Missing home at Christmas, the whole family's in
Wellington", "Homesick for Pokhara, my mother's dal bhat") is loneliness: the relatives named
beside it are the ones missed, and every writer who told such a sentence labelled no family
strain in it.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import BREAK

# Words of place before "my" or "our": "at my dad's", "to my mum's", "round my nan's".
_TO_A_PLACE: Final = frozenset({"at", "to", "from", "round", "in", "near", "outside"})
_OWN: Final = frozenset({"my", "our", "me"})
# What may follow the possessive without being a thing the relative owns: a break, a link or
# a word of time, or the home named outright ("my sister's place").
_NOTHING_OWNED: Final = frozenset(
    {BREAK, "and", "but", "so", "since", "till", "until", "for", "because", "cos", "while",
     "again", "tonight", "now", "then", "with", "on", "in", "at", "after", "all", "this",
     "last", "every", "place", "house", "flat", "home", "spare", "sofa", "couch"}
)  # fmt: skip
# Plural relatives written with a trailing apostrophe lose it when tokenised ("my parents'
# after the breakup" reads "my parents after"): their home is told by the link that follows.
_PLURAL_KIN: Final = frozenset({"parents", "laws", "grandparents", "folks"})


def kins_home(tokens: list[str], pos: int) -> bool:
    """Is the relative at ``pos`` named as whose home the writer is at or going to ("at my
    brother's and nobody's getting a wink", "back to my parents' after the breakup")?"""
    word = tokens[pos]
    last = pos
    if word == "in" and tokens[pos + 1 : pos + 2] == ["laws"]:
        last = pos + 1  # "my in-laws'" reads "in laws"
    owner = tokens[last]
    if not (owner.endswith("'s") or owner in _PLURAL_KIN):
        return False
    j = pos - 1
    if j < 1 or tokens[j] not in _OWN or tokens[j - 1] not in _TO_A_PLACE:
        return False
    after = tokens[last + 1] if last + 1 < len(tokens) else BREAK
    return after in _NOTHING_OWNED


_MISSING: Final = frozenset({"miss", "missing", "missed", "misses"})
# What is longed for after a missing word ("missing home", "miss my family", "miss them all").
_LONGED_FOR: Final = frozenset({"home", "family", "folks", "everyone", "everybody"})
_LONGING_LINKS: Final = frozenset({"my", "our", "the", "whole", "so", "being", "back"})


def homesick(tokens: list[str]) -> bool:
    """Do ``tokens`` long for home or the family far away ("homesick", "missing home", "miss
    my family")?"""
    if "homesick" in tokens:
        return True
    for i, word in enumerate(tokens):
        if word in _MISSING:
            j = i + 1
            while j < len(tokens) and tokens[j] in _LONGING_LINKS:
                j += 1
            if j < len(tokens) and tokens[j] in _LONGED_FOR:
                return True
    return False
