"""The check every gated safety rule must pass: its gate never hides a match.

A rule's ``gate`` is a cheap scan that must match before the rule's pattern is read, so a
200 KB import stays fast. It is only a shortcut: wherever the pattern matches a text, the gate
must match that text too. Rule modules' tests run their own sentences through this one check.
A (rule, text) pair the prefilter proves cannot match is not searched: the prefilter's own tests
check that proof against every rule's matches on the labelled corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.prefilter import could_match
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.spelling_en import respell


def gated_matches(rules: Sequence[Rule], texts: Iterable[str]) -> int:
    """How many (rule, text) pairs match; fails on any match its rule's gate would skip."""
    matched = 0
    for text in texts:
        norm, _ = respell(*normalize(text, fold=True))
        for rule in rules:
            if could_match(rule.pattern, norm) and rule.pattern.search(norm):
                matched += 1
                assert rule.may_match(norm), (rule.name, text)
    return matched
