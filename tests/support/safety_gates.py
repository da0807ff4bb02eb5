"""The check every gated safety rule must pass: its gate never hides a match.

A rule's ``gate`` is a cheap scan that must match before the rule's pattern is read, so a
200 KB import stays fast. It is only a shortcut: wherever the pattern matches a text, the gate
must match that text too. Rule modules' tests run their own sentences through this one check.
A (rule, text) pair the prefilter proves cannot match is not searched: the prefilter's own tests
check that proof against every rule's matches on the labelled corpus.

The pairs searched are exactly those ``prefilter.could_match`` lets through (a text holding one
of the rule's required strings, every text when it requires none, and every text with a
``CASE_SENSITIVE`` character when the rule ignores case), but they are found rule by rule
through a ``SubstringIndex`` of the texts rather than by asking every (rule, text) pair: on
thousands of rules and tens of thousands of sentences that asking was most of the cost. A
text that occurs several times is searched once and counted as often as it occurs.

Every text is searched the way the detector reads it: with ``Rule.prepared``'s pattern on a
case-folded text without ``CASE_SENSITIVE`` characters (the same matches as the rule's plain
``pattern`` there, many times faster: ``test_safety_rule_prep`` and ``test_safety_prefilter``
check that preparation against the plain pattern), and with ``pattern`` on any other text. Only
a text the gate rejects can fail the check; a text it lets through only adds to the count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.prefilter import CASE_SENSITIVE
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.spelling_en import respell
from tests.support.substring_index import SubstringIndex


def gated_matches(rules: Sequence[Rule], texts: Iterable[str]) -> int:
    """How many (rule, text) pairs match; fails on any match its rule's gate would skip."""
    first: dict[str, str] = {}  # each normalised text -> the first text it came from
    times: Counter[str] = Counter()
    for text in texts:
        norm, _ = respell(*normalize(text, fold=True))
        first.setdefault(norm, text)
        times[norm] += 1
    norms = list(first)
    index = SubstringIndex(norms)
    every = range(len(norms))
    cased = {i for i, norm in enumerate(norms) if CASE_SENSITIVE.search(norm)}
    matched = 0
    for rule in rules:
        pattern = rule.pattern
        needs = rule.needs
        if needs is None:
            candidates: Iterable[int] = every
        else:
            held = cased.copy() if pattern.flags & re.IGNORECASE else set()
            for need in needs:
                held.update(index.holding(need))
            candidates = sorted(held)
        fast: re.Pattern[str] | None = None
        for i in candidates:
            norm = norms[i]
            if i in cased:
                found = pattern.search(norm)
            else:
                fast = fast or rule.prepared[1]
                found = fast.search(norm)
            if not rule.may_match(norm):
                assert not found, (rule.name, first[norm])
            elif found:
                matched += times[norm]
    return matched
