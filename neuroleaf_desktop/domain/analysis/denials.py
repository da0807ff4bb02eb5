"""A bad feeling denied only to name another: "I'm not angry, just disappointed".

Why: VADER reads a negated bad feeling ("not angry", "not depressed") as a good part, so a
sentence that denies one feeling only to name the bad one the writer does feel ("I'm not
angry, just disappointed", "I'm not depressed, just tired of winter") was summed as mixed.
The denial corrects which bad feeling it is; it tells nothing good. Every writer who told one
(five rows, five writers' sets) labelled it negative. The shape read: a part that reads
positive only through a negator, with no pleasant feeling of its own, followed at once by a
part opening on "just", "only", "simply" or "mostly" that reads negative. A correction to a
good side ("Not angry, just happy it's over") is left as it was.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Final

from neuroleaf_desktop.domain.analysis.clause import NEGATIVE, NEUTRAL, POSITIVE, Clause
from neuroleaf_desktop.domain.analysis.lexicon import is_negator
from neuroleaf_desktop.domain.analysis.models import POSITIVE_EMOTIONS

_CORRECTING: Final = frozenset({"just", "only", "simply", "mostly"})


def _denial(clause: Clause) -> bool:
    """Does ``clause`` read positive only through a negator ("I'm not angry")?"""
    return (
        clause.polarity == POSITIVE
        and any(is_negator(w) for w in clause.words)
        and not any(h.emotion in POSITIVE_EMOTIONS for h in clause.hits)
    )


def denied_then_named(clauses: list[Clause]) -> list[Clause]:
    """``clauses`` (one sentence) with a denial followed by a bad feeling named in its place
    ("I'm not angry, just disappointed") read neutral: the sentence's side is the named one."""
    out = list(clauses)
    for k, (first, second) in enumerate(pairwise(clauses)):
        if (
            _denial(first)
            and second.words
            and second.words[0] in _CORRECTING
            and second.polarity == NEGATIVE
        ):
            out[k] = replace(first, polarity=NEUTRAL, strength=0.0)
    return out
