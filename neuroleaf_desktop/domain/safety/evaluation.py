"""The labelled evaluation set's shape and its figures (pure: the caller reads the files).

Rows live in ``tests/data/safety/<lang>.tsv`` with the columns ``text, lang, category, label,
split``. ``label`` 1 rows are written as a person would write a warning sign of ``category``;
label 0 rows are hard negatives whose ``category`` says what makes them look risky
(figurative, negated, about_someone_else, clinical, ordinary_goodbye, ordinary_purchase,
moving_selling, ordinary). ``split`` is "dev" (rules, prototypes and thresholds are tuned on
it) or "test" (measured once, never tuned on).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

#: Evaluation groups: explicit statements must all be caught; warning signs ≥ 0.9.
EXPLICIT = frozenset({"explicit", "plan_method"})
WARNING = frozenset(
    {"trapped_pain", "no_future", "burden", "goodbyes", "giving_away", "getting_means"}
)
POSITIVE_CATEGORIES = EXPLICIT | WARNING | {"self_harm", "past_history"}
NEGATIVE_CATEGORIES = frozenset(
    {
        "figurative",
        "negated",
        "about_someone_else",
        "clinical",
        "ordinary_goodbye",
        "ordinary_purchase",
        "moving_selling",
        "ordinary",
    }
)
LANGUAGES = ("en", "es", "de", "fr", "pt", "it")


@dataclass(frozen=True)
class Row:
    text: str
    lang: str
    category: str
    label: int
    split: str


def parse_rows(tsv: str) -> list[Row]:
    reader = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [Row(r["text"], r["lang"], r["category"], int(r["label"]), r["split"]) for r in reader]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, label: int, flagged: bool) -> None:
        if label and flagged:
            self.tp += 1
        elif label:
            self.fn += 1
        elif flagged:
            self.fp += 1
        else:
            self.tn += 1

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn


@dataclass
class Figures:
    overall: Tally = field(default_factory=Tally)
    explicit: Tally = field(default_factory=Tally)
    warning: Tally = field(default_factory=Tally)
    by_category: dict[str, Tally] = field(default_factory=dict)
    by_lang: dict[str, Tally] = field(default_factory=dict)
    explicit_by_lang: dict[str, Tally] = field(default_factory=dict)
    warning_by_lang: dict[str, Tally] = field(default_factory=dict)
    missed: list[Row] = field(default_factory=list)
    false_alarms: list[Row] = field(default_factory=list)


def measure(rows: Iterable[Row], flags: Callable[[str], bool]) -> Figures:
    """Recall per positive category, false alarms per negative one, precision per language."""
    figures = Figures()
    for row in rows:
        flagged = flags(row.text)
        figures.overall.add(row.label, flagged)
        figures.by_category.setdefault(row.category, Tally()).add(row.label, flagged)
        figures.by_lang.setdefault(row.lang, Tally()).add(row.label, flagged)
        if row.label and row.category in EXPLICIT:
            figures.explicit.add(1, flagged)
            figures.explicit_by_lang.setdefault(row.lang, Tally()).add(1, flagged)
        if row.label and row.category in WARNING:
            figures.warning.add(1, flagged)
            figures.warning_by_lang.setdefault(row.lang, Tally()).add(1, flagged)
        if row.label and not flagged:
            figures.missed.append(row)
        if not row.label and flagged:
            figures.false_alarms.append(row)
    return figures
