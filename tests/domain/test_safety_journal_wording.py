"""The phrase rules on sentences written the way people write a private journal.

``tests/data/safety/fresh/batch1.tsv`` and ``tests/data/safety/train/*.tsv`` are the journal-
style sentences the rules were developed on (lowercase, no apostrophes, metaphors, the sign in
the middle of a long sentence, all six languages, hard negatives). They guard against a rule
change that loses a kind of wording. ``fresh/batch2.tsv`` is never tuned on and is only
measured by the benchmark (``benchmarks/bench_safety.py --split fresh2``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.evaluation import LANGUAGES, Figures, measure, parse_rows

DATA = Path(__file__).parents[1] / "data" / "safety"


@pytest.fixture(scope="module")
def figures() -> Figures:
    paths = [DATA / "fresh" / "batch1.tsv", *sorted((DATA / "train").glob("*.tsv"))]
    rows = [r for p in paths for r in parse_rows(p.read_text(encoding="utf-8"))]
    assert len(rows) > 700
    return measure(rows, lambda t: assess_phrases(t).flagged)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_reaches_the_targets(figures: Figures, lang: str) -> None:
    assert figures.explicit_by_lang[lang].recall == 1.0
    assert figures.warning_by_lang[lang].recall >= 0.9
    assert figures.by_lang[lang].precision >= 0.95


def test_no_hard_negative_kind_raises_more_than_one_false_alarm(figures: Figures) -> None:
    alarms: dict[str, int] = {}
    for row in figures.false_alarms:
        alarms[row.category] = alarms.get(row.category, 0) + 1
    assert all(n <= 1 for n in alarms.values()), alarms


def test_a_sign_mid_paragraph_in_a_long_entry_is_still_found() -> None:
    """Entries over ``LONG_TEXT`` are read only where a trigger word appears."""
    filler = "Went to the market, bought apples, talked to the baker about the weather. " * 80
    text = filler + "it feels like a room with no doors and the air is running out. " + filler
    result = assess_phrases(text)
    assert result.flagged and str(result.category) == "trapped_pain"
