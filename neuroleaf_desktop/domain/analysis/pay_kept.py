"""Pay told as whole, unchanged or better, or a sum a thing would pay: no money strain.

Why a module of its own: a pay word is a money stressor wherever its part reads negative
("no pay", "sick pay runs out", "half the pay"). Writers also name pay kept or raised while
something else weighs on them: "Suspended on full pay pending investigation, … feels like a
cell", "the security audit on top of the helpdesk, same pay obviously", "can't blame her, they
pay double"; every labelled row that tells pay so (full, same, better, double) labels no money
(the strain is the work, the waiting or a loss of someone). A pay word after such a word, or
"pay(s) double", is read here as no money stressor; a negator before it ("not on full pay
any more", "no more full pay") or a sum asked ("nobody will pay more than £2.20") keeps it.

The same holds for what a hoped thing would pay ("Anxious about pitching to the supermarket
account tomorrow, it'd pay the mortgage for a year") or what the writer would gladly pay ("I'd
pay any money to sleep through the night"): a gain or a willingness told in the conditional,
the money words after "would pay" naming what it would meet, no sum the writer lacks; "we'd
never pay the mortgage on this" or "wouldn't even pay the rent" keep it, and a money trouble
told before the conditional ("Stressed about the match fees, I'd gladly pay double") or a
debt it would clear ("that'd clear the overdraft") stays.
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


# A conditional with a verb of meeting a cost: "it'd pay the mortgage", "would cover the bills".
_WOULD: Final = frozenset({"would", "it'd", "that'd", "i'd", "we'd", "which'd", "this'd"})
_MEETS: Final = frozenset({"pay", "cover", "clear"})
_ADVERBS: Final = frozenset({"easily", "probably", "really", "actually", "happily", "gladly"})
_OWED: Final = ("debt", "loan", "overdraft", "arrears", "credit")


def pay_hoped(tokens: list[str], i: int) -> bool:
    """Is the money word at ``i`` in what a thing would pay or the writer would gladly pay,
    after an unnegated "would pay", "it'd cover" in its part? A debt it would clear ("would
    clear the overdraft") is still owed."""
    if tokens[i].startswith(_OWED):
        return False
    k = i
    while k > 0 and tokens[k - 1] != BREAK:
        k -= 1
    part = tokens[k : i + 1]
    for j, word in enumerate(part):
        if word not in _WOULD:
            continue
        m = j + 1
        while m < len(part) and part[m] in _ADVERBS:
            m += 1
        if m < len(part) and part[m] in _MEETS:
            return True
    return False
