"""Longing for home or for the family far away: loneliness, not a family strain.

Why a module of its own: "Missing home at Christmas, the whole family's in Wellington" and
"Homesick for Pokhara, my mother's dal bhat" name relatives, and the stressor lexicon reads each
as a family topic. Longing for home is loneliness: the relatives named beside it are the ones
missed, and every writer who told such a sentence labelled no family strain in it. (A
relative's home named by the relative, "at my brother's", is read in ``kinds_and_measures``.)
"""

from __future__ import annotations

from typing import Final

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
