"""Rules prepared in stages (``rule_prep``): the same facts and pattern as a whole preparation,
on a long text a rule is compiled only when the text may hold it, and a rule whose facts are
shipped (``rule_facts``) is parsed only to be compiled.

Every skip must leave the matches exactly as they were: a rule the staged path leaves
uncompiled must not match the text, and one it reads must find what the plain ignore-case
pattern finds (every rule on a long text of labelled rows: ``test_safety_long_text``).
"""

from __future__ import annotations

import re

import pytest

from neuroleaf_desktop.domain.safety import (
    detector,
    prefilter,
    reading_windows,
    rule_code,
    rule_facts,
    rule_prep,
    rules,
)
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity


@pytest.fixture(scope="module")
def whole() -> dict[str, tuple[prefilter.Analysis, re.Pattern[str]]]:
    """Every rule prepared whole, from one parse of its expression, by source."""
    return {r.source: prefilter.prepare(r.source, rules.FLAGS) for r in detector.ALL_RULES}


def test_staged_preparation_is_the_whole_preparation(
    whole: dict[str, tuple[prefilter.Analysis, re.Pattern[str]]],
) -> None:
    """For every rule, needs, analysis and pattern, each prepared on its own (the facts read
    from the shipped table where it holds the rule), are what one ``prepare`` of the
    expression gives (two patterns compiled from a tree are equal when their code is)."""
    for rule in detector.ALL_RULES:
        analysis, pattern = whole[rule.source]
        assert rule.needs == analysis.needs, rule.name
        assert rule.analysis == analysis, rule.name
        assert rule.prepared == (analysis, pattern), rule.name
        assert rule.prepared[1].flags == pattern.flags, rule.name


def test_every_shipped_entry_is_what_its_rule_proves(
    whole: dict[str, tuple[prefilter.Analysis, re.Pattern[str]]],
) -> None:
    """The table is re-derived entry by entry: each fact it ships for a rule is what the
    rule's parse proves today (a changed derivation must regenerate it)."""
    checked = 0
    for source, (analysis, _pattern) in whole.items():
        shipped = rule_facts.lookup(source, rules.FLAGS)
        if shipped is not None:
            assert shipped == analysis, source[:80]
            checked += 1
    assert checked > len(whole) // 2


def test_the_shipped_table_holds_nearly_every_rule() -> None:
    """A rule added or edited since the tables were written is derived from its parse (slower,
    never wrong); this says how many, so the tables are written again before they lag far."""
    keys = {rule_facts.key(r.source) for r in detector.ALL_RULES}
    for name, shipped in (
        (rule_facts.TABLE, rule_facts.shipped_keys(rules.FLAGS)),
        (rule_code.TABLE, rule_code.shipped_keys(rules.FLAGS)),
    ):
        missing, unused = len(keys - shipped), len(shipped - keys)
        assert missing <= len(keys) // 20 and unused <= len(keys) // 20, (
            f"{missing} of {len(keys)} rules are not in {name} and {unused} of its entries "
            "belong to no rule: run scripts/generate_rule_facts.py"
        )


