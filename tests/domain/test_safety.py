"""The on-device safety detector (domain/safety.py), measured on tests/data/safety_sentences.tsv.

The TSV holds labelled sentences: label 1 = should flag, 0 = should not; categories
clear_positive / subtle_positive / negative / negated / figurative / third_person. Third-person
sentences are labelled 0 by policy (see the module docstring): they set ``about_others``
instead of flagging.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from neuroleaf_desktop.domain.safety import (
    Category,
    MatchStatus,
    SafetyDetector,
    Severity,
    assess,
    normalize,
)

DATA = Path(__file__).parents[1] / "data" / "safety_sentences.tsv"
CATEGORIES = {
    "clear_positive",
    "subtle_positive",
    "negative",
    "negated",
    "figurative",
    "third_person",
}


@dataclass(frozen=True)
class Row:
    label: int
    category: str
    sentence: str


def load_rows() -> list[Row]:
    with DATA.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Row(int(r["label"]), r["category"], r["sentence"]) for r in reader]


@dataclass(frozen=True)
class Metrics:
    precision: float
    recall: float
    per_category: dict[str, tuple[int, int]]  # category -> (correct, total)
    errors: list[tuple[Row, bool]]  # (row, predicted flag) for every mistake

    def report(self) -> str:
        lines = [f"precision={self.precision:.3f} recall={self.recall:.3f}"]
        for cat, (ok, n) in sorted(self.per_category.items()):
            lines.append(f"  {cat:16s} {ok:3d}/{n:<3d} = {ok / n:.0%} correct")
        lines += [f"  MISS label={r.label} {r.category}: {r.sentence}" for r, _ in self.errors]
        return "\n".join(lines)


def compute_metrics(rows: list[Row]) -> Metrics:
    tp = fp = fn = 0
    per: dict[str, tuple[int, int]] = {}
    errors: list[tuple[Row, bool]] = []
    for row in rows:
        flagged = assess(row.sentence).flagged
        tp += flagged and row.label == 1
        fp += flagged and row.label == 0
        fn += (not flagged) and row.label == 1
        ok, n = per.get(row.category, (0, 0))
        correct = flagged == bool(row.label)
        per[row.category] = (ok + correct, n + 1)
        if not correct:
            errors.append((row, flagged))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return Metrics(precision, recall, per, errors)


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return load_rows()


@pytest.fixture(scope="module")
def metrics(rows: list[Row]) -> Metrics:
    result = compute_metrics(rows)
    print("\n" + result.report())  # visible with `pytest -s`
    return result


# ------------------------------------------------------------------------------------------
# The dataset itself


def test_dataset_is_well_formed(rows: list[Row]) -> None:
    assert len(rows) >= 80
    assert {r.category for r in rows} == CATEGORIES
    assert all(r.label in (0, 1) for r in rows)
    assert all(r.sentence.strip() == r.sentence and r.sentence for r in rows)
    assert len({r.sentence for r in rows}) == len(rows), "duplicate sentences"
    for row in rows:
        expected = 1 if row.category in ("clear_positive", "subtle_positive") else 0
        assert row.label == expected, row


# ------------------------------------------------------------------------------------------
# Metrics over the dataset


def test_every_clear_positive_is_flagged(rows: list[Row]) -> None:
    missed = [
        r.sentence
        for r in rows
        if r.category == "clear_positive" and not assess(r.sentence).flagged
    ]
    assert missed == []


def test_overall_precision_and_recall(metrics: Metrics) -> None:
    assert metrics.precision >= 0.9, metrics.report()
    assert metrics.recall >= 0.9, metrics.report()


def test_each_category_is_mostly_right(metrics: Metrics) -> None:
    for cat, (ok, n) in metrics.per_category.items():
        assert ok / n >= 0.85, f"{cat}: {ok}/{n}\n{metrics.report()}"


def test_third_person_rows_report_about_others(rows: list[Row]) -> None:
    third = [r for r in rows if r.category == "third_person"]
    noticed = [r for r in third if assess(r.sentence).about_others]
    assert len(noticed) / len(third) >= 0.8


# ------------------------------------------------------------------------------------------
# Negation


@pytest.mark.parametrize(
    "text",
    [
        "I would never kill myself.",
        "I'm not suicidal.",
        "I’m not suicidal.",  # curly apostrophe
        "Im not suicidal",  # no apostrophe at all
        "I would never, ever take my own life.",
        "I have no intention of ending my life.",
        "I got through the day without hurting myself.",
        "I no longer want to die.",
        "I haven't self-harmed in a year.",
    ],
)
def test_negated_statements_are_not_flagged(text: str) -> None:
    result = assess(text)
    assert not result.flagged
    assert result.severity is Severity.NONE
    assert any(s.status is MatchStatus.NEGATED for s in result.ignored_spans)


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live anymore.",  # negating "want to live" is the warning sign
        "I don’t want to be alive anymore.",
        "I don't want to live like this anymore.",
        "There's no reason to live.",
        "Life isn't worth living.",
        "I can't stop thinking about killing myself.",  # "can't stop" is not a negation
        "I don't know why I want to die.",  # neither is "don't know"
        "I'm not okay, I want to die.",  # the negation is in another clause
        "I'm not okay and I want to kill myself.",
        "I don't think anyone would care if I killed myself.",  # "if" ends the negation
        "Not a day goes by that I don't think about killing myself.",  # double negation
        "I hope I don't wake up tomorrow.",
    ],
)
def test_negative_wording_that_is_still_a_warning_sign(text: str) -> None:
    assert assess(text).flagged, text


def test_negation_does_not_reach_across_a_long_gap() -> None:
    text = "I did not sleep at all last night after the long argument with everyone I want to die"
    assert assess(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live in this city anymore.",
        "I don't want to go on the trip.",
        "I can't go on working these hours without a break",
    ],
)
def test_not_wanting_to_live_somewhere_is_not_a_flag(text: str) -> None:
    assert not assess(text).flagged


# ------------------------------------------------------------------------------------------
# Figurative language


@pytest.mark.parametrize(
    "text",
    [
        "This traffic is killing me.",
        "I could kill for a coffee.",
        "Killed it at the gym!",
        "I'm dying to see the movie.",
        "My phone died.",
        "I wanted to die of embarrassment.",
        "I'm killing myself trying to finish this report.",
        "I'll kill myself laughing.",
        "That would be career suicide.",
        "I cut myself shaving.",
        "I hurt myself playing tennis.",
        "I've been cutting back on coffee.",
        "Overdosed on chocolate again this weekend.",
        "I want to disappear into a good book.",
        "This cake is to die for.",
    ],
)
def test_figurative_uses_are_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


# ------------------------------------------------------------------------------------------
# Whose words, and when


@pytest.mark.parametrize(
    "text",
    [
        "My friend said she wanted to die.",
        "My brother told me he wants to kill himself.",
        "I think my sister is suicidal.",
        'She texted me "I want to die" and I called her mum.',
        "My dad tried to end his life.",
    ],
)
def test_third_person_is_not_flagged_but_noted(text: str) -> None:
    result = assess(text)
    assert not result.flagged
    assert result.severity is Severity.NONE
    assert result.about_others


def test_first_person_inside_a_report_about_someone_else_still_counts() -> None:
    result = assess("My friend said I seem fine, but I want to die.")
    assert result.flagged
    result = assess("I told my friend that I want to kill myself.")
    assert result.flagged and result.severity is Severity.URGENT


def test_distant_past_is_flagged_as_concern_not_urgent() -> None:
    result = assess("I tried to kill myself when I was 17.")
    assert result.flagged
    assert result.severity is Severity.CONCERN
    assert result.matched_spans[0].past
    assert "(past)" in result.reasons[0]


def test_topic_mentions_are_not_flagged() -> None:
    result = assess("I'm writing an essay on self-harm for my psychology class.")
    assert not result.flagged
    assert result.ignored_spans[0].status is MatchStatus.TOPIC


# ------------------------------------------------------------------------------------------
# Severity


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("I want to kill myself.", Severity.URGENT),
        ("I have a plan to end it.", Severity.URGENT),
        ("I've been saving up pills.", Severity.URGENT),
        ("I wish I was dead.", Severity.CONCERN),
        ("I've been cutting again.", Severity.CONCERN),
        ("Everyone would be better off without me.", Severity.CONCERN),
        ("I wish I was dead and I'm going to do it tonight.", Severity.URGENT),  # imminence
        ("This is a normal day.", Severity.NONE),
    ],
)
def test_severity(text: str, severity: Severity) -> None:
    assert assess(text).severity is severity


def test_the_worst_span_decides_the_severity() -> None:
    result = assess("I wish I was dead. Honestly I want to kill myself.")
    assert result.severity is Severity.URGENT
    assert {s.category for s in result.matched_spans} == {
        Category.DEATH_WISH,
        Category.SUICIDAL_IDEATION,
    }


# ------------------------------------------------------------------------------------------
# Reasons, spans, normalisation


def test_reasons_name_category_and_words() -> None:
    result = assess("Some days I want to kill myself.")
    assert result.reasons == ['suicidal_ideation: "want to kill myself"']
    (span,) = result.matched_spans
    assert "Some days I want to kill myself."[span.start : span.end] == "want to kill myself"


@pytest.mark.parametrize(
    "text",
    [
        "I WANT TO KILL MYSELF",
        "I want to kill\u200b myself",  # zero-width space
        "I want to ｋｉｌｌ ｍｙｓｅｌｆ",  # fullwidth letters
        "I don\u2019t want to live anymore",
        "e\u0301 I want to kill myself",  # combining accent before the phrase
    ],
)
def test_spans_point_into_the_original_text(text: str) -> None:
    result = assess(text)
    assert result.flagged
    for span in result.matched_spans:
        assert text[span.start : span.end] == span.text
        assert span.text.strip() == span.text and span.text


def test_normalize_maps_back() -> None:
    norm, mapping = normalize("I\u2019M\u200b ok ﬁne")
    assert norm == "i'm ok fine"
    assert len(mapping) == len(norm) + 1
    assert mapping[-1] == len("I\u2019M\u200b ok ﬁne")


def test_overlapping_rules_give_one_reason() -> None:
    result = assess("Nobody would miss me if I was gone.")
    assert len(result.reasons) == 1


def test_empty_and_whitespace_text() -> None:
    assert not assess("").flagged
    assert not assess("   \n ").flagged


def test_to_dict_is_json_shaped() -> None:
    data = assess("I want to die").to_dict()
    assert data["flagged"] is True
    assert data["severity"] == "concern"
    assert data["reasons"] == ['death_wish: "want to die"']


def test_long_entry_is_read_in_the_language_of_each_sentence() -> None:
    """Long texts are read sentence by sentence (speed: benchmarks/bench_safety.py --long);
    a short sentence in another language inside English prose is still read in its own."""
    filler = "Today I walked to the park, had coffee with Sam and read a book. " * 100
    english = assess(filler + "I want to kill myself." + filler)
    assert english.flagged and english.severity is Severity.URGENT
    for sign in ("quero me matar.", "ich ritze mich wieder.", "jveux crever.", "voglio morire."):
        assert assess(filler + sign + " " + filler).flagged, sign
    assert not assess(filler + "Mi hermano se cortaba de joven. " + filler).flagged


# ------------------------------------------------------------------------------------------
# The semantic hook


def test_semantic_scorer_can_add_a_flag_the_phrases_missed() -> None:
    detector = SafetyDetector(semantic_scorer=lambda _text: 0.93)
    result = detector.assess("Everything feels heavy and I keep thinking about the pills.")
    assert result.flagged
    assert result.severity is Severity.CONCERN
    assert result.semantic_score == pytest.approx(0.93)
    assert result.reasons[0].startswith("semantic:")


def test_semantic_scorer_below_threshold_changes_nothing() -> None:
    result = SafetyDetector(semantic_scorer=lambda _text: 0.2).assess("A calm day at the park.")
    assert not result.flagged
    assert result.semantic_score == pytest.approx(0.2)


def test_semantic_scorer_is_not_consulted_when_phrases_flag() -> None:
    calls: list[str] = []

    def scorer(text: str, /) -> float:
        calls.append(text)
        return 0.0

    result = SafetyDetector(semantic_scorer=scorer).assess("I want to kill myself")
    assert result.severity is Severity.URGENT
    assert calls == []


def test_a_broken_semantic_scorer_falls_back_to_phrases() -> None:
    def broken(_text: str, /) -> float:
        raise RuntimeError("model missing")

    detector = SafetyDetector(semantic_scorer=broken)
    assert not detector.assess("A calm day at the park.").flagged
    assert detector.assess("I wish I were dead").flagged
