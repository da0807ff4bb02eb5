"""Measuring the analyser against hand-labelled sentences: precision and recall per label.

The labelled set (``tests/data/analysis/sentences.tsv``) has one sentence a row with the
stress categories, emotions and polarity a careful reader sees in it, and a ``dev``/``test``
split: rules are tuned looking at ``dev`` only; ``test`` says how well they generalise. Both
the quality test and ``benchmarks/bench_analysis_quality.py`` use this module, so they measure
the same thing: what the chips would show for that sentence as an entry.

* stress: the categories of the entry's stress keywords (``stress_keywords.category_of``);
* emotions: ``EntryAnalysis.agreeing_emotions`` at the chips' threshold (``CHIP_MINIMUM``);
* polarity: ``SentimentScores.label`` (pos / neg / neutral / mixed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Final

from neuroleaf_desktop.domain.analysis.agreement import CHIP_MINIMUM  # one plain mention ≈ 0.33
from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.analysis.stress_keywords import category_of

_POLARITY: Final = {"positive": "pos", "negative": "neg", "mixed": "mixed", "neutral": "neutral"}
COLUMNS: Final = ("text", "stress", "emotions", "polarity", "split")


@dataclass(frozen=True)
class Labelled:
    text: str
    stress: frozenset[str]
    emotions: frozenset[str]
    polarity: str
    split: str


@dataclass(frozen=True)
class Prediction:
    stress: frozenset[str]
    emotions: frozenset[str]
    polarity: str


@dataclass
class Counts:
    """True positives, false positives and false negatives of one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Report:
    """Per-label counts of one task, plus their micro-average ("all")."""

    labels: dict[str, Counts] = field(default_factory=dict)

    def add(self, expected: frozenset[str], predicted: frozenset[str]) -> None:
        for label in expected | predicted:
            counts = self.labels.setdefault(label, Counts())
            if label in expected and label in predicted:
                counts.tp += 1
            elif label in predicted:
                counts.fp += 1
            else:
                counts.fn += 1

    @property
    def total(self) -> Counts:
        return Counts(
            sum(c.tp for c in self.labels.values()),
            sum(c.fp for c in self.labels.values()),
            sum(c.fn for c in self.labels.values()),
        )


def _labels(cell: str) -> frozenset[str]:
    cell = cell.strip()
    return frozenset() if cell in ("", "-") else frozenset(p.strip() for p in cell.split(","))


def parse_tsv(text: str) -> list[Labelled]:
    """Rows of the labelled set; the first line is the header ``COLUMNS``."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise ValueError(f"the labelled set must start with the header {COLUMNS}")
    rows: list[Labelled] = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise ValueError(f"line {number}: expected {len(COLUMNS)} tab-separated cells")
        text_, stress, emotions, polarity, split = cells
        rows.append(Labelled(text_, _labels(stress), _labels(emotions), polarity, split))
    return rows


Analyser = Callable[[str, str], EntryAnalysis]  # (title, body) -> analysis


def predict(text: str, analyser: Analyser = analyse) -> Prediction:
    """What the chips show for ``text`` as an entry; ``analyser`` may be the rules with the
    learned gate (``ai/analysis_gate.py``), which the domain does not import."""
    analysis = analyser("", text)
    categories = {category_of(k) for k, _w in analysis.stress_keywords}
    return Prediction(
        stress=frozenset(c for c in categories if c is not None),
        emotions=frozenset(e for e, _s in analysis.agreeing_emotions(9, CHIP_MINIMUM)),
        polarity=_POLARITY[analysis.sentiment.label],
    )


@dataclass(frozen=True)
class Evaluation:
    stress: Report
    emotions: Report
    polarity: Report  # each polarity as a label: precision of "mixed" etc.
    polarity_accuracy: float
    errors: tuple[tuple[Labelled, Prediction], ...]  # rows with any disagreement


def evaluate(rows: Iterable[Labelled], analyser: Analyser = analyse) -> Evaluation:
    stress, emotions, polarity = Report(), Report(), Report()
    correct = total = 0
    errors: list[tuple[Labelled, Prediction]] = []
    for row in rows:
        got = predict(row.text, analyser)
        stress.add(row.stress, got.stress)
        emotions.add(row.emotions, got.emotions)
        polarity.add(frozenset({row.polarity}), frozenset({got.polarity}))
        total += 1
        correct += got.polarity == row.polarity
        if (got.stress, got.emotions, got.polarity) != (row.stress, row.emotions, row.polarity):
            errors.append((row, got))
    return Evaluation(stress, emotions, polarity, correct / total if total else 0.0, tuple(errors))
