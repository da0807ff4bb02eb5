"""The rules a short text is offered are exactly those whose required strings it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from neuroleaf_desktop.domain.safety import detector, rule_index
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.detector import respelt
from neuroleaf_desktop.domain.safety.evaluation import parse_rows
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

DATA = Path(__file__).resolve().parents[1] / "data" / "safety"

#: Every this many labelled rows is read (all languages, every kind of row): thousands of texts.
_EVERY = 8


def _texts() -> list[str]:
    rows = [r.text for p in sorted(DATA.rglob("*.tsv")) for r in parse_rows(p.read_text("utf-8"))]
    edges = ["", "a", "i", "x" * 3, "kill", "Ich", "  myself  ", "\n\n"]
    return rows[::_EVERY] + edges


def _asked_one_by_one(
    rules: list[tuple[Rule, frozenset[str] | None]], needs: list[str], text: str
) -> list[Rule]:
    """The rules the detector kept when it asked each in turn whether ``text`` holds one of
    its strings (``rules`` with their strings; ``needs``: every string any rule requires)."""
    held = {need for need in needs if need in text}
    return [r for r, strings in rules if strings is None or not strings.isdisjoint(held)]


def test_a_text_is_offered_exactly_the_rules_its_strings_allow() -> None:
    rules = detector.ALL_RULES
    index = rule_index.index_of(rules)
    needs = sorted({need for rule in rules if rule.needs for need in rule.needs})
    with_needs = [(rule, rule.needs) for rule in rules]
    texts = _texts()
    assert len(texts) > 3000
    offered = 0
    for text in texts:
        norm = respelt(text)[0]
        candidates = index.candidates(norm)
        assert candidates == _asked_one_by_one(with_needs, needs, norm), text
        offered += len(candidates)
    # most rules are ruled out on most texts, or the index would save nothing
    assert offered < 0.2 * len(rules) * len(texts)


class _Everything:
    """An index that offers every rule: the detector then asks each rule in turn."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules

    def candidates(self, text: str) -> list[Rule]:
        return list(self.rules)


def test_the_detector_finds_the_same_with_and_without_the_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _texts()[::8]
    assert len(texts) > 300
    indexed = [detector.assess_phrases(t) for t in texts]
    monkeypatch.setattr(rule_index, "index_of", _Everything)
    assert [detector.assess_phrases(t) for t in texts] == indexed
    assert sum(a.flagged for a in indexed) > 50  # signs among them, not only everyday rows


def test_a_replaced_rule_list_is_indexed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    (added,) = family(
        "test",
        "zorbweight",
        Category.BURDEN,
        Severity.CONCERN,
        {"en": r"\bi\s+feel\s+like\s+a\s+zorbweight\b"},
        {"en": ""},
    )
    monkeypatch.setattr(detector, "ALL_RULES", (*detector.ALL_RULES, added))
    result = detector.assess_phrases("Honestly I feel like a zorbweight.")
    assert [s.rule for s in result.matched_spans] == [added.name]
    assert rule_index.index_of(detector.ALL_RULES).rules is detector.ALL_RULES
