"""Where a phrase sits in the folded entry: its sentence and its clause.

Why a module of its own: every everyday frame (``everyday_frames``, ``everyday_asides``,
``everyday_set_times``, ``everyday_purposes``) weighs the words around a match by the same
bounds, so they read one definition of a sentence and a clause, and the same groups of
categories a frame may clear.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.context import CLAUSE_BREAK

#: The explicit categories: a wish, a plan or a method said outright.
EXPLICIT = frozenset({Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH})
#: The categories a figure of speech can take the shape of.
FIGURE = EXPLICIT | {Category.NO_FUTURE, Category.TRAPPED_PAIN}
_SPEAK = re.compile(r"[.!?\n]")


def clause(text: str, start: int, end: int) -> str:
    """The clause holding ``text[start:end]``: a joke said in it is about the phrase."""
    lo = max(0, start - 120)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)]
    after = CLAUSE_BREAK.search(text, end, min(len(text), end + 120))
    return text[breaks[-1] if breaks else lo : after.start() if after else end + 120]


def sentence_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and not _SPEAK.match(text[i - 1]):
        i -= 1
    return i


def sentence_end(text: str, pos: int) -> int:
    m = _SPEAK.search(text, pos)
    return m.end() if m else len(text)
