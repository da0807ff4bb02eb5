"""Which rules a short text may hold, found from the text's strings rather than rule by rule.

Why: every rule but a handful names strings one of which its every match holds
(``rule_prep.needs``), and a short entry holds the strings of only a few hundred of the ~4,300
rules. Asking each rule in turn whether the text holds one of its strings cost about 9 ms a
sentence in the loop alone — more than all the matching — so a check-in note or a measurement
of thousands of everyday sentences paid mostly for rules that could not match. Here each
distinct required string is looked up once per text, and only when the text holds its first
two characters; the rules requiring a string the text holds, and the few requiring none, come
back in the rules' own order. The detector then reads exactly the rules it would have read
asking one by one, in the same order, so no match can differ.
"""

from __future__ import annotations

from collections.abc import Sequence

from neuroleaf_desktop.domain.safety.rules import Rule

#: A required string is filed under its first this many characters.
_HEAD = 2


class RuleIndex:
    """The rules of one list, filed by the strings they require."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self._always: list[int] = []  # rules requiring no string: read on every text
        self._by_need: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            needs = rule.needs
            if needs is None:
                self._always.append(i)
                continue
            for need in needs:  # an empty set files the rule nowhere: no text can hold it
                self._by_need.setdefault(need, []).append(i)
        self._by_head: dict[str, list[str]] = {}
        self._short: list[str] = []  # strings shorter than a head, looked up on every text
        for need in self._by_need:
            if len(need) < _HEAD:
                self._short.append(need)
            else:
                self._by_head.setdefault(need[:_HEAD], []).append(need)

    def candidates(self, text: str) -> list[Rule]:
        """The rules holding no string or one ``text`` holds, in their order in the list."""
        picked = set(self._always)
        heads = {text[i : i + _HEAD] for i in range(len(text) - _HEAD + 1)}
        held = [n for h in heads & self._by_head.keys() for n in self._by_head[h] if n in text]
        held += [n for n in self._short if n in text]
        for need in held:
            picked.update(self._by_need[need])
        return [self.rules[i] for i in sorted(picked)]


_INDEX: RuleIndex | None = None


def index_of(rules: tuple[Rule, ...]) -> RuleIndex:
    """The index of ``rules``, built on first use and again if the list is replaced (a test
    adding a rule): filing every rule costs ~0.1 s, which opening the journal need not pay."""
    global _INDEX
    index = _INDEX
    if index is None or index.rules is not rules:
        index = _INDEX = RuleIndex(rules)
    return index
