"""The rule tests' sentences read as training rows: labelled by what their test asserts, read
from the source without importing it, xfail cases and two-way tests left out, and never a
sentence a labelled set already holds."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import safety_rule_test_rows as extractor
import safety_training_rows as rows

SOURCE = """
import pytest
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, GA
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_SI = Category.SUICIDAL_IDEATION
SIGNS = [
    ("Nobody would even notice if I were gone for good.", BU),
    ("I have been thinking about killing myself every night.", _SI),
    pytest.param("A sign the rules do not read yet, left out.", GA, marks=pytest.mark.xfail),
]
MORE = [("I gave the dog to my sister, I won't need her where I'm going.", GA)]
ORDINARY = ["I'm dying to see the new film this weekend.", "The flight left at six."]


@pytest.mark.parametrize(("text", "category"), SIGNS + MORE)
def test_signs(text, category):
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary(text):
    assert_not_flagged(text)


@pytest.mark.parametrize("text", ["Both ways: no label for this one."])
def test_both_ways(text):
    assert assess(text).flagged
    assert not assess(text + " ok").flagged


def test_literal_calls():
    assert_flagged_as("Je veux mourir, je n'en peux plus.", Category.DEATH_WISH)
    for text in ORDINARY:
        assert_not_flagged(text)


@pytest.mark.parametrize("text", ["Ich will nicht mehr leben."])
def test_plain_assert(text):
    result = assess(text)
    assert result.flagged and result.matched_spans
"""


def by_text() -> dict[str, extractor.RuleTestRow]:
    return {r.text: r for r in extractor.extract(SOURCE, "test_safety_example.py")}


def test_signs_are_labelled_by_their_test_with_the_data_category() -> None:
    got = by_text()
    assert got["Nobody would even notice if I were gone for good."].category == "burden"
    assert got["I have been thinking about killing myself every night."].category == "explicit"
    assert got["Je veux mourir, je n'en peux plus."].category == "explicit"
    dog = got["I gave the dog to my sister, I won't need her where I'm going."]
    assert (dog.label, dog.category, dog.source) == (1, "giving_away", "test_safety_example.py")
    assert got["Ich will nicht mehr leben."].label == 1


def test_look_alikes_are_negatives_and_unsure_cases_are_left_out() -> None:
    got = by_text()
    film = got["I'm dying to see the new film this weekend."]
    assert (film.label, film.category, film.language) == (0, "", "en")
    assert got["Je veux mourir, je n'en peux plus."].language == "fr"
    assert "A sign the rules do not read yet, left out." not in got
    assert "Both ways: no label for this one." not in got
    assert len(got) == 7


def test_the_project_rule_tests_give_thousands_of_rows_in_six_languages() -> None:
    collected = extractor.collect()
    assert len(collected) > 5000
    assert {r.label for r in collected} == {0, 1}
    assert {r.language for r in collected} >= {"en", "es", "de", "fr", "pt", "it"}
    assert len({r.text for r in collected}) == len(collected)


def test_trained_rule_test_rows_are_their_own_corpus_without_labelled_sentences() -> None:
    held = rows.measuring_rows()[0].text
    tests = [
        extractor.RuleTestRow(held.upper() + " !", "en", 1, "explicit", "t.py"),
        extractor.RuleTestRow(
            "A sentence no labelled set holds, written here.", "en", 0, "", "t.py"
        ),
    ]
    trained = rows.training_rows(rule_tests=tests, rule_test_weight=0.5)
    mine = [e for e in trained if e.group == rows.RULE_TESTS]
    assert [(e.text, e.weight) for e in mine] == [(tests[1].text, 0.5)]
    folds = rows.fold_of([e.group for e in trained])
    ours = {int(f) for f, e in zip(folds, trained, strict=True) if e.group == rows.RULE_TESTS}
    others = {int(f) for f, e in zip(folds, trained, strict=True) if e.group != rows.RULE_TESTS}
    assert len(ours) == 1 and not ours & others