def test_a_shipped_rule_is_never_parsed(
    whole: dict[str, tuple[prefilter.Analysis, re.Pattern[str]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its facts and its pattern come from the shipped files: equal to those of a parse."""
    shipped = rule_code.shipped_keys(rules.FLAGS)
    rule = next(r for r in detector.ALL_RULES if rule_facts.key(r.source) in shipped)
    rule_prep.needs.cache_clear()
    rule_prep.analysis.cache_clear()
    rule_prep._tree.cache_clear()
    monkeypatch.setattr(rule_prep, "_PATTERNS", {})

    def no_parse(source: str, flags: int) -> None:
        raise AssertionError(f"parsed {source[:60]}")

    monkeypatch.setattr(prefilter, "parse", no_parse)
    before = rule_prep.parsed_count()
    assert rule.needs == rule.analysis.needs
    assert rule.prepared == whole[rule.source]
    assert rule_prep.parsed_count() == before


def test_a_code_file_for_another_engine_or_other_flags_is_not_read() -> None:
    derived = rule_code.derive(r"\bi\s+(?:want|wish)\s+to\s+die\b", rules.FLAGS)
    assert derived is not None
    data = rule_code.render(rules.FLAGS, {"ab" * 16: derived})
    entries = rule_code.read(data, rules.FLAGS)
    assert list(entries) == ["ab" * 16]
    assert entries["ab" * 16][:2] == derived[:2]
    assert rule_code.read(data, 0) == {}
    assert rule_code.read(data.replace(b'"magic": ', b'"magic": 1'), rules.FLAGS) == {}
    # An expression with named groups is left to the ordinary compiling.
    assert rule_code.derive(r"(?P<verb>kill|hurt)\s+myself", rules.FLAGS) is None


def test_a_table_written_for_another_python_or_other_flags_is_not_read() -> None:
    analysis = prefilter.analyse(r"\bkill\s+myself\b", rules.FLAGS)
    text = rule_facts.render(rules.FLAGS, {"k": analysis})
    assert rule_facts.read(text, rules.FLAGS) == {"k": rule_facts.encode(analysis)}
    assert rule_facts.decode(rule_facts.read(text, rules.FLAGS)["k"]) == analysis
    assert rule_facts.read(text, 0) == {}
    other = text.replace(f'"python": "{rule_facts.python_version()}"', '"python": "2.7"')
    assert other != text
    assert rule_facts.read(other, rules.FLAGS) == {}


def _family(word: str) -> tuple[rules.Rule, ...]:
    """A family declared the ordinary way, as any rule module declares one."""
    return rules.family(
        "test",
        f"staged_{word}",
        Category.BURDEN,
        Severity.CONCERN,
        {"en": rf"\bi\s+(?:am|feel\s+like)\s+an?\s+{word}\s+to\s+(?:everyone|them\s+all)\b"},
        {"en": "coffee"},
    )


def test_a_family_declared_the_ordinary_way_is_compiled_only_where_it_may_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (rule,) = _family("zorbweight")
    monkeypatch.setattr(detector, "ALL_RULES", (*detector.ALL_RULES, rule))
    prose = "Today I walked to the park, had coffee with Sam and read a book. " * 100
    # The gate passes ("coffee" is in the text) but the required "zorbweight" is not: the
    # rule is parsed for its needs and never compiled.
    assert len(prose) > detector.LONG_TEXT
    # Declared after the table was written: its facts come from its parse.
    assert rule_facts.lookup(rule.source, rules.FLAGS) is None
    parsed = rule_prep.parsed_count()
    assert rule.needs == frozenset({"zorbweight"})
    assert rule_prep.parsed_count() == parsed + 1
    assert rule.analysis == prefilter.analyse(rule.source, rules.FLAGS)
    assert not detector.assess_phrases(prose).flagged
    assert not rule_prep.is_compiled(rule.source)
    # Where it may match, it is compiled and read.
    result = detector.assess_phrases(prose + "Honestly I feel like a zorbweight to everyone.")
    assert rule_prep.is_compiled(rule.source)
    assert [s.rule for s in result.matched_spans] == [rule.name]


def test_stems_are_the_first_letters_of_every_rule_word() -> None:
    """``reading_windows.rule_stems`` reads both spellings of a spelt-out word its expression
    pattern names (after a word boundary, or opening an alternative)."""
    stems = reading_windows.rule_stems()
    expected: dict[str, set[str]] = {lang: set() for lang in stems}
    for rule in detector.ALL_RULES:
        for m in reading_windows.LITERAL.finditer(rule.source):
            expected[rule.lang].add((m.group(1) or m.group(2))[:4])
    english = expected["en"]
    for lang, found in stems.items():
        assert found == (expected[lang] if lang == "en" else expected[lang] - english), lang
