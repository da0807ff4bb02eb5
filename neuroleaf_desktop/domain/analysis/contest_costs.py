"""A cost counted in a contest: "cost us the game", "it cost me the match", "cost her the title".

Why a module of its own: "cost" is one of the money stressor's plainest words, and writers also
use it for what a slip lost them in a game ("Missed a free from in front of the posts, cost us
the game", "dropped the baton and it cost us the race"). Read as a stressor, such a sentence
chipped money the writer never said they were short of: the trouble told is the loss (and
often the writer's shame over it). A sum or a thing bought after "cost" ("cost us two hundred
quid", "cost me a fortune") stays money.
"""

from __future__ import annotations

from typing import Final

# Whom the loss fell on: the writer, their side or someone named by a pronoun.
_LOSERS: Final = frozenset(
    {"us", "me", "him", "her", "them", "you", "the", "our", "my", "his", "their"}
)  # fmt: skip
_LEAD: Final = frozenset({"the", "a", "that", "this", "our", "my", "their", "his", "her"})
# What a game is lost by: the game itself, a round of it, a place or a prize.
_CONTESTS: Final = frozenset(
    {"game", "games", "match", "matches", "point", "points", "race", "title", "win", "final",
     "set", "frame", "league", "cup", "place", "medal", "goal", "try", "round", "heat", "tie",
     "semi", "semis", "semi-final", "championship", "trophy", "result", "bout", "fight",
     "draw", "leg", "podium", "spot", "lead", "victory", "promotion", "series", "shutout"}
)  # fmt: skip
_TEAMS: Final = frozenset({"team", "side", "squad", "club", "lads", "girls"})
_REACH: Final = 4


def cost_in_a_contest(tokens: list[str], i: int) -> bool:
    """Is the "cost" at ``tokens[i]`` what a slip lost someone in a game ("cost us the game")?"""
    if tokens[i] != "cost" or i + 1 >= len(tokens) or tokens[i + 1] not in _LOSERS:
        return False
    described = False  # one word naming the kind of contest: "the quiz final"
    for word in tokens[i + 2 : i + 2 + _REACH]:
        if word in _CONTESTS:
            return True
        if word not in _LEAD and word not in _TEAMS:
            if described:
                return False
            described = True
    return False
