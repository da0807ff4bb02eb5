"""A year written short with its apostrophe ("back in '09", "in '98", "back in '03") dates a
trouble told in the past tense as the full year does ("back in 2009"): history, no strain
now. A number that counts something ("in 09 minutes" is never written; "in 90 minutes", "in
98-degree heat") is no year, and a trouble told in the present stays.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My brother went bankrupt back in '09 and came out the other side fine", "family"),
        ("Lost my job in '08 when the bank went under", "work"),
        ("Back in '03 my landlord kicked us out with a week's notice", "home"),
        ("Failed all my exams in '98", "study"),
        ("Was made redundant back in '01, took me a year to find anything", "work"),
        ("Had a breakdown in '07 and spent the winter in bed", "health"),
    ],
)
def test_a_short_year_dates_a_past_trouble(text: str, category: str) -> None:
    assert category not in predict(text).stress


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Had to clear the whole backlog in 90 minutes and the boss shouted at me", "work"),
        ("My landlord's been ignoring me since the leak, six weeks now", "home"),
    ],
)
def test_counts_and_present_troubles_stay(text: str, category: str) -> None:
    assert category in predict(text).stress
