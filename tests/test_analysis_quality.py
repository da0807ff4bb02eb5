"""The analyser against hand-labelled sentences, and the rules behind "means what it says".

``tests/data/analysis/sentences.tsv`` was written for this purpose (not demo texts). Rules were
tuned on the ``dev`` rows only; the ``test`` rows were written and labelled afterwards, before
the analyser ever ran on them, so they measure how the rules generalise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.analysis.quality import Evaluation, Labelled, evaluate, parse_tsv
from neuroleaf_desktop.domain.analysis.stress_keywords import CATEGORIES, category_of
from neuroleaf_desktop.ui.widgets.analysis_chips import chip_specs

DATA = Path(__file__).parent / "data" / "analysis" / "sentences.tsv"
TARGET_PRECISION = 0.9  # the product target (issue brief)
# What the held-out rows reach today: stress 0.885, emotions 0.898. Asserted so a regression
# fails; the gap to TARGET_PRECISION is open work (see benchmarks/bench_analysis_quality.py).
HELD_OUT_FLOOR = 0.85


@pytest.fixture(scope="module")
def rows() -> list[Labelled]:
    return parse_tsv(DATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev(rows: list[Labelled]) -> Evaluation:
    return evaluate(r for r in rows if r.split == "dev")


@pytest.fixture(scope="module")
def held_out(rows: list[Labelled]) -> Evaluation:
    return evaluate(r for r in rows if r.split == "test")


def test_the_labelled_set_is_large_and_covers_every_label(rows: list[Labelled]) -> None:
    assert len(rows) >= 300
    assert len({r.text for r in rows}) == len(rows)  # no duplicates
    held_out = [r for r in rows if r.split == "test"]
    assert len(held_out) >= 150 and {r.split for r in rows} == {"dev", "test"}
    for part in ("dev", "test"):
        labelled = [r for r in rows if r.split == part]
        assert {c for r in labelled for c in r.stress} == set(CATEGORIES)
        assert {r.polarity for r in labelled} == {"pos", "neg", "neutral", "mixed"}
        # hard negatives: sentences with no stressor at all are a large share
        assert sum(not r.stress for r in labelled) > len(labelled) / 3


def test_precision_on_the_dev_rows_meets_the_target(dev: Evaluation) -> None:
    stress, emotions = dev.stress.total, dev.emotions.total
    assert stress.precision is not None and stress.precision >= TARGET_PRECISION
    assert emotions.precision is not None and emotions.precision >= TARGET_PRECISION
    assert stress.recall is not None and stress.recall >= 0.8


def test_precision_on_the_held_out_rows(held_out: Evaluation) -> None:
    stress, emotions = held_out.stress.total, held_out.emotions.total
    assert stress.precision is not None and stress.precision >= HELD_OUT_FLOOR
    assert emotions.precision is not None and emotions.precision >= HELD_OUT_FLOOR
    assert stress.recall is not None and stress.recall >= 0.6
    assert emotions.recall is not None and emotions.recall >= 0.75


def test_every_stressor_is_in_a_negative_part_of_its_text(rows: list[Labelled]) -> None:
    """The dashboard relies on it: a stress-cloud word always comes with negative affect."""
    for row in rows:
        analysis = analyse("", row.text)
        for keyword, weight in analysis.stress_keywords:
            assert category_of(keyword) is not None and weight > 0
        if analysis.stress_keywords:
            assert analysis.sentiment.has_negative_part, row.text


def test_the_issue_example_reads_as_mixed_with_calm_and_poor_sleep() -> None:
    analysis = analyse("", "Felt calmer than yesterday; slept badly though.")
    texts = [spec.text for spec in chip_specs(analysis)]
    assert texts == ["Mixed", "Calm", "poor sleep"]


@pytest.mark.parametrize(
    "text",
    [
        "The sky was ridiculous.",
        "The usual, nothing much.",
        "Read the news over breakfast.",
        "Slept on the train.",
        "It was a day.",
        "Work was great, the team loved my idea.",
        "No deadlines this week, finally some breathing room.",
        "Paid off the last of my credit card, feels amazing!",
        "Talked to my mum about it and felt better.",
        "Bills paid, fridge full.",
        "Sleep was okay, nothing to report.",
        "My colleague's landlord is kicking him out and I feel awful for him.",
        "Not a single argument with the kids today.",
    ],
)
def test_everyday_words_and_positive_mentions_are_not_stressors(text: str) -> None:
    assert analyse("", text).stress_keywords == ()


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Deadline panic at work.", {"deadlines", "work"}),
        ("Couldn't sleep, kept thinking about the exam.", {"sleep", "study"}),
        ("Argued with my sister about money.", {"conflict", "family", "money"}),
        ("Money is tight and the rent went up again.", {"money"}),
        ("Stuck in traffic for an hour and late for my shift.", {"commute", "work"}),
        ("Traffic was a nightmare.", {"commute"}),  # the idiom is not about sleep
    ],
)
def test_stressors_in_stressful_context_count(text: str, categories: set[str]) -> None:
    found = {category_of(k) for k, _w in analyse("", text).stress_keywords}
    assert found == categories


@pytest.mark.parametrize(
    ("text", "label", "allowed"),
    [
        ("I felt calm and grateful today.", "positive", {"Calm", "Gratitude"}),
        ("I am so anxious and sad.", "negative", {"Anxiety", "Sadness"}),
        ("So excited for the trip, but nervous about flying.", "mixed", {"Joy", "Anxiety"}),
        ("Not happy at all today.", "negative", set()),
    ],
)
def test_sentiment_and_emotion_chips_agree(text: str, label: str, allowed: set[str]) -> None:
    analysis = analyse("", text)
    assert analysis.sentiment.label == label
    emotions = {s.text for s in chip_specs(analysis) if s.kind == "emotion"}
    assert emotions <= allowed and (emotions or not allowed)
