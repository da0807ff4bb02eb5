"""Pay told as whole, unchanged or better: the terms of a job, no money strain.

Why a module of its own: a pay word is a money stressor wherever its part reads negative
("no pay", "sick pay runs out", "half the pay"). Writers also name pay kept or raised while
something else weighs on them: "Suspended on full pay pending investigation, … feels like a
cell", "the security audit on top of the helpdesk, same pay obviously", "can't blame her, they
pay double"; every labelled row that tells pay so (full, same, better, double) labels no money
(the strain is the work, the waiting or a loss of someone). A pay word after such a word, or
"pay(s) double", is read here as no money stressor; a negator before it ("not on full pay
any more", "no more full pay") or a sum asked ("nobody will pay more than £2.20") keeps it.
"""

from __future__ import annotations

from typing import Final

from neuroleaf_desktop.domain.analysis.lexicon import BREAK, is_negator

_PAY: Final = frozenset({"pay", "salary", "wage", "wages", "pays", "paying"})
# What tells the pay kept or raised, before it ("on full pay", "same salary", "better pay").
_KEPT: Final = frozenset({"full", "same", "better", "higher", "double", "decent"})
# ... or after the verb ("they pay double", "pays twice what I get").
_MORE_AFTER: Final = frozenset({"double", "treble", "triple", "twice"})
_NEGATOR_REACH: Final = 3


def _negated_before(tokens: list[str], i: int) -> bool:
    before = tokens[max(0, i - _NEGATOR_REACH) : i]
    if BREAK in before:
        before = before[len(before) - before[::-1].index(BREAK) :]
    return any(is_negator(word) or word in ("no", "half") for word in before)


def pay_kept(tokens: list[str], i: int, end: int) -> bool:
    """Is the pay word at ``i`` told as whole, unchanged or better ("on full pay", "same
    pay", "they pay double")?"""
    if end != i + 1 or tokens[i] not in _PAY or _negated_before(tokens, i):
        return False
    kept_before = i > 0 and tokens[i - 1] in _KEPT
    more_after = end < len(tokens) and tokens[end] in _MORE_AFTER
    return kept_before or more_after
