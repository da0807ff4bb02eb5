"""Spans of work with no break, and a long journey told for each way.

"No full day off since …" and "on call all week" are the work's strain, as "no day off"
already was; "an hour each way", "fifty minutes each way" the commute. A day off taken and a
short ride each way are no strain. The sentences are written for these tests, not taken from
the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("No full day off since the audit started", "work"),
        ("On call all week and the phone hasn't stopped", "work"),
        ("Fifty minutes each way on the bypass and the lights are broken again", "commute"),
    ],
)
def test_spans_worked_and_long_ways_chip(text: str, category: str) -> None:
    assert category in predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Took a full day off and slept till ten, bliss",
        "Twenty minutes each way by bike along the canal, lovely",
    ],
)
def test_a_day_off_and_a_short_ride_are_no_strain(text: str) -> None:
    assert not predict(text).stress
