"""Rules prepared in stages (``rule_prep``): the same facts and pattern as a whole preparation,
and on a long text a rule is compiled only when the text may hold it.

Every skip must leave the matches exactly as they were: a rule the staged path leaves
uncompiled must not match the text, and one it reads must find what the plain ignore-case
pattern finds.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.safety import context, detector, prefilter, rule_prep, rules
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.spelling_dialect import respell_dialect
from neuroleaf_desktop.domain.safety.spelling_en import respell
from neuroleaf_desktop.domain.safety.spelling_intl import respell_intl

DATA = Path(__file__).resolve().parents[1] / "data" / "safety"


def _folded(text: str) -> str:
    return respell_dialect(*respell_intl(*respell(*normalize(text, fold=True))))[0]


def _labelled_rows(per_file: int) -> list[str]:
    rows: list[str] = []
    for lang in ("en", "es", "de", "fr", "pt", "it"):
        text = (DATA / f"{lang}.tsv").read_text(encoding="utf-8")
        reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
        rows += [r["text"] for r in reader][:per_file]
    return rows


def test_staged_preparation_is_the_whole_preparation() -> None:
    """Needs, analysis and pattern, each prepared on its own, are what one ``prepare`` of the
    expression gives (two patterns compiled from a tree are equal when their code is)."""
    for rule in detector.ALL_RULES[::4]:
        analysis, pattern = prefilter.prepare(rule.source, rules.FLAGS)
        assert rule.needs == analysis.needs, rule.name
        assert rule.analysis == analysis, rule.name
        assert rule.prepared == (analysis, pattern), rule.name
        assert rule.prepared[1].flags == pattern.flags, rule.name


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
    assert rule.needs == frozenset({"zorbweight"})
    assert not detector.assess_phrases(prose).flagged
    assert not rule_prep.is_compiled(rule.source)
    # Where it may match, it is compiled and read.
    result = detector.assess_phrases(prose + "Honestly I feel like a zorbweight to everyone.")
    assert rule_prep.is_compiled(rule.source)
    assert [s.rule for s in result.matched_spans] == [rule.name]


def test_a_rule_left_uncompiled_on_a_long_text_cannot_match_it() -> None:
    """On a long text of labelled rows of every language, for every rule the text's gate lets
    through: where the staged path rules it out (no required string, or none in a piece it
    reads) the plain ignore-case pattern finds nothing; where it reads, it finds the same."""
    rows = [_folded(t) for t in _labelled_rows(60)]
    text = " ".join(t.rstrip(".") + "." for t in rows if not prefilter.CASE_SENSITIVE.search(t))
    assert len(text) > detector.LONG_TEXT
    present = prefilter.Presence(text)
    bounds = context.boundaries(context.SENTENCE_BREAK, text)
    whole = [(0, len(text))]
    skipped = read = 0
    for rule in detector.ALL_RULES:
        if not rule.may_match(text):
            continue
        needs = rule.needs
        pieces = whole
        if needs is not None and present.any(needs):
            stops = rule.analysis.unread_stops
            cut = [b for b in bounds if text[b - 1] in stops]
            pieces = present.pieces(needs, whole, cut)
        elif needs is not None:
            pieces = []
        full = [m.span() for m in rule.pattern.finditer(text)]
        if not pieces:
            assert full == [], rule.name
            skipped += 1
            continue
        fast = rule.prepared[1]
        found = [m.span() for a, b in pieces for m in fast.finditer(text, a, b)]
        assert found == full, rule.name
        read += 1
    assert skipped > 100
    assert read > 100


def test_stems_are_the_first_letters_of_every_rule_word() -> None:
    """``_rule_stems`` reads both spellings of a spelt-out word its expression pattern names
    (after a word boundary, or opening an alternative)."""
    stems = detector._rule_stems()
    expected: dict[str, set[str]] = {lang: set() for lang in stems}
    for rule in detector.ALL_RULES:
        for m in detector._LITERAL.finditer(rule.source):
            expected[rule.lang].add((m.group(1) or m.group(2))[:4])
    english = expected["en"]
    for lang, found in stems.items():
        assert found == (expected[lang] if lang == "en" else expected[lang] - english), lang
